// ListenerWatcher and WatcherRegistry over the in-memory GA (tests/support/fakegaapi.h):
// the completion rule, shared polls, failures, and the schedule on an injected clock.
#include "fakegaapi.h"
#include "manualclock.h"
#include "ops/listenerwatcher.h"
#include "ops/watcherregistry.h"

#include <QSignalSpy>
#include <QTest>

using namespace ga;

class TestListenerWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void activeWithDomainsStillListedIsNotDone();
    void presentNeedsTheRecordedCertificateId();
    void emptyExpectationIsDoneWhenActive();
    void ticketsOfOneListenerSharePolls();
    void watchersOfOneAcceleratorShareReads();
    void manyChangesAtOnceStartAtTheTypicalTime();
    void manyChangesBeforeAnyIsDoneShareReads();
    void finalErrorFailsEveryTicket();
    void transientErrorKeepsPolling();
    void scheduleFollowsTheInjectedClock();
    void timeoutEndsTheTicket();

private:
    QString firstListener() const { return m_api->listenerIds().first(); }

    std::unique_ptr<test::FakeGaApi> m_api;
    std::unique_ptr<WatcherRegistry> m_registry;
};

void TestListenerWatcher::init()
{
    m_api = std::make_unique<test::FakeGaApi>();
    m_api->seed(QStringLiteral("ga-1"), 2, 3);
    m_registry = std::make_unique<WatcherRegistry>(m_api.get(), WatchSchedule::fast(2));
}

void TestListenerWatcher::cleanup()
{
    m_registry.reset();
    m_api.reset();
}

void TestListenerWatcher::activeWithDomainsStillListedIsNotDone()
{
    // What a first poll sees when GA has not switched to "updating" yet.
    const QString domain = m_api->domainsOf(firstListener()).first();
    WatchTicket *ticket = m_registry->watch(QStringLiteral("ga-1"), firstListener(),
                                            CertificateExpectation { { domain }, {} }, 0, this);
    QTRY_VERIFY(m_api->calls(QStringLiteral("ListListenerCertificates")) >= 3);
    QVERIFY(!ticket->isFinished());
    m_api->listener(firstListener()).additional.removeFirst();
    QTRY_VERIFY(ticket->isFinished());
    QCOMPARE(ticket->outcome().status, WatchOutcome::Status::Done);
    QCOMPARE(ticket->outcome().lastState, QStringLiteral("active"));
}

void TestListenerWatcher::presentNeedsTheRecordedCertificateId()
{
    const ListenerCertificate listed = m_api->listener(firstListener()).additional.first();
    WatchTicket *ticket = m_registry->watch(
        QStringLiteral("ga-1"), firstListener(),
        CertificateExpectation { {}, { { listed.domain, QStringLiteral("999999-cn-hangzhou") } } },
        0, this);
    QTRY_VERIFY(m_api->calls(QStringLiteral("ListListenerCertificates")) >= 3);
    QVERIFY(!ticket->isFinished());
    // The certificate itself still updating is not done either.
    ListenerCertificate &certificate = m_api->listener(firstListener()).additional.first();
    certificate.certificateId = QStringLiteral("999999-cn-hangzhou");
    certificate.state = QStringLiteral("updating");
    const int before = m_api->calls(QStringLiteral("ListListenerCertificates"));
    QTRY_VERIFY(m_api->calls(QStringLiteral("ListListenerCertificates")) >= before + 2);
    QVERIFY(!ticket->isFinished());
    certificate.state = QStringLiteral("active");
    QTRY_VERIFY(ticket->isFinished());
    QCOMPARE(ticket->outcome().status, WatchOutcome::Status::Done);
}

void TestListenerWatcher::emptyExpectationIsDoneWhenActive()
{
    m_api->listener(firstListener()).listener.state = QStringLiteral("updating");
    WatchTicket *ticket = m_registry->watch(QStringLiteral("ga-1"), firstListener(), {}, 0, this);
    QSignalSpy states(ticket, &WatchTicket::stateSeen);
    QTRY_VERIFY(states.size() >= 2);
    QVERIFY(!ticket->isFinished());
    m_api->listener(firstListener()).listener.state = QStringLiteral("active");
    QTRY_VERIFY(ticket->isFinished());
    QCOMPARE(ticket->outcome().status, WatchOutcome::Status::Done);
    // No certificate listing is needed for a wait on no domain.
    QCOMPARE(m_api->calls(QStringLiteral("ListListenerCertificates")), 0);
}

