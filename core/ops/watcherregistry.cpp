#include "watcherregistry.h"

#include "api/gaapi.h"
#include "listenerstatereader.h"
#include "listenerwatcher.h"

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
        connect(watcher, &ListenerWatcher::idle, this, [this, watcher] {
            if (m_watchers.value(watcher->listenerId()) == watcher)
                m_watchers.remove(watcher->listenerId());
            watcher->deleteLater();
        });
        emit watcherStarted(listenerId, watcher);
    }
    return slot->watch(expectation, timeoutMs, owner);
}

ListenerWatcher *WatcherRegistry::watcher(const QString &listenerId) const
{
    return m_watchers.value(listenerId);
}

} // namespace ga
