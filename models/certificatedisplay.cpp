#include "certificatedisplay.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace ga::display {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::display)
};

QString localDate(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().date().toString(Qt::ISODate) : QString();
}

} // namespace

QString certificateName(const CertificateDetails &details)
{
    switch (details.status) {
    case CertificateDetails::Status::Found:
        return details.certificate.name.isEmpty() ? details.certificate.commonName
                                                  : details.certificate.name;
    case CertificateDetails::Status::NotInCas:
        return Text::tr("not in CAS");
    case CertificateDetails::Status::UnknownSite:
        return Text::tr("unknown store");
    case CertificateDetails::Status::Unavailable:
        return Text::tr("CAS unavailable");
    case CertificateDetails::Status::NotLookedUp:
        break;
    }
    return QStringLiteral("…");
}

QString certificateExpires(const CertificateDetails &details)
{
    if (details.status != CertificateDetails::Status::Found)
        return {};
    return localDate(details.certificate.notAfter);
}

QString daysLeft(const CertificateDetails &details, const QDateTime &now)
{
    if (details.status != CertificateDetails::Status::Found
        || !details.certificate.notAfter.isValid())
        return {};
    const int days = certs::daysLeft(details.certificate, now);
    if (certs::isExpired(details.certificate, now)) {
        const int ago = std::max(0, -days);
        return ago == 0 ? Text::tr("expired today")
                        : Text::tr("expired %n day(s) ago", nullptr, ago);
    }
    return days == 0 ? Text::tr("today") : Text::tr("%n day(s)", nullptr, days);
}

QString expiryWord(certs::Expiry expiry)
{
    switch (expiry) {
    case certs::Expiry::Expired:
        return stateWord(DisplayState::CertificateExpired);
    case certs::Expiry::Critical:
        return stateWord(DisplayState::CertificateExpiresVerySoon);
    case certs::Expiry::Warning:
        return stateWord(DisplayState::CertificateExpiresSoon);
    case certs::Expiry::Fine:
        return stateWord(DisplayState::CertificateValid);
    case certs::Expiry::Unknown:
        break;
    }
    return stateWord(DisplayState::CertificateUnknown);
}

QString coverage(const CertificateDetails &details, const QString &domain)
{
    if (details.status != CertificateDetails::Status::Found)
        return {};
    return certs::covers(details.certificate, domain) ? Text::tr("yes") : Text::tr("no");
}

QString certificateTooltip(const CertificateDetails &details, const QString &domain)
{
    switch (details.status) {
    case CertificateDetails::Status::NotInCas:
        return Text::tr(
            "Certificate Management has no certificate with this ID: it was deleted, "
            "or it belongs to the other site or to another account. GA still serves it.");
    case CertificateDetails::Status::UnknownSite:
        return Text::tr("The certificate ID names no certificate store this console knows "
                        "(expected -cn-hangzhou or -ap-southeast-1).");
    case CertificateDetails::Status::Unavailable:
        return Text::tr("Certificate Management could not be asked: %1").arg(details.problem);
    case CertificateDetails::Status::NotLookedUp:
        return Text::tr("Looking the certificate up in Certificate Management…");
    case CertificateDetails::Status::Found:
        break;
    }
    const CasCertificate &c = details.certificate;
    QStringList lines;
    lines << Text::tr("Name: %1").arg(c.name) << Text::tr("Common name: %1").arg(c.commonName)
          << Text::tr("Alternative names: %1")
                 .arg(c.subjectAlternativeNames.join(QStringLiteral(", ")))
          << Text::tr("Issuer: %1").arg(c.issuer) << Text::tr("Serial: %1").arg(c.serial)
          << Text::tr("Valid from %1 to %2")
                 .arg(QLocale().toString(c.notBefore.toLocalTime(), QLocale::ShortFormat),
                      QLocale().toString(c.notAfter.toLocalTime(), QLocale::ShortFormat));
    if (!c.status.isEmpty())
        lines << Text::tr("Status in CAS: %1").arg(c.status);
    if (!domain.isEmpty() && !certs::covers(c, domain))
        lines << Text::tr("Does not cover %1: its names do not include it.").arg(domain);
    return lines.join(QLatin1Char('\n'));
}

certs::ExpiryThresholds savedExpiryThresholds()
{
    const QSettings settings;
    certs::ExpiryThresholds thresholds;
    thresholds.criticalDays
        = settings.value(QStringLiteral("certificates/criticalDays"), thresholds.criticalDays)
              .toInt();
    thresholds.warningDays
        = settings.value(QStringLiteral("certificates/warningDays"), thresholds.warningDays)
              .toInt();
    // A warning threshold below the critical one would hide the warning badge.
    thresholds.warningDays = std::max(thresholds.warningDays, thresholds.criticalDays);
    return thresholds;
}

} // namespace ga::display
