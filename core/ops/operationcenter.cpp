#include "operationcenter.h"

#include "api/gaapi.h"
#include "api/inputvalidation.h"
#include "changekind.h"
#include "logging.h"
#include "operationjournal.h"
#include "operationlease.h"
#include "operationqueue.h"
#include "watcherregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMetaMethod>

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
    connect(&m_leaseRetry, &QTimer::timeout, this, [this] {
        if (!m_resumeApi)
            return stopResumeRetries();
        resume(m_resumeApi, m_resumeProfile);
    });
    // Appends come in bursts (intent, sent, state...): one reload for each burst.
    m_historyDebounce.setSingleShot(true);
    m_historyDebounce.setInterval(200);
    connect(&m_historyDebounce, &QTimer::timeout, this, &OperationCenter::journalTouched);
}

void OperationCenter::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&OperationCenter::historyChanged))
        followJournal();
}

void OperationCenter::followJournal()
{
    if (m_journalWatcher)
        return;
    m_journalWatcher = new QFileSystemWatcher(this);
    // The folder too: the file may not exist yet, and a file replaced by a new inode (an
    // editor's save, some filesystems' appends) drops the file's watch.
    const QString folder = QFileInfo(m_journal->path()).absolutePath();
    QDir().mkpath(folder);
    m_journalWatcher->addPath(folder);
    if (QFileInfo::exists(m_journal->path()))
        m_journalWatcher->addPath(m_journal->path());
    const auto touched = [this] { m_historyDebounce.start(); };
    connect(m_journalWatcher, &QFileSystemWatcher::fileChanged, this, touched);
    connect(m_journalWatcher, &QFileSystemWatcher::directoryChanged, this, touched);
}

void OperationCenter::journalTouched()
{
    // A file created since, or replaced, is watched (again) from here.
    if (QFileInfo::exists(m_journal->path())
        && !m_journalWatcher->files().contains(m_journal->path()))
        m_journalWatcher->addPath(m_journal->path());
    emit historyChanged();
}

ChangeOperation *OperationCenter::start(GaApi *api, const QString &profile, OperationRecord change)
{
    if (change.operationId.isEmpty())
        change.operationId = validate::newClientToken();
    change.profile = profile;
    change.endpoint = api->endpointText();
    change.status = OperationRecord::Status::Pending;
    change.createdAt = {};
    // A new token: nobody else holds its lease, unless the disk refuses the lock file.
    auto *lease = new OperationLease(leaseDirectory(), change.operationId);
    return launch(api, std::move(change), lease);
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
    return whyNotUndoable(record, history());
}

QString OperationCenter::whyNotUndoable(const OperationRecord &record,
                                        const QList<OperationRecord> &history) const
{
    if (const ChangeOperation *running = find(record.operationId);
        running && !running->isFinished())
        return Text::tr("Operation %1 is still running.").arg(record.operationId);
    for (const OperationRecord &other : history) {
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
        // The journal read once: the undo's own checks look at the same history.
        if (const QString reason = whyNotUndoable(record, all); !reason.isEmpty())
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
        } else if (const qint64 pid = leaseHolder(record.operationId); pid != 0) {
            // gactl in another terminal, or another console: it sends and watches this one.
            candidate.heldByPid = pid;
            candidate.skipReason = Text::tr("%1 is running in another process (PID %2)")
                                       .arg(record.operationId)
                                       .arg(pid);
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
    bool heldElsewhere = false;
    for (const ResumeCandidate &candidate : candidates) {
        heldElsewhere = heldElsewhere || candidate.heldByPid != 0;
        if (!candidate.skipReason.isEmpty())
            continue;
        // Taken before the operation exists: one that another process took a moment ago is
        // skipped like the others, not failed.
        auto *lease = new OperationLease(leaseDirectory(), candidate.record.operationId);
        if (!lease->acquire()) {
            qCInfo(lcOps).noquote() << "not resuming:" << lease->error();
            heldElsewhere = heldElsewhere || lease->holderPid() != 0;
            delete lease;
            continue;
        }
        resumed.append(launch(api, candidate.record, lease));
    }
    m_resumeApi = api;
    m_resumeProfile = profile;
    if (heldElsewhere && m_settings.leaseRetryMs > 0) {
        if (!m_leaseRetry.isActive())
            m_leaseRetry.start(m_settings.leaseRetryMs);
    } else {
        m_leaseRetry.stop();
    }
    return resumed;
}

void OperationCenter::stopResumeRetries()
{
    m_leaseRetry.stop();
    m_resumeApi = nullptr;
    m_resumeProfile.clear();
}

ChangeOperation *OperationCenter::sendAgain(ChangeOperation *operation)
{
    if (!operation || !operation->isFinished() || !m_operations.contains(operation))
        return nullptr;
    OperationRecord record = operation->record();
    record.status = OperationRecord::Status::Pending;
    // Refused (the run fails, nothing sent) when another process took it over meanwhile.
    auto *lease = new OperationLease(leaseDirectory(), record.operationId);
    return launch(operation->api(), std::move(record), lease);
}

ChangeOperation *OperationCenter::adopt(GaApi *api, OperationRecord journaled,
                                        OperationLease *lease)
{
    return launch(api, std::move(journaled), lease, true);
}

QList<OperationRecord> OperationCenter::history(QString *error) const
{
    return m_journal->operations(error);
}

qint64 OperationCenter::leaseHolder(const QString &operationId) const
{
    if (const ChangeOperation *running = find(operationId); running && !running->isFinished())
        return 0;
    return OperationLease::holderOf(leaseDirectory(), operationId);
}

QString OperationCenter::leaseDirectory() const
{
    return OperationLease::directoryFor(m_journal->path());
}

ChangeOperation *OperationCenter::find(const QString &operationId) const
{
    for (ChangeOperation *operation : m_operations) {
        if (operation->record().operationId == operationId)
            return operation;
    }
    return nullptr;
}

ChangeOperation *OperationCenter::launch(GaApi *api, OperationRecord record, OperationLease *lease,
                                         bool intentJournaled)
{
    ChangeOperation::Services services;
    services.api = api;
    services.journal = m_journal;
    services.queue = m_queue;
    services.watchers = watchersFor(api);
    services.clock = m_settings.clock;
    services.lease = lease;
    ChangeOperation::Options options;
    options.watch = m_settings.watch;
    options.watchTimeoutMs = m_settings.watchTimeoutMs;
    options.intentJournaled = intentJournaled;
    // One entry per intent: a run sent again replaces the one before it.
    for (qsizetype i = 0; i < m_operations.size(); ++i) {
        if (m_operations[i]->record().operationId == record.operationId) {
            m_operations.takeAt(i)->deleteLater();
            break;
        }
    }
    auto *operation = new ChangeOperation(services, std::move(record), options, this);
    lease->setParent(operation); // released when the operation finishes or goes
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
