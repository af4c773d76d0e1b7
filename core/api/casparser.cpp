#include "casparser.h"

#include "jsonfieldreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ga::parse {
namespace {

ApiError invalid(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidResponse;
    error.message = message;
    return error;
}

QStringList strings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &value : array) {
        if (value.isString())
            list.append(value.toString());
    }
    return list;
}

} // namespace

const QStringList &casSecretFields()
{
    // docs/cas-api.md §5: GetUserCertificateDetail's body and key fields, SM2 pairs included;
    // Csr is public, but the console has no use for it either.
    static const QStringList fields {
        QStringLiteral("Cert"),        QStringLiteral("Key"),
        QStringLiteral("EncryptCert"), QStringLiteral("EncryptPrivateKey"),
        QStringLiteral("SignCert"),    QStringLiteral("SignPrivateKey"),
        QStringLiteral("Csr")
    };
    return fields;
}

QJsonObject withoutCasSecrets(QJsonObject object)
{
    for (const QString &field : casSecretFields())
        object.remove(field);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject()) {
            it.value() = withoutCasSecrets(it.value().toObject());
        } else if (it.value().isArray()) {
            QJsonArray array = it.value().toArray();
            for (auto item = array.begin(); item != array.end(); ++item) {
                if (item->isObject())
                    *item = withoutCasSecrets(item->toObject());
            }
            it.value() = array;
        }
    }
    return object;
}

Result<CasCertificate> casCertificate(const QJsonObject &object)
{
    const QJsonObject clean = withoutCasSecrets(object);
    JsonFieldReader reader(clean, QStringLiteral("certificate"));
    CasCertificate c;
    c.certIdentifier = reader.string(u"CertIdentifier");
    // A string in ListCertificates, a number in GetCertificateDetail (docs/cas-api.md §3).
    const QJsonValue id = clean.value(u"CertificateId");
    c.certificateId = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
    c.name = reader.string(u"CertificateName");
    c.commonName = reader.string(u"CommonName");
    c.subjectAlternativeNames = strings(reader.array(u"SubjectAlternativeNames"));
    c.issuer = reader.string(u"Issuer");
    c.notBefore = reader.timestamp(u"NotBefore");
    c.notAfter = reader.timestamp(u"NotAfter");
    c.status = reader.string(u"CertificateStatus");
    c.source = reader.string(u"CertificateSource");
    c.algorithm = reader.string(u"Algorithm");
    c.keySize = int(reader.integer(u"KeySize"));
    c.fingerprint = reader.string(u"FingerPrint");
    c.serial = reader.string(u"Serial");
    c.usingProducts = strings(reader.array(u"UsingProductList"));
    if (!reader.ok())
        return invalid(reader.error());
    if (c.certIdentifier.isEmpty()) {
        // docs/cas-api.md §2: CertIdentifier is the join key; a record without one joins
        // nothing and is not trusted to be what was asked for.
        return invalid(
            QCoreApplication::translate("ga::api", "A certificate record without CertIdentifier."));
    }
    c.raw = clean;
    c.raw.remove(QStringLiteral("RequestId"));
    return c;
}

Result<Page<CasCertificate>> casCertificatePage(const QJsonObject &body)
{
    JsonFieldReader reader(body, QStringLiteral("response"));
    Page<CasCertificate> page;
    page.totalCount = int(reader.integer(u"TotalCount"));
    page.pageNumber = int(reader.integer(u"CurrentPage"));
    page.pageSize = int(reader.integer(u"ShowSize"));
    const QJsonArray items = reader.array(u"CertificateList");
    if (!reader.ok())
        return invalid(reader.error());
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            return invalid(QStringLiteral("CertificateList: expected objects"));
        Result<CasCertificate> certificate = casCertificate(item.toObject());
        if (!certificate.ok())
            return certificate.error();
        page.items.append(certificate.value());
    }
    return page;
}

} // namespace ga::parse
