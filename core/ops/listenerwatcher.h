#pragma once

#include "api/apierror.h"
#include "changekind.h"
#include "watchschedule.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace ga {

class Clock;
class GaApi;
class ListenerStateReader;
class ListenerWatcher;
struct Listener;
struct ListenerCertificate;
template<typename T> class Result;

struct WatchOutcome
{
    enum class Status { Done, TimedOut, Failed, Cancelled };
    Status status = Status::Cancelled;
    QString lastState;
    ApiError error;
    qint64 elapsedMs = 0;
    int stateReads = 0; // listener state reads (ListListeners) made while this ticket waited
    // When the last read that found the listener busy came, since the ticket started; -1 when
    // every read found it active. With elapsedMs it brackets how long GA took.
    qint64 lastBusyMs = -1;
    // When the first read that found it active after that came; -1 before one did.
    qint64 firstActiveMs = -1;
    int listCalls = 0; // ListListenerCertificates calls made while it waited
};

// One party's wait on a listener: done when the listener is active and its additional
// certificates meet `expectation` (an empty one: as soon as it is active).
class WatchTicket final : public QObject
{
    Q_OBJECT

public:
    WatchTicket(CertificateExpectation expectation, int timeoutMs, ListenerWatcher *watcher,
                QObject *parent);

    const CertificateExpectation &expectation() const { return m_expectation; }
    const WatchOutcome &outcome() const { return m_outcome; }
    bool isFinished() const { return m_finished; }
    // The watcher whose polls answer this ticket; null once it is gone.
    ListenerWatcher *watcher() const { return m_watcher; }
    void cancel();

signals:
    void stateSeen(const QString &state);
    void finished();

private:
    friend class ListenerWatcher;
    void settle(WatchOutcome::Status status, const ApiError &error = {});

    CertificateExpectation m_expectation;
    QPointer<ListenerWatcher> m_watcher;
    WatchOutcome m_outcome;
    qint64 m_startedMs = 0;
    QTimer m_timeout;
    int m_readsAtStart = 0;
    int m_listAtStart = 0;
    bool m_finished = false;
};

// Polls one listener for every ticket that waits on it (docs/architecture.md, Watching), on a
// schedule that starts fast and backs off, and stops when no ticket is left. Its state comes
// from its accelerator's ListListeners, read through the registry's ListenerStateReader and
// shared with every other watcher of that accelerator. A first poll that still reads "active"
// before GA switched to "updating" cannot end a ticket early: the domains must also be gone
// from ListListenerCertificates(Role=additional).
class ListenerWatcher final : public QObject
{
    Q_OBJECT

public:
    ListenerWatcher(GaApi *api, ListenerStateReader *states, QString acceleratorId,
                    QString listenerId, WatchSchedule schedule = {}, const Clock *clock = nullptr,
                    QObject *parent = nullptr);
    ~ListenerWatcher() override;

    // Starts (or restarts, fast again) polling for a new party. timeoutMs <= 0: no timeout.
    // The ticket belongs to `owner` (the watcher itself when null), so it outlives the
    // watcher, which goes away when nobody waits any more. firstPollMs > 0 replaces the
    // schedule's first delay (the registry's estimate of how long a change takes).
    WatchTicket *watch(const CertificateExpectation &expectation, int timeoutMs,
                       QObject *owner = nullptr, int firstPollMs = 0);

    // The shortest wait before a poll that the registry allows now (0: the schedule's).
    void setPacing(std::function<int()> minimumDelayMs) { m_pacing = std::move(minimumDelayMs); }
    const QString &listenerId() const { return m_listenerId; }
    const QString &acceleratorId() const { return m_acceleratorId; }
    const QString &lastState() const { return m_lastState; }
    // State reads this watcher asked for (each answered by its accelerator's ListListeners,
    // alone or together with other watchers' reads).
    int stateReads() const { return m_stateReads; }
    int listCalls() const { return m_listCalls; }
    bool hasTickets() const { return !m_tickets.isEmpty(); }
    // The wait before the poll now scheduled (0 before the first).
    int currentDelayMs() const { return m_lastDelayMs; }
    qint64 now() const;

signals:
    void stateSeen(const QString &state);
    void idle(); // the last ticket finished; nobody needs this watcher now

private:
    void poll();
    void onListed(const Result<QList<Listener>> &result);
    void onCertificates(const Result<QList<ListenerCertificate>> &result);
    void failPoll(const ApiError &error);
    void scheduleNext();
    void dropFinishedTickets();

    QPointer<GaApi> m_api;
    QPointer<ListenerStateReader> m_states;
    QString m_acceleratorId;
    QString m_listenerId;
    WatchSchedule m_schedule;
    QList<QPointer<WatchTicket>> m_tickets;
    QTimer m_pollTimer;
    const Clock *m_clock;
    qint64 m_cycleStartedMs = 0;
    QString m_lastState;
    int m_pollIndex = 0;
    int m_lastDelayMs = 0;
    int m_firstPollMs = 0;
    std::function<int()> m_pacing;
    int m_stateReads = 0;
    int m_listCalls = 0;
    bool m_pollInFlight = false;
};

} // namespace ga
