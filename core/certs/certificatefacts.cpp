#include "certificatefacts.h"

namespace ga::certs {

bool nameCovers(const QString &certificateName, const QString &domain)
{
    const QString name = certificateName.trimmed().toLower();
    const QString host = domain.trimmed().toLower();
    if (name.isEmpty() || host.isEmpty())
        return false;
    if (name == host)
        return true; // also a wildcard domain served by the same wildcard
    if (!name.startsWith(u"*.") || host.startsWith(u"*."))
        return false;
    // "*.b.c" covers "a.b.c": the host minus its first label must equal the name's base,
    // and that first label must not be empty.
    const qsizetype dot = host.indexOf(QLatin1Char('.'));
    return dot > 0 && QStringView(host).mid(dot + 1) == QStringView(name).mid(2);
}

bool covers(const CasCertificate &certificate, const QString &domain)
{
    if (certificate.subjectAlternativeNames.isEmpty())
        return nameCovers(certificate.commonName, domain);
    for (const QString &name : certificate.subjectAlternativeNames) {
        if (nameCovers(name, domain))
            return true;
    }
    return false;
}

int daysLeft(const CasCertificate &certificate, const QDateTime &now)
{
    if (!certificate.notAfter.isValid())
        return 0;
    const qint64 ms = now.msecsTo(certificate.notAfter);
    constexpr qint64 day = 24 * 3600 * 1000LL;
    // Rounded down, towards the past: 23 hours left is 0 days, 1 hour ago is -1.
    return int(ms >= 0 ? ms / day : -((-ms + day - 1) / day));
}

bool isExpired(const CasCertificate &certificate, const QDateTime &now)
{
    if (certificate.status == u"expired")
        return true;
    return certificate.notAfter.isValid() && certificate.notAfter <= now;
}

Expiry expiryOf(const CertificateDetails &details, const QDateTime &now,
                const ExpiryThresholds &thresholds)
{
    if (details.status != CertificateDetails::Status::Found)
        return Expiry::Unknown;
    const CasCertificate &c = details.certificate;
    if (isExpired(c, now))
        return Expiry::Expired;
    if (!c.notAfter.isValid())
        return Expiry::Unknown;
    const int days = daysLeft(c, now);
    if (days < thresholds.criticalDays)
        return Expiry::Critical;
    if (days < thresholds.warningDays)
        return Expiry::Warning;
    return Expiry::Fine;
}

} // namespace ga::certs
