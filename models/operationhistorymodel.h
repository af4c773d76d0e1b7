#pragma once

#include "ops/operationrecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace ga {

class ChangeOperation;
class OperationCenter;

// One operation as the history shows and exports it.
struct OperationSummary
{
    OperationRecord record;
    QString state; // the word: "queued", "updating", "done" (OperationStateText::state)
    QString stateText; // what the badge says, in the UI language
    QString detail;
    qint64 durationMs = 0;
    bool live = false; // running in this session now
};

// The operations dock's rows: the journal's history first, then every operation of this
// session, whose rows follow it live (a running operation's duration and countdown tick
// every second). A resumed operation replaces its journal row. The journal is followed
// (OperationCenter::historyChanged): what another process (gactl, another console) writes
// shows up, and an unfinished record whose lease another process holds reads "running
// elsewhere", checked again every 5 s while there is one. Rows are only appended or changed
// in place, never reset.
class OperationHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StartedColumn,
        ProfileColumn,
        AcceleratorColumn,
        ListenerColumn,
        DomainsColumn,
        ClientTokenColumn,
        RequestIdColumn,
        StateColumn,
        DurationColumn,
        ColumnCount
    };

    explicit OperationHistoryModel(OperationCenter *center, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    OperationSummary summary(int row) const;
    QList<OperationSummary> summaries() const;
    // The live operation of a row, if it runs (or ran) in this session.
    ChangeOperation *operationAt(int row) const;
    // Reads the journal again for operations this session does not run.
    void reloadHistory();

private:
    struct Row
    {
        OperationRecord record; // as the journal last had it
        QPointer<ChangeOperation> live;
        qint64 runningElsewhere = 0; // the PID holding its lease, when not this session
    };

    int rowOf(const QString &operationId) const;
    void track(ChangeOperation *operation);
    void rowChanged(int row);
    void tick();

    OperationCenter *m_center;
    QList<Row> m_rows;
    QTimer m_ticker;
    QTimer m_leaseProbe;
};

} // namespace ga
