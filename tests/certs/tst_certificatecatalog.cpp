#include "certs/certificatecatalog.h"
#include "fakecasapi.h"

#include <QSignalSpy>
#include <QTest>

using namespace ga;

namespace {

const QDateTime later = QDateTime(QDate(2027, 6, 1), QTime(0, 0), Qt::UTC);

QString china(int n)
{
    return QStringLiteral("%1-cn-hangzhou").arg(n);
}

// Adds certificates 1..count to the store.
void fill(test::FakeCasApi &cas, int count)
{
    for (int n = 1; n <= count; ++n)
        cas.add(china(n), { QStringLiteral("d%1.example.com").arg(n) }, later);
}

bool waitIdle(CertificateCatalog &catalog)
{
    if (!catalog.isBusy())
        return true;
    QSignalSpy idle(&catalog, &CertificateCatalog::idle);
    return idle.wait(5000);
}

} // namespace

class TestCertificateCatalog : public QObject
{
    Q_OBJECT

private slots:
    // docs/cas-api.md §7: an account of at most 100 certificates takes one call per store.
    void onePageForASmallAccount()
    {
        test::FakeCasApi cas;
        fill(cas, 80);
        CertificateCatalog catalog(&cas);
        QSignalSpy changed(&catalog, &CertificateCatalog::detailsChanged);
        catalog.lookUp({ china(3), china(40), china(77) });
        QVERIFY(waitIdle(catalog));
        QCOMPARE(cas.calls(QStringLiteral("ListCertificates")), 1);
        QCOMPARE(cas.totalCalls(), 1);
        QCOMPARE(catalog.details(china(40)).status, CertificateDetails::Status::Found);
        QCOMPARE(catalog.details(china(40)).certificate.name, QStringLiteral("cert-40"));
        QVERIFY(!changed.isEmpty());
    }

    // One or two certificates are cheaper one by one than a page.
    void fewIdsGoOneByOne()
    {
        test::FakeCasApi cas;
        fill(cas, 500);
        CertificateCatalog catalog(&cas);
        catalog.lookUp({ china(7), china(450) });
        QVERIFY(waitIdle(catalog));
        QCOMPARE(cas.calls(QStringLiteral("ListCertificates")), 0);
        QCOMPARE(cas.calls(QStringLiteral("GetCertificateDetail")), 2);
        QCOMPARE(catalog.details(china(450)).status, CertificateDetails::Status::Found);
    }

    // After the first page: the rest of the list when that is fewer calls...
    void pagesWhenCheaper()
    {
        test::FakeCasApi cas;
        fill(cas, 250);
        CertificateCatalog catalog(&cas);
        catalog.lookUp({ china(150), china(201), china(230), china(240), china(249) });
        QVERIFY(waitIdle(catalog));
        QCOMPARE(cas.calls(QStringLiteral("ListCertificates")), 3);
        QCOMPARE(cas.calls(QStringLiteral("GetCertificateDetail")), 0);
        QCOMPARE(catalog.details(china(249)).status, CertificateDetails::Status::Found);
    }

    // ... and one detail per missing ID when that is fewer.
    void detailsWhenCheaper()
    {
        test::FakeCasApi cas;
        fill(cas, 1000);
        CertificateCatalog catalog(&cas);
        catalog.lookUp({ china(500), china(600), china(700) });
        QVERIFY(waitIdle(catalog));
        QCOMPARE(cas.calls(QStringLiteral("ListCertificates")), 1);
        QCOMPARE(cas.calls(QStringLiteral("GetCertificateDetail")), 3);
        QCOMPARE(catalog.callsMade(), 4);
    }

