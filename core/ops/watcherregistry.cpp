#include "watcherregistry.h"

#include "api/gaapi.h"
#include "listenerstatereader.h"
#include "listenerwatcher.h"

#include <algorithm>

namespace ga {

WatcherRegistry::WatcherRegistry(GaApi *api, WatchSchedule schedule, const Clock *clock,
                                 QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_schedule(std::move(schedule))
    , m_clock(clock)
    , m_states(new ListenerStateReader(api, this))
{ }

int WatcherRegistry::stateReadsSent() const
{
    return m_states->readsSent();
}

WatchTicket *WatcherRegistry::watch(const QString &acceleratorId, const QString &listenerId,
                                    const CertificateExpectation &expectation, int timeoutMs,
                                    QObject *owner)
{
    QPointer<ListenerWatcher> &slot = m_watchers[listenerId];
    if (!slot) {
        auto *watcher = new ListenerWatcher(m_api, m_states, acceleratorId, listenerId, m_schedule,
                                            m_clock, this);
        slot = watcher;
        watcher->setPacing([this] { return pacingMs(); });
        connect(watcher, &ListenerWatcher::idle, this, [this, watcher] {
            if (m_watchers.value(watcher->listenerId()) == watcher)
                m_watchers.remove(watcher->listenerId());
            watcher->deleteLater();
        });
        emit watcherStarted(listenerId, watcher);
    }
    // Only a change teaches or uses the typical time: a badge's wait ends on any "active".
    if (expectation.isEmpty())
        return slot->watch(expectation, timeoutMs, owner);
    // One or two waits poll at the schedule's pace from the start, so a badge shows "updating"
    // live; many at once (a plan across accelerators) start at the typical time instead.
    m_changeTickets.removeIf([](const QPointer<WatchTicket> &t) { return !t || t->isFinished(); });
    const bool many = changesWaitedOn() + 1 >= manyWaits;
    WatchTicket *ticket = slot->watch(expectation, timeoutMs, owner, many ? typicalChangeMs() : 0);
    m_changeTickets.append(ticket);
    connect(ticket, &WatchTicket::finished, this, [this, ticket] {
        const WatchOutcome &outcome = ticket->outcome();
        if (outcome.status != WatchOutcome::Status::Done)
            return;
        // GA finished between the last read that found it busy and the first that found it
        // active. Without a busy read only the upper bound is known: a little earlier is
        // taken, so the estimate is probed downwards instead of creeping up with each wait.
        const qint64 active
            = outcome.firstActiveMs >= 0 ? outcome.firstActiveMs : outcome.elapsedMs;
        const qint64 took = outcome.lastBusyMs >= 0 ? (outcome.lastBusyMs + active) / 2
                                                    : active - m_schedule.fastIntervalMs / 4;
        m_recentChangeMs.append(took);
        if (m_recentChangeMs.size() > 5)
            m_recentChangeMs.removeFirst();
    });
    return ticket;
}

int WatcherRegistry::changesWaitedOn() const
{
    return int(std::count_if(m_changeTickets.cbegin(), m_changeTickets.cend(),
                             [](const QPointer<WatchTicket> &t) { return t && !t->isFinished(); }));
}

int WatcherRegistry::pacingMs() const
{
    const int waits = changesWaitedOn();
    if (waits < manyWaits || typicalChangeMs() > 0)
        return 0;
    return waits * 1000 / sharedReadsPerSecond;
}

int WatcherRegistry::typicalChangeMs() const
{
    if (m_recentChangeMs.isEmpty() || !m_schedule.fixedDelaysMs.isEmpty())
        return 0;
    QList<qint64> sorted = m_recentChangeMs;
    std::sort(sorted.begin(), sorted.end());
    const qint64 median = sorted[sorted.size() / 2];
    // Never later than the fast phase: a long change is still seen at the schedule's pace.
    return int(std::clamp<qint64>(median, m_schedule.firstDelayMs, m_schedule.fastPhaseMs));
}

ListenerWatcher *WatcherRegistry::watcher(const QString &listenerId) const
{
    return m_watchers.value(listenerId);
}

} // namespace ga
