// Picking domains: at most 10 checks, refused with a reason, surviving refreshes.
#include "certificatelistmodel.h"
#include "filterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ga;

namespace {

ListenerCertificate additional(const QString &domain)
{
    ListenerCertificate c;
    c.domain = domain;
    c.certificateId = QStringLiteral("6092%1-cn-hangzhou").arg(qHash(domain) % 1000);
    c.state = QStringLiteral("active");
    return c;
}

ListenerCertificate defaultCertificate()
{
    ListenerCertificate c;
    c.certificateId = QStringLiteral("1000-cn-hangzhou");
    c.isDefault = true;
    c.state = QStringLiteral("active");
    return c;
}

QList<ListenerCertificate> domains(int count)
{
    QList<ListenerCertificate> list { defaultCertificate() };
    for (int i = 1; i <= count; ++i)
        list.append(additional(QStringLiteral("d%1.example.com").arg(i)));
    return list;
}

bool check(CertificateListModel &model, int row)
{
    return model.setData(model.index(row, CertificateListModel::DomainColumn), Qt::Checked,
                         Qt::CheckStateRole);
}

} // namespace

class TestCertificateListModel : public QObject
{
    Q_OBJECT

private slots:
    void defaultCertificateIsApartAndNotCheckable();
    void eleventhCheckIsRefused();
    void checkDomainsStopsAtTen();
    void checksSurviveRefreshAndGoneDomainsUncheck();
    void onlyDomainColumnIsCheckable();
    void proxyPassesChecksThrough();
};

void TestCertificateListModel::defaultCertificateIsApartAndNotCheckable()
{
    CertificateListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCertificates(domains(3));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.defaultCertificate().has_value());
    QCOMPARE(model.defaultCertificate()->certificateId, QStringLiteral("1000-cn-hangzhou"));
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(!model.index(r, 0).data().toString().isEmpty());
}

void TestCertificateListModel::eleventhCheckIsRefused()
{
    CertificateListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCertificates(domains(12));
    QSignalSpy count(&model, &CertificateListModel::checkedCountChanged);
    QSignalSpy refused(&model, &CertificateListModel::checkRefused);
    for (int r = 0; r < 10; ++r)
        QVERIFY(check(model, r));
    QCOMPARE(model.checkedCount(), 10);
    QCOMPARE(count.size(), 10);
    QVERIFY(!check(model, 10));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused[0][0].toString().contains(QStringLiteral("10")));
    QCOMPARE(model.checkedCount(), 10);
    QCOMPARE(model.index(10, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    // Unchecking one frees a place.
    QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(check(model, 10));
    QCOMPARE(model.checkedDomains().size(), 10);
    QVERIFY(!model.checkedDomains().contains(QStringLiteral("d1.example.com")));
}

void TestCertificateListModel::checkDomainsStopsAtTen()
{
    CertificateListModel model;
    model.setCertificates(domains(15));
    QStringList all;
    for (int r = 0; r < model.rowCount(); ++r)
        all << model.index(r, 0).data().toString();
    QCOMPARE(model.checkDomains(all), 5);
    QCOMPARE(model.checkedCount(), 10);
    QCOMPARE(model.checkedDomains(), all.mid(0, 10));
    model.uncheckAll();
    QCOMPARE(model.checkedCount(), 0);
}

void TestCertificateListModel::checksSurviveRefreshAndGoneDomainsUncheck()
{
    CertificateListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCertificates(domains(5));
    model.checkDomains({ QStringLiteral("d2.example.com"), QStringLiteral("d4.example.com") });
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy count(&model, &CertificateListModel::checkedCountChanged);
    QList<ListenerCertificate> fresh = domains(5);
    fresh.removeAt(4); // d4 was dissociated
    fresh.append(additional(QStringLiteral("new.example.com")));
    model.setCertificates(fresh);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.checkedDomains(), QStringList { QStringLiteral("d2.example.com") });
    QCOMPARE(count.size(), 1);
    QCOMPARE(model.index(model.rowOf(QStringLiteral("d2.example.com")), 0)
                 .data(Qt::CheckStateRole)
                 .value<Qt::CheckState>(),
             Qt::Checked);
}

void TestCertificateListModel::onlyDomainColumnIsCheckable()
{
    CertificateListModel model;
    model.setCertificates(domains(1));
    QVERIFY(model.flags(model.index(0, CertificateListModel::DomainColumn))
            & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(0, CertificateListModel::StateColumn))
              & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(model.index(0, CertificateListModel::StateColumn), Qt::Checked,
                           Qt::CheckStateRole));
}

void TestCertificateListModel::proxyPassesChecksThrough()
{
    CertificateListModel model;
    FilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCertificates(domains(3));
    proxy.setFilterText(QStringLiteral("d3"));
    QCOMPARE(proxy.rowCount(), 1);
    QVERIFY(proxy.setData(proxy.index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.checkedDomains(), QStringList { QStringLiteral("d3.example.com") });
}

QTEST_GUILESS_MAIN(TestCertificateListModel)
#include "tst_certificatelistmodel.moc"
