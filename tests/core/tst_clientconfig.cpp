// resolveClientConfig, the one resolution of a client configuration for gactl and the console,
// and ClientFactory, which makes every client of a process with one retry budget.
#include "api/casclient.h"
#include "api/retrypolicy.h"
#include "auth/profile.h"
#include "clientconfig.h"
#include "net/proxysettings.h"

#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace ga;

namespace {

QProcessEnvironment
environmentWith(std::initializer_list<std::pair<const char *, const char *>> vars)
{
    QProcessEnvironment environment;
    for (const auto &[name, value] : vars)
        environment.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return environment;
}

Profile profileWith(const QString &endpoint, SignatureVersion version = SignatureVersion::V3)
{
    Profile profile;
    profile.name = QStringLiteral("work");
    profile.accessKeyId = QStringLiteral("LTAI-test");
    profile.endpoint = endpoint;
    profile.signatureVersion = version;
    return profile;
}

RetryPolicy fastRetries()
{
    RetryPolicy::Settings settings;
    settings.transientBaseMs = 5;
    settings.transientCapMs = 50;
    return RetryPolicy(settings);
}

template<typename T> Result<T> await(Job<T> *job)
{
    std::optional<Result<T>> result;
    job->onFinished(job, [&result](const Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30'000))
        qFatal("job did not finish");
    return *result;
}

// A loopback address where nothing listens: every connection is refused, so each request
// fails with a network error and is retried, taking tokens from the retry budget.
QUrl closedPort()
{
    QTcpServer reserve;
    if (!reserve.listen(QHostAddress::LocalHost))
        qFatal("no free loopback port");
    const QUrl endpoint(QStringLiteral("http://127.0.0.1:%1").arg(reserve.serverPort()));
    reserve.close();
    return endpoint;
}

} // namespace

class TestClientConfig : public QObject
{
    Q_OBJECT

private slots:
    void endpointOrder_data();
    void endpointOrder();
    void schemeAddedWhenMissing();
    void signatureOrder_data();
    void signatureOrder();
    void savedProxyUsedWithoutAProxyFlag();
    void proxyFlagBeatsTheSavedProxy();
    void badExplicitProxyIsAProblem();
    void factoryClientsShareOneRetryBudget();
    void factoryRefusesPlainHttpToARemoteHost();
    void casEndpointOrder();
    void casEndpointRefusedLikeGa();
};

void TestClientConfig::endpointOrder_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("profile"); // empty: a profile without an endpoint
    QTest::addColumn<bool>("hasProfile");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("expected");

    const QString flag = QStringLiteral("https://flag.example");
    const QString profile = QStringLiteral("https://profile.example");
    const QString env = QStringLiteral("https://env.example");
    QTest::newRow("flag beats all") << flag << profile << true << env << flag;
    QTest::newRow("profile beats env") << QString() << profile << true << env << profile;
    QTest::newRow("env without a profile") << QString() << QString() << false << env << env;
    QTest::newRow("env when the profile has none") << QString() << QString() << true << env << env;
    QTest::newRow("default") << QString() << QString() << false << QString()
                             << GaClient::defaultEndpoint();
}

void TestClientConfig::endpointOrder()
{
    QFETCH(QString, flag);
    QFETCH(QString, profile);
    QFETCH(bool, hasProfile);
    QFETCH(QString, environment);
    QFETCH(QString, expected);

    const Profile saved = profileWith(profile);
    ClientConfigInputs inputs;
    inputs.endpointFlag = flag;
    inputs.profile = hasProfile ? &saved : nullptr;
    if (!environment.isEmpty())
        inputs.environment.insert(QStringLiteral("ALIBABA_CLOUD_ENDPOINT_GA"), environment);
    const ResolvedClientConfig resolved = resolveClientConfig(inputs);
    QVERIFY2(resolved.problem.isEmpty(), qPrintable(resolved.problem));
    QCOMPARE(resolved.config.endpoint, QUrl(expected));
}

void TestClientConfig::schemeAddedWhenMissing()
{
    ClientConfigInputs inputs;
    inputs.endpointFlag = QStringLiteral("ga.ap-southeast-1.aliyuncs.com");
    QCOMPARE(resolveClientConfig(inputs).config.endpoint,
             QUrl(QStringLiteral("https://ga.ap-southeast-1.aliyuncs.com")));

    ClientConfigInputs fromEnvironment;
    fromEnvironment.environment
        = environmentWith({ { "ALIBABA_CLOUD_ENDPOINT_GA", "env.example" } });
    QCOMPARE(resolveClientConfig(fromEnvironment).config.endpoint,
             QUrl(QStringLiteral("https://env.example")));

    // A scheme that is there stays, loopback http included (the emulator's).
    ClientConfigInputs loopback;
    loopback.endpointFlag = QStringLiteral("http://127.0.0.1:8080");
    QCOMPARE(resolveClientConfig(loopback).config.endpoint,
             QUrl(QStringLiteral("http://127.0.0.1:8080")));
}

void TestClientConfig::signatureOrder_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<bool>("hasProfile");
    QTest::addColumn<SignatureVersion>("profileVersion");
    QTest::addColumn<SignatureVersion>("expected");

