#include "api/apierror.h"
#include "api/retrypolicy.h"

#include <QTest>

#include <cmath>
#include <limits>

Q_DECLARE_METATYPE(ga::ApiError)
Q_DECLARE_METATYPE(ga::RetryDecision::Reason)

using namespace ga;

using Kind = ApiError::Kind;
using Reason = RetryDecision::Reason;

namespace {

ApiError makeError(Kind kind, int status = 0, const QString &code = {})
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = status;
    error.code = code;
    return error;
}

ApiError serviceError(int status, const QString &code)
{
    return makeError(Kind::Service, status, code);
}

// The largest double below 1: what a [0, 1) generator can return at most.
const double almostOne = std::nextafter(1.0, 0.0);

RetryPolicy policyWith(double random, RetryPolicy::Settings settings = {})
{
    return RetryPolicy(settings, [random] { return random; });
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultsFollowTheStandard();
    void classification_data();
    void classification();
    void errorPredicates();
    void transientAttempts();
    void throttleAttempts();
    void throttleCountedSeparately();
    void busyUntilMax();
    void busyIgnoresAttempts();
    void jitterBounds_data();
    void jitterBounds();
    void capAppliedBeforeJitter();
    void hugeAttemptCount();
    void defaultRandomStaysInRange();
    void retryAfterHonoured();
    void retryAfterCapped();
    void retryAfterIgnoredWhenNotPositive();
    void retryAfterDoesNotExtendAttempts();

    void budgetConstants();
    void budgetAcquireAndRefund();
    void budgetRefundCapped();
    void outcomeUnknownForChanges();
    void worstCaseAddsEveryLimit();
};

