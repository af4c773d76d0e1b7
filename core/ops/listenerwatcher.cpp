#include "listenerwatcher.h"

#include "api/gaapi.h"
#include "clock.h"
#include "listenerstatereader.h"
#include "logging.h"

#include <algorithm>

namespace ga {

WatchTicket::WatchTicket(CertificateExpectation expectation, int timeoutMs,
                         ListenerWatcher *watcher, QObject *parent)
    : QObject(parent)
    , m_expectation(std::move(expectation))
    , m_watcher(watcher)
{
    if (m_watcher)
        m_startedMs = m_watcher->now();
    if (timeoutMs > 0) {
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this,
                [this] { settle(WatchOutcome::Status::TimedOut); });
        m_timeout.start(timeoutMs);
    }
}

void WatchTicket::cancel()
{
    settle(WatchOutcome::Status::Cancelled);
}

void WatchTicket::settle(WatchOutcome::Status status, const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_outcome.status = status;
    m_outcome.error = error;
    if (m_watcher)
        m_outcome.elapsedMs = m_watcher->now() - m_startedMs;
    if (m_watcher) {
        m_outcome.lastState = m_watcher->lastState();
        m_outcome.stateReads = m_watcher->stateReads() - m_readsAtStart;
        m_outcome.listCalls = m_watcher->listCalls() - m_listAtStart;
    }
    emit finished();
}

ListenerWatcher::ListenerWatcher(GaApi *api, ListenerStateReader *states, QString acceleratorId,
                                 QString listenerId, WatchSchedule schedule, const Clock *clock,
                                 QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_states(states)
    , m_acceleratorId(std::move(acceleratorId))
    , m_listenerId(std::move(listenerId))
    , m_schedule(std::move(schedule))
    , m_clock(&Clock::orSystem(clock))
{
    m_pollTimer.setSingleShot(true);
    // A coarse timer may fire up to 5% early, which would poll faster than the schedule says.
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &ListenerWatcher::poll);
}

ListenerWatcher::~ListenerWatcher()
{
    for (const QPointer<WatchTicket> &ticket : std::as_const(m_tickets)) {
        if (ticket)
            ticket->settle(WatchOutcome::Status::Cancelled);
    }
}

qint64 ListenerWatcher::now() const
{
    return m_clock->monotonicMs();
}

WatchTicket *ListenerWatcher::watch(const CertificateExpectation &expectation, int timeoutMs,
                                    QObject *owner, int firstPollMs)
{
    auto *ticket = new WatchTicket(expectation, timeoutMs, this, owner ? owner : this);
    ticket->m_readsAtStart = m_stateReads;
    ticket->m_listAtStart = m_listCalls;
    connect(ticket, &WatchTicket::finished, this, &ListenerWatcher::dropFinishedTickets,
            Qt::QueuedConnection);
    m_tickets.append(ticket);

    // A new party means a change was just made: poll fast again from the start.
    m_pollIndex = 0;
    m_lastDelayMs = 0;
    m_firstPollMs = firstPollMs;
    m_cycleStartedMs = now();
    if (!m_pollInFlight)
        scheduleNext();
    return ticket;
}

void ListenerWatcher::scheduleNext()
{
    const qint64 elapsed = now() - m_cycleStartedMs;
    // A wait that starts at the typical time and still finds GA busy is near its end: the
    // next look comes after a quarter of the fast interval.
    if (m_firstPollMs > 0 && m_pollIndex <= 1)
        m_lastDelayMs
            = m_pollIndex == 0 ? m_firstPollMs : std::max(1, m_schedule.fastIntervalMs / 4);
    else
        m_lastDelayMs = m_schedule.delayBeforePoll(m_pollIndex, elapsed, m_lastDelayMs);
    // The first poll keeps its time: a change GA applies at once is seen at once.
    if (m_pacing && m_pollIndex > 0)
        m_lastDelayMs = std::max(m_lastDelayMs, m_pacing());
    m_pollTimer.start(m_lastDelayMs);
}

void ListenerWatcher::poll()
{
    dropFinishedTickets();
    if (m_tickets.isEmpty() || !m_api || !m_states)
        return;
    m_pollInFlight = true;
    ++m_pollIndex;
    ++m_stateReads;
    m_states->read(m_acceleratorId, this,
                   [this](const Result<QList<Listener>> &r) { onListed(r); });
}

