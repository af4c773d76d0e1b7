#include "requestscheduler.h"

#include "logging.h"

#include <algorithm>
#include <cmath>

namespace ga {
namespace {
constexpr double spacingFloorMs = 50; // first spacing after a throttle
constexpr double spacingCeilingMs = 2000;
constexpr double spacingDecay = 0.9; // per success
constexpr double spacingOffBelowMs = 5; // below this the spacing is dropped
} // namespace

RequestScheduler::RequestScheduler(int maxInFlight, QObject *parent)
    : QObject(parent)
    , m_maxInFlight(std::max(1, maxInFlight))
    , m_window(std::min(initialWindow, m_maxInFlight))
{
    m_spacingTimer.setSingleShot(true);
    connect(&m_spacingTimer, &QTimer::timeout, this, &RequestScheduler::dispatch);
}

RequestScheduler::Ticket RequestScheduler::enqueue(QObject *owner, std::function<void()> start)
{
    const Ticket ticket = m_nextTicket++;
    m_queue.push_back({ ticket, owner, std::move(start) });
    dispatch();
    return ticket;
}

void RequestScheduler::cancel(Ticket ticket)
{
    std::erase_if(m_queue, [ticket](const Pending &p) { return p.ticket == ticket; });
}

void RequestScheduler::clear()
{
    m_queue.clear();
    m_spacingTimer.stop();
}

void RequestScheduler::release(Outcome outcome, int epoch)
{
    // Every slot taken, or requests waiting: the window, not the caller, held requests back,
    // so a success says the service took a full window. A success of a lone request says
    // nothing about more, and growing on it would let a window that idled (one poll at a time
    // for an hour) reach the cap untested and then burst.
    const bool windowWasTheLimit = m_inFlight >= int(std::floor(m_window)) || !m_queue.empty();
    m_inFlight = std::max(0, m_inFlight - 1);
    const double before = m_window;
    const bool sameCongestion = outcome == Outcome::Throttled && epoch >= 0 && epoch < m_reductions;
    if (sameCongestion) {
        qCDebug(lcApi) << "throttled, sent before the last reduction: window" << m_window
                       << "spacing" << m_spacingMs << "ms kept";
    } else if (outcome == Outcome::Throttled) {
        ++m_reductions;
        m_window = std::max(1.0, m_window / 2);
        m_spacingMs = std::clamp(m_spacingMs * 2, spacingFloorMs, spacingCeilingMs);
        qCDebug(lcApi) << "throttled: window" << m_window << "spacing" << m_spacingMs << "ms";
    } else if (outcome == Outcome::Success) {
        if (windowWasTheLimit)
            m_window = std::min(double(m_maxInFlight), m_window + 1.0 / m_window);
        m_spacingMs
            = m_spacingMs * spacingDecay < spacingOffBelowMs ? 0 : m_spacingMs * spacingDecay;
    }
    if (m_window != before)
        emit windowChanged(m_window);
    dispatch();
}

void RequestScheduler::setMaxInFlight(int maxInFlight)
{
    const double before = m_window;
    m_maxInFlight = std::max(1, maxInFlight);
    m_window = std::min(m_window, double(m_maxInFlight));
    // Never throttled: the window may start where a scheduler made with this cap starts. A
    // throttled one grows back by successes only, so a higher cap does not undo the backing off.
    if (m_reductions == 0)
        m_window = std::max(m_window, double(std::min(initialWindow, m_maxInFlight)));
    if (m_window != before)
        emit windowChanged(m_window);
    dispatch();
}

void RequestScheduler::dispatch()
{
    while (!m_queue.empty() && m_inFlight < int(std::floor(m_window))) {
        if (m_spacingMs > 0 && m_sinceLastStart.isValid()
            && m_sinceLastStart.elapsed() < qint64(m_spacingMs)) {
            if (!m_spacingTimer.isActive())
                m_spacingTimer.start(int(m_spacingMs) - int(m_sinceLastStart.elapsed()));
            return;
        }
        Pending next = std::move(m_queue.front());
        m_queue.pop_front();
        if (!next.owner)
            continue;
        ++m_inFlight;
        m_sinceLastStart.start();
        next.start();
    }
}

} // namespace ga
