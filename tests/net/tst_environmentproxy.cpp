// gactl's proxy from the command line and the environment: NO_PROXY matching and the order
// of --proxy, loopback, NO_PROXY and HTTPS_PROXY (net/environmentproxy.h).
#include "net/environmentproxy.h"

#include <QTest>

using namespace ga;

class TestEnvironmentProxy : public QObject
{
    Q_OBJECT

private slots:
    void noProxyMatching_data();
    void noProxyMatching();
    void decision_data();
    void decision();
};

void TestEnvironmentProxy::noProxyMatching_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("matches");

    const QString ga = QStringLiteral("ga.cn-hangzhou.aliyuncs.com");
    QTest::newRow("empty") << "" << ga << 443 << false;
    QTest::newRow("star") << "*" << ga << 443 << true;
    QTest::newRow("star in a list") << "example.com, *" << ga << 443 << true;
    QTest::newRow("exact") << "ga.cn-hangzhou.aliyuncs.com" << ga << 443 << true;
    QTest::newRow("exact other case") << "GA.CN-Hangzhou.aliyuncs.com" << ga << 443 << true;
    QTest::newRow("host upper case") << "aliyuncs.com" << ga.toUpper() << 443 << true;
    QTest::newRow("domain covers subdomains") << "aliyuncs.com" << ga << 443 << true;
    QTest::newRow("domain covers itself") << "aliyuncs.com"
                                          << "aliyuncs.com" << 443 << true;
    QTest::newRow("dot suffix") << ".aliyuncs.com" << ga << 443 << true;
    QTest::newRow("dot suffix not itself") << ".aliyuncs.com"
                                           << "aliyuncs.com" << 443 << false;
    QTest::newRow("star dot suffix") << "*.aliyuncs.com" << ga << 443 << true;
    QTest::newRow("star dot not itself") << "*.aliyuncs.com"
                                         << "aliyuncs.com" << 443 << false;
    QTest::newRow("label boundary") << "yuncs.com" << ga << 443 << false;
    QTest::newRow("dot label boundary") << ".yuncs.com" << ga << 443 << false;
    QTest::newRow("other domain") << "example.com" << ga << 443 << false;
    QTest::newRow("trailing dot entry") << "aliyuncs.com." << ga << 443 << true;
    QTest::newRow("trailing dot host") << "aliyuncs.com" << ga + u'.' << 443 << true;
    QTest::newRow("spaces and commas") << " example.com ,  aliyuncs.com " << ga << 443 << true;
    QTest::newRow("space separated") << "example.com aliyuncs.com" << ga << 443 << true;
    QTest::newRow("empty entries") << ",,example.com,," << ga << 443 << false;
    QTest::newRow("port matches") << "aliyuncs.com:443" << ga << 443 << true;
    QTest::newRow("port differs") << "aliyuncs.com:8443" << ga << 443 << false;
    QTest::newRow("ip exact") << "10.1.2.3"
                              << "10.1.2.3" << 443 << true;
    QTest::newRow("ip other") << "10.1.2.3"
                              << "10.1.2.4" << 443 << false;
    QTest::newRow("ip no suffix match") << "2.3"
                                        << "10.1.2.3" << 443 << false;
    QTest::newRow("cidr") << "10.0.0.0/8"
                          << "10.1.2.3" << 443 << true;
    QTest::newRow("cidr outside") << "10.0.0.0/8"
                                  << "11.1.2.3" << 443 << false;
    QTest::newRow("ipv6 bracket entry") << "[2001:db8::1]"
                                        << "2001:db8::1" << 443 << true;
    QTest::newRow("ipv6 bracket host") << "2001:db8::1"
                                       << "[2001:db8::1]" << 443 << true;
    QTest::newRow("ipv6 cidr") << "2001:db8::/32"
                               << "2001:db8::1" << 443 << true;
    QTest::newRow("name entry, ip host") << "example.com"
                                         << "10.1.2.3" << 443 << false;
}

void TestEnvironmentProxy::noProxyMatching()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, matches);
    QCOMPARE(noProxyMatches(noProxy, host, port), matches);
}