    // A certificate GA still serves that CAS no longer has is said plainly; an ID of no
    // known store is not sent at all.
    void notInCasAndUnknownStore()
    {
        test::FakeCasApi cas;
        fill(cas, 10);
        CertificateCatalog catalog(&cas);
        catalog.lookUp({ china(1), china(2), china(99), QStringLiteral("5-eu-central-1") });
        QVERIFY(waitIdle(catalog));
        QCOMPARE(catalog.details(china(99)).status, CertificateDetails::Status::NotInCas);
        QCOMPARE(catalog.details(QStringLiteral("5-eu-central-1")).status,
                 CertificateDetails::Status::UnknownSite);
        QCOMPARE(cas.calls(QStringLiteral("ListCertificates")), 1);
        QCOMPARE(cas.calls(QStringLiteral("GetCertificateDetail")), 1); // 99 only
    }

    // Each store is asked at its own endpoint, separately.
    void storesSeparately()
    {
        test::FakeCasApi cas;
        fill(cas, 5);
        cas.add(QStringLiteral("8-ap-southeast-1"), { QStringLiteral("sg.example.com") }, later);
        CertificateCatalog catalog(&cas);
        catalog.lookUp({ china(1), china(2), china(3), QStringLiteral("8-ap-southeast-1") });
        QVERIFY(waitIdle(catalog));
        QCOMPARE(catalog.details(QStringLiteral("8-ap-southeast-1")).status,
                 CertificateDetails::Status::Found);
        QCOMPARE(cas.calls(QStringLiteral("ListCertificates")), 1); // China: 3 IDs
        QCOMPARE(cas.calls(QStringLiteral("GetCertificateDetail")), 1); // Singapore: 1 ID
    }

    // Cached for the session; refresh() asks again.
    void cacheAndRefresh()
    {
        test::FakeCasApi cas;
        fill(cas, 10);
        CertificateCatalog catalog(&cas);
        catalog.lookUp({ china(1), china(2), china(3) });
        QVERIFY(waitIdle(catalog));
        cas.resetCalls();
        catalog.lookUp({ china(1), china(2), china(3) });
        QVERIFY(!catalog.isBusy());
        QCOMPARE(cas.totalCalls(), 0);
        cas.add(china(3), { QStringLiteral("renamed.example.com") }, later).name
            = QStringLiteral("renamed");
        catalog.refresh();
        QVERIFY(waitIdle(catalog));
        QCOMPARE(cas.totalCalls(), 1);
        QCOMPARE(catalog.details(china(3)).certificate.name, QStringLiteral("renamed"));
    }

    // A refused list falls back to details; when those are refused too, the details are
    // unavailable with the reason, and nothing else breaks.
    void refusedPermissions()
    {
        test::FakeCasApi cas;
        fill(cas, 10);
        ApiError denied;
        denied.kind = ApiError::Kind::Service;
        denied.code = QStringLiteral("Forbidden.RAM");
        denied.message
            = QStringLiteral("User not authorized to operate on the specified resource.");
        cas.failEverything(denied);
        CertificateCatalog catalog(&cas);
        catalog.lookUp({ china(1), china(2), china(3) });
        QVERIFY(waitIdle(catalog));
        QCOMPARE(cas.calls(QStringLiteral("ListCertificates")), 1);
        QCOMPARE(cas.calls(QStringLiteral("GetCertificateDetail")), 3);
        const CertificateDetails d = catalog.details(china(2));
        QCOMPARE(d.status, CertificateDetails::Status::Unavailable);
        QVERIFY2(d.problem.contains(QStringLiteral("Forbidden.RAM")), qPrintable(d.problem));
    }

    // A new account forgets the old one's certificates, and late answers are dropped.
    void setApiForgets()
    {
        test::FakeCasApi first;
        fill(first, 10);
        test::FakeCasApi second;
        CertificateCatalog catalog(&first);
        catalog.lookUp({ china(1), china(2), china(3) });
        catalog.setApi(&second);
        QTest::qWait(20);
        QCOMPARE(catalog.details(china(1)).status, CertificateDetails::Status::NotLookedUp);
        QVERIFY(!catalog.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestCertificateCatalog)
#include "tst_certificatecatalog.moc"
