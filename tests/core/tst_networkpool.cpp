// NetworkPool: one client's requests over more connections than Qt 6.4's six per host and
// QNetworkAccessManager, over real loopback against the in-process emulator, which counts the
// connections and the answers it holds back at once (docs/architecture.md, Scheduling and retry).
#include "api/gaclient.h"
#include "api/networkpool.h"
#include "api/requestscheduler.h"
#include "emulatorfixture.h"
#include "tlsfixture.h"
#include "world.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ga;

namespace {

TransportOptions noProxy()
{
    TransportOptions transport;
    transport.proxyMode = TransportOptions::ProxyMode::None;
    return transport;
}

// A POST the emulator answers (with a signature error) after its latency: enough to hold a
// connection for a known time without a client around it.
QNetworkRequest unsignedPost(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    return request;
}

struct Outcomes
{
    int done = 0;
    int failed = 0;
    QString firstError;
};

// `count` DescribeListener calls at once; the scheduler decides how many fly.
void describeMany(GaClient &client, const QString &listenerId, int count, Outcomes *outcomes,
                  QObject *context)
{
    for (int i = 0; i < count; ++i) {
        client.describeListener(listenerId)
            ->onFinished(context, [outcomes](const Result<Listener> &r) {
                ++outcomes->done;
                if (!r.ok()) {
                    ++outcomes->failed;
                    if (outcomes->firstError.isEmpty())
                        outcomes->firstError = r.error().toString();
                }
            });
    }
}

} // namespace

class TestNetworkPool : public QObject
{
    Q_OBJECT

private slots:
    void sizedFromTheCap_data();
    void sizedFromTheCap();
    void fillsOneManagerToSixThenTheNext();
    void windowAboveSixUsesMoreConnections();
    void oneManagerHoldsSixWhateverTheWindow();
    void moreConnectionsOverTls();
    void everyManagerHasTheProxy();
    void badProxyIsRefused();
    void cancelAndDeleteWithRequestsOnSeveralManagers();

private:
    GaClient::Config config(const emu::Emulator &emulator, int maxInFlight) const;
};

GaClient::Config TestNetworkPool::config(const emu::Emulator &emulator, int maxInFlight) const
{
    GaClient::Config config = test::clientConfig(emulator);
    config.maxInFlight = maxInFlight;
    return config;
}

void TestNetworkPool::sizedFromTheCap_data()
{
    QTest::addColumn<int>("maxInFlight");
    QTest::addColumn<int>("maxConnections");
    QTest::addColumn<int>("managers");
    QTest::newRow("one at a time") << 1 << 0 << 1;
    QTest::newRow("the old window of 4") << 4 << 0 << 1;
    QTest::newRow("six") << 6 << 0 << 1;
    QTest::newRow("seven") << 7 << 0 << 2;
    QTest::newRow("16") << 16 << 0 << 3;
    QTest::newRow("the default cap") << RequestScheduler::defaultMaxInFlight << 0 << 6;
    QTest::newRow("64") << 64 << 0 << 11;
    QTest::newRow("GA_MAX_CONNECTIONS=6") << 32 << 6 << 1;
    QTest::newRow("GA_MAX_CONNECTIONS=10") << 32 << 10 << 2;
    QTest::newRow("more connections than the cap") << 8 << 64 << 2;
}

void TestNetworkPool::sizedFromTheCap()
{
    QFETCH(int, maxInFlight);
    QFETCH(int, maxConnections);
    QFETCH(int, managers);
    NetworkPool pool(maxInFlight);
    TransportOptions transport = noProxy();
    transport.maxConnections = maxConnections;
    QCOMPARE(pool.configure(transport), QString());
    QCOMPARE(pool.maxManagers(), managers);
    // Made when first needed: a client that never has more than six in flight has one.
    QCOMPARE(pool.managerCount(), 1);
}

