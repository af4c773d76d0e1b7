#include "certs/certificatefacts.h"

#include <QTest>

using namespace ga;

class TestCertificateFacts : public QObject
{
    Q_OBJECT

private slots:
    void nameCovers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("covers");
        QTest::newRow("exact") << "www.example.com"
                               << "www.example.com" << true;
        QTest::newRow("case") << "WWW.Example.com"
                              << "www.example.COM" << true;
        QTest::newRow("other") << "www.example.com"
                               << "api.example.com" << false;
        QTest::newRow("wildcard one label") << "*.example.com"
                                            << "api.example.com" << true;
        QTest::newRow("wildcard not the base") << "*.example.com"
                                               << "example.com" << false;
        QTest::newRow("wildcard not two labels") << "*.example.com"
                                                 << "a.b.example.com" << false;
        QTest::newRow("wildcard domain, same wildcard") << "*.a.example.com"
                                                        << "*.a.example.com" << true;
        QTest::newRow("wildcard domain, wider wildcard") << "*.example.com"
                                                         << "*.a.example.com" << false;
        QTest::newRow("name is not a suffix match") << "*.example.com"
                                                    << "xexample.com" << false;
        QTest::newRow("empty") << ""
                               << "example.com" << false;
    }
    void nameCovers()
    {
        QFETCH(QString, name);
        QFETCH(QString, domain);
        QFETCH(bool, covers);
        QCOMPARE(certs::nameCovers(name, domain), covers);
    }

    void sansBeatCommonName()
    {
        CasCertificate c;
        c.commonName = QStringLiteral("www.example.com");
        QVERIFY(certs::covers(c, QStringLiteral("www.example.com")));
        c.subjectAlternativeNames = { QStringLiteral("api.example.com") };
        // With SANs, the common name is not consulted (RFC 6125 §6.4.4).
        QVERIFY(!certs::covers(c, QStringLiteral("www.example.com")));
        QVERIFY(certs::covers(c, QStringLiteral("api.example.com")));
    }

    void daysLeftRoundsTowardsThePast()
    {
        const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        CasCertificate c;
        c.notAfter = now.addSecs(23 * 3600);
        QCOMPARE(certs::daysLeft(c, now), 0);
        c.notAfter = now.addDays(3).addSecs(60);
        QCOMPARE(certs::daysLeft(c, now), 3);
        c.notAfter = now.addSecs(-3600);
        QCOMPARE(certs::daysLeft(c, now), -1);
        QVERIFY(certs::isExpired(c, now));
    }

    void expiryClasses()
    {
        const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        CertificateDetails d;
        QCOMPARE(certs::expiryOf(d, now, {}), certs::Expiry::Unknown);
        d.status = CertificateDetails::Status::Found;
        d.certificate.notAfter = now.addDays(-1);
        QCOMPARE(certs::expiryOf(d, now, {}), certs::Expiry::Expired);
        d.certificate.notAfter = now.addDays(6);
        QCOMPARE(certs::expiryOf(d, now, {}), certs::Expiry::Critical);
        d.certificate.notAfter = now.addDays(7).addSecs(10);
        QCOMPARE(certs::expiryOf(d, now, {}), certs::Expiry::Warning);
        d.certificate.notAfter = now.addDays(30).addSecs(10);
        QCOMPARE(certs::expiryOf(d, now, {}), certs::Expiry::Fine);
        // Thresholds are settings.
        QCOMPARE(certs::expiryOf(d, now, { 7, 60 }), certs::Expiry::Warning);
        // CAS saying "expired" wins over a date that says otherwise.
        d.certificate.status = QStringLiteral("expired");
        QCOMPARE(certs::expiryOf(d, now, {}), certs::Expiry::Expired);
        d.status = CertificateDetails::Status::NotInCas;
        QCOMPARE(certs::expiryOf(d, now, {}), certs::Expiry::Unknown);
    }

    void sites()
    {
        QCOMPARE(casSiteOf(QStringLiteral("123-cn-hangzhou")), CasSite::China);
        QCOMPARE(casSiteOf(QStringLiteral("123-ap-southeast-1")), CasSite::International);
        QCOMPARE(casSiteOf(QStringLiteral("123-eu-central-1")), CasSite::Unknown);
        QCOMPARE(casSiteOf(QStringLiteral("12a-cn-hangzhou")), CasSite::Unknown);
        QCOMPARE(casSiteOf(QStringLiteral("cn-hangzhou")), CasSite::Unknown);
        QCOMPARE(casNumericId(QStringLiteral("6092-cn-hangzhou")), QStringLiteral("6092"));
        QCOMPARE(casPublicEndpoint(CasSite::International).host(),
                 QStringLiteral("cas.ap-southeast-1.aliyuncs.com"));
        QCOMPARE(casPublicEndpoint(CasSite::China).host(), QStringLiteral("cas.aliyuncs.com"));
    }
};

QTEST_GUILESS_MAIN(TestCertificateFacts)
#include "tst_certificatefacts.moc"
