// Watcher, queue and dissociate operation against the in-process emulator.
#include "api/gaclient.h"
#include "emulatorfixture.h"
#include "manualclock.h"
#include "ops/changeoperation.h"
#include "ops/listenerwatcher.h"
#include "ops/operationjournal.h"
#include "ops/operationqueue.h"
#include "ops/watcherregistry.h"
#include "ops/watchschedule.h"
#include "world.h"

#include <QTemporaryDir>

using namespace ga;

class TestChangeOperation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void operationEndsDoneAndJournaled();
    void activeListenerWithDomainsPresentIsNotDone();
    void oneWatcherPerListener();
    void watcherStopsWhenNobodyWaits();
    void secondOperationOnTheSameAcceleratorWaits();
    void operationsOnDifferentAcceleratorsRunTogether();
    void resumeWatchesWhatWasSent();
    void resumeResendsWhatMayNotHaveArrived();
    void failureIsJournaledWithCode();
    void badInputIsNeitherJournaledNorSent();
    void timeoutLeavesTheOperationResumable();
    void scheduleFollowsTheInjectedClock();
    void unknownOutcomeIsSentAgainWithTheSameToken();
    void unknownOutcomeGivesUpAfterThePolicysSends();

private:
    ChangeOperation *operation(const QString &token, const emu::EmuAccelerator &accelerator,
                               int listenerIndex, const QStringList &domains,
                               ChangeOperation::Options options = {});
    OperationRecord record(const QString &token, const emu::EmuAccelerator &accelerator,
                           int listenerIndex, const QStringList &domains);
    const emu::EmuListener &listener(const emu::EmuAccelerator &accelerator, int index = 0);

    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<GaClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<OperationQueue> m_queue;
    std::unique_ptr<WatcherRegistry> m_watchers;
};

void TestChangeOperation::init()
{
    m_emulator = test::startEmulator(test::smallWorld(150));
    GaClient::Config config = test::clientConfig(*m_emulator);
    RetryPolicy::Settings retry;
    retry.busyIntervalMs = 40;
    retry.transientBaseMs = 5;
    retry.outcomeUnknownBaseMs = 20;
    config.retryPolicy = RetryPolicy(retry);
    m_client = std::make_unique<GaClient>(config);
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<OperationJournal>(m_dir->filePath(QStringLiteral("ops.jsonl")));
    m_queue = std::make_unique<OperationQueue>();
    m_watchers = std::make_unique<WatcherRegistry>(m_client.get(), WatchSchedule::fast(20));
}

void TestChangeOperation::cleanup()
{
    m_watchers.reset();
    m_queue.reset();
    m_client.reset();
    m_emulator.reset();
}

const emu::EmuListener &TestChangeOperation::listener(const emu::EmuAccelerator &accelerator,
                                                      int index)
{
    return *m_emulator->world().listener(accelerator.listenerIds[index]);
}

OperationRecord TestChangeOperation::record(const QString &token,
                                            const emu::EmuAccelerator &accelerator,
                                            int listenerIndex, const QStringList &domains)
{
    OperationRecord r;
    r.operationId = token;
    r.acceleratorId = accelerator.acceleratorId;
    r.listenerId = accelerator.listenerIds[listenerIndex];
    for (const QString &domain : domains)
        r.items.append({ domain, {}, {} });
    r.endpoint = m_emulator->baseUrl().toDisplayString();
    return r;
}

ChangeOperation *TestChangeOperation::operation(const QString &token,
                                                const emu::EmuAccelerator &accelerator,
                                                int listenerIndex, const QStringList &domains,
                                                ChangeOperation::Options options)
{
    return new ChangeOperation({ m_client.get(), m_journal.get(), m_queue.get(), m_watchers.get() },
                               record(token, accelerator, listenerIndex, domains), options, this);
}

