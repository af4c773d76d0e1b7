#include "proxysettings.h"

#include <QCoreApplication>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::net)
};

} // namespace

QString ProxySettings::validate() const
{
    if (mode != Mode::Manual)
        return {};
    const QString trimmed = host.trimmed();
    if (trimmed.isEmpty())
        return Text::tr("Give the proxy host, for example proxy.example.com.");
    if (trimmed.contains(QStringLiteral("://"))) {
        return Text::tr("Give the proxy host alone, without a scheme such as http:// "
                        "(\"%1\"); choose HTTP or SOCKS5 as the type.")
            .arg(trimmed);
    }
    QUrl probe;
    probe.setHost(trimmed, QUrl::StrictMode);
    if (trimmed.contains(u' ') || trimmed.contains(u'/') || trimmed.contains(u'@')
        || !probe.isValid() || probe.host().isEmpty()) {
        return Text::tr("\"%1\" is not a valid proxy host: give a name such as "
                        "proxy.example.com or an address such as 10.0.0.1.")
            .arg(trimmed);
    }
    if (port < 1 || port > 65535)
        return Text::tr("The proxy port must be between 1 and 65535, not %1.").arg(port);
    if (user.contains(u':'))
        return Text::tr("The proxy user name may not contain ':'.");
    if (user.isEmpty() && !password.isEmpty())
        return Text::tr("A proxy password needs a user name.");
    return {};
}

QUrl ProxySettings::url() const
{
    if (mode != Mode::Manual)
        return {};
    QUrl url;
    url.setScheme(type == Type::Socks5 ? QStringLiteral("socks5") : QStringLiteral("http"));
    url.setHost(host.trimmed());
    url.setPort(port);
    if (!user.isEmpty()) {
        url.setUserName(user, QUrl::DecodedMode);
        if (!password.isEmpty())
            url.setPassword(password, QUrl::DecodedMode);
    }
    return url;
}

void ProxySettings::applyTo(TransportOptions *transport) const
{
    switch (mode) {
    case Mode::None:
        transport->proxyMode = TransportOptions::ProxyMode::None;
        transport->proxyUrl = QUrl();
        return;
    case Mode::System:
        transport->proxyMode = TransportOptions::ProxyMode::System;
        transport->proxyUrl = QUrl();
        return;
    case Mode::Manual:
        transport->proxyMode = TransportOptions::ProxyMode::Explicit;
        transport->proxyUrl = url();
        return;
    }
}

QString proxyModeName(ProxySettings::Mode mode)
{
    switch (mode) {
    case ProxySettings::Mode::None:
        return QStringLiteral("none");
    case ProxySettings::Mode::System:
        return QStringLiteral("system");
    case ProxySettings::Mode::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("system");
}

std::optional<ProxySettings::Mode> proxyModeFromName(const QString &name)
{
    for (ProxySettings::Mode mode :
         { ProxySettings::Mode::None, ProxySettings::Mode::System, ProxySettings::Mode::Manual }) {
        if (name.compare(proxyModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QString proxyTypeName(ProxySettings::Type type)
{
    return type == ProxySettings::Type::Socks5 ? QStringLiteral("socks5") : QStringLiteral("http");
}

std::optional<ProxySettings::Type> proxyTypeFromName(const QString &name)
{
    if (name.compare(u"http", Qt::CaseInsensitive) == 0)
        return ProxySettings::Type::Http;
    if (name.compare(u"socks5", Qt::CaseInsensitive) == 0)
        return ProxySettings::Type::Socks5;
    return std::nullopt;
}

} // namespace ga
