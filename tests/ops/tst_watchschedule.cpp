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
    QCOMPARE(schedule.delayBeforePoll(0, 0, 0), 250);
    QCOMPARE(schedule.delayBeforePoll(1, 250, 250), 500);
    QCOMPARE(schedule.delayBeforePoll(10, 9'000, 500), 500);
    QCOMPARE(schedule.delayBeforePoll(21, 10'000, 500), 750);
    QCOMPARE(schedule.delayBeforePoll(22, 10'750, 750), 1125);
    QCOMPARE(schedule.delayBeforePoll(40, 60'000, 5'000), 5'000);
}

void TestWatchSchedule::defaultStaysWithinTwoPollsPerSecond()
{
    const WatchSchedule schedule;
    qint64 elapsed = 0;
    int previous = 0;
    for (int poll = 0; poll < 200; ++poll) {
        const int delay = schedule.delayBeforePoll(poll, elapsed, previous);
        if (poll > 0)
            QVERIFY2(delay >= 500, qPrintable(QString::number(delay)));
        elapsed += delay;
        previous = delay;
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
