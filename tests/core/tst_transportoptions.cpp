#include "api/transportoptions.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

namespace {

const QString testCaPath = QStringLiteral(GA_TEST_DATA "/test-ca.pem");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool containsCertificate(const QSslConfiguration &configuration, const QSslCertificate &cert)
{
    return configuration.caCertificates().contains(cert);
}

} // namespace

class TestTransportOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void endpointAccepted_data();
    void endpointAccepted();
    void endpointPlainHttpRefused_data();
    void endpointPlainHttpRefused();
    void endpointOtherSchemeRefused_data();
    void endpointOtherSchemeRefused();
    void endpointGarbageRefused_data();
    void endpointGarbageRefused();
    void loopbackHost_data();
    void loopbackHost();

    void proxyExplicit_data();
    void proxyExplicit();
    void proxyExplicitRefused_data();
    void proxyExplicitRefused();
    void proxyErrorHidesPassword();
    void proxyNone();
    void proxySystem();

    void sslWithoutCaFile();
    void sslMissingCaFile();
    void sslCommittedCa();
    void sslGeneratedCa();
    void sslNotAPem_data();
    void sslNotAPem();

    void maxConnections_data();
    void maxConnections();
};

void TestTransportOptions::defaults()
{
    // docs/reliability.md §4.6: connect 5 s, read 10 s.
    const TransportOptions options;
    QCOMPARE(options.connectTimeoutMs, 5'000);
    QCOMPARE(options.transferTimeoutMs, 10'000);
    QCOMPARE(options.proxyMode, TransportOptions::ProxyMode::System);
    QVERIFY(options.caFile.isEmpty());
    QCOMPARE(options.maxConnections, 0); // as many as the window needs
}

void TestTransportOptions::endpointAccepted_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("ga https") << QStringLiteral("https://ga.cn-hangzhou.aliyuncs.com");
    QTest::newRow("ga https slash") << QStringLiteral("https://ga.cn-hangzhou.aliyuncs.com/");
    QTest::newRow("https upper scheme") << QStringLiteral("HTTPS://ga.cn-hangzhou.aliyuncs.com");
    QTest::newRow("https port") << QStringLiteral("https://ga-vpc.cn-hangzhou.aliyuncs.com:8443");
    QTest::newRow("https ip") << QStringLiteral("https://10.0.0.1");
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("http 127.5.6.7") << QStringLiteral("http://127.5.6.7");
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/");
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:18080");
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST");
}

void TestTransportOptions::endpointAccepted()
{
    QFETCH(QString, url);
    const QString problem = checkEndpoint(QUrl(url));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestTransportOptions::endpointPlainHttpRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("private ip") << QStringLiteral("http://10.0.0.1");
    QTest::newRow("public name") << QStringLiteral("http://example.com");
    QTest::newRow("ga host") << QStringLiteral("http://ga.cn-hangzhou.aliyuncs.com");
    QTest::newRow("any address") << QStringLiteral("http://0.0.0.0:8080");
    QTest::newRow("localhost lookalike") << QStringLiteral("http://localhost.evil.example");
    QTest::newRow("loopback lookalike") << QStringLiteral("http://127.0.0.1.nip.io");
    QTest::newRow("ipv6 not loopback") << QStringLiteral("http://[2001:db8::1]");
    QTest::newRow("userinfo trick") << QStringLiteral("http://127.0.0.1@example.com");
}

void TestTransportOptions::endpointPlainHttpRefused()
{
    QFETCH(QString, url);
    const QString problem = checkEndpoint(QUrl(url));
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(u"https://"), qPrintable(problem));
    QVERIFY2(problem.contains(QUrl(url).host()), qPrintable(problem));
}

void TestTransportOptions::endpointOtherSchemeRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com");
    QTest::newRow("ftp loopback") << QStringLiteral("ftp://127.0.0.1");
    QTest::newRow("ws") << QStringLiteral("ws://127.0.0.1:8080");
    QTest::newRow("file") << QStringLiteral("file://localhost/etc/passwd");
}

void TestTransportOptions::endpointOtherSchemeRefused()
{
    QFETCH(QString, url);
    const QString problem = checkEndpoint(QUrl(url));
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(u"https://"), qPrintable(problem));
}