void TestEnvironmentProxy::decision_data()
{
    using Mode = TransportOptions::ProxyMode;
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QStringList>("environment"); // NAME=value
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("source");

    const QString ga = QStringLiteral("https://ga.cn-hangzhou.aliyuncs.com");
    const QString emulator = QStringLiteral("http://127.0.0.1:41234");
    QTest::newRow("nothing: direct") << ga << "" << QStringList {} << Mode::None << ""
                                     << "";
    QTest::newRow("HTTPS_PROXY") << ga << "" << QStringList { "HTTPS_PROXY=http://proxy.corp:3128" }
                                 << Mode::Explicit << "http://proxy.corp:3128"
                                 << "HTTPS_PROXY";
    QTest::newRow("https_proxy") << ga << ""
                                 << QStringList { "https_proxy=socks5://proxy.corp:1080" }
                                 << Mode::Explicit << "socks5://proxy.corp:1080"
                                 << "https_proxy";
    QTest::newRow("lower case wins")
        << ga << "" << QStringList { "HTTPS_PROXY=http://upper:1", "https_proxy=http://lower:2" }
        << Mode::Explicit << "http://lower:2"
        << "https_proxy";
    QTest::newRow("empty lower case is unset")
        << ga << "" << QStringList { "https_proxy=", "HTTPS_PROXY=http://upper:1" }
        << Mode::Explicit << "http://upper:1"
        << "HTTPS_PROXY";
    QTest::newRow("no scheme means http")
        << ga << "" << QStringList { "HTTPS_PROXY=proxy.corp:3128" } << Mode::Explicit
        << "http://proxy.corp:3128"
        << "HTTPS_PROXY";
    QTest::newRow("http_proxy is not for https")
        << ga << "" << QStringList { "http_proxy=http://proxy.corp:3128" } << Mode::None << ""
        << "";
    QTest::newRow("NO_PROXY beats HTTPS_PROXY")
        << ga << ""
        << QStringList { "HTTPS_PROXY=http://proxy.corp:3128", "NO_PROXY=.aliyuncs.com" }
        << Mode::None << ""
        << "NO_PROXY";
    QTest::newRow("no_proxy beats NO_PROXY") << ga << ""
                                             << QStringList { "HTTPS_PROXY=http://proxy.corp:3128",
                                                              "no_proxy=example.com", "NO_PROXY=*" }
                                             << Mode::Explicit << "http://proxy.corp:3128"
                                             << "HTTPS_PROXY";
    QTest::newRow("NO_PROXY other host")
        << ga << "" << QStringList { "HTTPS_PROXY=http://proxy.corp:3128", "NO_PROXY=example.com" }
        << Mode::Explicit << "http://proxy.corp:3128"
        << "HTTPS_PROXY";
    QTest::newRow("NO_PROXY with the default port")
        << ga << ""
        << QStringList { "HTTPS_PROXY=http://proxy.corp:3128",
                         "NO_PROXY=ga.cn-hangzhou.aliyuncs.com:443" }
        << Mode::None << ""
        << "NO_PROXY";
    QTest::newRow("loopback ignores HTTPS_PROXY")
        << emulator << "" << QStringList { "HTTPS_PROXY=http://proxy.corp:3128" } << Mode::None
        << ""
        << "loopback";
    QTest::newRow("loopback ignores HTTP_PROXY")
        << emulator << "" << QStringList { "http_proxy=http://proxy.corp:3128" } << Mode::None << ""
        << "loopback";
    QTest::newRow("localhost ignores HTTP_PROXY")
        << "http://localhost:8080"
        << "" << QStringList { "HTTP_PROXY=http://proxy.corp:3128" } << Mode::None << ""
        << "loopback";
    QTest::newRow("ipv6 loopback")
        << "http://[::1]:8080"
        << "" << QStringList { "HTTP_PROXY=http://proxy.corp:3128" } << Mode::None << ""
        << "loopback";
    QTest::newRow("flag beats everything")
        << ga << "http://flag.corp:8080"
        << QStringList { "HTTPS_PROXY=http://proxy.corp:3128", "NO_PROXY=*" } << Mode::Explicit
        << "http://flag.corp:8080"
        << "--proxy";
    QTest::newRow("flag beats loopback") << emulator << "http://127.0.0.1:3128" << QStringList {}
                                         << Mode::Explicit << "http://127.0.0.1:3128"
                                         << "--proxy";
    QTest::newRow("flag none") << ga << "none"
                               << QStringList { "HTTPS_PROXY=http://proxy.corp:3128" } << Mode::None
                               << ""
                               << "--proxy";
    QTest::newRow("flag direct") << ga << "DIRECT"
                                 << QStringList { "HTTPS_PROXY=http://proxy.corp:3128" }
                                 << Mode::None << ""
                                 << "--proxy";
}

void TestEnvironmentProxy::decision()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, flag);
    QFETCH(QStringList, environment);
    QFETCH(TransportOptions::ProxyMode, mode);
    QFETCH(QString, url);
    QFETCH(QString, source);
    QProcessEnvironment env;
    for (const QString &pair : std::as_const(environment)) {
        const qsizetype equals = pair.indexOf(u'=');
        env.insert(pair.left(equals), pair.mid(equals + 1));
    }
    const ProxyDecision decision = decideProxy(QUrl(endpoint), flag, env);
    QCOMPARE(decision.mode, mode);
    QCOMPARE(decision.url.toString(), url);
    QCOMPARE(decision.source, source);

    TransportOptions transport;
    decision.applyTo(&transport);
    QCOMPARE(transport.proxyMode, mode);
    QCOMPARE(transport.proxyUrl, decision.url);
}

QTEST_GUILESS_MAIN(TestEnvironmentProxy)
#include "tst_environmentproxy.moc"
