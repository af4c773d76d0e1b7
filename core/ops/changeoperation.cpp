#include "changeoperation.h"

#include "api/gaapi.h"
#include "changekind.h"
#include "clock.h"
#include "listenerwatcher.h"
#include "logging.h"
#include "operationjournal.h"
#include "operationlease.h"
#include "operationqueue.h"
#include "watcherregistry.h"

namespace ga {

ChangeOperation::ChangeOperation(Services services, OperationRecord record, Options options,
                                 QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_record(std::move(record))
    , m_options(options)
{ }

GaApi *ChangeOperation::api() const
{
    return m_services.api;
}

const Clock &ChangeOperation::clock() const
{
    return Clock::orSystem(m_services.clock);
}

qint64 ChangeOperation::elapsedMs() const
{
    return m_startedMs < 0 ? 0 : clock().monotonicMs() - m_startedMs;
}

bool ChangeOperation::isFinished() const
{
    switch (m_phase) {
    case Phase::AcceptedUnwatched:
    case Phase::Done:
    case Phase::Failed:
    case Phase::TimedOut:
    case Phase::Unconfirmed:
        return true;
    case Phase::Created:
    case Phase::Queued:
    case Phase::Sending:
    case Phase::Watching:
        return false;
    }
    return true;
}

void ChangeOperation::start()
{
    m_startedMs = clock().monotonicMs();
    // Bad input is refused before it reaches the journal or the network.
    const Result<OperationRecord> checked = changekind::validated(m_record);
    if (!checked.ok())
        return failWith(checked.error(), false);
    m_record = checked.value();
    // One process at a time runs a change: the lease comes before the journal and the send.
    if (m_services.lease && !m_services.lease->acquire())
        return journalOrFail(m_services.lease->error() + u'.');
    // Nothing is sent before the journal holds the intent: if the program dies after the
    // send, the next start finds the operation and finishes it with the same ClientToken.
    if (!m_options.intentJournaled) {
        const bool isNew = !m_record.createdAt.isValid();
        const QString problem = isNew ? m_services.journal->recordIntent(m_record)
                                      : m_services.journal->recordResumed(m_record.operationId);
        if (isNew)
            m_record.createdAt = clock().utcNow();
        else
            m_record.resumed = true;
        if (!problem.isEmpty())
            return journalOrFail(problem);
    }
    setPhase(Phase::Queued);
    m_services.queue->enqueue(this);
}

void ChangeOperation::begin()
{
    if (m_record.status == OperationRecord::Status::Accepted)
        return watch();
    send();
}

void ChangeOperation::send()
{
    setPhase(Phase::Sending);
    if (!m_services.api) {
        m_error.kind = ApiError::Kind::Cancelled;
        m_error.message = tr("The account's client closed before this was sent.");
        return finishWith(Phase::Unconfirmed);
    }
    auto *job = changekind::send(*m_services.api, m_record);
    connect(job, &JobBase::retryScheduled, this, [this](const ApiError &reason, int delayMs) {
        m_retryReason = reason;
        m_retryAt.setRemainingTime(delayMs);
        emit retryScheduled(reason, delayMs);
    });
    job->onFinished(this, [this](const Result<MutationAccepted> &result) {
        if (!result.ok()) {
            const ApiError &error = result.error();
            // Still no answer after the call's own retries (RetryPolicy's OutcomeUnknown):
            // keep the intent open, so a resume sends it again with the same ClientToken.
            if (error.kind != ApiError::Kind::InvalidInput && error.isTransient()) {
                m_error = error;
                return finishWith(Phase::Unconfirmed);
            }
            return failWith(error, true);
        }
        m_record.requestId = result.value().requestId;
        m_record.status = OperationRecord::Status::Accepted;
        const QString problem
            = m_services.journal->recordSent(m_record.operationId, m_record.requestId);
        if (!problem.isEmpty())
            qCWarning(lcOps).noquote() << problem;
        qCDebug(lcOps).noquote() << changekind::name(m_record.kind) << m_record.operationId
                                 << "accepted, RequestId" << m_record.requestId;
        if (m_options.watch)
            watch();
        else
            finishWith(Phase::AcceptedUnwatched);
    });
}

void ChangeOperation::watch()
{
    setPhase(Phase::Watching);
    WatchTicket *ticket = m_services.watchers->watch(m_record.acceleratorId, m_record.listenerId,
                                                     changekind::doneWhen(m_record),
                                                     m_options.watchTimeoutMs, this);
    m_ticket = ticket;
    connect(ticket, &WatchTicket::stateSeen, this, [this](const QString &state) {
        if (state != m_record.lastState) {
            m_record.lastState = state;
            m_services.journal->recordState(m_record.operationId, state);
        }
        emit listenerStateSeen(state);
    });
    connect(ticket, &WatchTicket::finished, this, [this, ticket] {
        const WatchOutcome outcome = ticket->outcome();
        m_stateReads += outcome.stateReads;
        switch (outcome.status) {
        case WatchOutcome::Status::Done: {
            const QString problem = m_services.journal->recordDone(m_record.operationId);
            if (!problem.isEmpty())
                qCWarning(lcOps).noquote() << problem;
            m_record.status = OperationRecord::Status::Done;
            m_record.lastState = outcome.lastState;
            return finishWith(Phase::Done);
        }
        case WatchOutcome::Status::TimedOut:
            return finishWith(Phase::TimedOut);
        case WatchOutcome::Status::Failed:
            return failWith(outcome.error, true);
        case WatchOutcome::Status::Cancelled:
            return finishWith(Phase::Unconfirmed);
        }
    });
}

void ChangeOperation::keepWatching()
{
    if (m_phase != Phase::TimedOut)
        return;
    if (m_services.lease && !m_services.lease->acquire()) {
        qCWarning(lcOps).noquote() << "not watching again:" << m_services.lease->error();
        return;
    }
    setPhase(Phase::Queued);
    m_services.queue->enqueue(this);
}

qint64 ChangeOperation::retryInMs() const
{
    return m_phase == Phase::Sending ? m_retryAt.remainingTime() : 0;
}

int ChangeOperation::queuePosition() const
{
    return m_phase == Phase::Queued ? m_services.queue->positionOf(this) : 0;
}

void ChangeOperation::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_retryAt.setRemainingTime(0);
    m_phase = phase;
    emit phaseChanged(phase);
}

void ChangeOperation::finishWith(Phase phase)
{
    m_record.updatedAt = clock().utcNow();
    // Finished here: another process may resume it now (an unconfirmed one, say).
    if (m_services.lease)
        m_services.lease->release();
    setPhase(phase);
    emit finished();
}

void ChangeOperation::failWith(const ApiError &error, bool journal)
{
    m_error = error;
    m_record.status = OperationRecord::Status::Failed;
    m_record.errorCode = error.code.isEmpty() ? kindName(error.kind) : error.code;
    m_record.errorMessage = error.message;
    if (journal) {
        m_services.journal->recordFailed(m_record.operationId, m_record.errorCode, error.message,
                                         error.requestId);
    }
    finishWith(Phase::Failed);
}

void ChangeOperation::journalOrFail(const QString &problem)
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidInput;
    error.message = problem + u' ' + tr("Nothing was sent.");
    failWith(error, false);
}

} // namespace ga
