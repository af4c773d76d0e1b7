// ga-emulator against the published signing vectors (issue 3): the GA requests of
// signing-vectors.json replayed byte for byte as the official SDKs put them on the wire (Host
// header included, which QNetworkAccessManager would rewrite), plus what only the raw wire
// shows: a malformed timestamp and the response headers of an error.
#include "emulatortestkit.h"
#include "manualclock.h"

#include <QFile>
#include <QRegularExpression>

using namespace ga;
using namespace ga::test;

namespace {

void verifyErrorBody(const RawReply &reply, int status, const QString &code)
{
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.code(), code);
    const QJsonObject &body = reply.body;
    QVERIFY2(!body.value(QStringLiteral("RequestId")).toString().isEmpty(),
             reply.bytes.constData());
    QVERIFY(body.value(QStringLiteral("HostId")).isString());
    QVERIFY(!body.value(QStringLiteral("Message")).toString().isEmpty());
    QVERIFY(body.value(QStringLiteral("Recommend")).toString().contains(code));
}

} // namespace

class TestEmulatorVectors : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void publishedVectors_data();
    void publishedVectors();

    void badTimestampFormat();
    void errorResponseHeaders();

private:
    std::unique_ptr<test::ManualClock> m_clock; // declared first: it outlives the emulator
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestEmulatorVectors::init()
{
    m_emulator = startEmulator(smallWorld(50));
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestEmulatorVectors::cleanup()
{
    m_network.reset();
    m_emulator.reset();
}

// The GA requests of signing-vectors.json, sent exactly as the official SDKs put them on the
// wire (Host included), to an emulator with the vector's key and clock and a world holding
// the vector's accelerator and listener.
void TestEmulatorVectors::publishedVectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    QFile file(QStringLiteral(GA_TEST_DATA "/signing-vectors.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray vectors = QJsonDocument::fromJson(file.readAll()).array();
    int rows = 0;
    for (const QJsonValue &value : vectors) {
        const QJsonObject vector = value.toObject();
        const QString id = vector.value(QStringLiteral("id")).toString();
        if (!id.startsWith(u"v1-ga-") && !id.startsWith(u"v3-ga-"))
            continue;
        QTest::newRow(qPrintable(id)) << vector;
        ++rows;
    }
    QCOMPARE(rows, 13);
}

void TestEmulatorVectors::publishedVectors()
{
    QFETCH(QJsonObject, vector);
    const auto field
        = [&vector](const char *name) { return vector.value(QLatin1String(name)).toString(); };
    const QJsonObject expected = vector.value(QStringLiteral("expected")).toObject();
    const bool v1 = field("signatureVersion") == u"v1";

    emu::EmulatorOptions options = smallWorld(50);
    options.accelerators = 0;
    options.accessKeyId = field("accessKeyId");
    options.accessKeySecret = field("accessKeySecret");
    m_emulator = startEmulator(options);
    const QDateTime signedAt
        = QDateTime::fromString(v1 ? field("timestamp") : field("date"), Qt::ISODate);
    m_clock = std::make_unique<test::ManualClock>(signedAt);
    m_emulator->setClock(m_clock.get());
    emu::EmuAccelerator accelerator;
    accelerator.acceleratorId = QStringLiteral("ga-bp1odcab8tmno0hdqtest");
    m_emulator->world().addAccelerator(accelerator);
    emu::EmuListener listener;
    listener.listenerId = QStringLiteral("lsr-bp1bpn0kn908w4nbwtest");
    listener.acceleratorId = accelerator.acceleratorId;
    listener.protocol = QStringLiteral("https");
    listener.defaultCertificateId = QStringLiteral("111111-cn-hangzhou");
    listener.additional
        = { { QStringLiteral("222222-cn-hangzhou"), QStringLiteral("www.example.com") },
            { QStringLiteral("333333-cn-hangzhou"), QStringLiteral("*.example.org") } };
    m_emulator->world().addListener(listener);

    const QUrl requestUrl(expected.value(QStringLiteral("requestUrl")).toString());
    QByteArray pathAndQuery = requestUrl.path(QUrl::FullyEncoded).toLatin1();
    if (requestUrl.hasQuery())
        pathAndQuery += '?' + requestUrl.query(QUrl::FullyEncoded).toLatin1();
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray host = requestUrl.host().toLatin1();
    if (v1) {
        body = expected.value(QStringLiteral("requestBody")).toString().toUtf8();
        const QString contentType = expected.value(QStringLiteral("contentType")).toString();
        if (!contentType.isEmpty())
            headers.append(qMakePair(QByteArrayLiteral("Content-Type"), contentType.toLatin1()));
    } else {
        body = field("body").toUtf8();
        const QJsonObject signedHeaders = vector.value(QStringLiteral("headers")).toObject();
        for (auto it = signedHeaders.begin(); it != signedHeaders.end(); ++it) {
            if (it.key() == u"host")
                host = it.value().toString().toLatin1();
            else
                headers.append({ it.key().toLatin1(), it.value().toString().toUtf8() });
        }
        headers.append(
            qMakePair(QByteArrayLiteral("accept"), QByteArrayLiteral("application/json")));
    }
    const WireReply reply
        = exchange(m_emulator->baseUrl(),
                   httpRequest(field("method").toLatin1(), pathAndQuery, host, headers, body));
    QVERIFY2(reply.answered, reply.received.constData());
    QVERIFY2(reply.status == 200, reply.body.constData());
    QVERIFY(!reply.json().value(QStringLiteral("RequestId")).toString().isEmpty());
    QCOMPARE(m_emulator->stats().signatureFailures, 0);
    if (reply.json().contains(QStringLiteral("Certificates"))) {
        QCOMPARE(reply.json().value(QStringLiteral("Certificates")).toArray().size(), 2);
    } else {
        QCOMPARE(m_emulator->stats().mutationsAccepted, 1);
        QTRY_COMPARE(m_emulator->world().listener(listener.listenerId)->additional.size(), 0);
    }
}

void TestEmulatorVectors::badTimestampFormat()
{
    // A V3 request whose x-acs-date is not ISO 8601, correctly signed otherwise.
    const v3::HeaderMap headers {
        { "host", RequestSigner::hostHeader(m_emulator->baseUrl()) },
        { "x-acs-action", "ListAccelerators" },
        { "x-acs-version", gaApiVersion },
        { "x-acs-date", "20 May 2024 08:30" },
        { "x-acs-signature-nonce", RequestSigner::newNonce() },
        { "x-acs-content-sha256", v3::hashPayload({}) },
    };
    const ParamMap query = withRegion({});
    const v3::Canonical canonical = v3::canonicalize("POST", query, headers, {});
    QNetworkRequest request(QUrl::fromEncoded(
        m_emulator->baseUrl().toEncoded() + "/?" + canonical.canonicalQuery, QUrl::StrictMode));
    for (const auto &[name, value] : headers) {
        if (name != "host")
            request.setRawHeader(name, value);
    }
    request.setRawHeader("content-type", "application/x-www-form-urlencoded");
    request.setRawHeader(
        "authorization",
        v3::authorization(
            emu::demoAccessKeyId, canonical.signedHeaders,
            v3::signature(canonical.stringToSign, QString::fromLatin1(emu::demoAccessKeySecret))));
    verifyErrorBody(collect(m_network->post(request, QByteArray())), 400,
                    QStringLiteral("InvalidTimeStamp.Format"));
}

// The RequestId of an error travels in the x-acs-request-id header too, and the body is JSON.
void TestEmulatorVectors::errorResponseHeaders()
{
    const WireReply wire
        = exchange(m_emulator->baseUrl(),
                   httpRequest("POST", "/?Action=ListAccelerators",
                               RequestSigner::hostHeader(m_emulator->baseUrl()), {}));
    QVERIFY(wire.answered);
    QCOMPARE(wire.status, 400);
    QVERIFY(wire.head.startsWith("HTTP/1.1 400 Bad Request\r\n"));
    const QString requestId = wire.json().value(QStringLiteral("RequestId")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$"))
                .match(requestId)
                .hasMatch());
    QVERIFY(wire.head.contains(QByteArray("x-acs-request-id: " + requestId.toLatin1())));
    QVERIFY(wire.head.toLower().contains("content-type: application/json"));
    QCOMPARE(wire.json().value(QStringLiteral("Code")).toString(),
             QStringLiteral("IncompleteSignature"));
}

QTEST_GUILESS_MAIN(TestEmulatorVectors)
#include "tst_emulator_vectors.moc"
