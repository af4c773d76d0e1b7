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

RetryDecision RetryPolicy::decide(const ApiError &error, int attempts, qint64 busyForMs,
                                  bool carriesClientToken) const
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
    if (error.isTransient() && carriesClientToken) {
        if (attempts < m_settings.outcomeUnknownMaxAttempts) {
            int delay = fullJitter(m_settings.outcomeUnknownBaseMs, m_settings.outcomeUnknownCapMs,
                                   attempts);
            if (error.retryAfterMs > 0)
                delay = std::min(error.retryAfterMs, m_settings.retryAfterCapMs);
            decision = { true, delay, RetryDecision::Reason::OutcomeUnknown };
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

RetryPolicy::WorstCase RetryPolicy::worstCase(bool carriesClientToken) const
{
    const Settings &s = m_settings;
    // Full jitter waits at most the capped exponential; a retry-after is capped apart.
    const auto capped = [&s](int baseMs, int capMs, int attempts) {
        qint64 total = 0;
        for (int n = 1; n < attempts; ++n) {
            const double exponential = double(baseMs) * std::pow(2.0, n - 1);
            total += std::max<qint64>(qint64(std::min(exponential, double(capMs))),
                                      s.retryAfterCapMs);
        }
        return total;
    };
    WorstCase worst;
    const int busyRetries = s.busyIntervalMs > 0 ? s.busyMaxMs / s.busyIntervalMs : 0;
    const int transientAttempts
        = carriesClientToken ? s.outcomeUnknownMaxAttempts : s.transientMaxAttempts;
    worst.sends = 1 + (s.throttleMaxAttempts - 1) + (transientAttempts - 1) + busyRetries;
    worst.waitMs = capped(s.throttleBaseMs, s.throttleCapMs, s.throttleMaxAttempts)
        + (carriesClientToken
               ? capped(s.outcomeUnknownBaseMs, s.outcomeUnknownCapMs, transientAttempts)
               : capped(s.transientBaseMs, s.transientCapMs, transientAttempts))
        + qint64(busyRetries) * s.busyIntervalMs;
    return worst;
}

RetryBudget::RetryBudget(int tokens)
    : m_tokens(tokens)
    , m_capacity(tokens)
{ }

bool RetryBudget::tryAcquire(int cost)
{
    if (m_tokens < cost)
        return false;
    m_tokens -= cost;
    return true;
}

void RetryBudget::refund(int cost)
{
    m_tokens = std::min(m_capacity, m_tokens + cost);
}

int RetryBudget::available() const
{
    return m_tokens;
}

} // namespace ga
