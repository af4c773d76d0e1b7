#pragma once

#include "dissociateoperation.h"
#include "watchschedule.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace ga {

class GaClient;
class OperationJournal;
class OperationQueue;
class WatcherRegistry;

// The console's dissociations, whoever started them: one journal, one queue (one mutation
// per accelerator), one watcher registry per account, and every operation of this session,
// running or finished. Operations are children of the center, not of a window or a
// profile, so switching views or profiles never stops them. A client must outlive the
// operations started with it.
class OperationCenter final : public QObject
{
    Q_OBJECT

public:
    explicit OperationCenter(OperationJournal *journal, QObject *parent = nullptr);

    // Journals and queues a dissociation with a new ClientToken. Bad input fails the
    // operation at once, before anything is journaled or sent.
    DissociateOperation *dissociate(GaClient *client, const QString &profile,
                                    const QString &acceleratorId, const QString &listenerId,
                                    const QStringList &domains);
    // Resumes the journal's unfinished operations of `profile` on this client's endpoint
    // that this session has not run (those are the admin's to send again or watch again, as
    // the window offers); returns them.
    QList<DissociateOperation *> resume(GaClient *client, const QString &profile);
    // Sends a finished, unconfirmed operation again, with its own client and ClientToken; the
    // new run takes its place. Null when it is not finished.
    DissociateOperation *sendAgain(DissociateOperation *operation);

    const QList<DissociateOperation *> &operations() const { return m_operations; }
    DissociateOperation *find(const QString &operationId) const;
    OperationJournal *journal() const { return m_journal; }
    OperationQueue *queue() const { return m_queue; }

    // For tests and benchmarks: the watch schedule and timeout of operations started later.
    void setWatchSchedule(WatchSchedule schedule, MonotonicClock clock = steadyClock());
    void setWatchTimeoutMs(int timeoutMs) { m_watchTimeoutMs = timeoutMs; }
    int watchTimeoutMs() const { return m_watchTimeoutMs; }

signals:
    void operationAdded(ga::DissociateOperation *operation);
    // Phase, listener state, queue position or retry countdown changed.
    void operationChanged(ga::DissociateOperation *operation);
    void operationFinished(ga::DissociateOperation *operation);

private:
    DissociateOperation *launch(GaClient *client, OperationRecord record);
    WatcherRegistry *watchersFor(GaClient *client);

    OperationJournal *m_journal;
    OperationQueue *m_queue;
    QHash<GaClient *, QPointer<WatcherRegistry>> m_watchers;
    QList<DissociateOperation *> m_operations;
    WatchSchedule m_schedule;
    MonotonicClock m_clock = steadyClock();
    int m_watchTimeoutMs = 180'000;
};

} // namespace ga
