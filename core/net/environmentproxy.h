#pragma once

#include "api/transportoptions.h"

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace ga {

// gactl's proxy for one endpoint (issue 8), decided in this order:
//   1. --proxy URL: that proxy for every request, loopback included; --proxy none (or
//      direct): no proxy at all.
//   2. A loopback endpoint (the emulator) goes direct.
//   3. An endpoint host listed in no_proxy / NO_PROXY goes direct.
//   4. https:// endpoints use https_proxy, else HTTPS_PROXY; http:// ones (loopback only, so
//      in practice never) http_proxy, else HTTP_PROXY. A value without a scheme is http://.
//   5. Otherwise direct: gactl reads the environment itself and nothing else (no desktop
//      settings, no PAC), as curl and the aliyun CLI do.
// The lower-case variable wins over the upper-case one when both are set, as with curl.
struct ProxyDecision
{
    TransportOptions::ProxyMode mode = TransportOptions::ProxyMode::None;
    QUrl url; // for Explicit
    QString source; // "--proxy", "https_proxy", "NO_PROXY", "loopback", ... for messages

    void applyTo(TransportOptions *transport) const
    {
        transport->proxyMode = mode;
        transport->proxyUrl = url;
    }
};

ProxyDecision decideProxy(const QUrl &endpoint, const QString &commandLineProxy,
                          const QProcessEnvironment &environment);

// True when `host` (and `port`, -1 for any) is excluded by a NO_PROXY list: entries separated
// by commas (or spaces), case-insensitive; "*" matches every host; "example.com" matches it
// and its subdomains; ".example.com" and "*.example.com" match its subdomains only; an IP
// address matches itself, an address/prefix (10.0.0.0/8) every address in it; an entry with
// ":port" matches only that port. Loopback hosts are handled by decideProxy(), not here.
bool noProxyMatches(const QString &noProxy, const QString &host, int port = -1);

} // namespace ga
