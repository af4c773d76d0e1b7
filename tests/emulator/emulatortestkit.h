#pragma once

// Helpers shared by the emulator tests, on top of tests/support/emulatorfixture.h: requests
// the fixture does not send (GET, hand-made bodies, unsigned), requests left in flight, raw
// HTTP over a socket, and the stats endpoint. Everything waits with a nested event loop,
// because the emulator runs in the test's own thread.

#include "api/canonicalquery.h"
#include "api/v1signer.h"
#include "api/v3signer.h"
#include "emulatorfixture.h"
#include "gaactions.h"
#include "world.h"

#include <QJsonArray>
#include <QSslConfiguration>
#include <QTcpSocket>

namespace ga::test {

inline constexpr int replyTimeoutMs = 20'000;

// Waits for `reply` and reads it into a RawReply; deletes the reply.
inline RawReply collect(QNetworkReply *reply, int timeoutMs = replyTimeoutMs)
{
    if (!reply->isFinished()) [[maybe_unused]]
        const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs);
    RawReply raw;
    raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.bytes = reply->readAll();
    raw.body = QJsonDocument::fromJson(raw.bytes).object();
    raw.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
    reply->deleteLater();
    return raw;
}

// A request signed with the project's signer (POST, as the product sends it), not waited for.
inline QNetworkReply *startSigned(QNetworkAccessManager &network, const QUrl &endpoint,
                                  const ApiCall &call,
                                  const Credentials &credentials = demoCredentials(),
                                  SignatureVersion version = SignatureVersion::V3,
                                  const QSslConfiguration *ssl = nullptr)
{
    const SignedRequest signedRequest
        = RequestSigner::sign(endpoint, call, credentials, version, QDateTime::currentDateTimeUtc(),
                              RequestSigner::newNonce());
    QNetworkRequest request(signedRequest.url(endpoint));
    if (ssl)
        request.setSslConfiguration(*ssl);
    for (const auto &[name, value] : signedRequest.headers)
        request.setRawHeader(name, value);
    return network.post(request, signedRequest.body);
}

// The same call as a GET: V1 with every parameter in the query, V3 with the operation's
// parameters in the query and no body (docs/signing.md §3.3, §4.3).
inline RawReply sendGet(QNetworkAccessManager &network, const QUrl &endpoint, const ApiCall &call,
                        const Credentials &credentials = demoCredentials(),
                        SignatureVersion version = SignatureVersion::V3,
                        const QDateTime &now = QDateTime::currentDateTimeUtc(),
                        const QByteArray &nonce = RequestSigner::newNonce())
{
    const QByteArray stamp = RequestSigner::timestamp(now);
    QByteArray pathAndQuery;
    QList<QPair<QByteArray, QByteArray>> headers;
    if (version == SignatureVersion::V1) {
        ParamMap params
            = v1::commonParameters(credentials, call.action, call.apiVersion, stamp, nonce);
        for (const auto &[name, value] : call.params)
            params[name] = value;
        const QByteArray signature
            = v1::signature(v1::stringToSign("GET", params), credentials.accessKeySecret());
        pathAndQuery
            = "/?" + canonicalQueryString(params) + "&Signature=" + signature.toPercentEncoding();
    } else {
        const v3::HeaderMap signedHeaders {
            { "host", RequestSigner::hostHeader(endpoint) },
            { "x-acs-action", call.action },
            { "x-acs-version", call.apiVersion },
            { "x-acs-date", stamp },
            { "x-acs-signature-nonce", nonce },
            { "x-acs-content-sha256", v3::hashPayload({}) },
        };
        const v3::Canonical canonical = v3::canonicalize("GET", call.params, signedHeaders, {});
        const QByteArray signature
            = v3::signature(canonical.stringToSign, credentials.accessKeySecret());
        pathAndQuery = "/?" + canonical.canonicalQuery;
        for (const auto &[name, value] : signedHeaders) {
            if (name != "host")
                headers.append({ name, value });
        }
        headers.append({ "authorization",
                         v3::authorization(credentials.accessKeyId().toUtf8(),
                                           canonical.signedHeaders, signature) });
    }
    const QUrl base = endpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
    QNetworkRequest request(QUrl::fromEncoded(base.toEncoded() + pathAndQuery, QUrl::StrictMode));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setRawHeader("accept", "application/json");
    return collect(network.get(request));
}

