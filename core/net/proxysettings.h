#pragma once

#include "api/transportoptions.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace ga {

// The console's proxy choice (issue 8): none, the system's, or a manual HTTP or SOCKS5 proxy
// with an optional user. `password` lives in memory only: ProxySettingsStore keeps it in the
// SecretStore (the OS keychain) and never writes it to the settings file.
struct ProxySettings
{
    enum class Mode { None, System, Manual };
    enum class Type { Http, Socks5 };

    static constexpr int defaultHttpPort = 3128;
    static constexpr int defaultSocks5Port = 1080;

    Mode mode = Mode::System;
    Type type = Type::Http;
    QString host;
    int port = defaultHttpPort;
    QString user;
    QString password; // memory only

    // Empty when the settings can be used, else what to fix. Only a manual proxy is checked.
    QString validate() const;
    // The manual proxy as a URL (http:// or socks5://, with user and password); empty for
    // the other modes.
    QUrl url() const;
    // Points `transport` at this proxy; TransportOptions and applyProxy() do the rest.
    void applyTo(TransportOptions *transport) const;

    bool operator==(const ProxySettings &) const = default;
};

QString proxyModeName(ProxySettings::Mode mode); // "none", "system", "manual"
std::optional<ProxySettings::Mode> proxyModeFromName(const QString &name);
QString proxyTypeName(ProxySettings::Type type); // "http", "socks5"
std::optional<ProxySettings::Type> proxyTypeFromName(const QString &name);

} // namespace ga
