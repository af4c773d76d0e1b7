#include "profile.h"

#include "api/transportoptions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::auth)
};

} // namespace

QString Profile::secretKey() const
{
    return name + u':' + accessKeyId;
}

QString Profile::validate() const
{
    if (const QString problem = checkProfileName(name); !problem.isEmpty())
        return problem;
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._-]{1,128}$"));
    if (accessKeyId.isEmpty())
        return Text::tr("Profile \"%1\" has no AccessKey ID.").arg(name);
    if (!idPattern.match(accessKeyId).hasMatch()) {
        return Text::tr("The AccessKey ID of profile \"%1\" may hold only letters, digits, "
                        "'.', '_' and '-'.")
            .arg(name);
    }
    for (const QString &url : { endpoint, casEndpoint }) {
        if (url.isEmpty())
            continue;
        if (const QString problem = checkEndpoint(QUrl(url, QUrl::StrictMode));
            !problem.isEmpty()) {
            return problem;
        }
    }
    return {};
}

QString checkProfileName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (pattern.match(name).hasMatch())
        return {};
    return Text::tr("\"%1\" is not a valid profile name: use a letter or digit, then up to "
                    "63 letters, digits, '.', '_' or '-'.")
        .arg(name);
}

QString normalizeEndpoint(const QString &endpoint)
{
    const QString trimmed = endpoint.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QStringLiteral("://")))
        return trimmed;
    return QStringLiteral("https://") + trimmed;
}

} // namespace ga
