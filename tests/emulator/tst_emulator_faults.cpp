// What the emulator does to its clients on purpose: a token bucket per AccessKey
// (Throttling.User), latency that never blocks the event loop, 503 ServiceUnavailable at a
// given rate, mutations applied and then left unanswered; and what it tells observers: the
// stats endpoint and the event log.

#include "emulatorclient.h"
#include "tokenbucket.h"
#include "world.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ga;
using namespace ga::test;

namespace {

struct Target
{
    QByteArray acceleratorId;
    QByteArray listenerId;
    QString domain;
};

Target target(emu::World &world)
{
    const emu::EmuAccelerator &a = world.accelerators().first();
    const emu::EmuListener *l = world.listener(a.listenerIds.first());
    Q_ASSERT(a.state == u"active" && l->isHttps());
    return { a.acceleratorId.toUtf8(), l->listenerId.toUtf8(), l->additional.first().domain };
}

ParamMap dissociate(const Target &t, const QByteArray &token)
{
    return { { "AcceleratorId", t.acceleratorId },
             { "ListenerId", t.listenerId },
             { "Domains.1", t.domain.toUtf8() },
             { "ClientToken", token } };
}

int statsValue(EmulatorClient &client, const char *name)
{
    return client.stats().value(QLatin1String(name)).toInt();
}

} // namespace

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private slots:
    void tokenBucketPerKey();
    void throttling();
    void latencyDoesNotBlock();
    void faultRateAll();
    void faultRateShare();
    void dropAfterApply();
    void dropOnlyHitsMutations();
    void statsEndpoint();
    void eventLog();
};

