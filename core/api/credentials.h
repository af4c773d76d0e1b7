#pragma once

#include <QString>

class QDebug;

namespace ga {

// An AccessKey pair, optionally with an STS security token. Printing one (QDebug or
// toString) shows only the masked ID: the secret and the token have no accessor that
// formats them, and no stream operator ever writes them.
class Credentials
{
public:
    Credentials() = default;
    Credentials(QString accessKeyId, QString accessKeySecret, QString securityToken = {});

    const QString &accessKeyId() const { return m_accessKeyId; }
    const QString &accessKeySecret() const { return m_accessKeySecret; }
    const QString &securityToken() const { return m_securityToken; }

    bool hasSecurityToken() const { return !m_securityToken.isEmpty(); }
    bool isComplete() const { return !m_accessKeyId.isEmpty() && !m_accessKeySecret.isEmpty(); }

    // "LTAI****abcd": first four and last four characters; shorter IDs show fewer.
    QString maskedAccessKeyId() const;
    QString toString() const;

    friend bool operator==(const Credentials &, const Credentials &) = default;

private:
    QString m_accessKeyId;
    QString m_accessKeySecret;
    QString m_securityToken;
};

QString maskAccessKeyId(const QString &accessKeyId);
QDebug operator<<(QDebug debug, const Credentials &credentials);

} // namespace ga
