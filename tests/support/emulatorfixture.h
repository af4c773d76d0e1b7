#pragma once

// An in-process ga-emulator for tests, and a way to send one signed request to it and wait
// for the answer. Tests may wait with a nested event loop; product code never does.

#include "api/credentials.h"
#include "api/gaclient.h"
#include "api/requestsigner.h"
#include "emulator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace ga::test {

struct RawReply
{
    int status = 0;
    QJsonObject body;
    QByteArray bytes;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QString code() const { return body.value(QStringLiteral("Code")).toString(); }
    QString requestId() const { return body.value(QStringLiteral("RequestId")).toString(); }
};

inline emu::EmulatorOptions smallWorld(int updateMs = 50)
{
    emu::EmulatorOptions options;
    options.accelerators = 6;
    options.listeners = 4;
    options.certificates = 12;
    options.updateMs = updateMs;
    return options;
}

inline Credentials demoCredentials()
{
    return Credentials(QString::fromLatin1(emu::demoAccessKeyId),
                       QString::fromLatin1(emu::demoAccessKeySecret));
}

// A client configuration for this emulator: its URL, the demo credentials, no proxy.
inline GaClient::Config clientConfig(const emu::Emulator &emulator)
{
    GaClient::Config config;
    config.endpoint = emulator.baseUrl();
    config.credentials = demoCredentials();
    config.transport.proxyMode = TransportOptions::ProxyMode::None;
    return config;
}

// Starts an emulator on a free loopback port; fails the test when it cannot.
inline std::unique_ptr<emu::Emulator> startEmulator(const emu::EmulatorOptions &options)
{
    auto emulator = std::make_unique<emu::Emulator>(options);
    QString error;
    if (!emulator->start(&error))
        qFatal("emulator did not start: %s", qPrintable(error));
    return emulator;
}

// Sends one request signed with the project's signer and waits for its answer.
inline RawReply sendSigned(QNetworkAccessManager &network, const QUrl &endpoint,
                           const ApiCall &call, const Credentials &credentials = demoCredentials(),
                           SignatureVersion version = SignatureVersion::V3,
                           const QDateTime &now = QDateTime::currentDateTimeUtc(),
                           const QByteArray &nonce = RequestSigner::newNonce())
{
    const SignedRequest signedRequest
        = RequestSigner::sign(endpoint, call, credentials, version, now, nonce);
    QNetworkRequest request(signedRequest.url(endpoint));
    for (const auto &[name, value] : signedRequest.headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.post(request, signedRequest.body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20'000))
        qWarning("request %s timed out", call.action.constData());
    RawReply raw;
    raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.bytes = reply->readAll();
    raw.body = QJsonDocument::fromJson(raw.bytes).object();
    raw.error = reply->error();
    reply->deleteLater();
    return raw;
}

inline ParamMap withRegion(ParamMap params)
{
    params["RegionId"] = "cn-hangzhou";
    return params;
}

} // namespace ga::test
