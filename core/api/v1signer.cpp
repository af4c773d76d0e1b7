#include "v1signer.h"

#include "credentials.h"
#include "crypto.h"
#include "percentencoding.h"

namespace ga::v1 {

ParamMap commonParameters(const Credentials &credentials, QByteArrayView action,
                          QByteArrayView apiVersion, QByteArrayView timestamp, QByteArrayView nonce)
{
    ParamMap params {
        { QByteArrayLiteral("Action"), action.toByteArray() },
        { QByteArrayLiteral("Version"), apiVersion.toByteArray() },
        { QByteArrayLiteral("Format"), QByteArrayLiteral("JSON") },
        { QByteArrayLiteral("AccessKeyId"), credentials.accessKeyId().toUtf8() },
        { QByteArrayLiteral("SignatureMethod"), QByteArrayLiteral("HMAC-SHA1") },
        { QByteArrayLiteral("SignatureVersion"), QByteArrayLiteral("1.0") },
        { QByteArrayLiteral("SignatureNonce"), nonce.toByteArray() },
        { QByteArrayLiteral("Timestamp"), timestamp.toByteArray() },
    };
    if (credentials.hasSecurityToken())
        params[QByteArrayLiteral("SecurityToken")] = credentials.securityToken().toUtf8();
    return params;
}

QByteArray stringToSign(QByteArrayView method, const ParamMap &params)
{
    return method.toByteArray() + "&%2F&" + percentEncode(canonicalQueryString(params));
}

QByteArray signature(QByteArrayView stringToSign, const QString &accessKeySecret)
{
    const QByteArray key = accessKeySecret.toUtf8() + '&';
    return crypto::hmacSha1(key, stringToSign).toBase64();
}

} // namespace ga::v1
