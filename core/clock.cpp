#include "clock.h"

#include <QElapsedTimer>

namespace ga {
namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_started.start(); }
    qint64 monotonicMs() const override { return m_started.elapsed(); }
    QDateTime utcNow() const override { return QDateTime::currentDateTimeUtc(); }

private:
    QElapsedTimer m_started;
};

} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace ga
