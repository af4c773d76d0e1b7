// GaClient over real loopback HTTP against the in-process emulator.
#include "api/gaclient.h"
#include "api/requestscheduler.h"
#include "emulatorfixture.h"
#include "gaactions.h"
#include "tlsfixture.h"
#include "world.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace ga;

namespace {

RetryPolicy fastRetries()
{
    RetryPolicy::Settings settings;
    settings.transientBaseMs = 5;
    settings.transientCapMs = 50;
    settings.throttleBaseMs = 20;
    settings.throttleCapMs = 200;
    settings.throttleMaxAttempts = 30;
    settings.busyIntervalMs = 30;
    settings.busyMaxMs = 3'000;
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

// A server that answers every connection with fixed bytes, for the cases the emulator
// never produces (redirects, garbage).
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray response)
        : m_response(std::move(response))
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

private:
    QByteArray m_response;
};

} // namespace

class TestGaClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyReadCallBothSignatures_data();
    void everyReadCallBothSignatures();
    void pagingPastFifty();
    void certificatePagingFollowsNextToken();
    void dissociateAppliesOnce();
    void clientTokenWithSpacesAndSigns_data();
    void clientTokenWithSpacesAndSigns();
    void serviceErrorCarriesCodeAndRequestId();
    void wrongSecretIsRefused();
    void networkErrorWhenNothingListens();
    void timeoutWhenTheServerIsSlow();
    void redirectIsRefused();
    void malformedJsonIsAnError();
    void retriesThroughFaults();
    void throttlingIsRetriedAndShrinksTheWindow();
    void noDuplicateMutationWhenTheConnectionDrops();
    void busyInstanceIsRetriedUntilFree();
    void badInputSendsNothing();
    void plainHttpToARemoteHostIsRefused();
    void tlsNeedsATrustedCertificate();

private:
    GaClient::Config config(const QUrl &endpoint, SignatureVersion version = SignatureVersion::V3);
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<RetryBudget> m_budget;
};

void TestGaClient::init()
{
    m_emulator = test::startEmulator(test::smallWorld());
    m_budget = std::make_unique<RetryBudget>();
}

GaClient::Config TestGaClient::config(const QUrl &endpoint, SignatureVersion version)
{
    GaClient::Config config;
    config.endpoint = endpoint;
    config.credentials = test::demoCredentials();
    config.signatureVersion = version;
    config.retryPolicy = fastRetries();
    config.retryBudget = m_budget.get();
    config.transport.proxyMode = TransportOptions::ProxyMode::None;
    return config;
}

void TestGaClient::everyReadCallBothSignatures_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("v3") << SignatureVersion::V3;
    QTest::newRow("v1") << SignatureVersion::V1;
}

void TestGaClient::everyReadCallBothSignatures()
{
    QFETCH(SignatureVersion, version);
    GaClient client(config(m_emulator->baseUrl(), version));
    QVERIFY2(client.configurationError().isEmpty(), qPrintable(client.configurationError()));

    const Result<QList<Accelerator>> accelerators = await(client.listAccelerators());
    QVERIFY2(accelerators.ok(), qPrintable(accelerators.error().toString()));
    QCOMPARE(accelerators.value().size(), 6);
    const Accelerator first = accelerators.value().first();
    QVERIFY(first.createTime.isValid());
    QVERIFY(first.bandwidth > 0);

    const Result<Accelerator> described = await(client.describeAccelerator(first.acceleratorId));
    QVERIFY(described.ok());
    QCOMPARE(described.value().name, first.name);

    const Result<QList<Listener>> listeners = await(client.listListeners(first.acceleratorId));
    QVERIFY(listeners.ok());
    QCOMPARE(listeners.value().size(), 4);
    const Listener https = listeners.value().first();
    QVERIFY(https.isHttps());
    QVERIFY(!https.portRanges.isEmpty());

    const Result<Listener> listener = await(client.describeListener(https.listenerId));
    QVERIFY(listener.ok());
    // CreateTime is a number in ListListeners and a string here: both read as the same time.
    QCOMPARE(listener.value().createTime, https.createTime);

    const Result<QList<ListenerCertificate>> all = await(client.listListenerCertificates(
        first.acceleratorId, https.listenerId, CertificateRole::All));
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 13);
    const Result<QList<ListenerCertificate>> additional = await(client.listListenerCertificates(
        first.acceleratorId, https.listenerId, CertificateRole::Additional));
    QCOMPARE(additional.value().size(), 12);
    const Result<QList<ListenerCertificate>> defaults = await(client.listListenerCertificates(
        first.acceleratorId, https.listenerId, CertificateRole::Default));
    QCOMPARE(defaults.value().size(), 1);
    QVERIFY(defaults.value().first().isDefault);
    QVERIFY(defaults.value().first().domain.isEmpty());
}

