// Starting, running and undoing a plan through one OperationCenter over the in-memory GA: the
// whole plan in the journal before the first request, one request at a time per accelerator
// with the accelerators side by side, a failure that stops nothing else and can be sent again,
// and the undo that puts back what the plan removed.
#include "fakegaapi.h"
#include "ops/changeoperation.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "plans/planlauncher.h"
#include "plans/planrun.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

class TestPlanLauncher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wholePlanIsJournaledBeforeTheFirstSend();
    void oneRequestPerAcceleratorAtATime();
    void aFailureStopsNothingElseAndCanBeSentAgain();
    void undoPutsBackWhatThePlanRemoved();
    void badRequestRefusesThePlanWhole();

private:
    // Retires the first domain of every listener: two per accelerator.
    CertificatePlan retireFirstDomains() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<test::FakeGaApi> m_api;
    std::unique_ptr<OperationCenter> m_center;
};

void TestPlanLauncher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<OperationJournal>(m_dir->filePath(QStringLiteral("ops.jsonl")));
    m_api = std::make_unique<test::FakeGaApi>();
    m_api->seed(QStringLiteral("ga-1"), 2, 3);
    m_api->seed(QStringLiteral("ga-2"), 2, 3);
    m_api->setAutoCompleteMs(-1); // each change completes when the test says so
    OperationCenter::Settings settings;
    settings.schedule = WatchSchedule::fast(2);
    m_center = std::make_unique<OperationCenter>(m_journal.get(), settings);
}

void TestPlanLauncher::cleanup()
{
    m_center.reset();
    m_api.reset();
    m_journal.reset();
    m_dir.reset();
}

CertificatePlan TestPlanLauncher::retireFirstDomains() const
{
    CertificatePlan plan;
    for (const QString &listenerId : m_api->listenerIds()) {
        const ListenerCertificate first = m_api->listener(listenerId).additional.first();
        OperationRecord request;
        request.kind = ChangeKind::Dissociate;
        request.acceleratorId = m_api->listener(listenerId).listener.acceleratorId;
        request.listenerId = listenerId;
        request.items = { { first.domain, first.certificateId, {} } };
        plan.requests.append(request);
    }
    return plan;
}

void TestPlanLauncher::wholePlanIsJournaledBeforeTheFirstSend()
{
    CertificatePlan plan = retireFirstDomains();
    const Result<QList<ChangeOperation *>> started
        = plans::launch(*m_center, m_api.get(), QStringLiteral("work"), plan);
    QVERIFY(started.ok());
    QCOMPARE(started.value().size(), 4);
    // Nothing has gone yet (operations start on the next turn), and all four are journaled.
    QCOMPARE(m_api->calls(QStringLiteral("DissociateAdditionalCertificatesFromListener")), 0);
    const QList<OperationRecord> journaled = plans::journaledRequests(*m_center, plan.planId);
    QCOMPARE(journaled.size(), 4);
    for (qsizetype i = 0; i < journaled.size(); ++i) {
        QCOMPARE(journaled[i].operationId, plan.requests[i].operationId);
        QCOMPARE(journaled[i].profile, QStringLiteral("work"));
        QCOMPARE(journaled[i].status, OperationRecord::Status::Pending);
        QCOMPARE(journaled[i].items.first().certificateId,
                 plan.requests[i].items.first().certificateId);
    }
    // Journaled once: no second intent, nor a "resumed" mark, when they start.
    PlanRun run(m_center.get(), plan);
    QSignalSpy finished(&run, &PlanRun::finished);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            m_api->completeChanges();
            return run.isFinished();
        }(),
        10'000);
    QCOMPARE(finished.size(), 1);
    QVERIFY(run.isDone());
    const QList<OperationRecord> after = plans::journaledRequests(*m_center, plan.planId);
    QCOMPARE(after.size(), 4);
    for (const OperationRecord &record : after) {
        QCOMPARE(record.status, OperationRecord::Status::Done);
        QVERIFY(!record.resumed);
    }
}

