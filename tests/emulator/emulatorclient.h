#pragma once

// A test client for the emulator: signs with the project's own code in every wire shape a
// real SDK uses (docs/signing.md §3.3, §4.3), sends over real loopback HTTP and waits for the
// answer. Tests may wait in a nested event loop; product code never does.

#include "api/canonicalquery.h"
#include "api/credentials.h"
#include "api/requestsigner.h"
#include "api/v1signer.h"
#include "api/v3signer.h"
#include "emulator.h"
#include "emulatorfixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

namespace ga::test {

// Where the parameters travel.
enum class Shape {
    SdkPost, // POST /?<everything>, empty body: what RequestSigner and the generated SDKs send
    Get, // GET /?<everything>: certd, pop-core's default
    FormPost, // POST / with a form body: terraform, pop-core POST
};

inline const char *shapeName(Shape shape)
{
    switch (shape) {
    case Shape::SdkPost:
        return "sdk-post";
    case Shape::Get:
        return "get";
    case Shape::FormPost:
        return "form-post";
    }
    return "?";
}

inline const char *versionName(SignatureVersion version)
{
    return version == SignatureVersion::V1 ? "v1" : "v3";
}

class EmulatorClient
{
public:
    explicit EmulatorClient(QUrl endpoint, Credentials credentials = demoCredentials())
        : m_endpoint(std::move(endpoint))
        , m_credentials(std::move(credentials))
    { }

    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    // The client's clock, as far from the server's as a test wants it.
    void setClockOffsetSeconds(qint64 seconds) { m_offsetSeconds = seconds; }
    void setSslConfiguration(const QSslConfiguration &ssl) { m_ssl = ssl; }
    // RegionId is required on every GA action; a test turns it off to see the refusal.
    void setSendRegionId(bool send) { m_sendRegionId = send; }
    // The API version the calls name: GA's by default; Certificate Management's
    // (casApiVersion) reaches the CAS actions on the same URL.
    void setApiVersion(const QByteArray &version) { m_apiVersion = version; }
    QNetworkAccessManager &network() { return m_network; }

    // Sends the call and returns at once; finish() waits for it.
    QNetworkReply *start(const QByteArray &action, const ParamMap &params,
                         SignatureVersion version = SignatureVersion::V3,
                         Shape shape = Shape::SdkPost, QByteArray nonce = {})
    {
        if (nonce.isEmpty())
            nonce = RequestSigner::newNonce();
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds);
        const ApiCall call { action, m_sendRegionId ? withRegion(params) : params, m_apiVersion };
        if (shape == Shape::SdkPost) {
            const SignedRequest signedRequest
                = RequestSigner::sign(m_endpoint, call, m_credentials, version, now, nonce);
            QNetworkRequest request = prepare(signedRequest.url(m_endpoint));
            for (const auto &[name, value] : signedRequest.headers)
                request.setRawHeader(name, value);
            return m_network.post(request, signedRequest.body);
        }
        return version == SignatureVersion::V1 ? startV1(call, shape, now, nonce)
                                               : startV3(call, shape, now, nonce);
    }

    static RawReply finish(QNetworkReply *reply, int timeoutMs = 10'000)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(timeoutMs))
                qWarning("no answer within %d ms", timeoutMs);
        }
        RawReply raw;
        raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        raw.bytes = reply->readAll();
        raw.body = QJsonDocument::fromJson(raw.bytes).object();
        raw.error = reply->error();
        reply->deleteLater();
        return raw;
    }

    RawReply call(const QByteArray &action, const ParamMap &params = {},
                  SignatureVersion version = SignatureVersion::V3, Shape shape = Shape::SdkPost)
    {
        return finish(start(action, params, version, shape));
    }

    // Polls DescribeListener, as a client would, until the listener reads `state`.
    bool waitForListenerState(const QString &listenerId, const QString &state,
                              int timeoutMs = 5'000)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            const RawReply reply
                = call("DescribeListener", { { "ListenerId", listenerId.toUtf8() } });
            if (reply.body.value(QStringLiteral("State")).toString() == state)
                return true;
            QTest::qWait(5);
        }
        return false;
    }

    // GET /__emulator/stats, unsigned.
    QJsonObject stats()
    {
        QUrl url = m_endpoint;
        url.setPath(QStringLiteral("/__emulator/stats"));
        return finish(m_network.get(prepare(url))).body;
    }

