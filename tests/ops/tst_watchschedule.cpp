#include "ops/watchschedule.h"

#include <QTest>

using namespace ga;

class TestWatchSchedule : public QObject
{
    Q_OBJECT

private slots:
    void defaultStartsFastThenBacksOff();
    void defaultStaysWithinTwoPollsPerSecond();
    void terraformSchedule();
    void fastScheduleForTests();
};

void TestWatchSchedule::defaultStartsFastThenBacksOff()
{
    const WatchSchedule schedule;
    QCOMPARE(schedule.delayBeforePoll(0, 0, 0), 500);
    QCOMPARE(schedule.delayBeforePoll(1, 500, 500), 500);
    QCOMPARE(schedule.delayBeforePoll(10, 9'000, 500), 500);
    QCOMPARE(schedule.delayBeforePoll(21, 10'000, 500), 750);
    QCOMPARE(schedule.delayBeforePoll(22, 10'750, 750), 1125);
    QCOMPARE(schedule.delayBeforePoll(40, 60'000, 5'000), 5'000);
}

void TestWatchSchedule::defaultStaysWithinTwoPollsPerSecond()
{
    // Not only every gap: the n-th poll comes no sooner than n half-seconds after the watch
    // started, so even a watch that ends after its first polls stays within 2 a second.
    const WatchSchedule schedule;
    qint64 elapsed = 0;
    int previous = 0;
    for (int poll = 0; poll < 200; ++poll) {
        const int delay = schedule.delayBeforePoll(poll, elapsed, previous);
        QVERIFY2(delay >= 500, qPrintable(QString::number(delay)));
        elapsed += delay;
        previous = delay;
        QVERIFY2(elapsed >= qint64(poll + 1) * 500,
                 qPrintable(QStringLiteral("poll %1 at %2 ms").arg(poll + 1).arg(elapsed)));
    }
}

void TestWatchSchedule::terraformSchedule()
{
    const WatchSchedule schedule = WatchSchedule::terraform();
    QCOMPARE(schedule.delayBeforePoll(0, 0, 0), 1'000);
    QCOMPARE(schedule.delayBeforePoll(1, 1'000, 1'000), 3'000);
    QCOMPARE(schedule.delayBeforePoll(2, 4'000, 3'000), 6'000);
    QCOMPARE(schedule.delayBeforePoll(3, 10'000, 6'000), 10'000);
    QCOMPARE(schedule.delayBeforePoll(9, 70'000, 10'000), 10'000);
}

void TestWatchSchedule::fastScheduleForTests()
{
    const WatchSchedule schedule = WatchSchedule::fast(10);
    QCOMPARE(schedule.delayBeforePoll(0, 0, 0), 10);
    QCOMPARE(schedule.delayBeforePoll(5, 50, 10), 10);
    QVERIFY(schedule.delayBeforePoll(50, 1'000, 40) <= 40);
}

QTEST_APPLESS_MAIN(TestWatchSchedule)
#include "tst_watchschedule.moc"
