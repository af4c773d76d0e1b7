#pragma once

#include <QList>

namespace ga {

// When the next poll of a listener happens (docs/architecture.md, Watching). GA applies most
// certificate changes within seconds, so the default polls twice a second for the first
// ten seconds, then backs off to every five seconds for long operations. The first poll
// waits a whole interval too, so a watch never makes more than two DescribeListener calls
// a second, however short the operation (an earlier 250 ms first poll made 2.3 a second on
// one-second operations; bench_gactl measures it).
struct WatchSchedule
{
    int firstDelayMs = 500;
    int fastIntervalMs = 500;
    int fastPhaseMs = 10'000;
    double backoffFactor = 1.5;
    int maxIntervalMs = 5'000;
    // When not empty, these delays are used in order and the last one repeats.
    QList<int> fixedDelaysMs;

    // pollIndex: polls made so far since the watch (re)started; elapsedMs: since then.
    int delayBeforePoll(int pollIndex, qint64 elapsedMs, int previousDelayMs) const;

    // terraform's schedule for GA listeners: 1 s, then 3 s, 6 s, then every 10 s
    // (docs/reliability.md §4.5), for side-by-side measurements.
    static WatchSchedule terraform();
    // Everything scaled down, for tests that must take milliseconds.
    static WatchSchedule fast(int intervalMs);
};

} // namespace ga