void ListenerWatcher::onListed(const Result<QList<Listener>> &result)
{
    if (!result.ok())
        return failPoll(result.error());
    const Listener *listener = nullptr;
    for (const Listener &candidate : result.value()) {
        if (candidate.listenerId == m_listenerId)
            listener = &candidate;
    }
    if (!listener) {
        // Gone from its accelerator: as final as DescribeListener's NotExist.Listener.
        ApiError gone;
        gone.kind = ApiError::Kind::Service;
        gone.code = QStringLiteral("NotExist.Listener");
        gone.message = QStringLiteral("Listener %1 is no longer listed on accelerator %2.")
                           .arg(m_listenerId, m_acceleratorId);
        return failPoll(gone);
    }
    const QString state = listener->state;
    if (state != m_lastState)
        qCDebug(lcOps).noquote() << "listener" << m_listenerId << "is" << state;
    m_lastState = state;
    emit stateSeen(state);
    for (const QPointer<WatchTicket> &ticket : std::as_const(m_tickets)) {
        if (ticket && !ticket->isFinished()) {
            WatchOutcome &outcome = ticket->m_outcome;
            const qint64 at = now() - ticket->m_startedMs;
            if (!isActiveState(state)) {
                outcome.lastBusyMs = at;
                outcome.firstActiveMs = -1; // an "active" before GA switched does not count
            } else if (outcome.firstActiveMs < 0) {
                outcome.firstActiveMs = at;
            }
            emit ticket->stateSeen(state);
        }
    }
    if (!isActiveState(state) || !m_api) {
        m_pollInFlight = false;
        return scheduleNext();
    }
    // Parties that wait for no particular domain are done as soon as the listener is active.
    const auto tickets = m_tickets;
    bool domainsAwaited = false;
    for (const QPointer<WatchTicket> &ticket : tickets) {
        if (ticket && !ticket->isFinished() && ticket->expectation().isEmpty())
            ticket->settle(WatchOutcome::Status::Done);
        else if (ticket && !ticket->isFinished())
            domainsAwaited = true;
    }
    if (!domainsAwaited) {
        m_pollInFlight = false;
        return dropFinishedTickets();
    }
    ++m_listCalls;
    m_api->listListenerCertificates(m_acceleratorId, m_listenerId, CertificateRole::Additional)
        ->onFinished(this,
                     [this](const Result<QList<ListenerCertificate>> &r) { onCertificates(r); });
}

void ListenerWatcher::onCertificates(const Result<QList<ListenerCertificate>> &result)
{
    if (!result.ok())
        return failPoll(result.error());
    m_pollInFlight = false;
    const auto tickets = m_tickets;
    for (const QPointer<WatchTicket> &ticket : tickets) {
        if (ticket && !ticket->isFinished() && ticket->expectation().isMetBy(result.value()))
            ticket->settle(WatchOutcome::Status::Done);
    }
    dropFinishedTickets();
    if (!m_tickets.isEmpty())
        scheduleNext();
}

void ListenerWatcher::failPoll(const ApiError &error)
{
    m_pollInFlight = false;
    // The client has already retried transient errors; one more failed poll of a long wait
    // is no reason to give up. Anything else (the listener is gone, access denied) is final.
    if (error.isTransient() || error.isThrottling() || error.isBusy()) {
        qCDebug(lcOps).noquote() << "poll of" << m_listenerId << "failed:" << error.toString();
        return scheduleNext();
    }
    const auto tickets = m_tickets;
    for (const QPointer<WatchTicket> &ticket : tickets) {
        if (ticket)
            ticket->settle(WatchOutcome::Status::Failed, error);
    }
}

void ListenerWatcher::dropFinishedTickets()
{
    const bool hadTickets = !m_tickets.isEmpty();
    m_tickets.removeIf([](const QPointer<WatchTicket> &t) { return !t || t->isFinished(); });
    if (hadTickets && m_tickets.isEmpty()) {
        m_pollTimer.stop();
        emit idle();
    }
}

} // namespace ga
