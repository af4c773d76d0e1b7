#include "environmentproxy.h"

#include "logging.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace ga {
namespace {

QString firstSet(const QProcessEnvironment &environment, const QString &lower, QString *name)
{
    for (const QString &candidate : { lower, lower.toUpper() }) {
        const QString value = environment.value(candidate).trimmed();
        if (!value.isEmpty()) {
            *name = candidate;
            return value;
        }
    }
    return {};
}

// "[::1]:8080" -> ("::1", 8080); "example.com" -> ("example.com", -1); "::1" -> ("::1", -1).
void splitHostPort(QString entry, QString *host, int *port)
{
    *port = -1;
    if (entry.startsWith(u'[')) {
        const qsizetype close = entry.indexOf(u']');
        if (close > 0) {
            const QString rest = entry.mid(close + 1);
            if (rest.startsWith(u':'))
                *port = rest.mid(1).toInt();
            entry = entry.mid(1, close - 1);
        }
        *host = entry;
        return;
    }
    const qsizetype colon = entry.lastIndexOf(u':');
    if (colon > 0 && entry.indexOf(u':') == colon) { // one colon: host:port, not IPv6
        bool ok = false;
        const int value = entry.mid(colon + 1).toInt(&ok);
        if (ok) {
            *port = value;
            entry.truncate(colon);
        }
    }
    *host = entry;
}

bool entryMatches(const QString &rawEntry, const QString &host, int port)
{
    if (rawEntry == u"*")
        return true;
    QString entry;
    int entryPort = -1;
    splitHostPort(rawEntry, &entry, &entryPort);
    if (entryPort >= 0 && port >= 0 && entryPort != port)
        return false;
    if (entry.isEmpty())
        return false;

    const QHostAddress address(host);
    if (!address.isNull()) {
        if (entry.contains(u'/')) {
            const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entry);
            return !subnet.first.isNull() && address.isInSubnet(subnet);
        }
        const QHostAddress entryAddress(entry);
        return !entryAddress.isNull() && entryAddress.isEqual(address);
    }

    bool subdomainsOnly = false;
    if (entry.startsWith(QStringLiteral("*."))) {
        entry = entry.mid(1);
        subdomainsOnly = true;
    } else if (entry.startsWith(u'.')) {
        subdomainsOnly = true;
    }
    if (entry.endsWith(u'.'))
        entry.chop(1);
    if (subdomainsOnly)
        return host.endsWith(entry); // entry keeps its leading dot
    return host == entry || host.endsWith(u'.' + entry);
}

} // namespace

bool noProxyMatches(const QString &noProxy, const QString &host, int port)
{
    QString name = host.toLower();
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    if (name.endsWith(u'.'))
        name.chop(1);
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const QStringList entries = noProxy.toLower().split(separators, Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        if (entryMatches(entry, name, port))
            return true;
    }
    return false;
}

ProxyDecision decideProxy(const QUrl &endpoint, const QString &commandLineProxy,
                          const QProcessEnvironment &environment)
{
    ProxyDecision decision;
    const QString flag = commandLineProxy.trimmed();
    if (!flag.isEmpty()) {
        decision.source = QStringLiteral("--proxy");
        if (flag.compare(u"none", Qt::CaseInsensitive) != 0
            && flag.compare(u"direct", Qt::CaseInsensitive) != 0) {
            decision.mode = TransportOptions::ProxyMode::Explicit;
            decision.url = QUrl(flag);
        }
        return decision;
    }
    const QString host = endpoint.host();
    if (isLoopbackHost(host)) {
        decision.source = QStringLiteral("loopback");
        return decision;
    }
    QString name;
    const QString noProxy = firstSet(environment, QStringLiteral("no_proxy"), &name);
    if (!noProxy.isEmpty()
        && noProxyMatches(noProxy, host, endpoint.port(endpoint.scheme() == u"http" ? 80 : 443))) {
        decision.source = name;
        return decision;
    }
    const QString variable = endpoint.scheme().compare(u"http", Qt::CaseInsensitive) == 0
        ? QStringLiteral("http_proxy")
        : QStringLiteral("https_proxy");
    QString value = firstSet(environment, variable, &name);
    if (value.isEmpty())
        return decision;
    if (!value.contains(QStringLiteral("://")))
        value.prepend(QStringLiteral("http://"));
    decision.mode = TransportOptions::ProxyMode::Explicit;
    decision.url = QUrl(value);
    decision.source = name;
    return decision;
}

} // namespace ga
