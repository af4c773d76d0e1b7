#include "api/requestscheduler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace ga;

using Outcome = RequestScheduler::Outcome;

namespace {

// Records which requests started, in order, and when.
struct Starts
{
    QList<int> order;
    QList<qint64> at;
    QElapsedTimer clock;

    Starts() { clock.start(); }

    std::function<void()> request(int id)
    {
        return [this, id] {
            order.append(id);
            at.append(clock.elapsed());
        };
    }
};

// Keeps the window full and answers one request a time with success until the window reaches
// `target`, then ends those still in flight as failures, which leave the window as it is.
// Returns how many successes it took.
int growTo(RequestScheduler &scheduler, double target)
{
    QObject owner;
    int successes = 0;
    while (scheduler.window() < target && successes < 100'000) {
        while (scheduler.inFlight() < int(std::floor(scheduler.window())))
            scheduler.enqueue(&owner, [] {});
        scheduler.release(Outcome::Success);
        ++successes;
    }
    while (scheduler.inFlight() > 0)
        scheduler.release(Outcome::Failed);
    return successes;
}

} // namespace

class TestRequestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void startsAtOnceWhenFree();
    void defaultsStartSmallBelowTheCap();
    void startsAtTheCapWhenItIsSmaller();
    void growsOnSuccessWhileFull();
    void growthIsAdditive();
    void growthStopsAtTheCap();
    void noGrowthWhileTheWindowIsNotFull();
    void throttleHalvesAGrownWindow();
    void boundsInFlight();
    void releaseStartsQueuedInFifoOrder();
    void failureKeepsWindow();
    void throttledHalvesWindow();
    void throttledLimitsConcurrency();
    void throttlesOfOneCongestionReduceOnce();
    void throttledSpacesStarts();
    void successGrowsWindowBack();
    void spacingDecaysWithSuccess();
    void cancelRemovesQueuedTicket();
    void cancelOfStartedOrUnknownTicketIsHarmless();
    void deadOwnerSkipped();
    void clearDropsQueue();
    void setMaxInFlightLowers();
    void setMaxInFlightRaises();
    void setMaxInFlightAfterThrottleKeepsWindow();
    void minimumOfOne();
    void reentrantReleaseFromStart();
    void reentrantEnqueueFromStart();
    void releaseWithNothingInFlight();
};

void TestRequestScheduler::startsAtOnceWhenFree()
{
    RequestScheduler scheduler(2);
    QObject owner;
    Starts starts;
    const RequestScheduler::Ticket first = scheduler.enqueue(&owner, starts.request(1));
    // Synchronously, inside enqueue().
    QCOMPARE(starts.order, QList<int> { 1 });
    QCOMPARE(scheduler.inFlight(), 1);
    QCOMPARE(scheduler.queued(), 0);
    const RequestScheduler::Ticket second = scheduler.enqueue(&owner, starts.request(2));
    QVERIFY(second != first);
    QVERIFY(first != 0 && second != 0);
}

void TestRequestScheduler::defaultsStartSmallBelowTheCap()
{
    RequestScheduler scheduler;
    QCOMPARE(scheduler.maxInFlight(), RequestScheduler::defaultMaxInFlight);
    QCOMPARE(scheduler.window(), double(RequestScheduler::initialWindow));
    QVERIFY(RequestScheduler::initialWindow < RequestScheduler::defaultMaxInFlight);
    QObject owner;
    Starts starts;
    for (int i = 1; i <= 40; ++i)
        scheduler.enqueue(&owner, starts.request(i));
    QCOMPARE(starts.order.size(), RequestScheduler::initialWindow);
    QCOMPARE(scheduler.queued(), 40 - RequestScheduler::initialWindow);
}

void TestRequestScheduler::startsAtTheCapWhenItIsSmaller()
{
    RequestScheduler two(2);
    QCOMPARE(two.window(), 2.0);
    RequestScheduler one(1);
    QCOMPARE(one.window(), 1.0);
    // --concurrency 1 stays one at a time, however many succeed.
    growTo(one, 2);
    QCOMPARE(one.window(), 1.0);
    QObject owner;
    Starts starts;
    for (int i = 1; i <= 3; ++i)
        one.enqueue(&owner, starts.request(i));
    QCOMPARE(starts.order, QList<int> { 1 });
}

