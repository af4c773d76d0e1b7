#pragma once

#include <QDateTime>

namespace ga {

// The one source of time for everything that stamps or waits: request signatures (wall
// clock), journal records (wall clock), watch schedules and elapsed times (monotonic). Code
// takes a `const Clock *` and falls back to Clock::system() when it is null, so a test can
// hand in a ManualClock (tests/support/manualclock.h) and move time itself.
class Clock
{
public:
    virtual ~Clock() = default;

    // Milliseconds since an arbitrary start; never goes back.
    virtual qint64 monotonicMs() const = 0;
    virtual QDateTime utcNow() const = 0;

    static const Clock &system();
    // `clock` when set, else the system clock.
    static const Clock &orSystem(const Clock *clock) { return clock ? *clock : system(); }
};

} // namespace ga
