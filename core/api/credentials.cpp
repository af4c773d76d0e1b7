#include "credentials.h"

#include <QDebug>

namespace ga {

Credentials::Credentials(QString accessKeyId, QString accessKeySecret, QString securityToken)
    : m_accessKeyId(std::move(accessKeyId))
    , m_accessKeySecret(std::move(accessKeySecret))
    , m_securityToken(std::move(securityToken))
{ }

QString maskAccessKeyId(const QString &accessKeyId)
{
    // Long IDs keep 4 + 4 characters, as the aliyun CLI users know them. Short ones keep less,
    // so the mask never reveals more than half of the ID.
    const qsizetype keep = accessKeyId.size() >= 12 ? 4 : accessKeyId.size() / 4;
    if (keep == 0)
        return QStringLiteral("****");
    return accessKeyId.left(keep) + QStringLiteral("****") + accessKeyId.right(keep);
}

QString Credentials::maskedAccessKeyId() const
{
    return maskAccessKeyId(m_accessKeyId);
}

QString Credentials::toString() const
{
    QString text = QStringLiteral("Credentials(") + maskedAccessKeyId();
    if (hasSecurityToken())
        text += QStringLiteral(", sts");
    return text + u')';
}

QDebug operator<<(QDebug debug, const Credentials &credentials)
{
    QDebugStateSaver saver(debug);
    debug.noquote().nospace() << credentials.toString();
    return debug;
}

} // namespace ga