void TestGaClient::pagingPastFifty()
{
    emu::EmulatorOptions options = test::smallWorld();
    options.accelerators = 120;
    options.listeners = 1;
    m_emulator = test::startEmulator(options);
    GaClient client(config(m_emulator->baseUrl()));
    const Result<QList<Accelerator>> result = await(client.listAccelerators());
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), 120);
    QSet<QString> ids;
    for (const Accelerator &a : result.value())
        ids.insert(a.acceleratorId);
    QCOMPARE(ids.size(), 120);
    // In the emulator's order: page 1 first, then the others joined in page order.
    QCOMPARE(result.value().first().acceleratorId,
             m_emulator->world().accelerators().first().acceleratorId);
    QCOMPARE(result.value().last().acceleratorId,
             m_emulator->world().accelerators().last().acceleratorId);
    QCOMPARE(m_emulator->stats().requestsByAction.value(QStringLiteral("ListAccelerators")), 3);

    const Result<QList<Accelerator>> active
        = await(client.listAccelerators(QStringLiteral("finacialLocked")));
    QVERIFY(active.ok());
    QCOMPARE(active.value().size(), 12);
}

void TestGaClient::certificatePagingFollowsNextToken()
{
    emu::EmulatorOptions options = test::smallWorld();
    options.accelerators = 1;
    options.listeners = 1;
    options.certificates = 120;
    m_emulator = test::startEmulator(options);
    GaClient client(config(m_emulator->baseUrl()));
    const emu::EmuAccelerator &accelerator = m_emulator->world().accelerators().first();
    // The generator stops at GA's limit (30 domains); three pages need more, added here.
    emu::EmuListener *listener = m_emulator->world().listener(accelerator.listenerIds.first());
    for (qsizetype i = listener->additional.size(); i < 120; ++i)
        listener->additional.append({ QStringLiteral("%1-cn-hangzhou").arg(800'000 + i),
                                      QStringLiteral("p%1.paging.example.com").arg(i) });
    const Result<QList<ListenerCertificate>> result = await(client.listListenerCertificates(
        accelerator.acceleratorId, accelerator.listenerIds.first(), CertificateRole::Additional));
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), 120);
    QCOMPARE(m_emulator->stats().requestsByAction.value(QStringLiteral("ListListenerCertificates")),
             3);
}

void TestGaClient::dissociateAppliesOnce()
{
    GaClient client(config(m_emulator->baseUrl()));
    const emu::EmuAccelerator &accelerator = m_emulator->world().accelerators().first();
    const emu::EmuListener *listener
        = m_emulator->world().listener(accelerator.listenerIds.first());
    const QStringList domains { listener->additional[0].domain, listener->additional[3].domain };
    const Result<MutationAccepted> accepted = await(client.dissociateAdditionalCertificates(
        accelerator.acceleratorId, listener->listenerId, domains, QStringLiteral("token-1")));
    QVERIFY2(accepted.ok(), qPrintable(accepted.error().toString()));
    QVERIFY(!accepted.value().requestId.isEmpty());
    QTRY_COMPARE(m_emulator->stats().mutationsApplied, 1);
    QCOMPARE(m_emulator->world().listener(listener->listenerId)->additional.size(), 10);
}

void TestGaClient::clientTokenWithSpacesAndSigns_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("v1") << SignatureVersion::V1;
    QTest::newRow("v3") << SignatureVersion::V3;
}

// docs/ga-api.md §2.10: any printable ASCII token, the space and the signs the encoder escapes
// included, is signed so that GA (here the emulator) accepts it and recognises it on a repeat.
void TestGaClient::clientTokenWithSpacesAndSigns()
{
    QFETCH(SignatureVersion, version);
    GaClient client(config(m_emulator->baseUrl(), version));
    const emu::EmuAccelerator &accelerator = m_emulator->world().accelerators().first();
    const emu::EmuListener *listener
        = m_emulator->world().listener(accelerator.listenerIds.first());
    const QStringList domains { listener->additional[1].domain };
    const QString token = QStringLiteral("a b+c*d~e%f/g");
    const Result<MutationAccepted> first = await(client.dissociateAdditionalCertificates(
        accelerator.acceleratorId, listener->listenerId, domains, token));
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    QTRY_COMPARE(m_emulator->stats().mutationsApplied, 1);
    QCOMPARE(m_emulator->stats().appliedClientTokens, QSet<QString> { token });

    const Result<MutationAccepted> again = await(client.dissociateAdditionalCertificates(
        accelerator.acceleratorId, listener->listenerId, domains, token));
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(again.value().requestId, first.value().requestId);
    QCOMPARE(m_emulator->stats().idempotentReplays, 1);
    QCOMPARE(m_emulator->stats().mutationsApplied, 1);
    QCOMPARE(m_emulator->stats().signatureFailures, 0);
}