    QTest::newRow("flag v3 beats profile v1")
        << QStringLiteral("v3") << true << SignatureVersion::V1 << SignatureVersion::V3;
    QTest::newRow("flag v1 beats profile v3")
        << QStringLiteral("v1") << true << SignatureVersion::V3 << SignatureVersion::V1;
    QTest::newRow("profile v1") << QString() << true << SignatureVersion::V1
                                << SignatureVersion::V1;
    QTest::newRow("default v3") << QString() << false << SignatureVersion::V1
                                << SignatureVersion::V3;
}

void TestClientConfig::signatureOrder()
{
    QFETCH(QString, flag);
    QFETCH(bool, hasProfile);
    QFETCH(SignatureVersion, profileVersion);
    QFETCH(SignatureVersion, expected);

    const Profile saved = profileWith({}, profileVersion);
    ClientConfigInputs inputs;
    inputs.signatureFlag = flag;
    inputs.profile = hasProfile ? &saved : nullptr;
    QCOMPARE(resolveClientConfig(inputs).config.signatureVersion, expected);
}

void TestClientConfig::savedProxyUsedWithoutAProxyFlag()
{
    ProxySettings manual;
    manual.mode = ProxySettings::Mode::Manual;
    manual.host = QStringLiteral("proxy.example");
    manual.port = 3128;
    ClientConfigInputs inputs;
    inputs.savedProxy = &manual;
    // The environment's proxy is gactl's; the console's saved page wins over it.
    inputs.environment = environmentWith({ { "https_proxy", "http://env-proxy.example:8080" } });
    const ResolvedClientConfig resolved = resolveClientConfig(inputs);
    QVERIFY2(resolved.problem.isEmpty(), qPrintable(resolved.problem));
    QCOMPARE(resolved.config.transport.proxyMode, TransportOptions::ProxyMode::Explicit);
    QCOMPARE(resolved.config.transport.proxyUrl.host(), QStringLiteral("proxy.example"));
    QCOMPARE(resolved.config.transport.proxyUrl.port(), 3128);

    ProxySettings none;
    none.mode = ProxySettings::Mode::None;
    inputs.savedProxy = &none;
    QCOMPARE(resolveClientConfig(inputs).config.transport.proxyMode,
             TransportOptions::ProxyMode::None);

    ProxySettings system; // the default page
    inputs.savedProxy = &system;
    QCOMPARE(resolveClientConfig(inputs).config.transport.proxyMode,
             TransportOptions::ProxyMode::System);
}

void TestClientConfig::proxyFlagBeatsTheSavedProxy()
{
    ProxySettings none;
    none.mode = ProxySettings::Mode::None;
    ClientConfigInputs inputs;
    inputs.savedProxy = &none;
    inputs.proxyFlag = QStringLiteral("http://flag-proxy.example:3128");
    const ResolvedClientConfig resolved = resolveClientConfig(inputs);
    QVERIFY2(resolved.problem.isEmpty(), qPrintable(resolved.problem));
    QCOMPARE(resolved.config.transport.proxyMode, TransportOptions::ProxyMode::Explicit);
    QCOMPARE(resolved.config.transport.proxyUrl.host(), QStringLiteral("flag-proxy.example"));
}

void TestClientConfig::badExplicitProxyIsAProblem()
{
    ClientConfigInputs flag;
    flag.proxyFlag = QStringLiteral("ftp://proxy.example:21");
    QVERIFY(!resolveClientConfig(flag).problem.isEmpty());

    ClientConfigInputs noPort;
    noPort.proxyFlag = QStringLiteral("http://proxy.example");
    QVERIFY(!resolveClientConfig(noPort).problem.isEmpty());

    // From the environment too, and the problem names where the proxy came from.
    ClientConfigInputs environment;
    environment.environment = environmentWith({ { "https_proxy", "ftp://proxy.example:21" } });
    const QString problem = resolveClientConfig(environment).problem;
    QVERIFY2(problem.contains(QStringLiteral("https_proxy")), qPrintable(problem));
}