void TestListenerWatcher::ticketsOfOneListenerSharePolls()
{
    WatchTicket *a = m_registry->watch(QStringLiteral("ga-1"), firstListener(), {}, 0, this);
    WatchTicket *b = m_registry->watch(QStringLiteral("ga-1"), firstListener(), {}, 0, this);
    QCOMPARE(m_registry->activeWatchers(), 1);
    QCOMPARE(a->watcher(), b->watcher());
    QTRY_VERIFY(a->isFinished() && b->isFinished());
    QCOMPARE(m_api->calls(QStringLiteral("ListListeners")), 1);
    // The watcher goes once nobody waits.
    QTRY_COMPARE(m_registry->activeWatchers(), 0);
}

void TestListenerWatcher::watchersOfOneAcceleratorShareReads()
{
    // Two listeners of one accelerator, polled on the same schedule: their reads ride on the
    // same ListListeners calls, so the calls grow with the accelerators, not the listeners.
    const QStringList ids = m_api->listenerIds();
    for (const QString &id : ids)
        m_api->listener(id).listener.state = QStringLiteral("updating");
    WatchTicket *a = m_registry->watch(QStringLiteral("ga-1"), ids[0], {}, 0, this);
    WatchTicket *b = m_registry->watch(QStringLiteral("ga-1"), ids[1], {}, 0, this);
    QCOMPARE(m_registry->activeWatchers(), 2);
    QTRY_VERIFY(a->watcher()->stateReads() >= 5 && b->watcher()->stateReads() >= 5);
    for (const QString &id : ids)
        m_api->listener(id).listener.state = QStringLiteral("active");
    QTRY_VERIFY(a->isFinished() && b->isFinished());
    const int reads = a->outcome().stateReads + b->outcome().stateReads;
    QVERIFY2(m_api->calls(QStringLiteral("ListListeners")) < reads,
             qPrintable(QStringLiteral("%1 calls for %2 reads")
                            .arg(m_api->calls(QStringLiteral("ListListeners")))
                            .arg(reads)));
    QCOMPARE(m_registry->stateReadsSent(), m_api->calls(QStringLiteral("ListListeners")));
}