void TestRequestScheduler::growsOnSuccessWhileFull()
{
    RequestScheduler scheduler(16);
    QSignalSpy spy(&scheduler, &RequestScheduler::windowChanged);
    QObject owner;
    Starts starts;
    for (int i = 1; i <= 100; ++i)
        scheduler.enqueue(&owner, starts.request(i));
    QCOMPARE(scheduler.inFlight(), 4);
    // + 1/window per success: 4.25, then 4.25 + 1/4.25, ...
    scheduler.release(Outcome::Success);
    QCOMPARE(scheduler.window(), 4.25);
    QCOMPARE(scheduler.inFlight(), 4);
    scheduler.release(Outcome::Success);
    QCOMPARE(scheduler.window(), 4.25 + 1 / 4.25);
    QCOMPARE(spy.count(), 2);
    // Once the window passes 5, a fifth request is in flight, and so on.
    while (scheduler.window() < 5)
        scheduler.release(Outcome::Success);
    QCOMPARE(scheduler.inFlight(), 5);
    QCOMPARE(starts.order.size(), qsizetype(scheduler.inFlight()) + spy.count());
    while (scheduler.window() < 6)
        scheduler.release(Outcome::Success);
    QCOMPARE(scheduler.inFlight(), 6);
}

void TestRequestScheduler::growthIsAdditive()
{
    // About one more request per window's worth of successes (a round trip), not a doubling
    // per round trip: from 4 to 8 takes 4 + 5 + 6 + 7 = 22 successes, give or take the rounding.
    RequestScheduler scheduler(64);
    const int toEight = growTo(scheduler, 8);
    QVERIFY2(toEight >= 20 && toEight <= 24, qPrintable(QString::number(toEight)));
    // From 4 to 32: the sum of 4..31, about 490.
    const int toThirtyTwo = toEight + growTo(scheduler, 32);
    QVERIFY2(toThirtyTwo >= 470 && toThirtyTwo <= 510, qPrintable(QString::number(toThirtyTwo)));
}

void TestRequestScheduler::growthStopsAtTheCap()
{
    RequestScheduler scheduler(10);
    QObject owner;
    int running = 0;
    int mostRunning = 0;
    for (int i = 0; i < 2'000; ++i) {
        scheduler.enqueue(&owner, [&] {
            ++running;
            mostRunning = std::max(mostRunning, running);
        });
    }
    for (int i = 0; i < 1'000; ++i) {
        --running;
        scheduler.release(Outcome::Success);
        QVERIFY(scheduler.window() <= 10.0);
    }
    QCOMPARE(scheduler.window(), 10.0);
    QCOMPARE(scheduler.inFlight(), 10);
    QCOMPARE(mostRunning, 10);
}

void TestRequestScheduler::noGrowthWhileTheWindowIsNotFull()
{
    // One request at a time (a watcher's polls) says nothing about room for more: the window
    // stays where it is instead of reaching the cap untested and then bursting.
    RequestScheduler scheduler(32);
    QObject owner;
    Starts starts;
    for (int i = 1; i <= 200; ++i) {
        scheduler.enqueue(&owner, starts.request(i));
        scheduler.release(Outcome::Success);
    }
    QCOMPARE(starts.order.size(), 200);
    QCOMPARE(scheduler.window(), double(RequestScheduler::initialWindow));
    // Three at a time below a window of four: still not full, still no growth.
    for (int round = 0; round < 50; ++round) {
        for (int i = 0; i < 3; ++i)
            scheduler.enqueue(&owner, [] {});
        for (int i = 0; i < 3; ++i)
            scheduler.release(Outcome::Success);
    }
    QCOMPARE(scheduler.window(), double(RequestScheduler::initialWindow));
}

