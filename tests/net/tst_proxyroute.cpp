// Requests that really go through a proxy (issue 8: "a test sends through a local proxy").
// ForwardProxy counts what it forwards; every test also checks the opposite case, so a count
// of zero or more than zero is the proof, not an assumption.
//
// Qt never proxies loopback hosts through the application-wide or system proxy
// (QGlobalNetworkProxy::proxyForQuery returns NoProxy for localhost and 127/8), but it does
// use a proxy set on the QNetworkAccessManager itself, which is what a manual proxy becomes.
// So the console's manual proxy is tested against the emulator on 127.0.0.1, and gactl's
// HTTPS_PROXY against an HTTPS emulator under a name that resolves nowhere: only the proxy's
// CONNECT tunnel can reach it.
#include "api/gaclient.h"
#include "auth/keychainsecretstore.h"
#include "emulatorfixture.h"
#include "forwardproxy.h"
#include "net/proxysettings.h"
#include "net/proxysettingsstore.h"
#include "tlsfixture.h"

#include <QNetworkProxy>
#include <QProcess>
#include <QSettings>
#include <QSslSocket>
#include <QTemporaryDir>

using namespace ga;
using namespace ga::test;

namespace {

const QString tlsHost = QStringLiteral("ga.proxy-test.invalid");

template<typename T> Result<T> await(Job<T> *job)
{
    std::optional<Result<T>> result;
    job->onFinished(job, [&result](const Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30'000))
        qFatal("job did not finish");
    return *result;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProxySettings manualProxy(const ForwardProxy &proxy)
{
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Manual;
    settings.type = ProxySettings::Type::Http;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = proxy.serverPort();
    return settings;
}

} // namespace

class TestProxyRoute : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void manualProxyCarriesTheClient();
    void noProxyGoesDirect();
    void qtSkipsTheApplicationProxyForLoopback();
    void proxyPasswordComesFromTheKeychain();
    void gactlUsesHttpsProxyVariable();
    void gactlNoProxyVariableGoesDirect();
    void gactlProxyFlagBeatsTheEnvironment();
    void gactlLoopbackEndpointIgnoresHttpsProxy();

private:
    GaClient::Config clientConfig() const;
    void startTlsEmulator();
    QProcessEnvironment gactlEnvironment() const;
    Run gactl(const QStringList &args, const QProcessEnvironment &env);

    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_caFile;
};

void TestProxyRoute::init()
{
    m_emulator = startEmulator(smallWorld());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProxyRoute::cleanup()
{
    m_emulator.reset();
    m_dir.reset();
}

GaClient::Config TestProxyRoute::clientConfig() const
{
    GaClient::Config config;
    config.endpoint = m_emulator->baseUrl();
    config.credentials = demoCredentials();
    return config;
}

void TestProxyRoute::startTlsEmulator()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    const QString problem
        = makeCertificate(m_dir->path(), { QStringLiteral("-newkey"), QStringLiteral("rsa:2048") },
                          QStringLiteral("DNS:") + tlsHost);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    emu::EmulatorOptions options = smallWorld();
    options.tlsCertificatePath = m_dir->filePath(QStringLiteral("cert.pem"));
    options.tlsKeyPath = m_dir->filePath(QStringLiteral("key.pem"));
    m_caFile = options.tlsCertificatePath;
    m_emulator = startEmulator(options);
}

QProcessEnvironment TestProxyRoute::gactlEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
               QString::fromLatin1(emu::demoAccessKeyId));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
               QString::fromLatin1(emu::demoAccessKeySecret));
    for (const char *name : { "ALIBABA_CLOUD_SECURITY_TOKEN", "ALIBABA_CLOUD_ENDPOINT_GA",
                              "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY",
                              "all_proxy", "NO_PROXY", "no_proxy" })
        env.remove(QString::fromLatin1(name));
    return env;
}

Run TestProxyRoute::gactl(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(GACTL_PATH), args);
    // The emulator and the proxy live in this process: keep the event loop turning.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60'000)) {
        process.kill();
        process.waitForFinished(5'000);
    }
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