void TestClientConfig::factoryClientsShareOneRetryBudget()
{
    ClientFactory factory;
    QVERIFY(factory.retryBudget());
    QCOMPARE(factory.retryBudget()->available(), RetryBudget::initialTokens);

    GaClient::Config config;
    config.endpoint = closedPort();
    config.credentials = Credentials(QStringLiteral("LTAI-test"), QStringLiteral("secret"));
    config.transport.proxyMode = TransportOptions::ProxyMode::None;
    config.retryPolicy = fastRetries();
    QString problem;
    const std::unique_ptr<GaClient> first = factory.make(config, &problem);
    const std::unique_ptr<GaClient> second = factory.make(config, &problem);
    QVERIFY2(first && second, qPrintable(problem));

    QVERIFY(!await(first->listAccelerators()).ok());
    const int afterFirst = factory.retryBudget()->available();
    QVERIFY(afterFirst < RetryBudget::initialTokens); // the first client's retries
    QVERIFY(!await(second->listAccelerators()).ok());
    QVERIFY(factory.retryBudget()->available() < afterFirst); // and the second's, same budget
}

void TestClientConfig::factoryRefusesPlainHttpToARemoteHost()
{
    ClientFactory factory;
    GaClient::Config config;
    config.endpoint = QUrl(QStringLiteral("http://192.0.2.10"));
    config.credentials = Credentials(QStringLiteral("LTAI-test"), QStringLiteral("secret"));
    QString problem;
    const std::unique_ptr<GaClient> client = factory.make(config, &problem);
    QVERIFY(!client);
    QVERIFY2(problem.contains(QStringLiteral("https://")), qPrintable(problem));
    // The same message the client itself would report.
    QCOMPARE(problem, GaClient(config).configurationError());
}

// The CAS endpoint follows GA's order: --cas-endpoint, the profile's,
// ALIBABA_CLOUD_ENDPOINT_CAS; with none, each certificate's site picks its public endpoint.
void TestClientConfig::casEndpointOrder()
{
    Profile saved = profileWith(QString());
    saved.casEndpoint = QStringLiteral("https://cas.profile.example");
    ClientConfigInputs inputs;
    inputs.environment = environmentWith({ { "ALIBABA_CLOUD_ENDPOINT_CAS", "cas.env.example" } });
    QCOMPARE(resolveClientConfig(inputs).config.casEndpoint,
             QUrl(QStringLiteral("https://cas.env.example")));
    inputs.profile = &saved;
    QCOMPARE(resolveClientConfig(inputs).config.casEndpoint,
             QUrl(QStringLiteral("https://cas.profile.example")));
    inputs.casEndpointFlag = QStringLiteral("http://127.0.0.1:9000");
    QCOMPARE(resolveClientConfig(inputs).config.casEndpoint,
             QUrl(QStringLiteral("http://127.0.0.1:9000")));
    // The GA endpoint does not carry over to CAS.
    ClientConfigInputs none;
    none.endpointFlag = QStringLiteral("http://127.0.0.1:8080");
    QVERIFY(resolveClientConfig(none).config.casEndpoint.isEmpty());
    GaClient::Config config;
    config.credentials = Credentials(QStringLiteral("LTAI-test"), QStringLiteral("secret"));
    GaClient client(config);
    auto *cas = qobject_cast<CasClient *>(client.cas());
    QVERIFY(cas);
    QCOMPARE(cas->endpointFor(CasSite::China), QUrl(QStringLiteral("https://cas.aliyuncs.com")));
    QCOMPARE(cas->endpointFor(CasSite::International),
             QUrl(QStringLiteral("https://cas.ap-southeast-1.aliyuncs.com")));
}

// Plain http to a remote CAS host is refused as it is for GA, and then nothing at all is sent.
void TestClientConfig::casEndpointRefusedLikeGa()
{
    ClientFactory factory;
    GaClient::Config config;
    config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:1"));
    config.casEndpoint = QUrl(QStringLiteral("http://192.0.2.10"));
    config.credentials = Credentials(QStringLiteral("LTAI-test"), QStringLiteral("secret"));
    QString problem;
    QVERIFY(!factory.make(config, &problem));
    QVERIFY2(problem.contains(QStringLiteral("192.0.2.10")), qPrintable(problem));
    GaClient client(config);
    const Result<CasCertificate> detail
        = await(client.cas()->getCertificateDetail(QStringLiteral("1-cn-hangzhou")));
    QCOMPARE(detail.error().kind, ApiError::Kind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestClientConfig)
#include "tst_clientconfig.moc"
