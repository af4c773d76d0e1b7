#include "inputvalidation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

namespace ga::validate {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::validate)
};

} // namespace

QString acceleratorIdLabel()
{
    return Text::tr("accelerator ID");
}

QString listenerIdLabel()
{
    return Text::tr("listener ID");
}

Result<QString> resourceId(const QString &id, const QString &what)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return ApiError::invalidInput(Text::tr("The %1 is missing; give it as the "
                                               "console or `gactl` lists it.")
                                          .arg(what));
    for (const QChar c : trimmed) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7F)
            return ApiError::invalidInput(
                Text::tr("The %1 \"%2\" contains a space or a non-ASCII character; "
                         "copy it again from the listing.")
                    .arg(what, trimmed));
    }
    return trimmed;
}

Result<QString> domain(const QString &domain)
{
    const QString trimmed = domain.trimmed();
    if (trimmed.isEmpty())
        return ApiError::invalidInput(Text::tr("A domain is empty; give each domain as "
                                               "it appears in the certificate list."));
    const bool wildcard = trimmed.startsWith(u"*.");
    const QString rest = wildcard ? trimmed.mid(2) : trimmed;
    // QUrl::toAce turns an internationalised name into its xn-- form, and fails on names
    // that cannot be one.
    const QByteArray ace = QUrl::toAce(rest);
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    const QString ascii = QString::fromLatin1(ace).toLower();
    const QStringList labels = ascii.split(u'.');
    bool valid = !ace.isEmpty() && ascii.size() <= 253 && labels.size() >= 2;
    for (const QString &part : labels)
        valid = valid && label.match(part).hasMatch();
    if (!valid)
        return ApiError::invalidInput(
            Text::tr("\"%1\" is not a valid domain name. Use a host name such as "
                     "www.example.com or a wildcard such as *.example.com.")
                .arg(trimmed));
    if (wildcard)
        return QString(QStringLiteral("*.") + ascii);
    return ascii;
}

Result<QStringList> domains(const QStringList &domains)
{
    if (domains.isEmpty())
        return ApiError::invalidInput(Text::tr("No domain given: name 1 to %1 domains "
                                               "to dissociate.")
                                          .arg(maxDomainsPerRequest));
    if (domains.size() > maxDomainsPerRequest)
        return ApiError::invalidInput(
            Text::tr("%1 domains given, but GA takes at most %2 per request: split them "
                     "into several operations.")
                .arg(domains.size())
                .arg(maxDomainsPerRequest));
    QStringList normalised;
    QSet<QString> seen;
    for (const QString &each : domains) {
        Result<QString> checked = domain(each);
        if (!checked.ok())
            return checked.error();
        if (seen.contains(checked.value()))
            return ApiError::invalidInput(
                Text::tr("The domain %1 is given twice; name each domain once.")
                    .arg(checked.value()));
        seen.insert(checked.value());
        normalised.append(checked.value());
    }
    return normalised;
}

Result<QString> clientToken(const QString &token)
{
    if (token.isEmpty() || token.size() > maxClientTokenLength)
        return ApiError::invalidInput(Text::tr("A ClientToken must have 1 to 64 characters."));
    // docs/ga-api.md §2.10: GA takes any ASCII; control characters are refused here all the
    // same, as nobody means them. The space and every sign are percent-encoded when signed.
    for (const QChar c : token) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return ApiError::invalidInput(
                Text::tr("A ClientToken must be printable ASCII: letters, digits, punctuation "
                         "and spaces (U+0020 to U+007E), no control or non-ASCII characters."));
    }
    return token;
}

QString newClientToken()
{
    return QStringLiteral("ga-console-") + QUuid::createUuid().toString(QUuid::Id128);
}

Result<QString> certificateId(const QString &id)
{
    // GA's CertificateId is the Certificate Management Service's CertIdentifier, a number
    // and the region of the site it was issued on (docs/ga-api.md §2.9).
    static const QRegularExpression form(QStringLiteral("^[0-9]+-[a-z]{2}(-[a-z0-9]+)+$"));
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return ApiError::invalidInput(
            Text::tr("The certificate ID is missing; give it as it reads in Certificate "
                     "Management, for example 123456-cn-hangzhou."));
    if (!form.match(trimmed).hasMatch())
        return ApiError::invalidInput(Text::tr("\"%1\" is not a certificate ID: GA takes the form "
                                               "<number>-<region>, for example 123456-cn-hangzhou.")
                                          .arg(trimmed));
    return trimmed;
}

} // namespace ga::validate