void TestGaClient::serviceErrorCarriesCodeAndRequestId()
{
    GaClient client(config(m_emulator->baseUrl()));
    const Result<Listener> result
        = await(client.describeListener(QStringLiteral("lsr-doesnotexist")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Service);
    QCOMPARE(result.error().code, QStringLiteral("NotExist.Listener"));
    QCOMPARE(result.error().httpStatus, 400);
    QVERIFY(!result.error().requestId.isEmpty());
    QCOMPARE(result.error().endpoint, m_emulator->baseUrl().toDisplayString());
}

void TestGaClient::wrongSecretIsRefused()
{
    GaClient::Config wrong = config(m_emulator->baseUrl());
    wrong.credentials = Credentials(test::demoCredentials().accessKeyId(),
                                    test::demoCredentials().accessKeySecret() + QLatin1Char('x'));
    GaClient client(wrong);
    const Result<QList<Accelerator>> result = await(client.listAccelerators());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(m_emulator->stats().signatureFailures, 1); // not retried
}

void TestGaClient::networkErrorWhenNothingListens()
{
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    const QUrl endpoint(QStringLiteral("http://127.0.0.1:%1").arg(reserve.serverPort()));
    reserve.close(); // the port is now closed: connections are refused
    GaClient client(config(endpoint));
    const Result<QList<Accelerator>> result = await(client.listAccelerators());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Network);
    QVERIFY(m_budget->available() < RetryBudget::initialTokens); // it was retried
}

