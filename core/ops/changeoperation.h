#pragma once

#include "api/apierror.h"
#include "operationrecord.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>

namespace ga {

class Clock;
class GaApi;
class OperationJournal;
class OperationLease;
class OperationQueue;
class WatchTicket;
class WatcherRegistry;

// One certificate change (dissociate, associate, update: the record's kind), from the admin's
// intent to the listener being active with the change applied (docs/architecture.md,
// Mutations and Journal): the intent is journaled before anything is sent, the request waits
// its turn on the accelerator, and the watcher decides when it is done. Built from a journal
// record it resumes: re-sends with the same ClientToken when it is unknown whether GA got the
// request, else watches again. Retries of the request itself are RpcCall's, under one
// RetryPolicy; this class sends each run once.
class ChangeOperation final : public QObject
{
    Q_OBJECT

public:
    enum class Phase {
        // unfinished
        Created,
        Queued,
        Sending,
        Watching,
        // finished
        AcceptedUnwatched, // GA accepted it and nobody asked to watch (gactl without --wait)
        Done,
        Failed,
        TimedOut,
        Unconfirmed,
    };
    Q_ENUM(Phase)

    struct Services
    {
        // Guarded: an operation must not call a client that went away (it stays unconfirmed,
        // in the journal, for the next start).
        QPointer<GaApi> api;
        OperationJournal *journal = nullptr;
        OperationQueue *queue = nullptr;
        WatcherRegistry *watchers = nullptr;
        const Clock *clock = nullptr; // Clock::system() when null
        // Held from start() (taken there unless it is held already) until the operation
        // finishes; a refusal fails the operation before anything is journaled or sent.
        // Null: no lease (tests of the operation alone). The operation does not own it.
        OperationLease *lease = nullptr;
    };

    struct Options
    {
        bool watch = true; // false: finished once GA accepted the request
        int watchTimeoutMs = 180'000; // terraform's 3 minutes
        // The intent is in the journal already, written with the other requests of the plan
        // it belongs to: start() neither writes it again nor marks it resumed.
        bool intentJournaled = false;
    };

    ChangeOperation(Services services, OperationRecord record, Options options,
                    QObject *parent = nullptr);

    // Journals a new intent (or marks a journaled one resumed) and queues it.
    void start();
    // Called by the queue when the accelerator is free.
    void begin();
    // Watches again after a timeout, keeping the same operation; does nothing when another
    // process took the change over meanwhile (its lease is held elsewhere).
    void keepWatching();

    const OperationRecord &record() const { return m_record; }
    GaApi *api() const;
    Phase phase() const { return m_phase; }
    // Set once the operation failed or is unconfirmed; empty before.
    const ApiError &error() const { return m_error; }
    qint64 elapsedMs() const;
    bool isFinished() const;
    int stateReads() const { return m_stateReads; }
    // While a retry of the send is pending: why, and how long until it goes (else 0).
    const ApiError &retryReason() const { return m_retryReason; }
    qint64 retryInMs() const;
    int queuePosition() const; // 0 unless queued behind another operation

signals:
    void phaseChanged(ga::ChangeOperation::Phase phase);
    void listenerStateSeen(const QString &state);
    // The request will be sent again in `delayMs`: throttled, no answer, or the instance busy
    // with another change (ApiError::isBusy), which is waiting, not failure.
    void retryScheduled(const ga::ApiError &reason, int delayMs);
    void finished();

private:
    void send();
    void watch();
    void setPhase(Phase phase);
    void finishWith(Phase phase);
    void failWith(const ApiError &error, bool journal);
    void journalOrFail(const QString &problem);
    const Clock &clock() const;

    Services m_services;
    OperationRecord m_record;
    Options m_options;
    Phase m_phase = Phase::Created;
    ApiError m_error;
    qint64 m_startedMs = -1;
    QPointer<WatchTicket> m_ticket;
    ApiError m_retryReason;
    QDeadlineTimer m_retryAt { 0 };
    int m_stateReads = 0;
};

} // namespace ga
