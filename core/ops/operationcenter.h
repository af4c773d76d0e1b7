#pragma once

#include "api/result.h"
#include "changeoperation.h"
#include "watchschedule.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QFileSystemWatcher;

namespace ga {

class Clock;
class GaApi;
class OperationJournal;
class OperationLease;
class OperationQueue;
class WatcherRegistry;

// How the operations a center starts are watched, and by which clock.
struct OperationSettings
{
    WatchSchedule schedule;
    int watchTimeoutMs = 180'000;
    bool watch = true; // false: an operation is finished once GA accepted it
    const Clock *clock = nullptr; // Clock::system() when null
    // After resume(): how often to try again the changes it skipped only because another
    // process held their lease, resuming each once that process is gone (0: never; gactl).
    int leaseRetryMs = 5000;
};

// The only way either program starts, resumes, lists or undoes a certificate change: one
// journal, one queue (one change per accelerator at a time), one watcher registry per
// account, and every operation of this session, running or finished. Operations are
// children of the center, not of a window or a profile, so switching views or profiles
// never stops them. An API client must outlive the operations started with it.
class OperationCenter final : public QObject
{
    Q_OBJECT

public:
    using Settings = OperationSettings;

    // Why a journaled, unfinished operation is not resumed here; empty when it is.
    struct ResumeCandidate
    {
        OperationRecord record;
        QString skipReason;
        // Set when the only reason is that another process runs it now (holds its lease).
        qint64 heldByPid = 0;
    };

    explicit OperationCenter(OperationJournal *journal, Settings settings = {},
                             QObject *parent = nullptr);

    // Journals and queues `change` (kind, accelerator, listener, items) for `profile`, with
    // a new ClientToken unless the change has one. Bad input fails the operation at once,
    // before anything is journaled or sent.
    ChangeOperation *start(GaApi *api, const QString &profile, OperationRecord change);
    ChangeOperation *dissociate(GaApi *api, const QString &profile, const QString &acceleratorId,
                                const QString &listenerId, const QList<ChangeItem> &items);
    // Starts the change that undoes the journaled, done operation `operationId` (see
    // changekind::undoOf); fails with the reason when it cannot be undone.
    Result<ChangeOperation *> undo(GaApi *api, const QString &operationId);
    // Whether the operation can be undone now, or why not (empty: it can).
    QString whyNotUndoable(const OperationRecord &record) const;
    // The same against a history read already (a plan's undo checks each of its requests).
    QString whyNotUndoable(const OperationRecord &record,
                           const QList<OperationRecord> &history) const;

    // The journal's unfinished operations, each with why it is not for this profile and
    // endpoint (another account's, another endpoint's, run by this session already, or
    // running in another process now: its lease is held there).
    QList<ResumeCandidate> resumeCandidates(const QString &profile, const QString &endpoint,
                                            QString *error = nullptr) const;
    // Resumes every candidate that is for this profile and `api`'s endpoint; returns them.
    // Candidates another process runs now are tried again every Settings::leaseRetryMs
    // (for the profile and client of the latest resume() call) until that process is gone.
    QList<ChangeOperation *> resume(GaApi *api, const QString &profile);
    // Stops those retries (until the next resume()).
    void stopResumeRetries();
    bool isRetryingResume() const { return m_leaseRetry.isActive(); }
    // Runs a change whose intent is journaled already and whose lease `lease` holds (each
    // request of a plan, core/plans/planlauncher.h); the center takes the lease.
    ChangeOperation *adopt(GaApi *api, OperationRecord journaled, OperationLease *lease);
    // Sends a finished, unconfirmed operation again, with its own client and ClientToken; the
    // new run takes its place. Null when it is not finished.
    ChangeOperation *sendAgain(ChangeOperation *operation);

    // Every journaled operation, oldest first (read again from the journal each time).
    QList<OperationRecord> history(QString *error = nullptr) const;
    // The PID of another process (or another center) that runs `operationId` now, holding
    // its lease; 0 when nobody does or this center runs it.
    qint64 leaseHolder(const QString &operationId) const;
    // The folder of the lease files: `leases/` beside the journal.
    QString leaseDirectory() const;
    const QList<ChangeOperation *> &operations() const { return m_operations; }
    ChangeOperation *find(const QString &operationId) const;
    OperationJournal *journal() const { return m_journal; }
    OperationQueue *queue() const { return m_queue; }
    WatcherRegistry *watchersFor(GaApi *api);
    const Settings &settings() const { return m_settings; }
    // For tests and benchmarks: applies to operations started later.
    void setSettings(Settings settings) { m_settings = std::move(settings); }
    void setWatchSchedule(WatchSchedule schedule) { m_settings.schedule = std::move(schedule); }
    void setWatchTimeoutMs(int timeoutMs) { m_settings.watchTimeoutMs = timeoutMs; }

signals:
    void operationAdded(ga::ChangeOperation *operation);
    // Phase, listener state, queue position or retry countdown changed.
    void operationChanged(ga::ChangeOperation *operation);
    void operationFinished(ga::ChangeOperation *operation);
    // The journal file changed (this process or another appended to it), ~200 ms after the
    // last change. The file is watched once something connects to this signal.
    void historyChanged();

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    // `lease` is taken by the operation's start() unless held already; it becomes the
    // operation's child.
    ChangeOperation *launch(GaApi *api, OperationRecord record, OperationLease *lease,
                            bool intentJournaled = false);
    void followJournal();
    void journalTouched();

    OperationJournal *m_journal;
    OperationQueue *m_queue;
    Settings m_settings;
    QHash<GaApi *, QPointer<WatcherRegistry>> m_watchers;
    QList<ChangeOperation *> m_operations;
    QTimer m_leaseRetry;
    QPointer<GaApi> m_resumeApi;
    QString m_resumeProfile;
    QFileSystemWatcher *m_journalWatcher = nullptr;
    QTimer m_historyDebounce;
};

} // namespace ga