private:
    QNetworkRequest prepare(const QUrl &url) const
    {
        QNetworkRequest request(url);
        if (!m_ssl.isNull())
            request.setSslConfiguration(m_ssl);
        return request;
    }

    QUrl urlWithQuery(const QByteArray &encodedQuery) const
    {
        const QUrl base = m_endpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
        QByteArray text = base.toEncoded() + '/';
        if (!encodedQuery.isEmpty())
            text += '?' + encodedQuery;
        return QUrl::fromEncoded(text, QUrl::StrictMode);
    }

    QNetworkReply *startV1(const ApiCall &call, Shape shape, const QDateTime &now,
                           const QByteArray &nonce)
    {
        ParamMap params = v1::commonParameters(m_credentials, call.action, call.apiVersion,
                                               RequestSigner::timestamp(now), nonce);
        for (const auto &[name, value] : call.params)
            params[name] = value;
        const QByteArray method = shape == Shape::Get ? "GET" : "POST";
        const QByteArray signature
            = v1::signature(v1::stringToSign(method, params), m_credentials.accessKeySecret());
        const QByteArray pairs
            = canonicalQueryString(params) + "&Signature=" + signature.toPercentEncoding();
        if (shape == Shape::Get)
            return m_network.get(prepare(urlWithQuery(pairs)));
        QNetworkRequest request = prepare(urlWithQuery({}));
        request.setRawHeader("content-type", "application/x-www-form-urlencoded");
        return m_network.post(request, pairs);
    }

    QNetworkReply *startV3(const ApiCall &call, Shape shape, const QDateTime &now,
                           const QByteArray &nonce)
    {
        const bool get = shape == Shape::Get;
        const QByteArray method = get ? "GET" : "POST";
        const QByteArray body = get ? QByteArray() : canonicalQueryString(call.params);
        const ParamMap query = get ? call.params : ParamMap();
        v3::HeaderMap headers {
            { "host", RequestSigner::hostHeader(m_endpoint) },
            { "x-acs-action", call.action },
            { "x-acs-version", call.apiVersion },
            { "x-acs-date", RequestSigner::timestamp(now) },
            { "x-acs-signature-nonce", nonce },
            { "x-acs-content-sha256", v3::hashPayload(body) },
        };
        if (!get)
            headers["content-type"] = "application/x-www-form-urlencoded";
        const v3::Canonical canonical = v3::canonicalize(method, query, headers, body);
        const QByteArray signature
            = v3::signature(canonical.stringToSign, m_credentials.accessKeySecret());
        QNetworkRequest request = prepare(urlWithQuery(canonical.canonicalQuery));
        for (const auto &[name, value] : headers) {
            if (name != "host")
                request.setRawHeader(name, value);
        }
        request.setRawHeader("accept", "application/json");
        request.setRawHeader("authorization",
                             v3::authorization(m_credentials.accessKeyId().toUtf8(),
                                               canonical.signedHeaders, signature));
        return get ? m_network.get(request) : m_network.post(request, body);
    }

    QUrl m_endpoint;
    Credentials m_credentials;
    qint64 m_offsetSeconds = 0;
    bool m_sendRegionId = true;
    QByteArray m_apiVersion = gaApiVersion;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_network;
};

// Shortcuts for reading answers.
inline QJsonArray array(const RawReply &reply, const char *name)
{
    return reply.body.value(QLatin1String(name)).toArray();
}

inline QString field(const QJsonValue &value, const char *name)
{
    return value.toObject().value(QLatin1String(name)).toString();
}

} // namespace ga::test
