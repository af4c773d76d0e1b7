#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace ga {

// Bounds how many requests one client has in flight and adapts to throttling with AIMD
// (docs/architecture.md, Scheduling and retry). The window starts small (initialWindow), so a
// quota we know nothing about is not hit with a burst, and grows by 1/window per success, about
// one more request per round trip, while the window is what holds requests back; it never grows
// past maxInFlight (gactl's --concurrency). A Throttling answer halves it and spaces out the
// starts; each success shrinks the spacing again. Like TCP's one reduction per loss event,
// throttled answers to requests that started before the last reduction belong to the congestion
// it already answered: they do not halve again (a window of four throttled together would
// otherwise quarter the rate and more, and the client would crawl far below the quota it hit).
class RequestScheduler final : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Success, Throttled, Failed };
    using Ticket = quint64;

    // Where the window starts: the fixed window the client had before it adapted, so a quota
    // met at once costs no more throttled answers than it did then.
    static constexpr int initialWindow = 4;
    // The cap when nobody sets one. Over HTTP/1.1 each request in flight holds a connection of
    // its own (NetworkPool), so the cap also bounds the connections and the burst a window
    // that grew without a throttle can send. At 20 ms a round trip the window grows from 4 to
    // 32 in about 500 requests, an inventory of 100 accelerators.
    static constexpr int defaultMaxInFlight = 32;

    // `maxInFlight` is the cap; the window starts at initialWindow, or at the cap when lower.
    explicit RequestScheduler(int maxInFlight = defaultMaxInFlight, QObject *parent = nullptr);

    // Runs `start` once a slot is free (at once when one is). The slot is held until
    // release(); a ticket whose owner is destroyed before it starts is dropped.
    Ticket enqueue(QObject *owner, std::function<void()> start);
    void cancel(Ticket ticket);
    // Drops every queued ticket (their owners are going away).
    void clear();
    // `epoch`: congestionEpoch() when the request took its slot; -1 when unknown, which
    // counts as after any reduction.
    void release(Outcome outcome, int epoch = -1);
    // How many reductions so far: a request remembers it when it starts.
    int congestionEpoch() const { return m_reductions; }

    // A lower cap applies at once; a higher one is reached by growth, as from the start.
    void setMaxInFlight(int maxInFlight);
    int maxInFlight() const { return m_maxInFlight; }
    double window() const { return m_window; }
    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }
    int startSpacingMs() const { return int(m_spacingMs); }

signals:
    void windowChanged(double window);

private:
    struct Pending
    {
        Ticket ticket;
        QPointer<QObject> owner;
        std::function<void()> start;
    };

    void dispatch();

    int m_maxInFlight;
    double m_window;
    double m_spacingMs = 0;
    int m_inFlight = 0;
    Ticket m_nextTicket = 1;
    std::deque<Pending> m_queue;
    QElapsedTimer m_sinceLastStart;
    int m_reductions = 0;
    QTimer m_spacingTimer;
};

} // namespace ga