// The bucket itself, on an injected clock: one second's worth of burst, refilled at the rate,
// one bucket per AccessKey.
void TestEmulatorFaults::tokenBucketPerKey()
{
    emu::TokenBucket bucket(2);
    const QString a = QStringLiteral("LTAI-a");
    const QString b = QStringLiteral("LTAI-b");
    QVERIFY(bucket.tryTake(a, 0));
    QVERIFY(bucket.tryTake(a, 0));
    QVERIFY(!bucket.tryTake(a, 0));
    QVERIFY(bucket.tryTake(b, 0)); // another key has its own bucket
    QVERIFY(!bucket.tryTake(a, 400)); // 0.8 of a token
    QVERIFY(bucket.tryTake(a, 500));
    QVERIFY(!bucket.tryTake(a, 500));
    QVERIFY(bucket.tryTake(a, 10'000));
    QVERIFY(bucket.tryTake(a, 10'000));
    QVERIFY(!bucket.tryTake(a, 10'000)); // the burst never grows past one second's worth

    emu::TokenBucket unlimited(0);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(unlimited.tryTake(a, 0));
}

void TestEmulatorFaults::throttling()
{
    emu::EmulatorOptions options = smallWorld();
    options.qps = 5;
    const auto emulator = startEmulator(options);
    EmulatorClient client(emulator->baseUrl());

    int passed = 0;
    int throttled = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 15; ++i) {
        const RawReply reply = client.call("ListAccelerators");
        if (reply.status == 200) {
            ++passed;
            continue;
        }
        ++throttled;
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("Throttling.User"));
        QCOMPARE(reply.body.value(QStringLiteral("Message")).toString(),
                 QStringLiteral("Request was denied due to user flow control."));
    }
    // A burst of 5, then 5 per second: 15 calls in well under a second cannot all pass.
    const double seconds = double(clock.elapsed()) / 1000.0;
    QVERIFY2(passed >= 5, qPrintable(QString::number(passed)));
    QVERIFY2(passed <= 5 + int(seconds * 5) + 1, qPrintable(QString::number(passed)));
    QCOMPARE(passed + throttled, 15);
    QCOMPARE(statsValue(client, "throttled"), throttled);

    QTest::qWait(450); // two tokens back
    QCOMPARE(client.call("ListAccelerators").status, 200);
}

void TestEmulatorFaults::latencyDoesNotBlock()
{
    emu::EmulatorOptions options = smallWorld();
    options.latencyMs = 300;
    const auto emulator = startEmulator(options);
    EmulatorClient client(emulator->baseUrl());

    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();

    QElapsedTimer clock;
    clock.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 4; ++i)
        replies.append(client.start("ListAccelerators", {}));
    // The server holds all four answers; its stats endpoint answers at once, latency or not.
    QTRY_COMPARE_WITH_TIMEOUT(emulator->stats().requests, qint64(4), 250);
    QElapsedTimer statsClock;
    statsClock.start();
    QCOMPARE(client.stats().value(QStringLiteral("requests")).toInt(), 4);
    QVERIFY2(statsClock.elapsed() < 250, qPrintable(QString::number(statsClock.elapsed())));
    for (QNetworkReply *reply : replies)
        QCOMPARE(EmulatorClient::finish(reply).status, 200);
    const qint64 elapsed = clock.elapsed();
    ticker.stop();

    QVERIFY2(elapsed >= 290, qPrintable(QString::number(elapsed)));
    // Four answers delayed in parallel, not one after the other (which would take 1.2 s).
    QVERIFY2(elapsed < 900, qPrintable(QString::number(elapsed)));
    // The event loop, shared by the server and this test, kept running meanwhile.
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));

    emulator->setLatencyMs(0);
    clock.restart();
    QCOMPARE(client.call("ListAccelerators").status, 200);
    QVERIFY(clock.elapsed() < 250);
}

void TestEmulatorFaults::faultRateAll()
{
    emu::EmulatorOptions options = smallWorld();
    options.faultRate = 1.0;
    const auto emulator = startEmulator(options);
    EmulatorClient client(emulator->baseUrl());
    const Target t = target(emulator->world());

    for (const QByteArray &action :
         { QByteArray("ListAccelerators"), QByteArray("DescribeListener"),
           QByteArray("DissociateAdditionalCertificatesFromListener") }) {
        const RawReply reply = client.call(
            action, action == "ListAccelerators" ? ParamMap() : dissociate(t, "fault-token"));
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.code(), QStringLiteral("ServiceUnavailable"));
        QVERIFY(!reply.requestId().isEmpty());
        QVERIFY(reply.body.contains(QStringLiteral("HostId")));
        QVERIFY(reply.body.contains(QStringLiteral("Recommend")));
    }
    // A refused mutation changed nothing.
    QCOMPARE(emulator->world().listener(QString::fromUtf8(t.listenerId))->state,
             QStringLiteral("active"));
    QCOMPARE(emulator->stats().faults, 3);
    QCOMPARE(statsValue(client, "mutationsApplied"), 0);

    emulator->setFaultRate(0);
    QCOMPARE(client.call("ListAccelerators").status, 200);
}

void TestEmulatorFaults::faultRateShare()
{
    emu::EmulatorOptions options = smallWorld();
    options.faultRate = 0.5;
    const auto emulator = startEmulator(options);
    EmulatorClient client(emulator->baseUrl());
    int failed = 0;
    for (int i = 0; i < 40; ++i) {
        const RawReply reply = client.call("ListAccelerators");
        QVERIFY(reply.status == 200 || reply.status == 503);
        failed += reply.status == 503 ? 1 : 0;
    }
    QVERIFY2(failed >= 8 && failed <= 32, qPrintable(QString::number(failed)));
}

