#pragma once

#include <QtGlobal>

#include <functional>

namespace ga {

struct ApiError;

// Whether and when to send a failed request again (docs/architecture.md, Scheduling and retry;
// docs/reliability.md §4.6).
struct RetryDecision
{
    enum class Reason {
        None,
        Transient,
        Throttled,
        Busy,
        // A change (it carries a ClientToken) got no answer: unknown whether GA applied it.
        // Sending it again is safe, since GA applies one ClientToken at most once, and is
        // worth longer than a read's transient retries before the admin is asked.
        OutcomeUnknown,
    };
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
        int outcomeUnknownBaseMs = 1'000;
        int outcomeUnknownCapMs = 8'000;
        int outcomeUnknownMaxAttempts = 6;
    };

    // The most one request can cost under these settings, whatever goes wrong: sends made
    // and time spent waiting between them (each kind of failure counts against its own
    // limit, so the worst case adds them up). Exposed so that a test holds RpcCall to it
    // and the docs quote one figure (docs/architecture.md, Scheduling and retry).
    struct WorstCase
    {
        int sends = 0;
        qint64 waitMs = 0;
    };
    WorstCase worstCase(bool carriesClientToken) const;

    RetryPolicy();
    explicit RetryPolicy(Settings settings, std::function<double()> random = {});

    // `attempts` is how many sends so far failed this way (1 after the first failure; RpcCall
    // counts throttling and transient failures apart), `busySinceMs` how long the target has
    // been reporting busy, measured by the caller. `carriesClientToken`: the request is a
    // change GA applies at most once, so a transient failure is an unknown outcome.
    RetryDecision decide(const ApiError &error, int attempts, qint64 busyForMs,
                         bool carriesClientToken = false) const;

    const Settings &settings() const { return m_settings; }

private:
    int fullJitter(int baseMs, int capMs, int attempts) const;

    Settings m_settings;
    std::function<double()> m_random; // [0, 1)
};

// A token bucket that bounds retries, so an outage does not become a retry storm across many
// parallel calls (AWS standard retry quota, 2026 costs). One per process, made by whoever
// builds the clients (ClientFactory) and handed to each; used from the GUI thread only.
class RetryBudget
{
public:
    static constexpr int initialTokens = 500;
    static constexpr int transientCost = 14;
    static constexpr int throttleCost = 5;

    explicit RetryBudget(int tokens = initialTokens);

    bool tryAcquire(int cost);
    // A success refunds the retries it took, or 1 token when it needed none.
    void refund(int cost);
    int available() const;

private:
    int m_tokens;
    int m_capacity;
};

} // namespace ga