void TestTransportOptions::endpointGarbageRefused_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("empty") << QUrl();
    QTest::newRow("words") << QUrl(QStringLiteral("not a url"));
    QTest::newRow("host only") << QUrl(QStringLiteral("ga.cn-hangzhou.aliyuncs.com"));
    QTest::newRow("no host") << QUrl(QStringLiteral("https://"));
    QTest::newRow("path only") << QUrl(QStringLiteral("https:/path"));
    QTest::newRow("bad port") << QUrl(QStringLiteral("https://example.com:99999"));
    QTest::newRow("strict") << QUrl(QStringLiteral("https://exa mple.com"), QUrl::StrictMode);
}

void TestTransportOptions::endpointGarbageRefused()
{
    QFETCH(QUrl, url);
    const QString problem = checkEndpoint(url);
    QVERIFY2(!problem.isEmpty(), qPrintable(url.toString()));
}

void TestTransportOptions::loopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("0:0:0:0:0:0:0:1") << QStringLiteral("0:0:0:0:0:0:0:1") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("::") << QStringLiteral("::") << false;
    QTest::newRow("::2") << QStringLiteral("::2") << false;
    QTest::newRow("example.com") << QStringLiteral("example.com") << false;
    QTest::newRow("localhost.example") << QStringLiteral("localhost.example") << false;
    QTest::newRow("mylocalhost") << QStringLiteral("mylocalhost") << false;
}

void TestTransportOptions::loopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(isLoopbackHost(host), loopback);
}

void TestTransportOptions::proxyExplicit_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("type"); // QNetworkProxy::ProxyType
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("http") << QStringLiteral("http://proxy.example:3128")
                          << int(QNetworkProxy::HttpProxy) << QStringLiteral("proxy.example")
                          << 3128 << QString() << QString();
    QTest::newRow("http upper") << QStringLiteral("HTTP://Proxy.Example:8080")
                                << int(QNetworkProxy::HttpProxy) << QStringLiteral("proxy.example")
                                << 8080 << QString() << QString();
    QTest::newRow("http credentials")
        << QStringLiteral("http://alice:s3cr%40t@10.1.2.3:3128") << int(QNetworkProxy::HttpProxy)
        << QStringLiteral("10.1.2.3") << 3128 << QStringLiteral("alice")
        << QStringLiteral("s3cr@t");
    QTest::newRow("socks5") << QStringLiteral("socks5://127.0.0.1:1080")
                            << int(QNetworkProxy::Socks5Proxy) << QStringLiteral("127.0.0.1")
                            << 1080 << QString() << QString();
    QTest::newRow("socks5h") << QStringLiteral("socks5h://bastion.internal:1081")
                             << int(QNetworkProxy::Socks5Proxy)
                             << QStringLiteral("bastion.internal") << 1081 << QString()
                             << QString();
    QTest::newRow("socks5 credentials")
        << QStringLiteral("socks5://bob:pw@[::1]:9050") << int(QNetworkProxy::Socks5Proxy)
        << QStringLiteral("::1") << 9050 << QStringLiteral("bob") << QStringLiteral("pw");
}

void TestTransportOptions::proxyExplicit()
{
    QFETCH(QString, url);
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);

    QNetworkAccessManager manager;
    TransportOptions options;
    options.proxyMode = TransportOptions::ProxyMode::Explicit;
    options.proxyUrl = QUrl(url);
    const QString problem = applyProxy(manager, options);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QNetworkProxy proxy = manager.proxy();
    QCOMPARE(int(proxy.type()), type);
    QCOMPARE(proxy.hostName(), host);
    QCOMPARE(int(proxy.port()), port);
    QCOMPARE(proxy.user(), user);
    QCOMPARE(proxy.password(), password);
}