// --drop-after-apply: the mutation is accepted and applied, the caller hears nothing. A raw
// socket shows exactly that: the connection closes with not one byte of answer.
void TestEmulatorFaults::dropAfterApply()
{
    emu::EmulatorOptions options = smallWorld(50);
    options.dropAfterApply = 1.0;
    const auto emulator = startEmulator(options);
    const Target t = target(emulator->world());
    const QUrl endpoint = emulator->baseUrl();

    const SignedRequest signedRequest
        = RequestSigner::sign(endpoint,
                              ApiCall { "DissociateAdditionalCertificatesFromListener",
                                        withRegion(dissociate(t, "drop-token")) },
                              demoCredentials(), SignatureVersion::V3,
                              QDateTime::currentDateTimeUtc(), RequestSigner::newNonce());
    QByteArray wire = signedRequest.method + ' ' + signedRequest.pathAndQuery + " HTTP/1.1\r\n"
        + "host: " + RequestSigner::hostHeader(endpoint) + "\r\n";
    for (const auto &[name, value] : signedRequest.headers)
        wire += name + ": " + value + "\r\n";
    wire += "content-length: 0\r\n\r\n";

    QTcpSocket socket;
    socket.connectToHost(endpoint.host(), quint16(endpoint.port()));
    QVERIFY(socket.waitForConnected(5'000));
    socket.write(wire);
    QByteArray received;
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5'000));
    received += socket.readAll();
    QVERIFY2(received.isEmpty(), received.constData());

    // Applied all the same.
    EmulatorClient client(endpoint);
    QVERIFY(client.waitForListenerState(QString::fromUtf8(t.listenerId), QStringLiteral("active")));
    QVERIFY(!emulator->world().listener(QString::fromUtf8(t.listenerId))->additionalFor(t.domain));
    QCOMPARE(statsValue(client, "dropped"), 1);
    QCOMPARE(statsValue(client, "mutationsApplied"), 1);

    // The client's retry with the same ClientToken learns the outcome; nothing runs twice.
    emulator->setDropAfterApply(0);
    const RawReply retry
        = client.call("DissociateAdditionalCertificatesFromListener", dissociate(t, "drop-token"));
    QCOMPARE(retry.status, 200);
    QVERIFY(!retry.requestId().isEmpty());
    QCOMPARE(statsValue(client, "idempotentReplays"), 1);
    QCOMPARE(statsValue(client, "mutationsApplied"), 1);
    QCOMPARE(statsValue(client, "distinctClientTokensApplied"), 1);
}

void TestEmulatorFaults::dropOnlyHitsMutations()
{
    emu::EmulatorOptions options = smallWorld();
    options.dropAfterApply = 1.0;
    const auto emulator = startEmulator(options);
    EmulatorClient client(emulator->baseUrl());
    const Target t = target(emulator->world());
    QCOMPARE(client.call("ListAccelerators").status, 200);
    QCOMPARE(client.call("DescribeListener", { { "ListenerId", t.listenerId } }).status, 200);
    // A refused mutation is answered: only an applied one is dropped.
    ParamMap missingDomain = dissociate(t, "x");
    missingDomain["Domains.1"] = "nothere.example.com";
    QCOMPARE(client.call("DissociateAdditionalCertificatesFromListener", missingDomain).code(),
             QStringLiteral("NotExist.Certificate"));
    QCOMPARE(emulator->stats().dropped, 0);
}

void TestEmulatorFaults::statsEndpoint()
{
    emu::EmulatorOptions options = smallWorld(20);
    options.qps = 1000;
    const auto emulator = startEmulator(options);
    EmulatorClient client(emulator->baseUrl());
    const Target t = target(emulator->world());
    client.call("ListAccelerators");
    client.call("ListAccelerators", {}, SignatureVersion::V1, Shape::Get);
    client.call("DescribeListener", { { "ListenerId", t.listenerId } });
    client.call("DissociateAdditionalCertificatesFromListener", dissociate(t, "stats-token"));
    QVERIFY(client.waitForListenerState(QString::fromUtf8(t.listenerId), QStringLiteral("active")));
    client.setCredentials(
        Credentials(QString::fromLatin1(emu::demoAccessKeyId), QStringLiteral("not-the-secret")));
    client.call("ListAccelerators");

    const QJsonObject stats = client.stats();
    for (const char *name : { "requests", "mutationsApplied", "distinctClientTokensApplied",
                              "signatureFailures", "throttled" })
        QVERIFY2(stats.value(QLatin1String(name)).isDouble(), name);
    const QJsonObject byAction = stats.value(QStringLiteral("requestsByAction")).toObject();
    QCOMPARE(byAction.value(QStringLiteral("ListAccelerators")).toInt(), 2);
    QVERIFY(byAction.value(QStringLiteral("DescribeListener")).toInt() >= 1);
    QCOMPARE(byAction.value(QStringLiteral("DissociateAdditionalCertificatesFromListener")).toInt(),
             1);
    QCOMPARE(stats.value(QStringLiteral("mutationsApplied")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("distinctClientTokensApplied")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("signatureFailures")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("throttled")).toInt(), 0);
}

// One JSON line per request and per state transition, time in milliseconds, so a test or a
// benchmark can measure how long after a transition a client noticed it.
void TestEmulatorFaults::eventLog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    emu::EmulatorOptions options = smallWorld(120);
    options.eventLogPath = dir.filePath(QStringLiteral("events.jsonl"));
    const auto emulator = startEmulator(options);
    EmulatorClient client(emulator->baseUrl());
    const Target t = target(emulator->world());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(
        client.call("DissociateAdditionalCertificatesFromListener", dissociate(t, "log-1")).status,
        200);
    QVERIFY(client.waitForListenerState(QString::fromUtf8(t.listenerId), QStringLiteral("active")));
    client.setCredentials(Credentials(QStringLiteral("LTAI5tNobody"), QStringLiteral("x")));
    client.call("ListAccelerators");

    QFile file(options.eventLogPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QJsonObject> requests;
    QList<QJsonObject> transitions;
    qint64 last = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        QVERIFY(line.endsWith('\n'));
        QJsonParseError error;
        const QJsonObject event = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const qint64 time = qint64(event.value(QStringLiteral("t")).toDouble());
        QVERIFY(time >= before - 1000 && time >= last); // epoch milliseconds, in order
        last = time;
        const QString type = event.value(QStringLiteral("type")).toString();
        (type == u"request" ? requests : transitions).append(event);
    }

    const QJsonObject first = requests.first();
    QCOMPARE(first.value(QStringLiteral("action")).toString(),
             QStringLiteral("DissociateAdditionalCertificatesFromListener"));
    QCOMPARE(first.value(QStringLiteral("accessKeyId")).toString(),
             QString::fromLatin1(emu::demoAccessKeyId));
    QCOMPARE(first.value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));
    const QJsonObject refused = requests.last();
    QCOMPARE(refused.value(QStringLiteral("verdict")).toString(), QStringLiteral("error"));
    QCOMPARE(refused.value(QStringLiteral("code")).toString(),
             QStringLiteral("InvalidAccessKeyId.NotFound"));

    const auto find = [&](const QString &resource, const QString &from, const QString &to) {
        for (const QJsonObject &e : transitions) {
            if (e.value(QStringLiteral("resource")).toString() == resource
                && e.value(QStringLiteral("from")).toString() == from
                && e.value(QStringLiteral("to")).toString() == to)
                return qint64(e.value(QStringLiteral("t")).toDouble());
        }
        return qint64(-1);
    };
    const QString listener = QString::fromUtf8(t.listenerId);
    const QString accelerator = QString::fromUtf8(t.acceleratorId);
    const qint64 busy = find(listener, QStringLiteral("active"), QStringLiteral("updating"));
    const qint64 done = find(listener, QStringLiteral("updating"), QStringLiteral("active"));
    QVERIFY(busy > 0);
    QVERIFY(done > 0);
    QVERIFY2(done - busy >= 110, qPrintable(QString::number(done - busy)));
    // The accelerator is not active while its listener updates (the emulator says configuring).
    QVERIFY(find(accelerator, QStringLiteral("active"), QStringLiteral("configuring")) >= busy);
    QVERIFY(find(accelerator, QStringLiteral("configuring"), QStringLiteral("active")) >= done);
}

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulator_faults.moc"