void TestNetworkPool::fillsOneManagerToSixThenTheNext()
{
    emu::EmulatorOptions options = test::smallWorld();
    options.latencyMs = 1'000;
    const auto emulator = test::startEmulator(options);
    const QUrl url = emulator->baseUrl();
    NetworkPool pool(16);
    QCOMPARE(pool.configure(noProxy()), QString());

    QList<QNetworkReply *> replies;
    for (int i = 0; i < 6; ++i)
        replies.append(pool.post(unsignedPost(url), QByteArray()));
    QCOMPARE(pool.managerCount(), 1);
    QCOMPARE(pool.inFlight(url, 0), 6);
    replies.append(pool.post(unsignedPost(url), QByteArray()));
    QCOMPARE(pool.managerCount(), 2);
    QCOMPARE(pool.inFlight(url, 1), 1);
    for (int i = 0; i < 9; ++i)
        replies.append(pool.post(unsignedPost(url), QByteArray()));
    QCOMPARE(pool.managerCount(), 3);
    QCOMPARE(pool.inFlight(url), 16);
    QCOMPARE(pool.inFlight(url, 2), 4);
    // Past the cap (the scheduler would not do this): no fourth manager, the least busy one.
    replies.append(pool.post(unsignedPost(url), QByteArray()));
    QCOMPARE(pool.managerCount(), 3);
    QCOMPARE(pool.inFlight(url, 2), 5);

    // All seventeen reach the emulator together, each on a connection of its own.
    QTRY_COMPARE_WITH_TIMEOUT(emulator->concurrency().pending, 17, 900);
    QCOMPARE(emulator->concurrency().connections, 17);
    QTRY_COMPARE_WITH_TIMEOUT(pool.inFlight(url), 0, 10'000);
    for (QNetworkReply *reply : std::as_const(replies)) {
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(!reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
    }
    QVERIFY(!pool.isMultiplexed(url));
    // Finished requests free their places: the next goes to the first manager again.
    replies.append(pool.post(unsignedPost(url), QByteArray()));
    QCOMPARE(pool.inFlight(url, 0), 1);
    QTRY_COMPARE_WITH_TIMEOUT(pool.inFlight(url), 0, 10'000);
}

void TestNetworkPool::windowAboveSixUsesMoreConnections()
{
    emu::EmulatorOptions options = test::smallWorld();
    options.latencyMs = 20;
    const auto emulator = test::startEmulator(options);
    GaClient client(config(*emulator, 16));
    const QString listenerId = emulator->world().accelerators().first().listenerIds.first();
    Outcomes outcomes;
    // The window grows from 4 to 16 in about 120 successes; 300 leave it at 16 for a while.
    describeMany(client, listenerId, 300, &outcomes, this);
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.done, 300, 60'000);
    QVERIFY2(outcomes.failed == 0, qPrintable(outcomes.firstError));
    QCOMPARE(client.scheduler()->window(), 16.0);
    QCOMPARE(client.network()->managerCount(), 3);
    const emu::Emulator::Concurrency seen = emulator->concurrency();
    QVERIFY2(seen.peakPending > NetworkPool::connectionsPerManager,
             qPrintable(QString::number(seen.peakPending)));
    QVERIFY2(seen.peakPending <= 16, qPrintable(QString::number(seen.peakPending)));
    QVERIFY2(seen.peakConnections > NetworkPool::connectionsPerManager,
             qPrintable(QString::number(seen.peakConnections)));
}

void TestNetworkPool::oneManagerHoldsSixWhateverTheWindow()
{
    // Why the pool exists: with one manager (GA_MAX_CONNECTIONS=6) the window grows past six
    // but Qt sends no more than six at once; the rest wait inside the manager.
    emu::EmulatorOptions options = test::smallWorld();
    options.latencyMs = 20;
    const auto emulator = test::startEmulator(options);
    GaClient::Config oneManager = config(*emulator, 16);
    oneManager.transport.maxConnections = NetworkPool::connectionsPerManager;
    GaClient client(oneManager);
    const QString listenerId = emulator->world().accelerators().first().listenerIds.first();
    Outcomes outcomes;
    describeMany(client, listenerId, 300, &outcomes, this);
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.done, 300, 60'000);
    QVERIFY2(outcomes.failed == 0, qPrintable(outcomes.firstError));
    QVERIFY2(client.scheduler()->window() > NetworkPool::connectionsPerManager,
             qPrintable(QString::number(client.scheduler()->window())));
    QCOMPARE(client.network()->managerCount(), 1);
    QCOMPARE(emulator->concurrency().peakPending, NetworkPool::connectionsPerManager);
    QCOMPARE(emulator->concurrency().peakConnections, NetworkPool::connectionsPerManager);
}

void TestNetworkPool::moreConnectionsOverTls()
{
    // The same over https with the emulator's certificate as an extra CA: each manager's
    // connections carry the client's TLS configuration (set per request).
    QTemporaryDir dir;
    const QString problem = test::makeCertificate(dir.path());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    emu::EmulatorOptions options = test::smallWorld();
    options.latencyMs = 20;
    options.tlsCertificatePath = dir.filePath(QStringLiteral("cert.pem"));
    options.tlsKeyPath = dir.filePath(QStringLiteral("key.pem"));
    const auto emulator = test::startEmulator(options);
    QCOMPARE(emulator->baseUrl().scheme(), QStringLiteral("https"));
    GaClient::Config trusting = config(*emulator, 16);
    trusting.transport.caFile = options.tlsCertificatePath;
    GaClient client(trusting);
    const QString listenerId = emulator->world().accelerators().first().listenerIds.first();
    Outcomes outcomes;
    describeMany(client, listenerId, 300, &outcomes, this);
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.done, 300, 60'000);
    QVERIFY2(outcomes.failed == 0, qPrintable(outcomes.firstError));
    QVERIFY(client.network()->managerCount() > 1);
    QVERIFY2(emulator->concurrency().peakConnections > NetworkPool::connectionsPerManager,
             qPrintable(QString::number(emulator->concurrency().peakConnections)));
    // The emulator offers no HTTP/2, so ALPN settled on HTTP/1.1.
    QVERIFY(!client.network()->isMultiplexed(emulator->baseUrl()));
}

void TestNetworkPool::everyManagerHasTheProxy()
{
    NetworkPool pool(18);
    TransportOptions transport;
    transport.proxyMode = TransportOptions::ProxyMode::Explicit;
    transport.proxyUrl = QUrl(QStringLiteral("http://user:secret@127.0.0.1:9"));
    QCOMPARE(pool.configure(transport), QString());
    const QUrl url(QStringLiteral("http://127.0.0.1:1/"));
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 13; ++i)
        replies.append(pool.post(unsignedPost(url), QByteArray()));
    QCOMPARE(pool.managerCount(), 3);
    for (int i = 0; i < pool.managerCount(); ++i) {
        const QNetworkProxy proxy = pool.manager(i)->proxy();
        QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxy.hostName(), QStringLiteral("127.0.0.1"));
        QCOMPARE(proxy.port(), quint16(9));
        QCOMPARE(proxy.user(), QStringLiteral("user"));
        QCOMPARE(proxy.password(), QStringLiteral("secret"));
    }
    // Nothing listens there: every reply fails, and each frees its place.
    QTRY_COMPARE_WITH_TIMEOUT(pool.inFlight(url), 0, 10'000);
}

void TestNetworkPool::badProxyIsRefused()
{
    NetworkPool pool(8);
    TransportOptions transport;
    transport.proxyMode = TransportOptions::ProxyMode::Explicit;
    transport.proxyUrl = QUrl(QStringLiteral("ftp://proxy.example:21"));
    QVERIFY(pool.configure(transport).contains(QStringLiteral("Unsupported proxy")));
}

void TestNetworkPool::cancelAndDeleteWithRequestsOnSeveralManagers()
{
    emu::EmulatorOptions options = test::smallWorld();
    options.latencyMs = 10;
    const auto emulator = test::startEmulator(options);
    auto client = std::make_unique<GaClient>(config(*emulator, 16));
    const QString listenerId = emulator->world().accelerators().first().listenerIds.first();
    // Grow the window past six first.
    Outcomes warm;
    describeMany(*client, listenerId, 200, &warm, this);
    QTRY_COMPARE_WITH_TIMEOUT(warm.done, 200, 60'000);
    QCOMPARE(warm.failed, 0);
    QCOMPARE(client->scheduler()->window(), 16.0);

    emulator->setLatencyMs(2'000);
    QList<Job<Listener> *> jobs;
    int cancelled = 0;
    int finished = 0;
    for (int i = 0; i < 24; ++i) {
        Job<Listener> *job = client->describeListener(listenerId);
        job->onFinished(this, [&](const Result<Listener> &r) {
            ++finished;
            if (!r.ok() && r.error().kind == ApiError::Kind::Cancelled)
                ++cancelled;
        });
        jobs.append(job);
    }
    QTRY_COMPARE_WITH_TIMEOUT(emulator->concurrency().pending, 16, 1'500);
    const QUrl url = emulator->baseUrl();
    QCOMPARE(client->network()->inFlight(url), 16);
    QVERIFY(client->network()->managerCount() >= 3);

    // Cancelling the first eight (sent, spread over the managers) frees their places at once:
    // the next eight queued ones take them.
    for (int i = 0; i < 8; ++i)
        jobs[i]->cancel();
    QCOMPARE(cancelled, 8);
    QCOMPARE(finished, 8);
    QCOMPARE(client->network()->inFlight(url), 16);
    QCOMPARE(client->scheduler()->inFlight(), 16);
    QCOMPARE(client->scheduler()->queued(), 0);

    // Deleting the client with sixteen in flight ends them without an answer or a crash, and
    // the emulator sees the connections close.
    client.reset();
    QCOMPARE(finished, 8);
    QTRY_COMPARE_WITH_TIMEOUT(emulator->concurrency().connections, 0, 10'000);

    // A new client works as before.
    emulator->setLatencyMs(10);
    GaClient again(config(*emulator, 16));
    Outcomes after;
    describeMany(again, listenerId, 20, &after, this);
    QTRY_COMPARE_WITH_TIMEOUT(after.done, 20, 30'000);
    QCOMPARE(after.failed, 0);
}

QTEST_GUILESS_MAIN(TestNetworkPool)
#include "tst_networkpool.moc"