void TestRetryPolicy::defaultsFollowTheStandard()
{
    // docs/reliability.md §4.6.
    const RetryPolicy::Settings s = RetryPolicy().settings();
    QCOMPARE(s.transientBaseMs, 200);
    QCOMPARE(s.transientCapMs, 20'000);
    QCOMPARE(s.transientMaxAttempts, 3);
    QCOMPARE(s.throttleBaseMs, 1'000);
    QCOMPARE(s.retryAfterCapMs, 60'000);
    QCOMPARE(s.busyIntervalMs, 3'000);
    QCOMPARE(s.busyMaxMs, 180'000);
}

void TestRetryPolicy::classification_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<Reason>("reason"); // None: never retried

    QTest::newRow("network") << makeError(Kind::Network) << Reason::Transient;
    QTest::newRow("timeout") << makeError(Kind::Timeout) << Reason::Transient;
    QTest::newRow("http 500") << makeError(Kind::Http, 500) << Reason::Transient;
    QTest::newRow("http 502") << makeError(Kind::Http, 502) << Reason::Transient;
    QTest::newRow("http 503") << makeError(Kind::Http, 503) << Reason::Transient;
    QTest::newRow("http 504") << makeError(Kind::Http, 504) << Reason::Transient;
    QTest::newRow("InternalError 500") << serviceError(500, "InternalError") << Reason::Transient;
    QTest::newRow("ServiceUnavailable 503")
        << serviceError(503, "ServiceUnavailable") << Reason::Transient;
    QTest::newRow("ServiceUnavailable 400")
        << serviceError(400, "ServiceUnavailable") << Reason::Transient;

    // Any code containing Throttling, whatever the status (docs/ga-api.md §4.3).
    QTest::newRow("Throttling 400") << serviceError(400, "Throttling") << Reason::Throttled;
    QTest::newRow("Throttling.User 429")
        << serviceError(429, "Throttling.User") << Reason::Throttled;
    QTest::newRow("bare HTTP 429") << makeError(Kind::Http, 429) << Reason::Throttled;
    QTest::newRow("Throttling.Api 400") << serviceError(400, "Throttling.Api") << Reason::Throttled;
    QTest::newRow("Rejected.Throttling")
        << serviceError(400, "Rejected.Throttling") << Reason::Throttled;
    QTest::newRow("Throttling 503") << serviceError(503, "Throttling") << Reason::Throttled;

    // Busy: the instance is locked by another operation.
    QTest::newRow("StateError.Accelerator")
        << serviceError(400, "StateError.Accelerator") << Reason::Busy;
    QTest::newRow("StateError.Listener")
        << serviceError(400, "StateError.Listener") << Reason::Busy;
    QTest::newRow("NotActive.Listener") << serviceError(400, "NotActive.Listener") << Reason::Busy;

    // Never: other 4xx, local refusals, TLS, bad responses, cancellation.
    QTest::newRow("NotExist.Listener") << serviceError(400, "NotExist.Listener") << Reason::None;
    QTest::newRow("NotExist.Accelerator")
        << serviceError(400, "NotExist.Accelerator") << Reason::None;
    QTest::newRow("SignatureDoesNotMatch")
        << serviceError(400, "SignatureDoesNotMatch") << Reason::None;
    QTest::newRow("InvalidAccessKeyId.NotFound")
        << serviceError(404, "InvalidAccessKeyId.NotFound") << Reason::None;
    QTest::newRow("MissingListenerId") << serviceError(400, "MissingListenerId") << Reason::None;
    QTest::newRow("Forbidden.RAM") << serviceError(403, "Forbidden.RAM") << Reason::None;
    QTest::newRow("StateError.EndPointGroup")
        << serviceError(400, "StateError.EndPointGroup") << Reason::None;
    QTest::newRow("busy code, lower case")
        << serviceError(400, "notactive.listener") << Reason::None;
    QTest::newRow("http 400") << makeError(Kind::Http, 400) << Reason::None;
    QTest::newRow("http 404") << makeError(Kind::Http, 404) << Reason::None;
    QTest::newRow("redirect") << makeError(Kind::Http, 302) << Reason::None;
    QTest::newRow("invalid input") << ApiError::invalidInput("bad domain") << Reason::None;
    QTest::newRow("invalid response") << makeError(Kind::InvalidResponse, 200) << Reason::None;
    QTest::newRow("tls") << makeError(Kind::Tls) << Reason::None;
    QTest::newRow("cancelled") << makeError(Kind::Cancelled) << Reason::None;
    // Only the service names a code; a local error carrying one is not reclassified.
    QTest::newRow("network with a throttling code")
        << makeError(Kind::Network, 0, "Throttling") << Reason::Transient;
    QTest::newRow("invalid input with a busy code")
        << makeError(Kind::InvalidInput, 0, "NotActive.Listener") << Reason::None;
}

void TestRetryPolicy::classification()
{
    QFETCH(ApiError, error);
    QFETCH(Reason, reason);
    const RetryDecision decision = policyWith(0.5).decide(error, 1, 0);
    QCOMPARE(decision.retry, reason != Reason::None);
    QCOMPARE(decision.reason, reason);
    if (reason == Reason::None)
        QCOMPARE(decision.delayMs, 0);
    else
        QVERIFY(decision.delayMs > 0);
}

void TestRetryPolicy::errorPredicates()
{
    QVERIFY(serviceError(400, "Throttling.User").isThrottling());
    QVERIFY(!serviceError(400, "Throttling.User").isBusy());
    // A bare 429 (no service body) is throttling too, and so is retried and slows the window.
    QVERIFY(makeError(Kind::Http, 429).isThrottling());
    QVERIFY(!makeError(Kind::Http, 400).isThrottling());
    QVERIFY(serviceError(400, "StateError.Listener").isBusy());
    QVERIFY(!serviceError(400, "StateError.Listener").isTransient());
    QVERIFY(!serviceError(400, "StateError.Listener").isThrottling());
    QVERIFY(serviceError(500, "InternalError").isTransient());
    QVERIFY(!serviceError(499, "Whatever").isTransient());
    QVERIFY(!makeError(Kind::Tls).isTransient());
}

void TestRetryPolicy::transientAttempts()
{
    const RetryPolicy policy = policyWith(0.5);
    const ApiError error = makeError(Kind::Network);
    // attempts counts sends made: 3 attempts in all means 2 retries.
    QVERIFY(policy.decide(error, 1, 0).retry);
    QVERIFY(policy.decide(error, 2, 0).retry);
    QVERIFY(!policy.decide(error, 3, 0).retry);
    QVERIFY(!policy.decide(error, 4, 0).retry);

    RetryPolicy::Settings settings;
    settings.transientMaxAttempts = 5;
    const RetryPolicy five = policyWith(0.5, settings);
    QVERIFY(five.decide(serviceError(503, "ServiceUnavailable"), 4, 0).retry);
    QVERIFY(!five.decide(serviceError(503, "ServiceUnavailable"), 5, 0).retry);

    settings.transientMaxAttempts = 1;
    QVERIFY(!policyWith(0.5, settings).decide(error, 1, 0).retry);
}

void TestRetryPolicy::throttleAttempts()
{
    const RetryPolicy policy = policyWith(0.5);
    const ApiError error = serviceError(400, "Throttling.User");
    const int max = policy.settings().throttleMaxAttempts;
    QVERIFY(max > policy.settings().transientMaxAttempts);
    for (int attempts = 1; attempts < max; ++attempts) {
        const RetryDecision decision = policy.decide(error, attempts, 0);
        QVERIFY2(decision.retry, qPrintable(QString::number(attempts)));
        QCOMPARE(decision.reason, Reason::Throttled);
    }
    QVERIFY(!policy.decide(error, max, 0).retry);
    QCOMPARE(policy.decide(error, max, 0).reason, Reason::None);
}

void TestRetryPolicy::throttleCountedSeparately()
{
    // Throttling has its own limits: a 5xx Throttling keeps going past the transient limit...
    RetryPolicy::Settings settings;
    settings.transientMaxAttempts = 2;
    settings.throttleMaxAttempts = 4;
    const RetryPolicy policy = policyWith(0.5, settings);
    QVERIFY(policy.decide(serviceError(503, "Throttling"), 3, 0).retry);
    QVERIFY(!policy.decide(serviceError(503, "Throttling"), 4, 0).retry);
    // ...and a transient error does not get the throttle allowance.
    QVERIFY(!policy.decide(makeError(Kind::Timeout), 2, 0).retry);
    // ...and its delay uses the throttle base (1 s), not the transient one.
    QCOMPARE(policy.decide(serviceError(400, "Throttling"), 1, 0).delayMs, 500);
    QCOMPARE(policy.decide(makeError(Kind::Timeout), 1, 0).delayMs, 100);
}

void TestRetryPolicy::busyUntilMax()
{
    const RetryPolicy policy = policyWith(0.0);
    const ApiError error = serviceError(400, "StateError.Accelerator");
    for (qint64 busyFor : { 0LL, 1LL, 3'000LL, 90'000LL, 176'999LL, 177'000LL }) {
        const RetryDecision decision = policy.decide(error, 1, busyFor);
        QVERIFY2(decision.retry, qPrintable(QString::number(busyFor)));
        QCOMPARE(decision.reason, Reason::Busy);
        // A fixed interval: no jitter, even with a random function returning 0.
        QCOMPARE(decision.delayMs, 3'000);
    }
    // The next send would land after the 3-minute limit.
    for (qint64 busyFor : { 177'001LL, 180'000LL, 500'000LL })
        QVERIFY2(!policy.decide(error, 1, busyFor).retry, qPrintable(QString::number(busyFor)));

    RetryPolicy::Settings settings;
    settings.busyIntervalMs = 500;
    settings.busyMaxMs = 1'000;
    const RetryPolicy quick = policyWith(0.5, settings);
    QCOMPARE(quick.decide(serviceError(400, "NotActive.Listener"), 1, 0).delayMs, 500);
    QVERIFY(quick.decide(serviceError(400, "NotActive.Listener"), 1, 500).retry);
    QVERIFY(!quick.decide(serviceError(400, "NotActive.Listener"), 1, 501).retry);
}

void TestRetryPolicy::busyIgnoresAttempts()
{
    // Busy is bounded by time, not by the transient or throttle attempt counts.
    const RetryPolicy policy = policyWith(0.5);
    QVERIFY(policy.decide(serviceError(400, "StateError.Listener"), 50, 60'000).retry);
}

void TestRetryPolicy::jitterBounds_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("ceiling"); // min(base * 2^(attempts-1), cap)
    const ApiError transient = makeError(Kind::Network);
    const ApiError throttled = serviceError(400, "Throttling");
    QTest::newRow("transient 1") << transient << 1 << 200;
    QTest::newRow("transient 2") << transient << 2 << 400;
    QTest::newRow("throttled 1") << throttled << 1 << 1'000;
    QTest::newRow("throttled 2") << throttled << 2 << 2'000;
    QTest::newRow("throttled 4") << throttled << 4 << 8'000;
    QTest::newRow("throttled 5") << throttled << 5 << 16'000;
    QTest::newRow("throttled 6 capped") << throttled << 6 << 20'000;
    QTest::newRow("throttled 7 capped") << throttled << 7 << 20'000;
}

void TestRetryPolicy::jitterBounds()
{
    QFETCH(ApiError, error);
    QFETCH(int, attempts);
    QFETCH(int, ceiling);

    const RetryDecision low = policyWith(0.0).decide(error, attempts, 0);
    QVERIFY(low.retry);
    QCOMPARE(low.delayMs, 0);

    const RetryDecision high = policyWith(almostOne).decide(error, attempts, 0);
    QVERIFY(high.retry);
    // Full jitter over [0, ceiling): the top is never reached.
    QCOMPARE(high.delayMs, ceiling - 1);

    const RetryDecision half = policyWith(0.5).decide(error, attempts, 0);
    QCOMPARE(half.delayMs, ceiling / 2);
}

void TestRetryPolicy::capAppliedBeforeJitter()
{
    // rand × min(base·2^(n-1), cap): with rand = 0.5 the delay is half the cap, not the cap
    // (which min(rand × base·2^(n-1), cap) would give).
    RetryPolicy::Settings settings;
    settings.transientMaxAttempts = 30;
    const RetryPolicy policy = policyWith(0.5, settings);
    QCOMPARE(policy.decide(makeError(Kind::Timeout), 20, 0).delayMs, 10'000);
    QCOMPARE(policy.decide(serviceError(400, "Throttling"), 7, 0).delayMs, 10'000);

    settings.transientCapMs = 300;
    QCOMPARE(policyWith(almostOne, settings).decide(makeError(Kind::Network), 2, 0).delayMs, 299);
}

void TestRetryPolicy::hugeAttemptCount()
{
    RetryPolicy::Settings settings;
    settings.transientMaxAttempts = std::numeric_limits<int>::max();
    const RetryPolicy policy = policyWith(almostOne, settings);
    for (int attempts : { 31, 32, 64, 1'100, 100'000 }) {
        const RetryDecision decision = policy.decide(makeError(Kind::Network), attempts, 0);
        QVERIFY(decision.retry);
        QCOMPARE(decision.delayMs, settings.transientCapMs - 1);
    }
}

void TestRetryPolicy::defaultRandomStaysInRange()
{
    const RetryPolicy policy;
    bool sawNonZero = false;
    for (int i = 0; i < 500; ++i) {
        const int delay = policy.decide(makeError(Kind::Network), 1, 0).delayMs;
        QVERIFY(delay >= 0 && delay < 200);
        sawNonZero = sawNonZero || delay > 0;
    }
    QVERIFY(sawNonZero);
}

void TestRetryPolicy::retryAfterHonoured()
{
    ApiError throttled = serviceError(400, "Throttling.User");
    throttled.retryAfterMs = 5'000;
    // Not jittered: the service said when.
    QCOMPARE(policyWith(0.0).decide(throttled, 1, 0).delayMs, 5'000);
    QCOMPARE(policyWith(almostOne).decide(throttled, 1, 0).delayMs, 5'000);
    // Even above the throttle cap of 20 s.
    throttled.retryAfterMs = 45'000;
    QCOMPARE(policyWith(0.5).decide(throttled, 3, 0).delayMs, 45'000);

    ApiError unavailable = serviceError(503, "ServiceUnavailable");
    unavailable.retryAfterMs = 2'500;
    const RetryDecision decision = policyWith(0.0).decide(unavailable, 1, 0);
    QCOMPARE(decision.reason, Reason::Transient);
    QCOMPARE(decision.delayMs, 2'500);
}

void TestRetryPolicy::retryAfterCapped()
{
    ApiError throttled = serviceError(400, "Throttling");
    throttled.retryAfterMs = 3'600'000;
    QCOMPARE(policyWith(0.5).decide(throttled, 1, 0).delayMs, 60'000);

    RetryPolicy::Settings settings;
    settings.retryAfterCapMs = 10'000;
    throttled.retryAfterMs = 10'001;
    QCOMPARE(policyWith(0.5, settings).decide(throttled, 1, 0).delayMs, 10'000);
    throttled.retryAfterMs = 9'999;
    QCOMPARE(policyWith(0.5, settings).decide(throttled, 1, 0).delayMs, 9'999);

    ApiError transient = makeError(Kind::Http, 503);
    transient.retryAfterMs = std::numeric_limits<int>::max();
    QCOMPARE(policyWith(0.5).decide(transient, 1, 0).delayMs, 60'000);
}

void TestRetryPolicy::retryAfterIgnoredWhenNotPositive()
{
    ApiError throttled = serviceError(400, "Throttling");
    for (int retryAfter : { -1, 0 }) {
        throttled.retryAfterMs = retryAfter;
        QCOMPARE(policyWith(0.5).decide(throttled, 1, 0).delayMs, 500);
    }
}

void TestRetryPolicy::retryAfterDoesNotExtendAttempts()
{
    ApiError throttled = serviceError(400, "Throttling");
    throttled.retryAfterMs = 1'000;
    const RetryPolicy policy = policyWith(0.5);
    QVERIFY(!policy.decide(throttled, policy.settings().throttleMaxAttempts, 0).retry);

    // Nor does it make a permanent error retryable.
    ApiError notFound = serviceError(400, "NotExist.Listener");
    notFound.retryAfterMs = 1'000;
    QVERIFY(!policy.decide(notFound, 1, 0).retry);
}

void TestRetryPolicy::budgetConstants()
{
    // docs/reliability.md §4.6: 500 tokens, cost 14 transient / 5 throttle.
    QCOMPARE(RetryBudget::initialTokens, 500);
    QCOMPARE(RetryBudget::transientCost, 14);
    QCOMPARE(RetryBudget::throttleCost, 5);
    QCOMPARE(RetryBudget().available(), 500);
}

void TestRetryPolicy::budgetAcquireAndRefund()
{
    RetryBudget budget(30);
    QCOMPARE(budget.available(), 30);
    QVERIFY(budget.tryAcquire(RetryBudget::transientCost));
    QCOMPARE(budget.available(), 16);
    QVERIFY(budget.tryAcquire(RetryBudget::transientCost));
    QCOMPARE(budget.available(), 2);
    // Not enough left: refused, and nothing is taken.
    QVERIFY(!budget.tryAcquire(RetryBudget::transientCost));
    QVERIFY(!budget.tryAcquire(RetryBudget::throttleCost));
    QCOMPARE(budget.available(), 2);
    QVERIFY(budget.tryAcquire(2));
    QCOMPARE(budget.available(), 0);
    QVERIFY(!budget.tryAcquire(1));

    // A success refunds what its retries took, or 1 token when it took none.
    budget.refund(RetryBudget::transientCost);
    QCOMPARE(budget.available(), 14);
    budget.refund(1);
    QCOMPARE(budget.available(), 15);
    QVERIFY(budget.tryAcquire(RetryBudget::throttleCost));
    QCOMPARE(budget.available(), 10);
}

void TestRetryPolicy::budgetRefundCapped()
{
    RetryBudget budget(20);
    budget.refund(1);
    QCOMPARE(budget.available(), 20);
    QVERIFY(budget.tryAcquire(5));
    budget.refund(100);
    QCOMPARE(budget.available(), 20);

    RetryBudget empty(0);
    QVERIFY(!empty.tryAcquire(1));
    empty.refund(5);
    QCOMPARE(empty.available(), 0);
}

void TestRetryPolicy::outcomeUnknownForChanges()
{
    // A change without an answer is sent again longer than a read, with the same jitter.
    const RetryPolicy policy = policyWith(almostOne);
    const RetryPolicy::Settings &s = policy.settings();
    const ApiError dropped = makeError(Kind::Network);
    for (int attempt = 1; attempt < s.outcomeUnknownMaxAttempts; ++attempt) {
        const RetryDecision decision = policy.decide(dropped, attempt, 0, true);
        QVERIFY(decision.retry);
        QCOMPARE(decision.reason, Reason::OutcomeUnknown);
        const double expected
            = std::min(double(s.outcomeUnknownBaseMs) * std::pow(2.0, attempt - 1),
                       double(s.outcomeUnknownCapMs));
        QCOMPARE(decision.delayMs, int(almostOne * expected));
    }
    QVERIFY(!policy.decide(dropped, s.outcomeUnknownMaxAttempts, 0, true).retry);
    // The same failure of a read stops after the transient attempts.
    QVERIFY(!policy.decide(dropped, s.transientMaxAttempts, 0, false).retry);
    QVERIFY(s.outcomeUnknownMaxAttempts > s.transientMaxAttempts);
    // A service answer that refuses the change is no unknown outcome.
    QVERIFY(
        !policy.decide(serviceError(400, QStringLiteral("NotExist.Listener")), 1, 0, true).retry);
}

void TestRetryPolicy::worstCaseAddsEveryLimit()
{
    RetryPolicy::Settings s;
    s.throttleMaxAttempts = 3;
    s.transientMaxAttempts = 2;
    s.outcomeUnknownMaxAttempts = 4;
    s.busyIntervalMs = 1'000;
    s.busyMaxMs = 5'000;
    s.retryAfterCapMs = 0; // so the capped exponentials alone bound each wait
    const RetryPolicy policy(s);
    const RetryPolicy::WorstCase read = policy.worstCase(false);
    QCOMPARE(read.sends, 1 + 2 + 1 + 5);
    QCOMPARE(read.waitMs, qint64((1'000 + 2'000) + 200 + 5 * 1'000));
    const RetryPolicy::WorstCase change = policy.worstCase(true);
    QCOMPARE(change.sends, 1 + 2 + 3 + 5);
    QCOMPARE(change.waitMs, qint64((1'000 + 2'000) + (1'000 + 2'000 + 4'000) + 5 * 1'000));
    // With the defaults: the figure docs/architecture.md quotes.
    const RetryPolicy::WorstCase defaults = RetryPolicy().worstCase(true);
    QCOMPARE(defaults.sends, 1 + 7 + 5 + 60);
    QCOMPARE(defaults.waitMs, qint64(7 * 60'000 + 5 * 60'000 + 180'000));
}

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