void TestListenerWatcher::manyChangesAtOnceStartAtTheTypicalTime()
{
    m_api->seed(QStringLiteral("ga-2"), 1, 2);
    m_api->seed(QStringLiteral("ga-3"), 1, 2);
    // Fast polls, and a fast phase long enough for the typical time not to be capped.
    WatchSchedule schedule = WatchSchedule::fast(2);
    schedule.fastPhaseMs = 10'000;
    WatcherRegistry registry(m_api.get(), schedule);
    const QStringList ids = m_api->listenerIds();
    const auto change = [this](const QString &listenerId) {
        m_api->listener(listenerId).listener.state = QStringLiteral("updating");
        const QString domain = m_api->domainsOf(listenerId).first();
        return CertificateExpectation { { domain }, {} };
    };
    const auto complete = [this](const QString &listenerId) {
        m_api->listener(listenerId).additional.removeFirst();
        m_api->listener(listenerId).listener.state = QStringLiteral("active");
    };
    // One change alone polls at the schedule's pace from the start (a badge shows "updating").
    QCOMPARE(registry.typicalChangeMs(), 0);
    WatchTicket *first = registry.watch(m_api->listener(ids[0]).listener.acceleratorId, ids[0],
                                        change(ids[0]), 0, this);
    QTRY_VERIFY(first->watcher()->stateReads() >= 3);
    QTest::qWait(300);
    complete(ids[0]);
    QTRY_VERIFY(first->isFinished());
    QVERIFY(first->outcome().lastBusyMs >= 250);
    const int typical = registry.typicalChangeMs();
    QVERIFY2(typical >= 250 && typical <= 1'000, qPrintable(QString::number(typical)));

    // Three at once: each starts with one poll at the typical time, not every 2 ms.
    QList<WatchTicket *> tickets;
    for (int i = 1; i <= 3; ++i)
        tickets.append(registry.watch(m_api->listener(ids[i]).listener.acceleratorId, ids[i],
                                      change(ids[i]), 0, this));
    QTest::qWait(100);
    // The first two are below the threshold; the third, past it, has not polled yet.
    QVERIFY(tickets[0]->watcher()->stateReads() > 3);
    QCOMPARE(tickets[2]->watcher()->stateReads(), 0);
    for (int i = 1; i <= 3; ++i)
        complete(ids[i]);
    for (WatchTicket *ticket : std::as_const(tickets))
        QTRY_VERIFY(ticket->isFinished());
    QCOMPARE(tickets[2]->outcome().stateReads, 1);
}

void TestListenerWatcher::manyChangesBeforeAnyIsDoneShareReads()
{
    // Nothing learned yet: three waits at once poll once at the schedule's first delay, then
    // share sharedReadsPerSecond between them (375 ms apart each), not every 2 ms.
    m_api->seed(QStringLiteral("ga-2"), 1, 2);
    const QStringList ids = m_api->listenerIds();
    QList<WatchTicket *> tickets;
    for (const QString &id : ids) {
        m_api->listener(id).listener.state = QStringLiteral("updating");
        tickets.append(m_registry->watch(m_api->listener(id).listener.acceleratorId, id,
                                         { { m_api->domainsOf(id).first() }, {} }, 0, this));
    }
    QCOMPARE(tickets.size(), 3);
    QTest::qWait(300);
    for (WatchTicket *ticket : std::as_const(tickets))
        QVERIFY2(ticket->watcher()->stateReads() <= 2,
                 qPrintable(QString::number(ticket->watcher()->stateReads())));
    for (const QString &id : ids) {
        m_api->listener(id).additional.removeFirst();
        m_api->listener(id).listener.state = QStringLiteral("active");
    }
    for (WatchTicket *ticket : std::as_const(tickets))
        QTRY_VERIFY(ticket->isFinished());
}

void TestListenerWatcher::finalErrorFailsEveryTicket()
{
    // Deleted meanwhile: its accelerator no longer lists it.
    m_api->listener(firstListener()).listener.acceleratorId = QStringLiteral("ga-elsewhere");
    WatchTicket *ticket = m_registry->watch(QStringLiteral("ga-1"), firstListener(), {}, 0, this);
    QTRY_VERIFY(ticket->isFinished());
    QCOMPARE(ticket->outcome().status, WatchOutcome::Status::Failed);
    QCOMPARE(ticket->outcome().error.code, QStringLiteral("NotExist.Listener"));
}

void TestListenerWatcher::transientErrorKeepsPolling()
{
    ApiError dropped;
    dropped.kind = ApiError::Kind::Network;
    m_api->failNext(QStringLiteral("ListListeners"), dropped, 2);
    WatchTicket *ticket = m_registry->watch(QStringLiteral("ga-1"), firstListener(), {}, 0, this);
    QTRY_VERIFY(ticket->isFinished());
    QCOMPARE(ticket->outcome().status, WatchOutcome::Status::Done);
    QCOMPARE(m_api->calls(QStringLiteral("ListListeners")), 3);
    QCOMPARE(m_api->calls(QStringLiteral("DescribeListener")), 0);
}

void TestListenerWatcher::scheduleFollowsTheInjectedClock()
{
    // While the test's time stands still the watcher polls at the fast interval; once it
    // jumps past the fast phase, the waits grow, up to the schedule's maximum.
    test::ManualClock clock;
    WatchSchedule schedule = WatchSchedule::fast(2);
    schedule.fastPhaseMs = 10'000;
    WatcherRegistry registry(m_api.get(), schedule, &clock);
    m_api->listener(firstListener()).listener.state = QStringLiteral("updating");
    WatchTicket *ticket = registry.watch(QStringLiteral("ga-1"), firstListener(), {}, 0, this);
    ListenerWatcher *watcher = ticket->watcher();
    QTRY_VERIFY(watcher->stateReads() >= 3);
    QCOMPARE(watcher->currentDelayMs(), 2);
    clock.advance(60'000);
    QTRY_VERIFY(watcher->currentDelayMs() > 2);
    QTRY_COMPARE(watcher->currentDelayMs(), schedule.maxIntervalMs);
    ticket->cancel();
    QCOMPARE(ticket->outcome().status, WatchOutcome::Status::Cancelled);
    QCOMPARE(ticket->outcome().elapsedMs, 60'000);
}

void TestListenerWatcher::timeoutEndsTheTicket()
{
    m_api->listener(firstListener()).listener.state = QStringLiteral("updating");
    WatchTicket *ticket = m_registry->watch(QStringLiteral("ga-1"), firstListener(), {}, 30, this);
    QTRY_VERIFY(ticket->isFinished());
    QCOMPARE(ticket->outcome().status, WatchOutcome::Status::TimedOut);
    QCOMPARE(ticket->outcome().lastState, QStringLiteral("updating"));
}

QTEST_GUILESS_MAIN(TestListenerWatcher)
#include "tst_listenerwatcher.moc"
