#pragma once

#include "changekind.h"
#include "watchschedule.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace ga {

class Clock;
class GaApi;
class ListenerStateReader;
class ListenerWatcher;
class WatchTicket;

// One ListenerWatcher per listener, however many parties wait on it (an operation, the GUI
// badge, gactl watch): they share its polls. A watcher is dropped when its last ticket ends.
class WatcherRegistry final : public QObject
{
    Q_OBJECT

public:
    WatcherRegistry(GaApi *api, WatchSchedule schedule = {}, const Clock *clock = nullptr,
                    QObject *parent = nullptr);

    // `owner` owns the ticket (see ListenerWatcher::watch).
    WatchTicket *watch(const QString &acceleratorId, const QString &listenerId,
                       const CertificateExpectation &expectation, int timeoutMs,
                       QObject *owner = nullptr);
    // The watcher polling this listener now, if any (for a live badge).
    ListenerWatcher *watcher(const QString &listenerId) const;
    int activeWatchers() const { return int(m_watchers.size()); }
    // ListListeners reads sent for the watchers so far.
    int stateReadsSent() const;

signals:
    void watcherStarted(const QString &listenerId, ga::ListenerWatcher *watcher);

private:
    QPointer<GaApi> m_api;
    WatchSchedule m_schedule;
    const Clock *m_clock;
    ListenerStateReader *m_states;
    QHash<QString, QPointer<ListenerWatcher>> m_watchers;
};

} // namespace ga