void TestTransportOptions::proxyExplicitRefused_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QUrl() << QStringLiteral("http://HOST:PORT");
    QTest::newRow("https proxy") << QUrl(QStringLiteral("https://proxy.example:3128"))
                                 << QStringLiteral("socks5://HOST:PORT");
    QTest::newRow("socks4") << QUrl(QStringLiteral("socks4://proxy.example:1080"))
                            << QStringLiteral("Unsupported proxy");
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://proxy.example:21"))
                         << QStringLiteral("Unsupported proxy");
    QTest::newRow("no scheme") << QUrl(QStringLiteral("proxy.example:3128"))
                               << QStringLiteral("Unsupported proxy");
    QTest::newRow("no port") << QUrl(QStringLiteral("http://proxy.example"))
                             << QStringLiteral("port");
    QTest::newRow("port 0") << QUrl(QStringLiteral("socks5://proxy.example:0"))
                            << QStringLiteral("port");
    QTest::newRow("no host") << QUrl(QStringLiteral("http://:3128")) << QStringLiteral("host");
}

void TestTransportOptions::proxyExplicitRefused()
{
    QFETCH(QUrl, url);
    QFETCH(QString, messagePart);
    QNetworkAccessManager manager;
    const QNetworkProxy before(QNetworkProxy::HttpProxy, QStringLiteral("keep.example"), 1);
    manager.setProxy(before);
    TransportOptions options;
    options.proxyMode = TransportOptions::ProxyMode::Explicit;
    options.proxyUrl = url;
    const QString problem = applyProxy(manager, options);
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(messagePart), qPrintable(problem));
    // A refused proxy leaves the manager as it was.
    QCOMPARE(manager.proxy(), before);
}

void TestTransportOptions::proxyErrorHidesPassword()
{
    QNetworkAccessManager manager;
    TransportOptions options;
    options.proxyMode = TransportOptions::ProxyMode::Explicit;
    options.proxyUrl = QUrl(QStringLiteral("https://alice:hunter2@proxy.example:3128"));
    const QString problem = applyProxy(manager, options);
    QVERIFY(!problem.isEmpty());
    QVERIFY2(!problem.contains(u"hunter2"), qPrintable(problem));
    QVERIFY2(problem.contains(u"proxy.example"), qPrintable(problem));

    options.proxyUrl = QUrl(QStringLiteral("http://alice:hunter2@proxy.example"));
    const QString noPort = applyProxy(manager, options);
    QVERIFY(!noPort.isEmpty());
    QVERIFY2(!noPort.contains(u"hunter2"), qPrintable(noPort));
}

void TestTransportOptions::proxyNone()
{
    QNetworkAccessManager manager;
    TransportOptions options;
    options.proxyMode = TransportOptions::ProxyMode::None;
    // The URL is ignored unless the mode is Explicit.
    options.proxyUrl = QUrl(QStringLiteral("ftp://nonsense"));
    QVERIFY(applyProxy(manager, options).isEmpty());
    QCOMPARE(manager.proxy().type(), QNetworkProxy::NoProxy);
}

void TestTransportOptions::proxySystem()
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    TransportOptions options;
    options.proxyUrl = QUrl(QStringLiteral("ftp://nonsense"));
    QVERIFY(applyProxy(manager, options).isEmpty());
    QCOMPARE(manager.proxy().type(), QNetworkProxy::DefaultProxy);
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
}

void TestTransportOptions::sslWithoutCaFile()
{
    QSslConfiguration configuration;
    const QString problem = buildSslConfiguration(TransportOptions {}, &configuration);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
    QCOMPARE(configuration.caCertificates(),
             QSslConfiguration::defaultConfiguration().caCertificates());
}

void TestTransportOptions::sslMissingCaFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TransportOptions options;
    options.caFile = dir.filePath(QStringLiteral("no-such-ca.pem"));
    QSslConfiguration configuration;
    const QString problem = buildSslConfiguration(options, &configuration);
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(options.caFile), qPrintable(problem));
    // Even on error the configuration verifies peers: it never falls open.
    QCOMPARE(configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
}

void TestTransportOptions::sslCommittedCa()
{
    const QList<QSslCertificate> expected = QSslCertificate::fromPath(testCaPath, QSsl::Pem);
    QCOMPARE(expected.size(), 1);
    QVERIFY(!expected.first().isNull());

    TransportOptions options;
    options.caFile = testCaPath;
    QSslConfiguration configuration;
    const QString problem = buildSslConfiguration(options, &configuration);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
    QVERIFY(containsCertificate(configuration, expected.first()));
    // Added to the system CAs, not instead of them.
    const QList<QSslCertificate> system
        = QSslConfiguration::defaultConfiguration().caCertificates();
    QCOMPARE(configuration.caCertificates().size(), system.size() + 1);
    for (const QSslCertificate &cert : system)
        QVERIFY(containsCertificate(configuration, cert));
}