void TestGaClient::timeoutWhenTheServerIsSlow()
{
    m_emulator->setLatencyMs(2'000);
    GaClient::Config slow = config(m_emulator->baseUrl());
    slow.transport.transferTimeoutMs = 200;
    slow.retryPolicy = RetryPolicy(RetryPolicy::Settings { .transientMaxAttempts = 1 });
    GaClient client(slow);
    const Result<Listener> result = await(client.describeListener(QStringLiteral("lsr-x")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
}

void TestGaClient::redirectIsRefused()
{
    CannedServer server(
        "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2/\r\nContent-Length: 0\r\n\r\n");
    GaClient client(config(server.url()));
    const Result<QList<Accelerator>> result = await(client.listAccelerators());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Http);
    QCOMPARE(result.error().httpStatus, 302);
    QVERIFY(result.error().message.contains(QStringLiteral("redirect")));
}

void TestGaClient::malformedJsonIsAnError()
{
    CannedServer server(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{\"Acceler");
    GaClient client(config(server.url()));
    const Result<QList<Accelerator>> result = await(client.listAccelerators());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::InvalidResponse);

    CannedServer wrongType("HTTP/1.1 200 OK\r\nContent-Length: "
                           "40\r\n\r\n{\"Accelerators\":\"none\",\"TotalCount\":1}  ");
    GaClient other(config(wrongType.url()));
    const Result<QList<Accelerator>> typed = await(other.listAccelerators());
    QVERIFY(!typed.ok());
    QCOMPARE(typed.error().kind, ApiError::Kind::InvalidResponse);
}

void TestGaClient::retriesThroughFaults()
{
    m_emulator->setFaultRate(0.3);
    GaClient client(config(m_emulator->baseUrl()));
    int succeeded = 0;
    for (int i = 0; i < 10; ++i) {
        if (await(client.listAccelerators()).ok())
            ++succeeded;
    }
    QVERIFY(m_emulator->stats().faults > 0);
    // Three attempts per call at a 30% fault rate: a call fails only 2.7% of the time.
    QVERIFY2(succeeded >= 8, qPrintable(QString::number(succeeded)));
}

void TestGaClient::throttlingIsRetriedAndShrinksTheWindow()
{
    emu::EmulatorOptions options = test::smallWorld();
    options.qps = 20;
    m_emulator = test::startEmulator(options);
    GaClient client(config(m_emulator->baseUrl()));
    QList<Job<Listener> *> jobs;
    const QString listenerId = m_emulator->world().accelerators().first().listenerIds.first();
    int done = 0;
    int failed = 0;
    for (int i = 0; i < 40; ++i) {
        client.describeListener(listenerId)->onFinished(this, [&](const Result<Listener> &r) {
            ++done;
            failed += r.ok() ? 0 : 1;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 40, 30'000);
    QCOMPARE(failed, 0);
    QVERIFY(m_emulator->stats().throttled > 0);
}

void TestGaClient::noDuplicateMutationWhenTheConnectionDrops()
{
    m_emulator->setDropAfterApply(1.0);
    GaClient client(config(m_emulator->baseUrl()));
    const emu::EmuAccelerator &accelerator = m_emulator->world().accelerators().first();
    const emu::EmuListener *listener
        = m_emulator->world().listener(accelerator.listenerIds.first());
    const Result<MutationAccepted> result = await(client.dissociateAdditionalCertificates(
        accelerator.acceleratorId, listener->listenerId, { listener->additional[1].domain },
        QStringLiteral("drop-token")));
    // The first answer was lost; the retry with the same ClientToken got the first RequestId.
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(m_emulator->stats().dropped, 1);
    QVERIFY(m_emulator->stats().idempotentReplays >= 1);
    QTRY_COMPARE(m_emulator->stats().mutationsApplied, 1);
    QCOMPARE(m_emulator->stats().appliedClientTokens.size(), 1);
}

void TestGaClient::busyInstanceIsRetriedUntilFree()
{
    m_emulator->setUpdateMs(300);
    GaClient client(config(m_emulator->baseUrl()));
    const emu::EmuAccelerator &accelerator = m_emulator->world().accelerators().first();
    const emu::EmuListener *listener
        = m_emulator->world().listener(accelerator.listenerIds.first());
    const QString first = listener->additional[0].domain;
    const QString second = listener->additional[1].domain;
    QVERIFY(await(client.dissociateAdditionalCertificates(accelerator.acceleratorId,
                                                          listener->listenerId, { first },
                                                          QStringLiteral("busy-1")))
                .ok());
    // The listener is updating now: the second call waits it out instead of failing.
    const Result<MutationAccepted> later = await(client.dissociateAdditionalCertificates(
        accelerator.acceleratorId, listener->listenerId, { second }, QStringLiteral("busy-2")));
    QVERIFY2(later.ok(), qPrintable(later.error().toString()));
    QTRY_COMPARE(m_emulator->stats().mutationsApplied, 2);
}

void TestGaClient::badInputSendsNothing()
{
    GaClient client(config(m_emulator->baseUrl()));
    const QString accelerator = m_emulator->world().accelerators().first().acceleratorId;
    const QString listener = m_emulator->world().accelerators().first().listenerIds.first();
    QStringList eleven;
    for (int i = 0; i < 11; ++i)
        eleven << QStringLiteral("d%1.example.com").arg(i);
    const QList<QPair<QStringList, QString>> cases {
        { {}, QStringLiteral("No domain") },
        { eleven, QStringLiteral("at most 10") },
        { { QStringLiteral("a.example.com"), QStringLiteral("A.example.com") },
          QStringLiteral("twice") },
        { { QStringLiteral("not a domain") }, QStringLiteral("not a valid domain") },
        { { QString() }, QStringLiteral("empty") },
    };
    for (const auto &[domains, message] : cases) {
        const Result<MutationAccepted> result = await(client.dissociateAdditionalCertificates(
            accelerator, listener, domains, QStringLiteral("t")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::InvalidInput);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    }
    QVERIFY(!await(client.describeListener(QString())).ok());
    QVERIFY(!await(client.dissociateAdditionalCertificates(QString(), listener,
                                                           { QStringLiteral("a.example.com") },
                                                           QStringLiteral("t")))
                 .ok());
    QCOMPARE(m_emulator->stats().requests, 0);
}

void TestGaClient::plainHttpToARemoteHostIsRefused()
{
    GaClient client(config(QUrl(QStringLiteral("http://192.0.2.10"))));
    QVERIFY(client.configurationError().contains(QStringLiteral("https://")));
    const Result<QList<Accelerator>> result = await(client.listAccelerators());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::InvalidInput);
}

void TestGaClient::tlsNeedsATrustedCertificate()
{
    QTemporaryDir dir;
    const QString problem = test::makeCertificate(dir.path());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    emu::EmulatorOptions options = test::smallWorld();
    options.tlsCertificatePath = dir.filePath(QStringLiteral("cert.pem"));
    options.tlsKeyPath = dir.filePath(QStringLiteral("key.pem"));
    m_emulator = test::startEmulator(options);
    QCOMPARE(m_emulator->baseUrl().scheme(), QStringLiteral("https"));

    // A self-signed certificate is refused, and nothing reaches the API.
    GaClient untrusting(config(m_emulator->baseUrl()));
    const Result<QList<Accelerator>> refused = await(untrusting.listAccelerators());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ApiError::Kind::Tls);
    QCOMPARE(m_emulator->stats().requests, 0);

    // With the certificate as an extra CA (--ca-file), the same call goes through.
    GaClient::Config trusting = config(m_emulator->baseUrl());
    trusting.transport.caFile = options.tlsCertificatePath;
    GaClient client(trusting);
    const Result<QList<Accelerator>> accepted = await(client.listAccelerators());
    QVERIFY2(accepted.ok(), qPrintable(accepted.error().toString()));
    QCOMPARE(accepted.value().size(), 6);
}

QTEST_GUILESS_MAIN(TestGaClient)
#include "tst_gaclient.moc"
