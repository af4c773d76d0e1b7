// plans::planRetire over an account built in memory: what a selection matches, how a
// listener's domains are split, what is skipped and what is refused.
#include "planfixtures.h"
#include "plans/retireplanner.h"

#include <QTest>

using namespace ga;

class TestRetirePlanner : public QObject
{
    Q_OBJECT

private slots:
    void patternSelectsTheNameAndEverythingUnderIt();
    void oneRequestPerListenerGroupedByAccelerator();
    void moreThanTenDomainsAreSplit();
    void certificatesAndPicksSelectToo();
    void acceleratorNarrowsThePlan();
    void refusingTargetsAreSkippedWithTheReason();
    void anUnmatchedPatternRefusesThePlan();
    void badInputIsRefused();
};

void TestRetirePlanner::patternSelectsTheNameAndEverythingUnderIt()
{
    QVERIFY(plans::patternSelects(QStringLiteral("shop.example.com"),
                                  QStringLiteral("SHOP.example.com")));
    QVERIFY(!plans::patternSelects(QStringLiteral("shop.example.com"),
                                   QStringLiteral("a.shop.example.com")));
    QVERIFY(
        plans::patternSelects(QStringLiteral("*.example.com"), QStringLiteral("a.example.com")));
    QVERIFY(
        plans::patternSelects(QStringLiteral("*.example.com"), QStringLiteral("a.b.example.com")));
    QVERIFY(
        plans::patternSelects(QStringLiteral("*.example.com"), QStringLiteral("*.example.com")));
    QVERIFY(!plans::patternSelects(QStringLiteral("*.example.com"), QStringLiteral("example.com")));
    QVERIFY(
        !plans::patternSelects(QStringLiteral("*.example.com"), QStringLiteral("badexample.com")));
    // Internationalised names compare in punycode.
    QVERIFY(plans::patternSelects(QStringLiteral("*.bücher.example"),
                                  QStringLiteral("shop.xn--bcher-kva.example")));
}

void TestRetirePlanner::oneRequestPerListenerGroupedByAccelerator()
{
    test::AccountBuilder account;
    account.accelerator(QStringLiteral("ga-1"));
    account.accelerator(QStringLiteral("ga-2"));
    account.listener(QStringLiteral("ga-1"), QStringLiteral("lsr-1a"));
    account.listener(QStringLiteral("ga-2"), QStringLiteral("lsr-2a"));
    account.listener(QStringLiteral("ga-1"), QStringLiteral("lsr-1b"));
    for (const char *listener : { "lsr-1a", "lsr-2a", "lsr-1b" }) {
        account.serve(QString::fromLatin1(listener), QStringLiteral("old.example.com"),
                      QStringLiteral("7-cn-hangzhou"));
        account.serve(QString::fromLatin1(listener), QStringLiteral("keep.example.com"),
                      QStringLiteral("8-cn-hangzhou"));
    }
    const Result<CertificatePlan> plan = plans::planRetire(
        account.snapshot, RetireSelection { { QStringLiteral("old.example.com") }, {}, {}, {} });
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    const CertificatePlan &p = plan.value();
    QVERIFY(p.planId.startsWith(u"plan-"));
    QCOMPARE(p.requests.size(), 3);
    QCOMPARE(p.acceleratorIds(), (QStringList { QStringLiteral("ga-1"), QStringLiteral("ga-2") }));
    // Accelerator by accelerator: ga-1's two requests first.
    QCOMPARE(p.requests[0].listenerId, QStringLiteral("lsr-1a"));
    QCOMPARE(p.requests[1].listenerId, QStringLiteral("lsr-1b"));
    QCOMPARE(p.requests[2].listenerId, QStringLiteral("lsr-2a"));
    QSet<QString> tokens;
    for (const OperationRecord &request : p.requests) {
        QCOMPARE(request.kind, ChangeKind::Dissociate);
        QCOMPARE(request.planId, p.planId);
        // The certificate each domain has now is kept, for an undo.
        QCOMPARE(request.items,
                 (QList<ChangeItem> {
                     { QStringLiteral("old.example.com"), QStringLiteral("7-cn-hangzhou"), {} } }));
        tokens.insert(request.operationId);
    }
    QCOMPARE(tokens.size(), 3);
    QCOMPARE(p.domainCount(), 3);
    QCOMPARE(p.listenerCount(), 3);
}

void TestRetirePlanner::moreThanTenDomainsAreSplit()
{
    test::AccountBuilder account;
    account.accelerator(QStringLiteral("ga-1"));
    account.listener(QStringLiteral("ga-1"), QStringLiteral("lsr-1"));
    for (int i = 0; i < 23; ++i)
        account.serve(QStringLiteral("lsr-1"), QStringLiteral("d%1.old.example.com").arg(i),
                      QStringLiteral("7-cn-hangzhou"));
    const Result<CertificatePlan> plan = plans::planRetire(
        account.snapshot, RetireSelection { { QStringLiteral("*.old.example.com") }, {}, {}, {} });
    QVERIFY(plan.ok());
    QCOMPARE(plan.value().requests.size(), 3);
    QCOMPARE(plan.value().requests[0].items.size(), 10);
    QCOMPARE(plan.value().requests[1].items.size(), 10);
    QCOMPARE(plan.value().requests[2].items.size(), 3);
}

