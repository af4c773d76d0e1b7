#pragma once

#include "plans/planrun.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace ga {

// The progress of one plan as a tree: an accelerator per top-level row (its name and ID, and
// how many of its requests are done), its requests below in sending order (the listener and
// domains, the state word of models/operationstate.h: queued, submitted, waiting with a
// countdown, the listener's state while watched, done, failed with Code and RequestId). It
// follows its PlanRun, which owns nothing either: closing the view stops no request.
class PlanProgressModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { WhatColumn, DomainsColumn, StateColumn, DetailColumn, ColumnCount };
    enum Role {
        // On a request row: the request's operation ID (its ClientToken); empty on an
        // accelerator row.
        OperationIdRole = Qt::UserRole + 100,
        // On a request row: whether PlanRun::sendAgain can send it again now.
        CanSendAgainRole,
    };

    explicit PlanProgressModel(PlanRun *run, QObject *parent = nullptr);

    PlanRun *run() const { return m_run; }
    // The index (WhatColumn) of the request `operationId`; invalid when the plan has none.
    QModelIndex indexOfRequest(const QString &operationId) const;
    // The raw state word of a request ("queued", "waiting", "updating", "done", "failed"...).
    QString requestState(const QString &operationId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant acceleratorData(int row, int column, int role) const;
    QVariant requestData(int accelerator, int row, int column, int role) const;
    void onRequestChanged(const QString &operationId);
    void tick();

    QPointer<PlanRun> m_run;
    QStringList m_accelerators;
    QList<QList<int>> m_requests; // per accelerator, indexes into the plan's requests
    QHash<QString, QPair<int, int>> m_rowOf; // operation ID → (accelerator row, request row)
    // Counts down "waiting 12 s" while a request waits for the instance lock.
    QTimer m_ticker;
};

} // namespace ga
