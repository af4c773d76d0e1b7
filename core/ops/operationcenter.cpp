#include "operationcenter.h"

#include "api/gaapi.h"
#include "api/inputvalidation.h"
#include "changekind.h"
#include "logging.h"
#include "operationjournal.h"
#include "operationqueue.h"
#include "watcherregistry.h"

#include <QCoreApplication>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::ops)
};

} // namespace

OperationCenter::OperationCenter(OperationJournal *journal, Settings settings, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_queue(new OperationQueue(this))
    , m_settings(std::move(settings))
{
    // A queue move changes the position every waiting operation shows.
    connect(m_queue, &OperationQueue::changed, this, [this](const QString &acceleratorId) {
        for (ChangeOperation *operation : std::as_const(m_operations)) {
            if (!operation->isFinished() && operation->record().acceleratorId == acceleratorId)
                emit operationChanged(operation);
        }
    });
}

ChangeOperation *OperationCenter::start(GaApi *api, const QString &profile, OperationRecord change)
{
    if (change.operationId.isEmpty())
        change.operationId = validate::newClientToken();
    change.profile = profile;
    change.endpoint = api->endpointText();
    change.status = OperationRecord::Status::Pending;
    change.createdAt = {};
    return launch(api, std::move(change));
}

ChangeOperation *OperationCenter::dissociate(GaApi *api, const QString &profile,
                                             const QString &acceleratorId,
                                             const QString &listenerId,
                                             const QList<ChangeItem> &items)
{
    OperationRecord change;
    change.kind = ChangeKind::Dissociate;
    change.acceleratorId = acceleratorId;
    change.listenerId = listenerId;
    change.items = items;
    return start(api, profile, std::move(change));
}

QString OperationCenter::whyNotUndoable(const OperationRecord &record) const
{
    if (const ChangeOperation *running = find(record.operationId);
        running && !running->isFinished())
        return Text::tr("Operation %1 is still running.").arg(record.operationId);
    const QList<OperationRecord> all = history();
    for (const OperationRecord &other : all) {
        if (other.undoes == record.operationId && other.status != OperationRecord::Status::Failed)
            return Text::tr("Operation %1 is undone already (by %2).")
                .arg(record.operationId, other.operationId);
    }
    const Result<OperationRecord> undo = changekind::undoOf(record);
    return undo.ok() ? QString() : undo.error().message;
}

Result<ChangeOperation *> OperationCenter::undo(GaApi *api, const QString &operationId)
{
    QString error;
    const QList<OperationRecord> all = history(&error);
    if (!error.isEmpty())
        return ApiError::invalidInput(error);
    for (const OperationRecord &record : all) {
        if (record.operationId != operationId)
            continue;
        if (const QString reason = whyNotUndoable(record); !reason.isEmpty())
            return ApiError::invalidInput(reason);
        if (record.endpoint != api->endpointText())
            return ApiError::invalidInput(
                Text::tr("Operation %1 was sent to %2, not %3: undo it with that endpoint.")
                    .arg(operationId, record.endpoint, api->endpointText()));
        Result<OperationRecord> undo = changekind::undoOf(record);
        return start(api, record.profile, std::move(undo.value()));
    }
    return ApiError::invalidInput(
        Text::tr("No operation %1 in the journal %2.").arg(operationId, m_journal->path()));
}

QList<OperationCenter::ResumeCandidate> OperationCenter::resumeCandidates(const QString &profile,
                                                                          const QString &endpoint,
                                                                          QString *error) const
{
    QList<ResumeCandidate> candidates;
    const QList<OperationRecord> unfinished = m_journal->unfinished(error);
    for (const OperationRecord &record : unfinished) {
        ResumeCandidate candidate { record, {} };
        // Another account's or endpoint's operation waits until that profile is in use: its
        // credentials, not these, may send it again.
        if (record.endpoint != endpoint) {
            candidate.skipReason
                = Text::tr("%1 was sent to %2, not %3")
                      .arg(record.operationId,
                           record.endpoint.isEmpty() ? Text::tr("an unknown endpoint")
                                                     : record.endpoint,
                           endpoint);
        } else if (record.profile != profile) {
            candidate.skipReason = record.profile.isEmpty()
                ? Text::tr("%1 was started with the environment's credentials")
                      .arg(record.operationId)
                : Text::tr("%1 belongs to profile \"%2\"").arg(record.operationId, record.profile);
        } else if (find(record.operationId)) {
            candidate.skipReason
                = Text::tr("%1 ran in this session already").arg(record.operationId);
        }
        candidates.append(candidate);
    }
    return candidates;
}

QList<ChangeOperation *> OperationCenter::resume(GaApi *api, const QString &profile)
{
    QString error;
    const QList<ResumeCandidate> candidates
        = resumeCandidates(profile, api->endpointText(), &error);
    if (!error.isEmpty())
        qCWarning(lcOps).noquote() << "cannot resume operations:" << error;
    QList<ChangeOperation *> resumed;
    for (const ResumeCandidate &candidate : candidates) {
        if (candidate.skipReason.isEmpty())
            resumed.append(launch(api, candidate.record));
    }
    return resumed;
}

ChangeOperation *OperationCenter::sendAgain(ChangeOperation *operation)
{
    if (!operation || !operation->isFinished() || !m_operations.contains(operation))
        return nullptr;
    OperationRecord record = operation->record();
    record.status = OperationRecord::Status::Pending;
    return launch(operation->api(), std::move(record));
}

QList<OperationRecord> OperationCenter::history(QString *error) const
{
    return m_journal->operations(error);
}

ChangeOperation *OperationCenter::find(const QString &operationId) const
{
    for (ChangeOperation *operation : m_operations) {
        if (operation->record().operationId == operationId)
            return operation;
    }
    return nullptr;
}

ChangeOperation *OperationCenter::launch(GaApi *api, OperationRecord record)
{
    ChangeOperation::Services services;
    services.api = api;
    services.journal = m_journal;
    services.queue = m_queue;
    services.watchers = watchersFor(api);
    services.clock = m_settings.clock;
    ChangeOperation::Options options;
    options.watch = m_settings.watch;
    options.watchTimeoutMs = m_settings.watchTimeoutMs;
    // One entry per intent: a run sent again replaces the one before it.
    for (qsizetype i = 0; i < m_operations.size(); ++i) {
        if (m_operations[i]->record().operationId == record.operationId) {
            m_operations.takeAt(i)->deleteLater();
            break;
        }
    }
    auto *operation = new ChangeOperation(services, std::move(record), options, this);
    m_operations.append(operation);
    const auto changed = [this, operation] { emit operationChanged(operation); };
    connect(operation, &ChangeOperation::phaseChanged, this, changed);
    connect(operation, &ChangeOperation::listenerStateSeen, this, changed);
    connect(operation, &ChangeOperation::retryScheduled, this, changed);
    connect(operation, &ChangeOperation::finished, this,
            [this, operation] { emit operationFinished(operation); });
    emit operationAdded(operation);
    // Started on the next turn of the event loop, so the caller can connect to it first
    // (even a refusal of bad input is a finished() it must see).
    QMetaObject::invokeMethod(operation, &ChangeOperation::start, Qt::QueuedConnection);
    return operation;
}

WatcherRegistry *OperationCenter::watchersFor(GaApi *api)
{
    QPointer<WatcherRegistry> &registry = m_watchers[api];
    if (!registry) {
        registry = new WatcherRegistry(api, m_settings.schedule, m_settings.clock, this);
        connect(api, &QObject::destroyed, registry, &QObject::deleteLater);
        connect(api, &QObject::destroyed, this, [this, api] { m_watchers.remove(api); });
    }
    return registry;
}

} // namespace ga
