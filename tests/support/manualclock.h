#pragma once

#include "clock.h"

namespace ga::test {

// A clock a test moves itself: monotonic time starts at 0, the wall clock at `start`.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC))
        : m_start(std::move(start))
    { }

    qint64 monotonicMs() const override { return m_ms; }
    QDateTime utcNow() const override { return m_start.addMSecs(m_ms); }
    void advance(qint64 ms) { m_ms += ms; }

private:
    QDateTime m_start;
    qint64 m_ms = 0;
};

// The system's time, off by a fixed amount: a machine whose clock is wrong.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(qint64 offsetSeconds)
        : m_offsetSeconds(offsetSeconds)
    { }

    qint64 monotonicMs() const override { return Clock::system().monotonicMs(); }
    QDateTime utcNow() const override { return Clock::system().utcNow().addSecs(m_offsetSeconds); }

private:
    qint64 m_offsetSeconds;
};

} // namespace ga::test
