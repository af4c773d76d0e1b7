#include "castypes.h"

namespace ga {

// docs/cas-api.md §1: the suffix of a GA certificate ID names the store; the console does not
// guess a store for any other suffix.
CasSite casSiteOf(const QString &certificateId)
{
    const qsizetype dash = certificateId.indexOf(QLatin1Char('-'));
    if (dash <= 0 || casNumericId(certificateId).isEmpty())
        return CasSite::Unknown;
    const QStringView suffix = QStringView(certificateId).mid(dash + 1);
    if (suffix == u"cn-hangzhou")
        return CasSite::China;
    if (suffix == u"ap-southeast-1")
        return CasSite::International;
    return CasSite::Unknown;
}

QString casSiteSuffix(CasSite site)
{
    switch (site) {
    case CasSite::China:
        return QStringLiteral("cn-hangzhou");
    case CasSite::International:
        return QStringLiteral("ap-southeast-1");
    case CasSite::Unknown:
        break;
    }
    return {};
}

QUrl casPublicEndpoint(CasSite site)
{
    switch (site) {
    case CasSite::China:
        return QUrl(QStringLiteral("https://cas.aliyuncs.com"));
    case CasSite::International:
        return QUrl(QStringLiteral("https://cas.ap-southeast-1.aliyuncs.com"));
    case CasSite::Unknown:
        break;
    }
    return {};
}

QString casNumericId(const QString &certificateId)
{
    const qsizetype dash = certificateId.indexOf(QLatin1Char('-'));
    const QString number = dash < 0 ? certificateId : certificateId.left(dash);
    if (number.isEmpty())
        return {};
    for (const QChar c : number) {
        if (c < u'0' || c > u'9')
            return {};
    }
    return number;
}

} // namespace ga