void TestTransportOptions::sslGeneratedCa()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl command is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pem = dir.filePath(QStringLiteral("ca with spaces*.pem"));
    QProcess process;
    process.start(openssl,
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                    QStringLiteral("-out"), pem, QStringLiteral("-days"), QStringLiteral("1"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=Generated GA Test CA") });
    QVERIFY(process.waitForFinished(30'000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    // Two CAs in one file: the generated one and the committed one.
    QFile committed(testCaPath);
    QVERIFY(committed.open(QIODevice::ReadOnly));
    QFile generated(pem);
    QVERIFY(generated.open(QIODevice::Append));
    generated.write(committed.readAll());
    generated.close();

    TransportOptions options;
    options.caFile = pem;
    QSslConfiguration configuration;
    const QString problem = buildSslConfiguration(options, &configuration);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QList<QSslCertificate> inFile = QSslCertificate::fromPath(pem, QSsl::Pem);
    QCOMPARE(inFile.size(), 2);
    QCOMPARE(inFile.first().subjectInfo(QSslCertificate::CommonName),
             QStringList { QStringLiteral("Generated GA Test CA") });
    for (const QSslCertificate &cert : inFile)
        QVERIFY(containsCertificate(configuration, cert));
}

void TestTransportOptions::sslNotAPem_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("this is not a certificate\n");
    QTest::newRow("private key only") << QByteArray("-----BEGIN PRIVATE KEY-----\n"
                                                    "MC4CAQAwBQYDK2VwBCIEIA==\n"
                                                    "-----END PRIVATE KEY-----\n");
    QTest::newRow("truncated pem") << QByteArray("-----BEGIN CERTIFICATE-----\nMIIByDCCAW2g\n");
    QFile committed(testCaPath);
    if (committed.open(QIODevice::ReadOnly)) {
        const QList<QSslCertificate> certs = QSslCertificate::fromData(committed.readAll());
        if (!certs.isEmpty())
            QTest::newRow("der") << certs.first().toDer();
    }
}

void TestTransportOptions::sslNotAPem()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ca.pem"));
    QVERIFY(writeFile(path, content));
    TransportOptions options;
    options.caFile = path;
    QSslConfiguration configuration;
    const QString problem = buildSslConfiguration(options, &configuration);
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(path), qPrintable(problem));
}

void TestTransportOptions::maxConnections_data()
{
    QTest::addColumn<QString>("value"); // null: not set
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("refused");
    QTest::newRow("unset") << QString() << 0 << false;
    QTest::newRow("one manager") << QStringLiteral("6") << 6 << false;
    QTest::newRow("spaces") << QStringLiteral(" 12 ") << 12 << false;
    QTest::newRow("one") << QStringLiteral("1") << 1 << false;
    QTest::newRow("64") << QStringLiteral("64") << 64 << false;
    QTest::newRow("empty") << QStringLiteral("") << 0 << true;
    QTest::newRow("zero") << QStringLiteral("0") << 0 << true;
    QTest::newRow("65") << QStringLiteral("65") << 0 << true;
    QTest::newRow("negative") << QStringLiteral("-6") << 0 << true;
    QTest::newRow("words") << QStringLiteral("many") << 0 << true;
}

void TestTransportOptions::maxConnections()
{
    QFETCH(QString, value);
    QFETCH(int, expected);
    QFETCH(bool, refused);
    QProcessEnvironment environment;
    if (!value.isNull())
        environment.insert(QStringLiteral("GA_MAX_CONNECTIONS"), value);
    TransportOptions options;
    const QString problem = readMaxConnections(environment, &options);
    QCOMPARE(!problem.isEmpty(), refused);
    if (refused)
        QVERIFY2(problem.contains(QStringLiteral("GA_MAX_CONNECTIONS")), qPrintable(problem));
    QCOMPARE(options.maxConnections, expected);
}

QTEST_GUILESS_MAIN(TestTransportOptions)
#include "tst_transportoptions.moc"