void TestRetirePlanner::certificatesAndPicksSelectToo()
{
    test::AccountBuilder account;
    account.accelerator(QStringLiteral("ga-1"));
    account.listener(QStringLiteral("ga-1"), QStringLiteral("lsr-1"));
    account.listener(QStringLiteral("ga-1"), QStringLiteral("lsr-2"));
    account.serve(QStringLiteral("lsr-1"), QStringLiteral("a.example.com"),
                  QStringLiteral("7-cn-hangzhou"));
    account.serve(QStringLiteral("lsr-1"), QStringLiteral("b.example.com"),
                  QStringLiteral("8-cn-hangzhou"));
    account.serve(QStringLiteral("lsr-2"), QStringLiteral("b.example.com"),
                  QStringLiteral("8-cn-hangzhou"));
    RetireSelection byCertificate;
    byCertificate.certificateIds = { QStringLiteral("8-cn-hangzhou") };
    Result<CertificatePlan> plan = plans::planRetire(account.snapshot, byCertificate);
    QVERIFY(plan.ok());
    QCOMPARE(plan.value().requests.size(), 2);
    QCOMPARE(plan.value().domainCount(), 2);

    RetireSelection byPick;
    byPick.picks = { { QStringLiteral("lsr-2"), QStringLiteral("b.example.com") } };
    plan = plans::planRetire(account.snapshot, byPick);
    QVERIFY(plan.ok());
    QCOMPARE(plan.value().requests.size(), 1);
    QCOMPARE(plan.value().requests[0].listenerId, QStringLiteral("lsr-2"));
}

void TestRetirePlanner::acceleratorNarrowsThePlan()
{
    test::AccountBuilder account;
    account.accelerator(QStringLiteral("ga-1"));
    account.accelerator(QStringLiteral("ga-2"));
    account.listener(QStringLiteral("ga-1"), QStringLiteral("lsr-1"));
    account.listener(QStringLiteral("ga-2"), QStringLiteral("lsr-2"));
    account.serve(QStringLiteral("lsr-1"), QStringLiteral("a.example.com"),
                  QStringLiteral("7-cn-hangzhou"));
    account.serve(QStringLiteral("lsr-2"), QStringLiteral("a.example.com"),
                  QStringLiteral("7-cn-hangzhou"));
    RetireSelection selection {
        { QStringLiteral("a.example.com") }, {}, {}, QStringLiteral("ga-2")
    };
    Result<CertificatePlan> plan = plans::planRetire(account.snapshot, selection);
    QVERIFY(plan.ok());
    QCOMPARE(plan.value().acceleratorIds(), QStringList { QStringLiteral("ga-2") });
    selection.acceleratorId = QStringLiteral("ga-9");
    plan = plans::planRetire(account.snapshot, selection);
    QVERIFY(!plan.ok());
    QVERIFY(plan.error().message.contains(u"ga-9"));
}

void TestRetirePlanner::refusingTargetsAreSkippedWithTheReason()
{
    test::AccountBuilder account;
    account.accelerator(QStringLiteral("ga-1"));
    account.accelerator(QStringLiteral("ga-locked")).state = QStringLiteral("finacialLocked");
    account.listener(QStringLiteral("ga-1"), QStringLiteral("lsr-1"));
    account.listener(QStringLiteral("ga-locked"), QStringLiteral("lsr-2"));
    account.serve(QStringLiteral("lsr-1"), QStringLiteral("a.example.com"),
                  QStringLiteral("7-cn-hangzhou"));
    account.serve(QStringLiteral("lsr-2"), QStringLiteral("a.example.com"),
                  QStringLiteral("7-cn-hangzhou"));
    Result<CertificatePlan> plan = plans::planRetire(
        account.snapshot, RetireSelection { { QStringLiteral("a.example.com") }, {}, {}, {} });
    QVERIFY(plan.ok());
    QCOMPARE(plan.value().requests.size(), 1);
    QCOMPARE(plan.value().skipped.size(), 1);
    QCOMPARE(plan.value().skipped[0].listenerId, QStringLiteral("lsr-2"));
    QVERIFY(!plan.value().skipped[0].reason.isEmpty());

    // Nothing left to do at all: refused.
    plan = plans::planRetire(
        account.snapshot,
        RetireSelection {
            { QStringLiteral("a.example.com") }, {}, {}, QStringLiteral("ga-locked") });
    QVERIFY(!plan.ok());
}

void TestRetirePlanner::anUnmatchedPatternRefusesThePlan()
{
    test::AccountBuilder account;
    account.accelerator(QStringLiteral("ga-1"));
    account.listener(QStringLiteral("ga-1"), QStringLiteral("lsr-1"));
    account.serve(QStringLiteral("lsr-1"), QStringLiteral("a.example.com"),
                  QStringLiteral("7-cn-hangzhou"));
    const Result<CertificatePlan> plan = plans::planRetire(
        account.snapshot,
        RetireSelection { { QStringLiteral("a.example.com"), QStringLiteral("*.typo.example.com") },
                          {},
                          {},
                          {} });
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().kind, ApiError::Kind::InvalidInput);
    QVERIFY2(plan.error().message.contains(u"*.typo.example.com"),
             qPrintable(plan.error().message));
}

void TestRetirePlanner::badInputIsRefused()
{
    test::AccountBuilder account;
    QVERIFY(!plans::planRetire(account.snapshot, {}).ok());
    QVERIFY(!plans::planRetire(account.snapshot,
                               RetireSelection { { QStringLiteral("not a domain") }, {}, {}, {} })
                 .ok());
    RetireSelection badId;
    badId.certificateIds = { QStringLiteral("nope") };
    QVERIFY(!plans::planRetire(account.snapshot, badId).ok());
}

QTEST_GUILESS_MAIN(TestRetirePlanner)
#include "tst_retireplanner.moc"
