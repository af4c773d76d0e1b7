#include "casjson.h"

#include <QDateTime>
#include <QJsonArray>

namespace ga::emu::casjson {
namespace {

constexpr qint64 dayMs = 86'400'000;

// Whole days of validity left, 0 once expired (the emulator's choice: CAS's own rounding is
// not documented).
int remainDays(qint64 notAfterMs, qint64 nowMs)
{
    return notAfterMs <= nowMs ? 0 : int((notAfterMs - nowMs) / dayMs);
}

// "YYYY-MM-DD" in UTC (CAS does not say which time zone its day-precision dates are in).
QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

// The issuing CA's validity, around the certificate's: issued two years before it, valid five.
qint64 intermediateNotBefore(const CasRecord &r)
{
    return r.notBeforeMs - 730 * dayMs;
}

qint64 intermediateNotAfter(const CasRecord &r)
{
    return intermediateNotBefore(r) + 5 * 365 * dayMs;
}

QJsonArray tags(const CasRecord &record)
{
    QJsonArray array;
    for (const auto &[key, value] : record.tags)
        array.append(QJsonObject { { QStringLiteral("TagKey"), key },
                                   { QStringLiteral("TagValue"), value } });
    return array;
}

// PEM armour around a readable line and some base64 of it: enough to look like a body to a
// client, and obviously not one to a person.
QString pem(const char *label, const QString &firstLine, const QString &about)
{
    const QByteArray payload = (firstLine + u' ' + about).toUtf8().toBase64();
    QString text = QStringLiteral("-----BEGIN %1-----\n").arg(QLatin1String(label));
    text += firstLine + u'\n';
    for (qsizetype i = 0; i < payload.size(); i += 64)
        text += QString::fromLatin1(payload.mid(i, 64)) + u'\n';
    return text + QStringLiteral("-----END %1-----\n").arg(QLatin1String(label));
}

QJsonObject common(const CasRecord &r, qint64 nowMs, const QStringList &usingProducts)
{
    return QJsonObject {
        { QStringLiteral("CertIdentifier"), r.identifier() },
        { QStringLiteral("CertificateName"), r.name },
        { QStringLiteral("CommonName"), r.commonName() },
        { QStringLiteral("Domain"), r.subjectAlternativeNames.join(u',') },
        { QStringLiteral("SubjectAlternativeNames"),
          QJsonArray::fromStringList(r.subjectAlternativeNames) },
        { QStringLiteral("Issuer"), r.issuer },
        { QStringLiteral("NotBefore"), double(r.notBeforeMs) },
        { QStringLiteral("NotAfter"), double(r.notAfterMs) },
        { QStringLiteral("CertificateStatus"), r.statusAt(nowMs) },
        { QStringLiteral("CertificateSource"), r.source },
        { QStringLiteral("UsingProductList"), QJsonArray::fromStringList(usingProducts) },
        { QStringLiteral("Algorithm"), r.algorithm },
        { QStringLiteral("KeySize"), r.keySize },
        { QStringLiteral("ExistPrivateKey"), r.existPrivateKey },
        { QStringLiteral("FingerPrint"), r.fingerprint },
        { QStringLiteral("Serial"), r.serial },
        { QStringLiteral("InstanceId"), r.instanceId },
    };
}

} // namespace

QJsonObject listItem(const CasRecord &record, qint64 nowMs, const QStringList &usingProducts)
{
    QJsonObject object = common(record, nowMs, usingProducts);
    object.insert(QStringLiteral("CertificateId"), QString::number(record.id)); // a string here
    return object;
}

QJsonObject certificateDetail(const CasRecord &record, qint64 nowMs,
                              const QStringList &usingProducts)
{
    QJsonObject object = common(record, nowMs, usingProducts);
    object.insert(QStringLiteral("CertificateId"), double(record.id)); // a number here
    const QJsonArray chain {
        QJsonObject { { QStringLiteral("Subject"), record.commonName() },
                      { QStringLiteral("Issuer"), record.issuingCa },
                      { QStringLiteral("NotBefore"), double(record.notBeforeMs) },
                      { QStringLiteral("NotAfter"), double(record.notAfterMs) },
                      { QStringLiteral("RemainDay"), remainDays(record.notAfterMs, nowMs) } },
        QJsonObject {
            { QStringLiteral("Subject"), record.issuingCa },
            { QStringLiteral("Issuer"), record.rootCa },
            { QStringLiteral("NotBefore"), double(intermediateNotBefore(record)) },
            { QStringLiteral("NotAfter"), double(intermediateNotAfter(record)) },
            { QStringLiteral("RemainDay"), remainDays(intermediateNotAfter(record), nowMs) } },
    };
    object.insert(QStringLiteral("CertificateChainList"), chain);
    // CAS made the CSR of what it issued; an uploaded certificate came without one.
    object.insert(QStringLiteral("Csr"),
                  record.source == u"UPLOAD"
                      ? QString()
                      : pem("CERTIFICATE REQUEST", QStringLiteral("EMULATOR-FAKE-CSR"),
                            QStringLiteral("CN=") + record.commonName()));
    object.insert(QStringLiteral("CompanyId"), double(record.companyId));
    object.insert(QStringLiteral("ContactId"), double(record.contactId));
    object.insert(QStringLiteral("Tags"), tags(record));
    return object;
}

QJsonObject userCertificateDetail(const CasRecord &r, qint64 nowMs)
{
    QJsonArray chain;
    chain.append(QJsonObject { { QStringLiteral("CommonName"), r.commonName() },
                               { QStringLiteral("IssuerCommonName"), r.issuingCa },
                               { QStringLiteral("NotBefore"), double(r.notBeforeMs) },
                               { QStringLiteral("NotAfter"), double(r.notAfterMs) },
                               { QStringLiteral("RemainDay"), remainDays(r.notAfterMs, nowMs) } });
    chain.append(QJsonObject {
        { QStringLiteral("CommonName"), r.issuingCa },
        { QStringLiteral("IssuerCommonName"), r.rootCa },
        { QStringLiteral("NotBefore"), double(intermediateNotBefore(r)) },
        { QStringLiteral("NotAfter"), double(intermediateNotAfter(r)) },
        { QStringLiteral("RemainDay"), remainDays(intermediateNotAfter(r), nowMs) } });
    return QJsonObject {
        { QStringLiteral("Id"), double(r.id) },
        { QStringLiteral("CertIdentifier"), r.identifier() },
        { QStringLiteral("Name"), r.name },
        { QStringLiteral("Common"), r.commonName() },
        { QStringLiteral("Sans"), r.subjectAlternativeNames.join(u',') },
        { QStringLiteral("Issuer"), r.issuer },
        { QStringLiteral("NotBefore"), double(r.notBeforeMs) },
        { QStringLiteral("NotAfter"), double(r.notAfterMs) },
        { QStringLiteral("StartDate"), day(r.notBeforeMs) },
        { QStringLiteral("EndDate"), day(r.notAfterMs) },
        { QStringLiteral("Expired"), r.notAfterMs <= nowMs },
        { QStringLiteral("Fingerprint"), r.fingerprint },
        { QStringLiteral("Sha2"), r.sha2 },
        { QStringLiteral("CertSha2"), r.sha2 },
        { QStringLiteral("SerialNo"), r.serial },
        { QStringLiteral("Algorithm"), r.algorithm },
        { QStringLiteral("BuyInAliyun"), r.source != u"UPLOAD" },
        { QStringLiteral("InstanceId"), r.instanceId },
        { QStringLiteral("OrderId"), double(r.orderId) },
        { QStringLiteral("OrgName"), r.orgName },
        { QStringLiteral("Country"), r.country },
        { QStringLiteral("Province"), r.province },
        { QStringLiteral("City"), r.city },
        { QStringLiteral("ResourceGroupId"), QStringLiteral("rg-acfmemulator") },
        { QStringLiteral("CertChain"), chain },
        { QStringLiteral("Tags"), tags(r) },
    };
}

QJsonObject keyMaterial(const CasRecord &record)
{
    const QString about = record.identifier() + QStringLiteral(" CN=") + record.commonName();
    const QString keyMarker = QLatin1String(fakePrivateKeyMarker);
    const QString certificateMarker = QStringLiteral("EMULATOR-FAKE-CERTIFICATE");
    QJsonObject object { { QStringLiteral("Cert"), pem("CERTIFICATE", certificateMarker, about) },
                         { QStringLiteral("Key"), pem("PRIVATE KEY", keyMarker, about) } };
    if (record.algorithm == u"SM2") {
        object.insert(QStringLiteral("SignCert"),
                      pem("CERTIFICATE", certificateMarker, QStringLiteral("sign ") + about));
        object.insert(QStringLiteral("SignPrivateKey"),
                      pem("PRIVATE KEY", keyMarker, QStringLiteral("sign ") + about));
        object.insert(QStringLiteral("EncryptCert"),
                      pem("CERTIFICATE", certificateMarker, QStringLiteral("encrypt ") + about));
        object.insert(QStringLiteral("EncryptPrivateKey"),
                      pem("PRIVATE KEY", keyMarker, QStringLiteral("encrypt ") + about));
    }
    return object;
}

} // namespace ga::emu::casjson
