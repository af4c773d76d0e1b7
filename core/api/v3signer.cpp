#include "v3signer.h"

#include "crypto.h"

#include <QList>

namespace ga::v3 {

bool isSignedHeader(QByteArrayView lowerCaseName)
{
    return lowerCaseName == "host" || lowerCaseName == "content-type"
        || lowerCaseName.startsWith("x-acs-");
}

QByteArray hashPayload(QByteArrayView body)
{
    return crypto::sha256(body).toHex();
}

Canonical canonicalize(QByteArrayView method, const ParamMap &query, const HeaderMap &headers,
                       QByteArrayView body)
{
    Canonical c;
    c.hashedPayload = hashPayload(body);
    c.canonicalQuery = canonicalQueryString(query);
    for (const auto &[name, value] : headers) {
        if (!isSignedHeader(name))
            continue;
        c.canonicalHeaders += name + ':' + value.trimmed() + '\n';
        if (!c.signedHeaders.isEmpty())
            c.signedHeaders += ';';
        c.signedHeaders += name;
    }
    c.canonicalRequest = method.toByteArray() + "\n/\n" + c.canonicalQuery + '\n'
        + c.canonicalHeaders + '\n' + c.signedHeaders + '\n' + c.hashedPayload;
    c.hashedCanonicalRequest = crypto::sha256(c.canonicalRequest).toHex();
    c.stringToSign = QByteArray(algorithm) + '\n' + c.hashedCanonicalRequest;
    return c;
}

QByteArray signature(QByteArrayView stringToSign, const QString &accessKeySecret)
{
    return crypto::hmacSha256(accessKeySecret.toUtf8(), stringToSign).toHex();
}

QByteArray authorization(QByteArrayView accessKeyId, QByteArrayView signedHeaders,
                         QByteArrayView signature)
{
    return QByteArray(algorithm) + " Credential=" + accessKeyId.toByteArray()
        + ",SignedHeaders=" + signedHeaders.toByteArray() + ",Signature=" + signature.toByteArray();
}

ParsedAuthorization parseAuthorization(QByteArrayView header)
{
    ParsedAuthorization parsed;
    const QByteArrayView prefix = QByteArrayView(algorithm);
    if (!header.startsWith(prefix) || header.size() <= prefix.size()
        || header[prefix.size()] != ' ') {
        return parsed;
    }
    const QList<QByteArray> parts = header.sliced(prefix.size() + 1).toByteArray().split(',');
    for (const QByteArray &part : parts) {
        const QByteArray item = part.trimmed();
        if (item.startsWith("Credential="))
            parsed.accessKeyId = item.mid(11);
        else if (item.startsWith("SignedHeaders="))
            parsed.signedHeaders = item.mid(14);
        else if (item.startsWith("Signature="))
            parsed.signature = item.mid(10);
    }
    parsed.ok = !parsed.accessKeyId.isEmpty() && !parsed.signedHeaders.isEmpty()
        && !parsed.signature.isEmpty();
    return parsed;
}

} // namespace ga::v3
