#pragma once

#include <QtGlobal>

#include <functional>
#include <mutex>

namespace ga {

struct ApiError;

// Whether and when to send a failed request again (docs/architecture.md, Scheduling and retry;
// docs/reliability.md §4.6).
struct RetryDecision
{
    enum class Reason { None, Transient, Throttled, Busy };
    bool retry = false;
    int delayMs = 0;
    Reason reason = Reason::None;
};

class RetryPolicy
{
public:
    struct Settings
    {
        int transientBaseMs = 200;
        int transientCapMs = 20'000;
        int transientMaxAttempts = 3;
        int throttleBaseMs = 1'000;
        int throttleCapMs = 20'000;
        int throttleMaxAttempts = 8;
        int retryAfterCapMs = 60'000;
        int busyIntervalMs = 3'000;
        int busyMaxMs = 180'000;
    };

    RetryPolicy();
    explicit RetryPolicy(Settings settings, std::function<double()> random = {});

    // `attempts` is how many sends so far failed this way (1 after the first failure; RpcCall
    // counts throttling and transient failures apart), `busySinceMs` how long the target has
    // been reporting busy, measured by the caller.
    RetryDecision decide(const ApiError &error, int attempts, qint64 busyForMs) const;

    const Settings &settings() const { return m_settings; }

private:
    int fullJitter(int baseMs, int capMs, int attempts) const;

    Settings m_settings;
    std::function<double()> m_random; // [0, 1)
};

// A process-wide token bucket that bounds retries, so an outage does not become a retry
// storm across many parallel calls (AWS standard retry quota, 2026 costs).
class RetryBudget
{
public:
    static constexpr int initialTokens = 500;
    static constexpr int transientCost = 14;
    static constexpr int throttleCost = 5;

    explicit RetryBudget(int tokens = initialTokens);

    static RetryBudget &shared();

    bool tryAcquire(int cost);
    // A success refunds the retries it took, or 1 token when it needed none.
    void refund(int cost);
    int available() const;

private:
    mutable std::mutex m_mutex;
    int m_tokens;
    int m_capacity;
};

} // namespace ga
