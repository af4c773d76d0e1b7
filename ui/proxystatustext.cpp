#include "proxystatustext.h"

#include "net/proxysettings.h"

#include <QCoreApplication>

namespace ga {

QString proxyStatusText(const ProxySettings &settings)
{
    switch (settings.mode) {
    case ProxySettings::Mode::None:
        return QCoreApplication::translate("ga::ProxyStatus", "Proxy: none");
    case ProxySettings::Mode::System:
        return QCoreApplication::translate("ga::ProxyStatus", "Proxy: system");
    case ProxySettings::Mode::Manual:
        break;
    }
    const QString type = settings.type == ProxySettings::Type::Socks5 ? QStringLiteral("SOCKS5")
                                                                      : QStringLiteral("HTTP");
    QString address = settings.host;
    if (address.contains(u':')) // an IPv6 address
        address = u'[' + address + u']';
    return QCoreApplication::translate("ga::ProxyStatus", "Proxy: %1 %2:%3")
        .arg(type, address, QString::number(settings.port));
}

} // namespace ga
