#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace ga {

class ChangeOperation;

// GA locks the whole instance while a certificate operation runs (docs/ga-api.md §2.7), so one
// mutation per accelerator runs at a time; later ones wait here, in order, visibly.
class OperationQueue final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Begins the operation now if its accelerator is free, else when the ones before it end.
    void enqueue(ChangeOperation *operation);
    // 0 when running (or unknown), else how many operations are before it.
    int positionOf(const ChangeOperation *operation) const;
    bool isBusy(const QString &acceleratorId) const;

signals:
    void changed(const QString &acceleratorId);

private:
    void onFinished(const QString &acceleratorId);
    void beginNext(const QString &acceleratorId);

    QHash<QString, QPointer<ChangeOperation>> m_running;
    QHash<QString, QList<QPointer<ChangeOperation>>> m_waiting;
};

} // namespace ga
