#include "transportoptions.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::api)
};

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString checkEndpoint(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty()) {
        return Text::tr("The endpoint \"%1\" is not a valid URL; give one like "
                        "https://ga.cn-hangzhou.aliyuncs.com.")
            .arg(endpoint.toString());
    }
    const QString scheme = endpoint.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http") {
        if (isLoopbackHost(endpoint.host()))
            return {};
        return Text::tr("Refusing plain http:// to %1: credentials and signatures would "
                        "cross the network unencrypted. Use https://, or http:// only "
                        "to a loopback address such as 127.0.0.1.")
            .arg(endpoint.host());
    }
    return Text::tr("The endpoint scheme \"%1\" is not supported; use https://.").arg(scheme);
}

QString applyProxy(QNetworkAccessManager &manager, const TransportOptions &options)
{
    switch (options.proxyMode) {
    case TransportOptions::ProxyMode::System:
        // Reads HTTPS_PROXY / NO_PROXY and the desktop's settings.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        manager.setProxy(QNetworkProxy::DefaultProxy);
        return {};
    case TransportOptions::ProxyMode::None:
        manager.setProxy(QNetworkProxy::NoProxy);
        return {};
    case TransportOptions::ProxyMode::Explicit:
        break;
    }
    const QUrl &url = options.proxyUrl;
    if (const QString problem = checkProxyUrl(url); !problem.isEmpty())
        return problem;
    const QString scheme = url.scheme().toLower();
    const QNetworkProxy::ProxyType type
        = scheme == u"http" ? QNetworkProxy::HttpProxy : QNetworkProxy::Socks5Proxy;
    manager.setProxy(
        QNetworkProxy(type, url.host(), quint16(url.port()), url.userName(), url.password()));
    return {};
}

QString checkProxyUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"socks5" && scheme != u"socks5h") {
        return Text::tr("Unsupported proxy \"%1\": use http://HOST:PORT or socks5://HOST:PORT.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    }
    if (url.host().isEmpty() || url.port() <= 0)
        return Text::tr("The proxy needs a host and a port, e.g. http://proxy.example:3128.");
    return {};
}

QString readMaxConnections(const QProcessEnvironment &environment, TransportOptions *options)
{
    const QString name = QStringLiteral("GA_MAX_CONNECTIONS");
    if (!environment.contains(name))
        return {};
    const QString value = environment.value(name).trimmed();
    bool ok = false;
    const int connections = value.toInt(&ok);
    if (!ok || connections < 1 || connections > 64)
        return Text::tr("%1 takes a whole number from 1 to 64, not \"%2\".").arg(name, value);
    options->maxConnections = connections;
    return {};
}

QString buildSslConfiguration(const TransportOptions &options, QSslConfiguration *configuration)
{
    *configuration = QSslConfiguration::defaultConfiguration();
    configuration->setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (options.caFile.isEmpty())
        return {};
    const QList<QSslCertificate> extra = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
    if (extra.isEmpty()) {
        return Text::tr("No PEM certificate could be read from the CA file \"%1\".")
            .arg(options.caFile);
    }
    configuration->addCaCertificates(extra);
    return {};
}

} // namespace ga
