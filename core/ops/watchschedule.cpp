#include "watchschedule.h"

#include <QElapsedTimer>

#include <algorithm>

namespace ga {

int WatchSchedule::delayBeforePoll(int pollIndex, qint64 elapsedMs, int previousDelayMs) const
{
    if (!fixedDelaysMs.isEmpty())
        return fixedDelaysMs.value(std::min<qsizetype>(pollIndex, fixedDelaysMs.size() - 1));
    if (pollIndex == 0)
        return firstDelayMs;
    if (elapsedMs < fastPhaseMs)
        return fastIntervalMs;
    const int grown = int(std::max(previousDelayMs, fastIntervalMs) * backoffFactor);
    return std::min(grown, maxIntervalMs);
}

WatchSchedule WatchSchedule::terraform()
{
    WatchSchedule schedule;
    schedule.fixedDelaysMs = { 1'000, 3'000, 6'000, 10'000 };
    return schedule;
}

WatchSchedule WatchSchedule::fast(int intervalMs)
{
    WatchSchedule schedule;
    schedule.firstDelayMs = intervalMs;
    schedule.fastIntervalMs = intervalMs;
    schedule.fastPhaseMs = intervalMs * 20;
    schedule.maxIntervalMs = intervalMs * 4;
    return schedule;
}

} // namespace ga
