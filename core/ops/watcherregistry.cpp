#include "watcherregistry.h"

#include "api/gaclient.h"
#include "listenerwatcher.h"

namespace ga {

WatcherRegistry::WatcherRegistry(GaClient *client, WatchSchedule schedule, MonotonicClock clock,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_schedule(std::move(schedule))
    , m_clock(std::move(clock))
{ }

WatchTicket *WatcherRegistry::watch(const QString &acceleratorId, const QString &listenerId,
                                    const QStringList &domains, int timeoutMs, QObject *owner)
{
    QPointer<ListenerWatcher> &slot = m_watchers[listenerId];
    if (!slot) {
        auto *watcher
            = new ListenerWatcher(m_client, acceleratorId, listenerId, m_schedule, m_clock, this);
        slot = watcher;
        connect(watcher, &ListenerWatcher::idle, this, [this, watcher] {
            if (m_watchers.value(watcher->listenerId()) == watcher)
                m_watchers.remove(watcher->listenerId());
            watcher->deleteLater();
        });
        emit watcherStarted(listenerId, watcher);
    }
    return slot->watch(domains, timeoutMs, owner);
}

ListenerWatcher *WatcherRegistry::watcher(const QString &listenerId) const
{
    return m_watchers.value(listenerId);
}

} // namespace ga
