#pragma once

#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QProcessEnvironment;
class QSslConfiguration;

namespace ga {

// How requests travel: timeouts, trust and proxy (docs/architecture.md, Security).
struct TransportOptions
{
    enum class ProxyMode { System, None, Explicit };

    int connectTimeoutMs = 5'000; // until the request is written to a connected socket
    int transferTimeoutMs = 10'000; // without a byte moving once it is
    QString caFile; // PEM file of extra trusted CAs, added to the system ones
    ProxyMode proxyMode = ProxyMode::System;
    QUrl proxyUrl; // http://host:port or socks5://host:port, with optional user:password
    // The most connections to one host (NetworkPool, in steps of six); 0: as many as the
    // scheduler's cap needs. GA_MAX_CONNECTIONS sets it (readMaxConnections).
    int maxConnections = 0;
};

// Refuses what must never be sent: anything but https, except plain http to a loopback
// host (the emulator). Returns an empty string when the endpoint is acceptable.
QString checkEndpoint(const QUrl &endpoint);
bool isLoopbackHost(const QString &host);

// Applies the proxy choice to a manager; returns an error message for a bad proxy URL.
// An Explicit proxy is used for every request, loopback hosts included (Qt skips loopback
// only for the application-wide and system proxies). ProxySettings (core/net) and
// decideProxy() (gactl's environment) both end here.
QString applyProxy(QNetworkAccessManager &manager, const TransportOptions &options);
// Empty when `url` names a usable proxy (http:// or socks5://, a host and a port), else why
// not, without the password.
QString checkProxyUrl(const QUrl &url);

// GA_MAX_CONNECTIONS, when set, into options->maxConnections: for a proxy or firewall that
// allows a client fewer connections, and to compare with Qt's six of one manager. Returns an
// error message for anything but a whole number from 1 to 64.
QString readMaxConnections(const QProcessEnvironment &environment, TransportOptions *options);

// The system CAs plus the ones in caFile; returns an error message when the file gives none.
QString buildSslConfiguration(const TransportOptions &options, QSslConfiguration *configuration);

} // namespace ga
