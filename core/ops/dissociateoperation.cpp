#include "dissociateoperation.h"

#include "api/gaclient.h"
#include "api/inputvalidation.h"
#include "listenerwatcher.h"
#include "logging.h"
#include "operationjournal.h"
#include "operationqueue.h"
#include "watcherregistry.h"

#include <QTimer>

namespace ga {

QString phaseName(DissociateOperation::Phase phase)
{
    switch (phase) {
    case DissociateOperation::Phase::Created:
        return QStringLiteral("created");
    case DissociateOperation::Phase::Queued:
        return QStringLiteral("queued");
    case DissociateOperation::Phase::Sending:
        return QStringLiteral("sending");
    case DissociateOperation::Phase::Watching:
        return QStringLiteral("watching");
    case DissociateOperation::Phase::Sent:
        return QStringLiteral("sent");
    case DissociateOperation::Phase::Done:
        return QStringLiteral("done");
    case DissociateOperation::Phase::Failed:
        return QStringLiteral("failed");
    case DissociateOperation::Phase::TimedOut:
        return QStringLiteral("timed out");
    case DissociateOperation::Phase::Unconfirmed:
        return QStringLiteral("unconfirmed");
    }
    return {};
}

DissociateOperation::DissociateOperation(Services services, OperationRecord record, Options options,
                                         QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_record(std::move(record))
    , m_options(options)
{ }

GaClient *DissociateOperation::client() const
{
    return m_services.client;
}

bool DissociateOperation::isFinished() const
{
    switch (m_phase) {
    case Phase::Sent:
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

void DissociateOperation::start()
{
    m_elapsed.start();
    // Bad input is refused before it reaches the journal or the network.
    const Result<QString> accelerator
        = validate::resourceId(m_record.acceleratorId, validate::acceleratorIdLabel());
    const Result<QString> listener
        = validate::resourceId(m_record.listenerId, validate::listenerIdLabel());
    const Result<QStringList> domains = validate::domains(m_record.domains);
    const Result<QString> token = validate::clientToken(m_record.operationId);
    for (const ApiError *error :
         { &accelerator.error(), &listener.error(), &domains.error(), &token.error() }) {
        if (error->kind == ApiError::Kind::InvalidInput)
            return failWith(*error, false);
    }
    m_record.acceleratorId = accelerator.value();
    m_record.listenerId = listener.value();
    m_record.domains = domains.value();
    // Nothing is sent before the journal holds the intent: if the program dies after the
    // send, the next start finds the operation and finishes it with the same ClientToken.
    const bool isNew = !m_record.createdAt.isValid();
    const QString problem = isNew ? m_services.journal->recordIntent(m_record)
                                  : m_services.journal->recordResumed(m_record.operationId);
    if (isNew)
        m_record.createdAt = QDateTime::currentDateTimeUtc();
    else
        m_record.resumed = true;
    if (!problem.isEmpty())
        return journalOrFail(problem);
    setPhase(Phase::Queued);
    m_services.queue->enqueue(this);
}

void DissociateOperation::begin()
{
    if (m_record.status == OperationRecord::Status::Sent)
        return watch();
    send();
}

void DissociateOperation::send()
{
    setPhase(Phase::Sending);
    if (!m_services.client) {
        m_error.kind = ApiError::Kind::Cancelled;
        m_error.message = QStringLiteral("The account's client closed before this was sent.");
        return finishWith(Phase::Unconfirmed);
    }
    auto *job = m_services.client->dissociateAdditionalCertificates(
        m_record.acceleratorId, m_record.listenerId, m_record.domains, m_record.clientToken());
    connect(job, &JobBase::retryScheduled, this, [this](const ApiError &reason, int delayMs) {
        m_retryReason = reason;
        m_retryAt.setRemainingTime(delayMs);
        emit retryScheduled(reason, delayMs);
    });
    job->onFinished(this, [this](const Result<MutationAccepted> &result) {
        if (!result.ok()) {
            const ApiError &error = result.error();
            // Without an answer we cannot know whether GA applied it: keep the intent open
            // so a resume sends it again with the same ClientToken.
            const bool unknown = error.kind == ApiError::Kind::Network
                || error.kind == ApiError::Kind::Timeout
                || (error.kind != ApiError::Kind::InvalidInput && error.isTransient());
            if (unknown && m_unknownResends < maxUnknownResends) {
                // The ClientToken makes sending again safe: GA applies it at most once. So
                // the operation tries a little longer than one call's own retries before it
                // hands the question to the admin (or to gactl resume).
                const int delayMs = 1000 << m_unknownResends++;
                qCDebug(lcOps).noquote()
                    << "dissociation" << m_record.operationId << "outcome unknown ("
                    << error.toString() << "); sending again in" << delayMs << "ms";
                m_retryReason = error;
                m_retryAt.setRemainingTime(delayMs);
                emit retryScheduled(error, delayMs);
                QTimer::singleShot(delayMs, this, [this] {
                    if (m_phase == Phase::Sending)
                        send();
                });
                return;
            }
            if (unknown) {
                m_error = error;
                return finishWith(Phase::Unconfirmed);
            }
            return failWith(error, true);
        }
        m_record.requestId = result.value().requestId;
        m_record.status = OperationRecord::Status::Sent;
        const QString problem
            = m_services.journal->recordSent(m_record.operationId, m_record.requestId);
        if (!problem.isEmpty())
            qCWarning(lcOps).noquote() << problem;
        qCDebug(lcOps).noquote() << "dissociation" << m_record.operationId << "accepted, RequestId"
                                 << m_record.requestId;
        if (m_options.watch)
            watch();
        else
            finishWith(Phase::Sent);
    });
}

void DissociateOperation::watch()
{
    setPhase(Phase::Watching);
    WatchTicket *ticket
        = m_services.watchers->watch(m_record.acceleratorId, m_record.listenerId, m_record.domains,
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
        m_describeCalls += outcome.describeCalls;
        switch (outcome.status) {
        case WatchOutcome::Status::Done: {
            const QString problem = m_services.journal->recordDone(m_record.operationId);
            if (!problem.isEmpty())
                qCWarning(lcOps).noquote() << problem;
            m_record.status = OperationRecord::Status::Done;
            m_record.lastState = QStringLiteral("active");
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

void DissociateOperation::keepWatching()
{
    if (m_phase != Phase::TimedOut)
        return;
    setPhase(Phase::Queued);
    m_services.queue->enqueue(this);
}

qint64 DissociateOperation::retryInMs() const
{
    return m_phase == Phase::Sending ? m_retryAt.remainingTime() : 0;
}

int DissociateOperation::queuePosition() const
{
    return m_phase == Phase::Queued ? m_services.queue->positionOf(this) : 0;
}

void DissociateOperation::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_retryAt.setRemainingTime(0);
    m_phase = phase;
    emit phaseChanged(phase);
}

void DissociateOperation::finishWith(Phase phase)
{
    m_record.updatedAt = QDateTime::currentDateTimeUtc();
    setPhase(phase);
    emit finished();
}

void DissociateOperation::failWith(const ApiError &error, bool journal)
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

void DissociateOperation::journalOrFail(const QString &problem)
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidInput;
    error.message = problem + u' ' + tr("Nothing was sent.");
    failWith(error, false);
}

} // namespace ga