void TestProxyRoute::manualProxyCarriesTheClient()
{
    ForwardProxy proxy;
    QVERIFY(proxy.start());
    GaClient::Config config = clientConfig();
    manualProxy(proxy).applyTo(&config.transport);
    GaClient client(config);
    QVERIFY2(client.configurationError().isEmpty(), qPrintable(client.configurationError()));

    const auto result = await(client.listAccelerators());
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QVERIFY(!result.value().isEmpty());
    QVERIFY(proxy.forwarded() > 0);
    QCOMPARE(proxy.tunnels(), 0);
    for (const QString &target : proxy.targets())
        QVERIFY2(target.startsWith(m_emulator->baseUrl().toString()), qPrintable(target));
}

void TestProxyRoute::noProxyGoesDirect()
{
    ForwardProxy proxy;
    QVERIFY(proxy.start());
    GaClient::Config config = clientConfig();
    ProxySettings none = manualProxy(proxy);
    none.mode = ProxySettings::Mode::None;
    none.applyTo(&config.transport);
    GaClient client(config);
    const auto result = await(client.listAccelerators());
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(proxy.total(), 0);
}

void TestProxyRoute::qtSkipsTheApplicationProxyForLoopback()
{
    // Why a manual proxy is set on the manager and not application-wide: Qt would send
    // loopback traffic around it. If this ever changes, the comment at the top is wrong.
    ForwardProxy proxy;
    QVERIFY(proxy.start());
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.serverPort()));
    QNetworkAccessManager network;
    const RawReply reply
        = sendSigned(network, m_emulator->baseUrl(), { "ListAccelerators", withRegion({}) });
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QCOMPARE(reply.status, 200);
    QCOMPARE(proxy.total(), 0);
}

