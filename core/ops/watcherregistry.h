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
// It also learns how long GA takes to apply a change (docs/architecture.md, Watching): while
// many changes are waited on at once (a plan across accelerators), the wait of a change starts
// with one poll at the typical time of the last few, instead of a poll every half second while
// GA is known to be busy, which leaves the account's request quota to the requests that do the
// work. Until the first change of such a batch is seen done, the waits share a few reads a
// second (sharedReadsPerSecond) after their first poll.

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
    // The typical time a change took to be seen done here (the median of the last few); 0
    // before any, and always 0 on a fixed schedule (terraform's, kept as it is for comparison).
    int typicalChangeMs() const;

signals:
    void watcherStarted(const QString &listenerId, ga::ListenerWatcher *watcher);

private:
    QPointer<GaApi> m_api;
    WatchSchedule m_schedule;
    const Clock *m_clock;
    ListenerStateReader *m_states;
    // From this many changes waited on at once, a new wait starts at the typical time; before
    // one is known, their polls after the first share this many reads a second.
    static constexpr int manyWaits = 3;
    static constexpr int sharedReadsPerSecond = 8;
    int pacingMs() const;
    int changesWaitedOn() const; // the changes' tickets not finished yet
    QList<qint64> m_recentChangeMs; // the last few changes' durations, oldest first
    QList<QPointer<WatchTicket>> m_changeTickets; // the changes waited on now
    QHash<QString, QPointer<ListenerWatcher>> m_watchers;
};

} // namespace ga