void TestChangeOperation::operationEndsDoneAndJournaled()
{
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    const QStringList domains { listener(accelerator).additional[0].domain,
                                listener(accelerator).additional[3].domain };
    ChangeOperation *op = operation(QStringLiteral("op-done"), accelerator, 0, domains);
    QStringList states;
    connect(op, &ChangeOperation::listenerStateSeen, this,
            [&states](const QString &s) { states << s; });
    op->start();
    QTRY_COMPARE_WITH_TIMEOUT(op->phase(), ChangeOperation::Phase::Done, 10'000);
    QVERIFY(states.contains(QStringLiteral("updating")));
    QCOMPARE(states.last(), QStringLiteral("active"));
    QCOMPARE(listener(accelerator).additional.size(), 10);
    QCOMPARE(m_emulator->stats().mutationsApplied, 1);
    const QList<OperationRecord> journaled = m_journal->operations();
    QCOMPARE(journaled.size(), 1);
    QCOMPARE(statusName(journaled[0].status), QStringLiteral("done"));
    QVERIFY(!journaled[0].requestId.isEmpty());
    QCOMPARE(journaled[0].requestId, op->record().requestId);
    QVERIFY(m_journal->unfinished().isEmpty());
}

void TestChangeOperation::activeListenerWithDomainsPresentIsNotDone()
{
    // The completion rule: "active" alone is not done while the domains are still listed,
    // which is what a first poll sees if GA has not switched to "updating" yet.
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    WatchTicket *ticket = m_watchers->watch(
        accelerator.acceleratorId, accelerator.listenerIds.first(),
        CertificateExpectation { { listener(accelerator).additional[0].domain }, {} }, 400, this);
    QSignalSpy finished(ticket, &WatchTicket::finished);
    QVERIFY(finished.wait(5'000));
    QCOMPARE(ticket->outcome().status, WatchOutcome::Status::TimedOut);
    QCOMPARE(ticket->outcome().lastState, QStringLiteral("active"));
    QVERIFY(ticket->outcome().listCalls >= 2);
}

void TestChangeOperation::oneWatcherPerListener()
{
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    const QString listenerId = accelerator.listenerIds.first();
    WatchTicket *a = m_watchers->watch(accelerator.acceleratorId, listenerId, {}, 5'000, this);
    WatchTicket *b = m_watchers->watch(accelerator.acceleratorId, listenerId, {}, 5'000, this);
    QCOMPARE(m_watchers->activeWatchers(), 1);
    QCOMPARE(a->watcher(), b->watcher());
    QTRY_VERIFY(a->isFinished() && b->isFinished());
    QCOMPARE(a->outcome().status, WatchOutcome::Status::Done);
    // Both were answered by the same polls.
    QCOMPARE(m_emulator->stats().requestsByAction.value(QStringLiteral("ListListeners")), 1);
}

void TestChangeOperation::watcherStopsWhenNobodyWaits()
{
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    WatchTicket *ticket = m_watchers->watch(
        accelerator.acceleratorId, accelerator.listenerIds.first(),
        CertificateExpectation { { listener(accelerator).additional[0].domain }, {} }, 0, this);
    QTRY_VERIFY(m_emulator->stats().requestsByAction.value(QStringLiteral("ListListeners")) >= 2);
    ticket->cancel();
    QTRY_COMPARE(m_watchers->activeWatchers(), 0);
    const qint64 polls
        = m_emulator->stats().requestsByAction.value(QStringLiteral("ListListeners"));
    QTest::qWait(200);
    QVERIFY(m_emulator->stats().requestsByAction.value(QStringLiteral("ListListeners"))
            <= polls + 1);
}

void TestChangeOperation::secondOperationOnTheSameAcceleratorWaits()
{
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    ChangeOperation *first = operation(QStringLiteral("q-1"), accelerator, 0,
                                       { listener(accelerator, 0).additional[0].domain });
    ChangeOperation *second = operation(QStringLiteral("q-2"), accelerator, 2,
                                        { listener(accelerator, 2).additional[0].domain });
    first->start();
    second->start();
    QCOMPARE(second->phase(), ChangeOperation::Phase::Queued);
    QCOMPARE(m_queue->positionOf(second), 1);
    QTRY_COMPARE_WITH_TIMEOUT(first->phase(), ChangeOperation::Phase::Done, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(second->phase(), ChangeOperation::Phase::Done, 10'000);
    QCOMPARE(m_emulator->stats().mutationsApplied, 2);
    // Queued, it never hit the instance lock.
    QCOMPARE(m_emulator->stats().mutationsAccepted, 2);
}

void TestChangeOperation::operationsOnDifferentAcceleratorsRunTogether()
{
    const emu::EmuAccelerator a = m_emulator->world().accelerators()[0];
    const emu::EmuAccelerator b = m_emulator->world().accelerators()[1];
    ChangeOperation *first
        = operation(QStringLiteral("p-1"), a, 0, { listener(a).additional[0].domain });
    ChangeOperation *second
        = operation(QStringLiteral("p-2"), b, 0, { listener(b).additional[0].domain });
    first->start();
    second->start();
    QVERIFY(second->phase() != ChangeOperation::Phase::Queued);
    QTRY_VERIFY_WITH_TIMEOUT(first->phase() == ChangeOperation::Phase::Done
                                 && second->phase() == ChangeOperation::Phase::Done,
                             10'000);
}

void TestChangeOperation::resumeWatchesWhatWasSent()
{
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    const QString domain = listener(accelerator).additional[1].domain;
    // The first run sent it and died before it saw it done.
    ChangeOperation::Options sendOnly;
    sendOnly.watch = false;
    ChangeOperation *first = operation(QStringLiteral("r-1"), accelerator, 0, { domain }, sendOnly);
    first->start();
    QTRY_COMPARE(first->phase(), ChangeOperation::Phase::AcceptedUnwatched);
    const QList<OperationRecord> open = m_journal->unfinished();
    QCOMPARE(open.size(), 1);
    QCOMPARE(statusName(open[0].status), QStringLiteral("accepted"));

    auto *resumed = new ChangeOperation(
        { m_client.get(), m_journal.get(), m_queue.get(), m_watchers.get() }, open[0], {}, this);
    resumed->start();
    QTRY_COMPARE_WITH_TIMEOUT(resumed->phase(), ChangeOperation::Phase::Done, 10'000);
    QCOMPARE(m_emulator->stats().mutationsAccepted, 1); // watched, not sent again
    QVERIFY(m_journal->unfinished().isEmpty());
    QVERIFY(m_journal->operations().first().resumed);
}

void TestChangeOperation::resumeResendsWhatMayNotHaveArrived()
{
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    const QString domain = listener(accelerator).additional[2].domain;
    // The intent was journaled, then the program died: unknown whether GA got it.
    OperationRecord pending = record(QStringLiteral("r-2"), accelerator, 0, { domain });
    QCOMPARE(m_journal->recordIntent(pending), QString());
    const QList<OperationRecord> open = m_journal->unfinished();
    QCOMPARE(open.size(), 1);
    auto *resumed = new ChangeOperation(
        { m_client.get(), m_journal.get(), m_queue.get(), m_watchers.get() }, open[0], {}, this);
    resumed->start();
    QTRY_COMPARE_WITH_TIMEOUT(resumed->phase(), ChangeOperation::Phase::Done, 10'000);
    QVERIFY(m_emulator->stats().appliedClientTokens.contains(QStringLiteral("r-2")));
    QCOMPARE(m_emulator->stats().mutationsApplied, 1);
}

void TestChangeOperation::failureIsJournaledWithCode()
{
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    ChangeOperation *op = operation(QStringLiteral("f-1"), accelerator, 0,
                                    { QStringLiteral("absent.example.com") });
    op->start();
    QTRY_COMPARE(op->phase(), ChangeOperation::Phase::Failed);
    QCOMPARE(op->error().code, QStringLiteral("NotExist.Certificate"));
    const OperationRecord journaled = m_journal->operations().first();
    QCOMPARE(statusName(journaled.status), QStringLiteral("failed"));
    QCOMPARE(journaled.errorCode, QStringLiteral("NotExist.Certificate"));
    QVERIFY(!journaled.requestId.isEmpty());
}

void TestChangeOperation::badInputIsNeitherJournaledNorSent()
{
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    QStringList eleven;
    for (int i = 0; i < 11; ++i)
        eleven << QStringLiteral("d%1.example.com").arg(i);
    ChangeOperation *op = operation(QStringLiteral("b-1"), accelerator, 0, eleven);
    op->start();
    QCOMPARE(op->phase(), ChangeOperation::Phase::Failed);
    QCOMPARE(op->error().kind, ApiError::Kind::InvalidInput);
    QVERIFY(m_journal->operations().isEmpty());
    QCOMPARE(m_emulator->stats().requests, 0);
}

void TestChangeOperation::timeoutLeavesTheOperationResumable()
{
    m_emulator->setUpdateMs(2'000);
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    ChangeOperation::Options options;
    options.watchTimeoutMs = 300;
    ChangeOperation *op = operation(QStringLiteral("t-1"), accelerator, 0,
                                    { listener(accelerator).additional[4].domain }, options);
    op->start();
    QTRY_COMPARE_WITH_TIMEOUT(op->phase(), ChangeOperation::Phase::TimedOut, 5'000);
    QCOMPARE(m_journal->unfinished().size(), 1);
    QCOMPARE(m_journal->unfinished().first().lastState, QStringLiteral("updating"));
    op->keepWatching();
    QTRY_COMPARE_WITH_TIMEOUT(op->phase(), ChangeOperation::Phase::TimedOut, 5'000);
}

void TestChangeOperation::scheduleFollowsTheInjectedClock()
{
    // Time is the test's: while it stands still the watcher polls at the fast interval; once
    // it jumps past the fast phase, the waits grow.
    test::ManualClock clock;
    WatchSchedule schedule = WatchSchedule::fast(20);
    schedule.fastPhaseMs = 10'000;
    WatcherRegistry registry(m_client.get(), schedule, &clock);
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    WatchTicket *ticket = registry.watch(
        accelerator.acceleratorId, accelerator.listenerIds.first(),
        CertificateExpectation { { listener(accelerator).additional[0].domain }, {} }, 0, this);
    ListenerWatcher *watcher = ticket->watcher();
    QTRY_VERIFY(watcher->stateReads() >= 3);
    QCOMPARE(watcher->currentDelayMs(), 20);
    clock.advance(60'000);
    QTRY_VERIFY(watcher->currentDelayMs() > 20);
    QVERIFY(watcher->currentDelayMs() <= schedule.maxIntervalMs);
    ticket->cancel();
    QCOMPARE(ticket->outcome().elapsedMs, 60'000);
}

void TestChangeOperation::unknownOutcomeIsSentAgainWithTheSameToken()
{
    // GA answers nothing but 503 for longer than a read's retries last: the change is sent
    // again with the same ClientToken (RetryPolicy's OutcomeUnknown) instead of giving up,
    // and ends done, applied once, when the service is back.
    m_emulator->setFaultRate(1.0);
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    const QStringList domains { listener(accelerator).additional[2].domain };
    ChangeOperation *op = operation(QStringLiteral("op-service-down"), accelerator, 0, domains);
    QList<int> delays;
    connect(op, &ChangeOperation::retryScheduled, this,
            [&delays](const ApiError &, int delayMs) { delays << delayMs; });
    op->start();
    const RetryPolicy::Settings defaults;
    QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= defaults.transientMaxAttempts, 10'000);
    QCOMPARE(op->phase(), ChangeOperation::Phase::Sending);
    QCOMPARE(m_emulator->stats().mutationsApplied, 0);
    m_emulator->setFaultRate(0.0);
    QTRY_COMPARE_WITH_TIMEOUT(op->phase(), ChangeOperation::Phase::Done, 15'000);
    QCOMPARE(m_emulator->stats().mutationsApplied, 1);
    QVERIFY(m_journal->unfinished().isEmpty());
}

void TestChangeOperation::unknownOutcomeGivesUpAfterThePolicysSends()
{
    m_emulator->setFaultRate(1.0);
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    ChangeOperation *op = operation(QStringLiteral("op-service-gone"), accelerator, 0,
                                    { listener(accelerator).additional[2].domain });
    op->start();
    QTRY_COMPARE_WITH_TIMEOUT(op->phase(), ChangeOperation::Phase::Unconfirmed, 20'000);
    // One retry layer: exactly the sends RetryPolicy allows a change, no more.
    const RetryPolicy::Settings defaults;
    QCOMPARE(m_emulator->stats().requestsByAction.value(
                 QStringLiteral("DissociateAdditionalCertificatesFromListener")),
             defaults.outcomeUnknownMaxAttempts);
    // Still in the journal, for gactl resume or the console's next start.
    QCOMPARE(m_journal->unfinished().size(), 1);
}

QTEST_GUILESS_MAIN(TestChangeOperation)
#include "tst_changeoperation.moc"