void TestRequestScheduler::throttleHalvesAGrownWindow()
{
    RequestScheduler scheduler(32);
    growTo(scheduler, 16);
    QVERIFY(scheduler.window() >= 16 && scheduler.window() < 16.1);
    const double grown = scheduler.window();
    QObject owner;
    Starts starts;
    for (int i = 1; i <= 40; ++i)
        scheduler.enqueue(&owner, starts.request(i));
    QCOMPARE(scheduler.inFlight(), 16);
    const int epoch = scheduler.congestionEpoch();

    // The whole window was throttled together: one halving, not sixteen.
    for (int i = 0; i < 16; ++i)
        scheduler.release(Outcome::Throttled, epoch);
    QCOMPARE(scheduler.window(), grown / 2);
    QCOMPARE(scheduler.congestionEpoch(), epoch + 1);
    // A throttle of a request sent after that reduction halves again.
    scheduler.release(Outcome::Throttled, scheduler.congestionEpoch());
    QCOMPARE(scheduler.window(), grown / 4);
    // And successes grow it back, by 1/window each, up to the cap and no further.
    growTo(scheduler, 32);
    QCOMPARE(scheduler.window(), 32.0);
}

void TestRequestScheduler::boundsInFlight()
{
    RequestScheduler scheduler(3);
    QCOMPARE(scheduler.maxInFlight(), 3);
    QCOMPARE(scheduler.window(), 3.0);
    QObject owner;
    Starts starts;
    for (int i = 1; i <= 7; ++i)
        scheduler.enqueue(&owner, starts.request(i));
    QCOMPARE(starts.order, (QList<int> { 1, 2, 3 }));
    QCOMPARE(scheduler.inFlight(), 3);
    QCOMPARE(scheduler.queued(), 4);
    // Nothing more starts by itself.
    QCoreApplication::processEvents();
    QCOMPARE(starts.order.size(), 3);
}

void TestRequestScheduler::releaseStartsQueuedInFifoOrder()
{
    RequestScheduler scheduler(2);
    QObject owner;
    Starts starts;
    for (int i = 1; i <= 6; ++i)
        scheduler.enqueue(&owner, starts.request(i));
    QCOMPARE(starts.order, (QList<int> { 1, 2 }));
    scheduler.release(Outcome::Success);
    QCOMPARE(starts.order, (QList<int> { 1, 2, 3 }));
    scheduler.release(Outcome::Failed);
    QCOMPARE(starts.order, (QList<int> { 1, 2, 3, 4 }));
    scheduler.release(Outcome::Success);
    scheduler.release(Outcome::Success);
    QCOMPARE(starts.order, (QList<int> { 1, 2, 3, 4, 5, 6 }));
    QCOMPARE(scheduler.inFlight(), 2);
    QCOMPARE(scheduler.queued(), 0);
    scheduler.release(Outcome::Success);
    scheduler.release(Outcome::Success);
    QCOMPARE(scheduler.inFlight(), 0);
    // Success at the maximum does not push the window beyond it.
    QCOMPARE(scheduler.window(), 2.0);
}

void TestRequestScheduler::failureKeepsWindow()
{
    RequestScheduler scheduler(4);
    QSignalSpy spy(&scheduler, &RequestScheduler::windowChanged);
    QObject owner;
    Starts starts;
    scheduler.enqueue(&owner, starts.request(1));
    scheduler.release(Outcome::Failed);
    QCOMPARE(scheduler.window(), 4.0);
    QCOMPARE(scheduler.startSpacingMs(), 0);
    QCOMPARE(spy.count(), 0);
}

void TestRequestScheduler::throttledHalvesWindow()
{
    RequestScheduler scheduler(8);
    growTo(scheduler, 8);
    QCOMPARE(scheduler.window(), 8.0);
    QSignalSpy spy(&scheduler, &RequestScheduler::windowChanged);
    QCOMPARE(scheduler.startSpacingMs(), 0);

    scheduler.release(Outcome::Throttled);
    QCOMPARE(scheduler.window(), 4.0);
    QVERIFY(scheduler.startSpacingMs() > 0);
    const int firstSpacing = scheduler.startSpacingMs();

    scheduler.release(Outcome::Throttled);
    QCOMPARE(scheduler.window(), 2.0);
    // Spacing grows with each throttle.
    QVERIFY(scheduler.startSpacingMs() > firstSpacing);

    scheduler.release(Outcome::Throttled);
    QCOMPARE(scheduler.window(), 1.0);
    // Floor of 1: never stops altogether.
    scheduler.release(Outcome::Throttled);
    QCOMPARE(scheduler.window(), 1.0);

    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(0).at(0).toDouble(), 4.0);
    QCOMPARE(spy.at(1).at(0).toDouble(), 2.0);
    QCOMPARE(spy.at(2).at(0).toDouble(), 1.0);

    // Spacing is bounded, however long the throttling goes on.
    for (int i = 0; i < 20; ++i)
        scheduler.release(Outcome::Throttled);
    QVERIFY(scheduler.startSpacingMs() > 0);
    QVERIFY(scheduler.startSpacingMs() <= 2'000);
    QCOMPARE(scheduler.window(), 1.0);
}

