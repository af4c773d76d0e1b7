#include "api/casparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ga;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestCasParser : public QObject
{
    Q_OBJECT

private slots:
    // ListCertificates: CertificateId is a string, times are numbers in ms (docs/cas-api.md §3).
    void listPage()
    {
        const auto page = parse::casCertificatePage(json(R"({
          "RequestId": "R1", "CurrentPage": 1, "ShowSize": 100, "TotalCount": 2,
          "CertificateList": [
            {"CertIdentifier": "17281539-cn-hangzhou", "CertificateId": "17281539",
             "CertificateName": "shop", "CommonName": "www.example.com",
             "SubjectAlternativeNames": ["www.example.com", "*.api.example.com"],
             "Issuer": "DigiCert", "NotBefore": 1733011200000, "NotAfter": 1764547200000,
             "CertificateStatus": "issued", "CertificateSource": "BUY", "Algorithm": "RSA",
             "KeySize": 2048, "ExistPrivateKey": true, "FingerPrint": "AB", "Serial": "01",
             "UsingProductList": ["GA"], "Domain": "www.example.com", "InstanceId": "cas-1"},
            {"CertIdentifier": "9-ap-southeast-1", "CertificateId": "9"}
          ]})"));
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(page.value().totalCount, 2);
        QCOMPARE(page.value().items.size(), 2);
        const CasCertificate &c = page.value().items.first();
        QCOMPARE(c.certificateId, QStringLiteral("17281539"));
        QCOMPARE(c.name, QStringLiteral("shop"));
        QCOMPARE(c.subjectAlternativeNames.size(), 2);
        QCOMPARE(c.notAfter, QDateTime::fromMSecsSinceEpoch(1764547200000, Qt::UTC));
        QCOMPARE(c.keySize, 2048);
        QCOMPARE(c.usingProducts, QStringList { QStringLiteral("GA") });
        QCOMPARE(c.raw.value(u"Domain").toString(), QStringLiteral("www.example.com"));
    }

    // GetCertificateDetail: CertificateId is a number there.
    void detailWithNumericId()
    {
        const auto c = parse::casCertificate(json(
            R"({"CertIdentifier": "6092-cn-hangzhou", "CertificateId": 6092, "NotAfter": 1764547200})"));
        QVERIFY(c.ok());
        QCOMPARE(c.value().certificateId, QStringLiteral("6092"));
        // Seconds, told apart by magnitude.
        QCOMPARE(c.value().notAfter, QDateTime::fromSecsSinceEpoch(1764547200, Qt::UTC));
    }

    // docs/cas-api.md §5: whatever a server sends, no body or key leaves the parser, at any
    // depth.
    void keyMaterialIsDropped()
    {
        const auto c = parse::casCertificate(json(R"({
          "CertIdentifier": "1-cn-hangzhou", "CertificateId": 1,
          "Cert": "-----BEGIN CERTIFICATE-----", "Key": "-----BEGIN PRIVATE KEY-----",
          "EncryptPrivateKey": "k", "SignPrivateKey": "k", "EncryptCert": "c", "SignCert": "c",
          "Csr": "-----BEGIN CERTIFICATE REQUEST-----",
          "CertificateChainList": [{"Subject": "x", "Key": "nested"}]})"));
        QVERIFY(c.ok());
        const QByteArray text = QJsonDocument(c.value().raw).toJson();
        QVERIFY2(!text.contains("BEGIN"), text.constData());
        QVERIFY(!text.contains("nested"));
        for (const QString &field : parse::casSecretFields())
            QVERIFY(!c.value().raw.contains(field));
    }

    void wrongTypesAreErrors()
    {
        QVERIFY(!parse::casCertificate(json(R"({"CertIdentifier": ["5"]})")).ok());
        QVERIFY(!parse::casCertificate(json(R"({"CertificateId": "5"})")).ok());
        QVERIFY(!parse::casCertificatePage(json(R"({"CertificateList": {}})")).ok());
        QVERIFY(!parse::casCertificatePage(json(R"({"CertificateList": [1]})")).ok());
    }
};

QTEST_GUILESS_MAIN(TestCasParser)
#include "tst_casparser.moc"