void TestPlanLauncher::oneRequestPerAcceleratorAtATime()
{
    CertificatePlan plan = retireFirstDomains();
    QVERIFY(plans::launch(*m_center, m_api.get(), {}, plan).ok());
    PlanRun run(m_center.get(), plan);
    const QString action = QStringLiteral("DissociateAdditionalCertificatesFromListener");
    // Both accelerators start at once; each one's second request waits for its first.
    QTRY_COMPARE(m_api->calls(action), 2);
    QTest::qWait(50);
    QCOMPARE(m_api->calls(action), 2);
    QCOMPARE(run.counts().waiting, 2);
    m_api->completeChanges();
    QTRY_COMPARE(m_api->calls(action), 4);
    m_api->completeChanges();
    QTRY_VERIFY(run.isDone());
    QCOMPARE(m_api->changesApplied(), 4);
}

void TestPlanLauncher::aFailureStopsNothingElseAndCanBeSentAgain()
{
    m_api->setAutoCompleteMs(1);
    ApiError denied;
    denied.kind = ApiError::Kind::Service;
    denied.httpStatus = 403;
    denied.code = QStringLiteral("Forbidden.RAM");
    denied.requestId = QStringLiteral("REQ-DENIED");
    m_api->failNext(QStringLiteral("DissociateAdditionalCertificatesFromListener"), denied);
    CertificatePlan plan = retireFirstDomains();
    QVERIFY(plans::launch(*m_center, m_api.get(), {}, plan).ok());
    PlanRun run(m_center.get(), plan);
    QTRY_VERIFY(run.isFinished());
    QCOMPARE(run.counts().done, 3);
    QCOMPARE(run.counts().failed, 1);
    QString failedId;
    for (const OperationRecord &request : plan.requests) {
        const ChangeOperation *operation = run.operationFor(request.operationId);
        if (operation->phase() == ChangeOperation::Phase::Failed) {
            failedId = request.operationId;
            QCOMPARE(operation->error().code, QStringLiteral("Forbidden.RAM"));
            QCOMPARE(operation->error().requestId, QStringLiteral("REQ-DENIED"));
        }
    }
    QVERIFY(!failedId.isEmpty());
    QVERIFY(run.sendAgain(failedId));
    QTRY_VERIFY(run.isDone());
    QCOMPARE(m_api->changesApplied(), 4);
    QVERIFY(!run.sendAgain(failedId)); // done now
}

void TestPlanLauncher::undoPutsBackWhatThePlanRemoved()
{
    m_api->setAutoCompleteMs(1);
    CertificatePlan plan = retireFirstDomains();
    QVERIFY(plans::launch(*m_center, m_api.get(), {}, plan).ok());
    PlanRun run(m_center.get(), plan);
    QTRY_VERIFY(run.isDone());
    for (const OperationRecord &request : plan.requests)
        QVERIFY(!m_api->domainsOf(request.listenerId).contains(request.items.first().domain));

    QVERIFY(!plans::undoPlan(*m_center, plan.planId, QStringLiteral("https://other")).ok());
    Result<CertificatePlan> undo = plans::undoPlan(*m_center, plan.planId, m_api->endpointText());
    QVERIFY2(undo.ok(), qPrintable(undo.error().message));
    QCOMPARE(undo.value().kind, CertificatePlan::Kind::Undo);
    QCOMPARE(undo.value().requests.size(), 4);
    QVERIFY(plans::launch(*m_center, m_api.get(), {}, undo.value()).ok());
    PlanRun undoing(m_center.get(), undo.value());
    QTRY_VERIFY(undoing.isDone());
    for (const OperationRecord &request : plan.requests) {
        bool back = false;
        for (const ListenerCertificate &c : m_api->listener(request.listenerId).additional)
            back = back
                || (c.domain == request.items.first().domain
                    && c.certificateId == request.items.first().certificateId);
        QVERIFY(back);
    }
    const Result<CertificatePlan> again
        = plans::undoPlan(*m_center, plan.planId, m_api->endpointText());
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(u"undone already"));
}

void TestPlanLauncher::badRequestRefusesThePlanWhole()
{
    CertificatePlan plan = retireFirstDomains();
    plan.requests[2].items.append({ QStringLiteral("not a domain"), {}, {} });
    const Result<QList<ChangeOperation *>> started
        = plans::launch(*m_center, m_api.get(), {}, plan);
    QVERIFY(!started.ok());
    QVERIFY(m_center->history().isEmpty());
    QTest::qWait(20);
    QCOMPARE(m_api->calls(QStringLiteral("DissociateAdditionalCertificatesFromListener")), 0);
}

QTEST_GUILESS_MAIN(TestPlanLauncher)
#include "tst_planlauncher.moc"