void TestProxyRoute::proxyPasswordComesFromTheKeychain()
{
    ForwardProxy proxy;
    QVERIFY(proxy.start());
    const QString password = QStringLiteral("canary-proxy-password-7d1e");
    proxy.requireCredentials(QStringLiteral("alice"), password);

    KeychainSecretStore secrets(QStringLiteral("ga-console-test-proxyroute"));
    secrets.setTimeout(10'000);
    QSettings settings(m_dir->filePath(QStringLiteral("ga-console.conf")), QSettings::IniFormat);
    ProxySettingsStore store(&secrets, &settings);
    ProxySettings chosen = manualProxy(proxy);
    chosen.user = QStringLiteral("alice");
    chosen.password = password;
    std::optional<QString> saved;
    QCOMPARE(store.save(chosen, ProxySettingsStore::Password::Replace, this,
                        [&saved](const QString &problem) { saved = problem; }),
             QString());
    QVERIFY(QTest::qWaitFor([&saved] { return saved.has_value(); }, 15'000));
    QVERIFY2(saved->isEmpty(),
             qPrintable(*saved + u" (run under scripts/test.sh for a Secret Service)"));

    std::optional<ProxySettings> loaded;
    store.loadWithPassword(this, [&loaded](const ProxySettings &s, const QString &problem) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        loaded = s;
    });
    QVERIFY(QTest::qWaitFor([&loaded] { return loaded.has_value(); }, 15'000));
    QCOMPARE(loaded->password, password);

    GaClient::Config config = clientConfig();
    loaded->applyTo(&config.transport);
    GaClient client(config);
    const auto result = await(client.listAccelerators());
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QVERIFY(proxy.forwarded() > 0);

    // A wrong password gets no further than the proxy.
    const int forwarded = proxy.forwarded();
    GaClient::Config wrong = clientConfig();
    loaded->password = QStringLiteral("wrong");
    loaded->applyTo(&wrong.transport);
    GaClient refused(wrong);
    QVERIFY(!await(refused.listAccelerators()).ok());
    QCOMPARE(proxy.forwarded(), forwarded);
    QVERIFY(proxy.challenges() > 0);

    std::optional<QString> removed;
    chosen.mode = ProxySettings::Mode::None;
    store.save(chosen, ProxySettingsStore::Password::Replace, this,
               [&removed](const QString &problem) { removed = problem; });
    QVERIFY(QTest::qWaitFor([&removed] { return removed.has_value(); }, 15'000));
    QCOMPARE(*removed, QString());
}

void TestProxyRoute::gactlUsesHttpsProxyVariable()
{
    startTlsEmulator();
    ForwardProxy proxy(m_emulator->baseUrl().port());
    QVERIFY(proxy.start());
    QProcessEnvironment env = gactlEnvironment();
    // No scheme: http:// is assumed, as curl does.
    env.insert(QStringLiteral("HTTPS_PROXY"),
               QStringLiteral("127.0.0.1:%1").arg(proxy.serverPort()));
    env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("localhost,.internal.example"));
    const QString endpoint
        = QStringLiteral("https://%1:%2").arg(tlsHost).arg(m_emulator->baseUrl().port());
    const Run run = gactl({ QStringLiteral("--endpoint"), endpoint, QStringLiteral("--ca-file"),
                            m_caFile, QStringLiteral("--output"), QStringLiteral("json"),
                            QStringLiteral("accelerators") },
                          env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("AcceleratorId"));
    QVERIFY(proxy.tunnels() > 0);
    QCOMPARE(proxy.targets().first(),
             QStringLiteral("%1:%2").arg(tlsHost).arg(m_emulator->baseUrl().port()));

    // A variable that names no usable proxy stops gactl before it sends, and says which.
    env.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("ftp://proxy.example:21"));
    const Run bad
        = gactl({ QStringLiteral("--endpoint"), endpoint, QStringLiteral("accelerators") }, env);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("HTTPS_PROXY"), bad.err.constData());
}

void TestProxyRoute::gactlNoProxyVariableGoesDirect()
{
    startTlsEmulator();
    ForwardProxy proxy(m_emulator->baseUrl().port());
    QVERIFY(proxy.start());
    QProcessEnvironment env = gactlEnvironment();
    env.insert(QStringLiteral("https_proxy"), proxy.url().toString());
    env.insert(QStringLiteral("no_proxy"), QStringLiteral("example.com, .proxy-test.invalid"));
    const QString endpoint
        = QStringLiteral("https://%1:%2").arg(tlsHost).arg(m_emulator->baseUrl().port());
    const Run run = gactl({ QStringLiteral("--endpoint"), endpoint, QStringLiteral("--ca-file"),
                            m_caFile, QStringLiteral("accelerators") },
                          env);
    // Direct, the name resolves nowhere: a network error, and the proxy saw nothing.
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(proxy.total(), 0);
}

void TestProxyRoute::gactlProxyFlagBeatsTheEnvironment()
{
    ForwardProxy proxy;
    QVERIFY(proxy.start());
    QProcessEnvironment env = gactlEnvironment();
    env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("*"));
    const Run run = gactl({ QStringLiteral("--endpoint"), m_emulator->baseUrl().toString(),
                            QStringLiteral("--proxy"), proxy.url().toString(),
                            QStringLiteral("accelerators") },
                          env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(proxy.forwarded() > 0);

    const Run bad = gactl({ QStringLiteral("--endpoint"), m_emulator->baseUrl().toString(),
                            QStringLiteral("--proxy"), QStringLiteral("ftp://proxy.example:21"),
                            QStringLiteral("accelerators") },
                          env);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--proxy"), bad.err.constData());
}

void TestProxyRoute::gactlLoopbackEndpointIgnoresHttpsProxy()
{
    ForwardProxy proxy;
    QVERIFY(proxy.start());
    QProcessEnvironment env = gactlEnvironment();
    env.insert(QStringLiteral("HTTPS_PROXY"), proxy.url().toString());
    env.insert(QStringLiteral("HTTP_PROXY"), proxy.url().toString());
    const Run run = gactl({ QStringLiteral("--endpoint"), m_emulator->baseUrl().toString(),
                            QStringLiteral("accelerators") },
                          env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(proxy.total(), 0);

    env.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("ftp://not-a-proxy"));
    const Run unused = gactl({ QStringLiteral("--endpoint"), m_emulator->baseUrl().toString(),
                               QStringLiteral("accelerators") },
                             env);
    QVERIFY2(unused.exitCode == 0, unused.err.constData()); // never read for loopback
}

QTEST_MAIN(TestProxyRoute)
#include "tst_proxyroute.moc"
