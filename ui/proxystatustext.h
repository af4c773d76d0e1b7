#pragma once

#include <QString>

namespace ga {

struct ProxySettings;

// The status-bar text for the proxy in effect: "Proxy: none", "Proxy: system",
// "Proxy: HTTP proxy.example:3128", "Proxy: SOCKS5 10.0.0.1:1080". Never the password.
QString proxyStatusText(const ProxySettings &settings);

} // namespace ga
