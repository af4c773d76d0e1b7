#include "requestsigner.h"

#include "credentials.h"
#include "crypto.h"
#include "v1signer.h"
#include "v3signer.h"

#include <QDateTime>

namespace ga {
namespace {

const QByteArray formContentType = QByteArrayLiteral("application/x-www-form-urlencoded");

SignedRequest signV1(const ApiCall &call, const Credentials &credentials, QByteArrayView stamp,
                     QByteArrayView nonce)
{
    ParamMap params = v1::commonParameters(credentials, call.action, call.apiVersion, stamp, nonce);
    for (const auto &[name, value] : call.params)
        params[name] = value;

    SignedRequest request;
    request.method = QByteArrayLiteral("POST");
    const QByteArray signature
        = v1::signature(v1::stringToSign(request.method, params), credentials.accessKeySecret());
    request.pathAndQuery = "/?" + canonicalQueryString(params) + "&Signature=";
    request.pathAndQuery += QByteArray(signature).toPercentEncoding();
    // Qt adds a form content type to a POST on its own; setting it keeps the wire explicit.
    request.headers = { { "content-type", formContentType }, { "accept", "application/json" } };
    return request;
}

SignedRequest signV3(const QUrl &endpoint, const ApiCall &call, const Credentials &credentials,
                     QByteArrayView stamp, QByteArrayView nonce)
{
    SignedRequest request;
    request.method = QByteArrayLiteral("POST");
    // docs/signing.md §8: sign an explicit content-type, because Qt adds one to a POST anyway.
    v3::HeaderMap headers {
        { "host", RequestSigner::hostHeader(endpoint) },
        { "x-acs-action", call.action },
        { "x-acs-version", call.apiVersion },
        { "x-acs-date", stamp.toByteArray() },
        { "x-acs-signature-nonce", nonce.toByteArray() },
        { "x-acs-content-sha256", v3::hashPayload(request.body) },
        { "content-type", formContentType },
    };
    if (credentials.hasSecurityToken())
        headers["x-acs-security-token"] = credentials.securityToken().toUtf8();

    const v3::Canonical canonical
        = v3::canonicalize(request.method, call.params, headers, request.body);
    const QByteArray signature
        = v3::signature(canonical.stringToSign, credentials.accessKeySecret());

    request.pathAndQuery = "/";
    if (!canonical.canonicalQuery.isEmpty())
        request.pathAndQuery += '?' + canonical.canonicalQuery;
    for (const auto &[name, value] : headers) {
        if (name != "host")
            request.headers.append(qMakePair(name, value));
    }
    request.headers.append(
        qMakePair(QByteArrayLiteral("accept"), QByteArrayLiteral("application/json")));
    request.headers.append(qMakePair(
        QByteArrayLiteral("authorization"),
        v3::authorization(credentials.accessKeyId().toUtf8(), canonical.signedHeaders, signature)));
    return request;
}

} // namespace

QString signatureVersionName(SignatureVersion version)
{
    return version == SignatureVersion::V1 ? QStringLiteral("v1") : QStringLiteral("v3");
}

std::optional<SignatureVersion> signatureVersionFromString(QStringView text)
{
    if (text.compare(u"v1", Qt::CaseInsensitive) == 0)
        return SignatureVersion::V1;
    if (text.compare(u"v3", Qt::CaseInsensitive) == 0)
        return SignatureVersion::V3;
    return std::nullopt;
}

QUrl SignedRequest::url(const QUrl &endpoint) const
{
    QUrl base = endpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    // The query is already strictly encoded; StrictMode keeps Qt from re-encoding it.
    return QUrl::fromEncoded(base.toEncoded() + pathAndQuery, QUrl::StrictMode);
}

SignedRequest RequestSigner::sign(const QUrl &endpoint, const ApiCall &call,
                                  const Credentials &credentials, SignatureVersion version,
                                  const QDateTime &now, QByteArrayView nonce)
{
    const QByteArray stamp = timestamp(now);
    return version == SignatureVersion::V1 ? signV1(call, credentials, stamp, nonce)
                                           : signV3(endpoint, call, credentials, stamp, nonce);
}

QByteArray RequestSigner::newNonce()
{
    return crypto::randomBytes(16).toHex();
}

QByteArray RequestSigner::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")).toLatin1();
}

QByteArray RequestSigner::hostHeader(const QUrl &endpoint)
{
    QByteArray host = endpoint.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // IPv6 literal
    const int port = endpoint.port();
    const int defaultPort = endpoint.scheme() == u"https" ? 443 : 80;
    if (port != -1 && port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

} // namespace ga