void TestRequestScheduler::throttlesOfOneCongestionReduceOnce()
{
    RequestScheduler scheduler(4);
    const int sentTogether = scheduler.congestionEpoch();
    // Four requests sent together are all throttled: one reduction, not four.
    scheduler.release(Outcome::Throttled, sentTogether);
    QCOMPARE(scheduler.window(), 2.0);
    const int spacing = scheduler.startSpacingMs();
    QVERIFY(spacing > 0);
    for (int i = 0; i < 3; ++i)
        scheduler.release(Outcome::Throttled, sentTogether);
    QCOMPARE(scheduler.window(), 2.0);
    QCOMPARE(scheduler.startSpacingMs(), spacing);
    // A request sent after that reduction and still throttled is new congestion.
    const int sentAfter = scheduler.congestionEpoch();
    QCOMPARE(sentAfter, sentTogether + 1);
    scheduler.release(Outcome::Throttled, sentAfter);
    QCOMPARE(scheduler.window(), 1.0);
    QVERIFY(scheduler.startSpacingMs() > spacing);
}

void TestRequestScheduler::throttledLimitsConcurrency()
{
    RequestScheduler scheduler(4);
    QObject owner;
    Starts starts;
    for (int i = 1; i <= 6; ++i)
        scheduler.enqueue(&owner, starts.request(i));
    QCOMPARE(starts.order.size(), 4);

    // One comes back throttled: window 2, three still in flight.
    scheduler.release(Outcome::Throttled);
    QCOMPARE(scheduler.window(), 2.0);
    QCOMPARE(scheduler.inFlight(), 3);
    QCOMPARE(starts.order.size(), 4);
    scheduler.release(Outcome::Failed);
    QCOMPARE(scheduler.inFlight(), 2);
    QTest::qWait(scheduler.startSpacingMs() * 2);
    QCOMPARE(starts.order.size(), 4);

    // Below the window again: the next one starts (the spacing has passed by now).
    scheduler.release(Outcome::Failed);
    QTRY_COMPARE_WITH_TIMEOUT(starts.order.size(), 5, 2'000);
    QCOMPARE(starts.order.last(), 5);
    QCOMPARE(scheduler.inFlight(), 2);
    QTest::qWait(scheduler.startSpacingMs() * 2);
    QCOMPARE(starts.order.size(), 5);
}

void TestRequestScheduler::throttledSpacesStarts()
{
    RequestScheduler scheduler(8);
    growTo(scheduler, 8);
    scheduler.release(Outcome::Throttled); // window 4, spacing on
    const int spacing = scheduler.startSpacingMs();
    QVERIFY(spacing >= 10);
    // The growing started requests just now: let the spacing pass since the last of them.
    QTest::qWait(spacing + 5);
    QObject owner;
    Starts starts;
    for (int i = 1; i <= 3; ++i)
        scheduler.enqueue(&owner, starts.request(i));
    // Room for all three, but they are spaced out, not started together.
    QCOMPARE(starts.order.size(), 1);
    QCOMPARE(scheduler.queued(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(starts.order.size(), 3, 2'000);
    QCOMPARE(starts.order, (QList<int> { 1, 2, 3 }));
    // Our clock starts a moment after the scheduler's: allow a millisecond of slack.
    QVERIFY2(starts.at.at(1) - starts.at.at(0) >= spacing - 1,
             qPrintable(QStringLiteral("%1 ms").arg(starts.at.at(1) - starts.at.at(0))));
    QVERIFY2(starts.at.at(2) - starts.at.at(1) >= spacing - 1,
             qPrintable(QStringLiteral("%1 ms").arg(starts.at.at(2) - starts.at.at(1))));
}

void TestRequestScheduler::successGrowsWindowBack()
{
    RequestScheduler scheduler(4);
    scheduler.release(Outcome::Throttled);
    scheduler.release(Outcome::Throttled);
    QCOMPARE(scheduler.window(), 1.0);
    QSignalSpy spy(&scheduler, &RequestScheduler::windowChanged);
    QObject owner;
    Starts starts;
    for (int i = 1; i <= 40; ++i)
        scheduler.enqueue(&owner, starts.request(i));

    // Additive increase: + 1/window per success, while requests wait for the window.
    scheduler.release(Outcome::Success);
    QCOMPARE(scheduler.window(), 2.0);
    scheduler.release(Outcome::Success);
    QCOMPARE(scheduler.window(), 2.5);
    scheduler.release(Outcome::Success);
    QCOMPARE(scheduler.window(), 2.9);
    QCOMPARE(spy.count(), 3);

    double previous = scheduler.window();
    int successes = 3;
    while (scheduler.window() < 4.0 && successes < 100) {
        scheduler.release(Outcome::Success);
        ++successes;
        QVERIFY(scheduler.window() > previous);
        previous = scheduler.window();
    }
    QCOMPARE(scheduler.window(), 4.0);
    QVERIFY2(successes <= 8, qPrintable(QString::number(successes)));
    // ...up to the maximum and no further.
    const int emitted = spy.count();
    for (int i = 0; i < 10; ++i)
        scheduler.release(Outcome::Success);
    QCOMPARE(scheduler.window(), 4.0);
    QCOMPARE(spy.count(), emitted);
    // The throttle's spacing still paces the starts; they fill the window as it decays.
    QTRY_COMPARE_WITH_TIMEOUT(scheduler.inFlight(), 4, 5'000);
}

void TestRequestScheduler::spacingDecaysWithSuccess()
{
    RequestScheduler scheduler(4);
    scheduler.release(Outcome::Throttled);
    scheduler.release(Outcome::Throttled);
    const int spacing = scheduler.startSpacingMs();
    QVERIFY(spacing > 0);
    scheduler.release(Outcome::Success);
    QVERIFY(scheduler.startSpacingMs() < spacing);
    QVERIFY(scheduler.startSpacingMs() > 0);
    for (int i = 0; i < 100; ++i)
        scheduler.release(Outcome::Success);
    // Eventually dropped altogether, not an ever-smaller fraction of a millisecond.
    QCOMPARE(scheduler.startSpacingMs(), 0);

    // Without spacing, starts are immediate again: the next one as a slot frees, no timer.
    QObject owner;
    Starts starts;
    for (int i = 1; i <= 4; ++i)
        scheduler.enqueue(&owner, starts.request(i));
    QCOMPARE(starts.order.size(), int(std::floor(scheduler.window())));
    scheduler.release(Outcome::Success);
    QCOMPARE(starts.order.size(), 1 + int(std::floor(scheduler.window())));
}

void TestRequestScheduler::cancelRemovesQueuedTicket()
{
    RequestScheduler scheduler(1);
    QObject owner;
    Starts starts;
    scheduler.enqueue(&owner, starts.request(1));
    const RequestScheduler::Ticket second = scheduler.enqueue(&owner, starts.request(2));
    const RequestScheduler::Ticket third = scheduler.enqueue(&owner, starts.request(3));
    scheduler.enqueue(&owner, starts.request(4));
    QCOMPARE(scheduler.queued(), 3);

    scheduler.cancel(third);
    QCOMPARE(scheduler.queued(), 2);
    scheduler.cancel(third); // twice is harmless
    QCOMPARE(scheduler.queued(), 2);

    scheduler.release(Outcome::Success);
    QCOMPARE(starts.order, (QList<int> { 1, 2 }));
    scheduler.release(Outcome::Success);
    QCOMPARE(starts.order, (QList<int> { 1, 2, 4 }));
    scheduler.cancel(second); // already started: no effect on the slot
    QCOMPARE(scheduler.inFlight(), 1);
    scheduler.release(Outcome::Success);
    QCOMPARE(starts.order, (QList<int> { 1, 2, 4 }));
    QCOMPARE(scheduler.inFlight(), 0);
}

void TestRequestScheduler::cancelOfStartedOrUnknownTicketIsHarmless()
{
    RequestScheduler scheduler(1);
    QObject owner;
    Starts starts;
    const RequestScheduler::Ticket running = scheduler.enqueue(&owner, starts.request(1));
    scheduler.enqueue(&owner, starts.request(2));
    scheduler.cancel(running);
    scheduler.cancel(0);
    scheduler.cancel(999'999);
    QCOMPARE(scheduler.inFlight(), 1);
    QCOMPARE(scheduler.queued(), 1);
    scheduler.release(Outcome::Success);
    QCOMPARE(starts.order, (QList<int> { 1, 2 }));
}

void TestRequestScheduler::deadOwnerSkipped()
{
    RequestScheduler scheduler(1);
    QObject keeper;
    Starts starts;
    scheduler.enqueue(&keeper, starts.request(1));
    auto gone = std::make_unique<QObject>();
    scheduler.enqueue(gone.get(), starts.request(2));
    auto goneToo = std::make_unique<QObject>();
    scheduler.enqueue(goneToo.get(), starts.request(3));
    scheduler.enqueue(&keeper, starts.request(4));
    gone.reset();
    goneToo.reset();

    scheduler.release(Outcome::Success);
    // 2 and 3 are dropped without taking a slot; 4 starts.
    QCOMPARE(starts.order, (QList<int> { 1, 4 }));
    QCOMPARE(scheduler.inFlight(), 1);
    QCOMPARE(scheduler.queued(), 0);

    // Only dead owners left: the slot is freed and nothing starts.
    auto last = std::make_unique<QObject>();
    scheduler.enqueue(last.get(), starts.request(5));
    last.reset();
    scheduler.release(Outcome::Success);
    QCOMPARE(starts.order, (QList<int> { 1, 4 }));
    QCOMPARE(scheduler.inFlight(), 0);
    QCOMPARE(scheduler.queued(), 0);
}

void TestRequestScheduler::clearDropsQueue()
{
    RequestScheduler scheduler(1);
    QObject owner;
    Starts starts;
    for (int i = 1; i <= 4; ++i)
        scheduler.enqueue(&owner, starts.request(i));
    scheduler.clear();
    QCOMPARE(scheduler.queued(), 0);
    QCOMPARE(scheduler.inFlight(), 1); // the running one keeps its slot until released
    scheduler.release(Outcome::Success);
    QCOMPARE(starts.order, QList<int> { 1 });
    QCOMPARE(scheduler.inFlight(), 0);
}

void TestRequestScheduler::setMaxInFlightLowers()
{
    RequestScheduler scheduler(3);
    QObject owner;
    Starts starts;
    for (int i = 1; i <= 6; ++i)
        scheduler.enqueue(&owner, starts.request(i));
    QCOMPARE(starts.order.size(), 3);
    QSignalSpy spy(&scheduler, &RequestScheduler::windowChanged);
    scheduler.setMaxInFlight(1);
    QCOMPARE(scheduler.maxInFlight(), 1);
    QCOMPARE(scheduler.window(), 1.0);
    QCOMPARE(spy.count(), 1);
    // The running ones finish; no new one starts until only zero are left.
    scheduler.release(Outcome::Success);
    scheduler.release(Outcome::Success);
    QCOMPARE(starts.order.size(), 3);
    scheduler.release(Outcome::Success);
    QCOMPARE(starts.order, (QList<int> { 1, 2, 3, 4 }));
    QCOMPARE(scheduler.window(), 1.0);
}

void TestRequestScheduler::setMaxInFlightRaises()
{
    // A higher cap lets the window start where a scheduler made with it starts, and grow on.
    RequestScheduler scheduler(2);
    QObject owner;
    Starts starts;
    for (int i = 1; i <= 20; ++i)
        scheduler.enqueue(&owner, starts.request(i));
    QCOMPARE(starts.order.size(), 2);
    scheduler.setMaxInFlight(5);
    QCOMPARE(scheduler.maxInFlight(), 5);
    QCOMPARE(scheduler.window(), double(RequestScheduler::initialWindow));
    QCOMPARE(starts.order, (QList<int> { 1, 2, 3, 4 }));
    QCOMPARE(scheduler.inFlight(), 4);
    for (int i = 0; i < 8; ++i)
        scheduler.release(Outcome::Success);
    QCOMPARE(scheduler.window(), 5.0);
    QCOMPARE(scheduler.inFlight(), 5);

    // Configured before anything was sent, as a client set up after construction would.
    RequestScheduler fresh;
    fresh.setMaxInFlight(16);
    QCOMPARE(fresh.window(), double(RequestScheduler::initialWindow));
    fresh.setMaxInFlight(2);
    QCOMPARE(fresh.window(), 2.0);
}

void TestRequestScheduler::setMaxInFlightAfterThrottleKeepsWindow()
{
    // After throttling, a higher maximum does not undo the backing off.
    RequestScheduler scheduler(4);
    scheduler.release(Outcome::Throttled);
    QCOMPARE(scheduler.window(), 2.0);
    scheduler.setMaxInFlight(8);
    QCOMPARE(scheduler.window(), 2.0);
    // ...but the window may now grow past the old maximum.
    growTo(scheduler, 8);
    QCOMPARE(scheduler.window(), 8.0);
}

void TestRequestScheduler::minimumOfOne()
{
    RequestScheduler zero(0);
    QCOMPARE(zero.maxInFlight(), 1);
    QCOMPARE(zero.window(), 1.0);
    RequestScheduler negative(-3);
    QCOMPARE(negative.maxInFlight(), 1);
    negative.setMaxInFlight(0);
    QCOMPARE(negative.maxInFlight(), 1);
    QCOMPARE(negative.window(), 1.0);
    QObject owner;
    Starts starts;
    negative.enqueue(&owner, starts.request(1));
    negative.enqueue(&owner, starts.request(2));
    QCOMPARE(starts.order, QList<int> { 1 });
}

void TestRequestScheduler::reentrantReleaseFromStart()
{
    // A request that fails at once releases its slot from inside its own start.
    RequestScheduler scheduler(1);
    QObject owner;
    QList<int> order;
    for (int i = 1; i <= 5; ++i) {
        scheduler.enqueue(&owner, [&, i] {
            order.append(i);
            if (i != 5)
                scheduler.release(Outcome::Failed);
        });
    }
    QCOMPARE(order, (QList<int> { 1, 2, 3, 4, 5 }));
    QCOMPARE(scheduler.inFlight(), 1);
    QCOMPARE(scheduler.queued(), 0);
}

void TestRequestScheduler::reentrantEnqueueFromStart()
{
    RequestScheduler scheduler(2);
    QObject owner;
    QList<int> order;
    scheduler.enqueue(&owner, [&] {
        order.append(1);
        scheduler.enqueue(&owner, [&] { order.append(2); });
        scheduler.enqueue(&owner, [&] { order.append(3); });
    });
    QCOMPARE(order, (QList<int> { 1, 2 }));
    QCOMPARE(scheduler.inFlight(), 2);
    QCOMPARE(scheduler.queued(), 1);
    scheduler.release(Outcome::Success);
    QCOMPARE(order, (QList<int> { 1, 2, 3 }));
}

void TestRequestScheduler::releaseWithNothingInFlight()
{
    RequestScheduler scheduler(2);
    scheduler.release(Outcome::Failed);
    scheduler.release(Outcome::Success);
    QCOMPARE(scheduler.inFlight(), 0);
    QObject owner;
    Starts starts;
    for (int i = 1; i <= 3; ++i)
        scheduler.enqueue(&owner, starts.request(i));
    // A stray release earlier did not create a phantom slot.
    QCOMPARE(starts.order.size(), 2);
}

QTEST_GUILESS_MAIN(TestRequestScheduler)
#include "tst_requestscheduler.moc"