// A V1 call with every parameter, Signature included, in an x-www-form-urlencoded body and
// nothing in the query, as pop-core sends it (vector v1-ga-dissociateadditionalcertificates-
// post-form).
inline RawReply sendV1Form(QNetworkAccessManager &network, const QUrl &endpoint,
                           const ApiCall &call, const Credentials &credentials = demoCredentials(),
                           const QDateTime &now = QDateTime::currentDateTimeUtc())
{
    ParamMap params
        = v1::commonParameters(credentials, call.action, call.apiVersion,
                               RequestSigner::timestamp(now), RequestSigner::newNonce());
    for (const auto &[name, value] : call.params)
        params[name] = value;
    const QByteArray signature
        = v1::signature(v1::stringToSign("POST", params), credentials.accessKeySecret());
    const QByteArray body
        = canonicalQueryString(params) + "&Signature=" + signature.toPercentEncoding();
    QNetworkRequest request(endpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery));
    request.setRawHeader("content-type", "application/x-www-form-urlencoded");
    return collect(network.post(request, body));
}

// An unsigned request: whatever the test builds.
inline RawReply sendUnsigned(QNetworkAccessManager &network, const QUrl &url,
                             const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setRawHeader("content-type", "application/x-www-form-urlencoded");
    return collect(network.post(request, body));
}

inline QJsonObject fetchStats(QNetworkAccessManager &network, const QUrl &baseUrl)
{
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/__emulator/stats"));
    return collect(network.get(QNetworkRequest(url))).body;
}

// One HTTP exchange over a plain socket, byte for byte, for what a QNetworkAccessManager
// would change (the Host header) or hide (a connection closed without an answer: Qt resends
// the request once on its own).
struct WireReply
{
    bool answered = false; // a complete response arrived
    bool closed = false; // the server closed the connection
    int status = 0;
    QByteArray head;
    QByteArray body;
    QByteArray received; // everything read, complete or not

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline QByteArray httpRequest(const QByteArray &method, const QByteArray &pathAndQuery,
                              const QByteArray &host,
                              const QList<QPair<QByteArray, QByteArray>> &headers,
                              const QByteArray &body = {})
{
    QByteArray bytes = method + ' ' + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return bytes;
}

inline WireReply exchange(const QUrl &baseUrl, const QByteArray &request,
                          int timeoutMs = replyTimeoutMs)
{
    WireReply reply;
    QTcpSocket socket;
    socket.connectToHost(baseUrl.host(), quint16(baseUrl.port()));
    if (!QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; },
                         timeoutMs))
        return reply;
    socket.write(request);
    const auto parse = [&reply] {
        const qsizetype end = reply.received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        reply.head = reply.received.left(end);
        const QList<QByteArray> lines = reply.head.split('\n');
        const QList<QByteArray> statusLine = lines.first().split(' ');
        reply.status = statusLine.size() > 1 ? statusLine[1].toInt() : 0;
        qsizetype length = -1;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (length < 0 || reply.received.size() < end + 4 + length)
            return false;
        reply.body = reply.received.mid(end + 4, length);
        return true;
    };
    [[maybe_unused]] const bool done = QTest::qWaitFor(
        [&] {
            reply.received += socket.readAll();
            reply.closed = socket.state() == QAbstractSocket::UnconnectedState;
            reply.answered = parse();
            return reply.answered || reply.closed;
        },
        timeoutMs);
    return reply;
}

// The first active accelerator of the generated world and its first (HTTPS) listener.
struct Target
{
    QString acceleratorId;
    QString listenerId;
    QString otherHttpsListenerId; // another HTTPS listener of the same accelerator
    QStringList domains; // the listener's additional certificate domains
};

inline Target activeTarget(emu::Emulator &emulator, int skip = 0)
{
    Target target;
    for (const emu::EmuAccelerator &a : emulator.world().accelerators()) {
        if (a.state != u"active" || skip-- > 0)
            continue;
        target.acceleratorId = a.acceleratorId;
        for (const QString &id : a.listenerIds) {
            const emu::EmuListener *listener = emulator.world().listener(id);
            if (!listener->isHttps())
                continue;
            if (target.listenerId.isEmpty()) {
                target.listenerId = id;
                for (const emu::EmuCertificate &c : listener->additional)
                    target.domains.append(c.domain);
            } else if (target.otherHttpsListenerId.isEmpty()) {
                target.otherHttpsListenerId = id;
            }
        }
        break;
    }
    return target;
}

inline ApiCall apiCall(const char *action, ParamMap params = {})
{
    return ApiCall { action, withRegion(std::move(params)) };
}

inline ApiCall dissociate(const Target &target, const QStringList &domains,
                          const QByteArray &clientToken = {})
{
    ParamMap params { { "AcceleratorId", target.acceleratorId.toUtf8() },
                      { "ListenerId", target.listenerId.toUtf8() } };
    for (qsizetype i = 0; i < domains.size(); ++i)
        params["Domains." + QByteArray::number(i + 1)] = domains[i].toUtf8();
    if (!clientToken.isEmpty())
        params["ClientToken"] = clientToken;
    return apiCall("DissociateAdditionalCertificatesFromListener", params);
}

inline qint64 statNumber(const QJsonObject &stats, const char *name)
{
    return qint64(stats.value(QLatin1String(name)).toDouble(-1));
}

} // namespace ga::test
