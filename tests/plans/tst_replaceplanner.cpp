// plans::planReplace over an account built in memory and CAS details given by hand: one
// update per (listener, domain), and every check GA or common sense would refuse on.
#include "planfixtures.h"
#include "plans/replaceplanner.h"

#include <QTest>

using namespace ga;

namespace {

CertificateDetails found(const QString &id, const QStringList &names, int daysLeft,
                         const QString &algorithm = QStringLiteral("RSA"))
{
    CertificateDetails details;
    details.status = CertificateDetails::Status::Found;
    details.certificate.certIdentifier = id;
    details.certificate.commonName = names.value(0);
    details.certificate.subjectAlternativeNames = names;
    details.certificate.notBefore = QDateTime::currentDateTimeUtc().addDays(-10);
    details.certificate.notAfter = QDateTime::currentDateTimeUtc().addDays(daysLeft);
    details.certificate.algorithm = algorithm;
    details.certificate.status = QStringLiteral("issued");
    return details;
}

} // namespace

class TestReplacePlanner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void oneUpdatePerDomainThatUsesTheOldCertificate();
    void replacementMustCoverEveryDomain();
    void replacementMustBeUsable();
    void eccDefaultOnASubscriptionNeedsAnEccReplacement();
    void nothingUsesTheOldCertificate();

private:
    Result<CertificatePlan> plan(const QString &newId = QStringLiteral("2-cn-hangzhou")) const
    {
        return plans::planReplace(
            m_account.snapshot, QStringLiteral("1-cn-hangzhou"), newId,
            [this](const QString &id) { return m_details.value(id); },
            QDateTime::currentDateTimeUtc());
    }

    test::AccountBuilder m_account;
    QHash<QString, CertificateDetails> m_details;
};

void TestReplacePlanner::init()
{
    m_account = {};
    m_account.accelerator(QStringLiteral("ga-1"));
    m_account.accelerator(QStringLiteral("ga-2"));
    m_account.listener(QStringLiteral("ga-1"), QStringLiteral("lsr-1"));
    m_account.listener(QStringLiteral("ga-2"), QStringLiteral("lsr-2"));
    m_account.serve(QStringLiteral("lsr-1"), QStringLiteral("a.example.com"),
                    QStringLiteral("1-cn-hangzhou"));
    m_account.serve(QStringLiteral("lsr-1"), QStringLiteral("b.example.com"),
                    QStringLiteral("1-cn-hangzhou"));
    m_account.serve(QStringLiteral("lsr-1"), QStringLiteral("other.example.net"),
                    QStringLiteral("9-cn-hangzhou"));
    m_account.serve(QStringLiteral("lsr-2"), QStringLiteral("a.example.com"),
                    QStringLiteral("1-cn-hangzhou"));
    m_details.clear();
    m_details.insert(
        QStringLiteral("2-cn-hangzhou"),
        found(QStringLiteral("2-cn-hangzhou"), { QStringLiteral("*.example.com") }, 300));
}

void TestReplacePlanner::oneUpdatePerDomainThatUsesTheOldCertificate()
{
    const Result<CertificatePlan> result = plan();
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    const CertificatePlan &p = result.value();
    QCOMPARE(p.kind, CertificatePlan::Kind::Replace);
    QCOMPARE(p.requests.size(), 3);
    for (const OperationRecord &request : p.requests) {
        QCOMPARE(request.kind, ChangeKind::Update);
        QCOMPARE(request.items.size(), 1);
        QCOMPARE(request.items[0].certificateId, QStringLiteral("2-cn-hangzhou"));
        QCOMPARE(request.items[0].previousCertificateId, QStringLiteral("1-cn-hangzhou"));
        QVERIFY(request.items[0].domain != u"other.example.net");
    }
}

void TestReplacePlanner::replacementMustCoverEveryDomain()
{
    m_details.insert(
        QStringLiteral("2-cn-hangzhou"),
        found(QStringLiteral("2-cn-hangzhou"), { QStringLiteral("a.example.com") }, 300));
    const Result<CertificatePlan> result = plan();
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"does not cover b.example.com"),
             qPrintable(result.error().message));
}

void TestReplacePlanner::replacementMustBeUsable()
{
    m_details.insert(
        QStringLiteral("2-cn-hangzhou"),
        found(QStringLiteral("2-cn-hangzhou"), { QStringLiteral("*.example.com") }, -1));
    QVERIFY(plan().error().message.contains(u"expired"));
    m_details.insert(QStringLiteral("2-cn-hangzhou"),
                     found(QStringLiteral("2-cn-hangzhou"), { QStringLiteral("*.example.com") },
                           300, QStringLiteral("SM2")));
    QVERIFY(plan().error().message.contains(u"SM2"));
    CertificateDetails revoked
        = found(QStringLiteral("2-cn-hangzhou"), { QStringLiteral("*.example.com") }, 300);
    revoked.certificate.status = QStringLiteral("revoked");
    m_details.insert(QStringLiteral("2-cn-hangzhou"), revoked);
    QVERIFY(plan().error().message.contains(u"revoked"));
    CertificateDetails missing;
    missing.status = CertificateDetails::Status::NotInCas;
    m_details.insert(QStringLiteral("2-cn-hangzhou"), missing);
    QVERIFY(plan().error().message.contains(u"no certificate"));
    CertificateDetails unavailable;
    unavailable.status = CertificateDetails::Status::Unavailable;
    unavailable.problem = QStringLiteral("Forbidden.RAM");
    m_details.insert(QStringLiteral("2-cn-hangzhou"), unavailable);
    QVERIFY(plan().error().message.contains(u"Forbidden.RAM"));
    QVERIFY(!plan(QStringLiteral("1-cn-hangzhou")).ok()); // itself
    QVERIFY(!plan(QStringLiteral("garbage")).ok());
}

void TestReplacePlanner::eccDefaultOnASubscriptionNeedsAnEccReplacement()
{
    m_account = {};
    m_account.accelerator(QStringLiteral("ga-prepay"), QStringLiteral("PREPAY")).expiredTime
        = QDateTime::currentDateTimeUtc().addDays(100);
    m_account.listener(QStringLiteral("ga-prepay"), QStringLiteral("lsr-1"),
                       { QStringLiteral("50-cn-hangzhou") });
    m_account.serve(QStringLiteral("lsr-1"), QStringLiteral("a.example.com"),
                    QStringLiteral("1-cn-hangzhou"));
    m_details.insert(QStringLiteral("50-cn-hangzhou"),
                     found(QStringLiteral("50-cn-hangzhou"),
                           { QStringLiteral("default.example.com") }, 300, QStringLiteral("ECC")));
    Result<CertificatePlan> result = plan();
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"ECC"), qPrintable(result.error().message));
    m_details.insert(QStringLiteral("2-cn-hangzhou"),
                     found(QStringLiteral("2-cn-hangzhou"), { QStringLiteral("*.example.com") },
                           300, QStringLiteral("ECC")));
    result = plan();
    QVERIFY2(result.ok(), qPrintable(result.error().message));
}

void TestReplacePlanner::nothingUsesTheOldCertificate()
{
    const Result<CertificatePlan> result = plans::planReplace(
        m_account.snapshot, QStringLiteral("77-cn-hangzhou"), QStringLiteral("2-cn-hangzhou"),
        [this](const QString &id) { return m_details.value(id); }, QDateTime::currentDateTimeUtc());
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(u"No listener"));
}

QTEST_GUILESS_MAIN(TestReplacePlanner)
#include "tst_replaceplanner.moc"
