#include "retrypolicy.h"

#include "apierror.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace ga {

RetryPolicy::RetryPolicy()
    : RetryPolicy(Settings {})
{ }

RetryPolicy::RetryPolicy(Settings settings, std::function<double()> random)
    : m_settings(settings)
    , m_random(random ? std::move(random)
                      : [] { return QRandomGenerator::global()->generateDouble(); })
{ }

int RetryPolicy::fullJitter(int baseMs, int capMs, int attempts) const
{
    // rand × min(base × 2^(n-1), cap): the cap applies before the jitter.
    const double exponential = double(baseMs) * std::pow(2.0, std::max(0, attempts - 1));
    return int(m_random() * std::min(exponential, double(capMs)));
}

RetryDecision RetryPolicy::decide(const ApiError &error, int attempts, qint64 busyForMs) const
{
    RetryDecision decision;
    if (error.isBusy()) {
        // The instance is locked by an operation in progress: GA will not take another until
        // it ends, so ask again at a steady pace, as terraform does.
        if (busyForMs + m_settings.busyIntervalMs <= m_settings.busyMaxMs) {
            decision = { true, m_settings.busyIntervalMs, RetryDecision::Reason::Busy };
        }
        return decision;
    }
    if (error.isThrottling()) {
        if (attempts < m_settings.throttleMaxAttempts) {
            int delay = fullJitter(m_settings.throttleBaseMs, m_settings.throttleCapMs, attempts);
            if (error.retryAfterMs > 0)
                delay = std::min(error.retryAfterMs, m_settings.retryAfterCapMs);
            decision = { true, delay, RetryDecision::Reason::Throttled };
        }
        return decision;
    }
    if (error.isTransient() && attempts < m_settings.transientMaxAttempts) {
        int delay = fullJitter(m_settings.transientBaseMs, m_settings.transientCapMs, attempts);
        if (error.retryAfterMs > 0)
            delay = std::min(error.retryAfterMs, m_settings.retryAfterCapMs);
        decision = { true, delay, RetryDecision::Reason::Transient };
    }
    return decision;
}

RetryBudget::RetryBudget(int tokens)
    : m_tokens(tokens)
    , m_capacity(tokens)
{ }

RetryBudget &RetryBudget::shared()
{
    static RetryBudget budget;
    return budget;
}

bool RetryBudget::tryAcquire(int cost)
{
    std::lock_guard lock(m_mutex);
    if (m_tokens < cost)
        return false;
    m_tokens -= cost;
    return true;
}

void RetryBudget::refund(int cost)
{
    std::lock_guard lock(m_mutex);
    m_tokens = std::min(m_capacity, m_tokens + cost);
}

int RetryBudget::available() const
{
    std::lock_guard lock(m_mutex);
    return m_tokens;
}

} // namespace ga
