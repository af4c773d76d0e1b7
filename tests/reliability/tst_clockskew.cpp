// Clock skew (issue 10, item 7): when the service answers InvalidTimeStamp.Expired, the
// error says that the local clock is off and by about how much, from the answer's Date
// header. The client's clock is moved through GaClient::Config::clock; for gactl the
// emulator's clock is moved instead, which is the same skew seen from the other side.
#include "api/gaclient.h"
#include "api/responseparser.h"
#include "emulatorfixture.h"
#include "gactlharness.h"
#include "manualclock.h"

#include <QNetworkAccessManager>
#include <QTimeZone>

using namespace ga;

namespace {

template<typename T> Result<T> await(Job<T> *job)
{
    std::optional<Result<T>> result;
    job->onFinished(job, [&result](const Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30'000))
        qFatal("job did not finish");
    return *result;
}

ApiError expired()
{
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.httpStatus = 400;
    error.code = QStringLiteral("InvalidTimeStamp.Expired");
    error.message = QStringLiteral("Specified time stamp or date value is expired.");
    return error;
}

} // namespace

class TestClockSkew : public QObject
{
    Q_OBJECT

private slots:
    void httpDateParses_data();
    void httpDateParses();
    void explanation_data();
    void explanation();
    void otherErrorsAreLeftAlone();
    void everyAnswerHasADateHeader();
    void clientClockOffIsExplained_data();
    void clientClockOffIsExplained();
    void gactlSaysTheClockIsOff();
};

void TestClockSkew::httpDateParses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime nov94(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << nov94;
    QTest::newRow("spaces") << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT \r") << nov94;
    QTest::newRow("numeric zone") << QByteArray("Sun, 06 Nov 1994 09:49:37 +0100") << nov94;
    QTest::newRow("empty") << QByteArray() << QDateTime();
    QTest::newRow("garbage") << QByteArray("yesterday") << QDateTime();
    QTest::newRow("bad month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT") << QDateTime();
}

void TestClockSkew::httpDateParses()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parse::httpDate(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestClockSkew::explanation_data()
{
    QTest::addColumn<qint64>("skewSeconds"); // local minus service
    QTest::addColumn<QString>("expected");
    QTest::newRow("20 min ahead") << qint64(20 * 60 + 10) << "about 20 minutes ahead of";
    QTest::newRow("16 min behind") << qint64(-16 * 60) << "about 16 minutes behind";
    QTest::newRow("3 h ahead") << qint64(3 * 3600 - 100) << "about 3 hours ahead of";
    QTest::newRow("2 days behind") << qint64(-2 * 86400 - 5000) << "about 2 days behind";
    QTest::newRow("1 year ahead") << qint64(365 * 86400) << "about 365 days ahead of";
}

void TestClockSkew::explanation()
{
    QFETCH(qint64, skewSeconds);
    QFETCH(QString, expected);
    const QDateTime service(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::utc());
    ApiError error = expired();
    parse::explainClockSkew(error, "Sun, 29 Nov 2026 10:00:00 GMT", service.addSecs(skewSeconds));
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    QVERIFY(error.message.startsWith(u"Specified time stamp"));
    QVERIFY(error.message.contains(u"local clock is off"));
    QVERIFY(error.message.contains(u"Sun, 29 Nov 2026 10:00:00 GMT"));

    // Without a readable Date header the advice stays, without a figure.
    ApiError undated = expired();
    parse::explainClockSkew(undated, "not a date", service.addSecs(skewSeconds));
    QVERIFY(undated.message.contains(u"local clock is probably off by more than 15 minutes"));
}

void TestClockSkew::otherErrorsAreLeftAlone()
{
    ApiError error = expired();
    error.code = QStringLiteral("InvalidTimeStamp.Format");
    const QString before = error.message;
    parse::explainClockSkew(error, "Sun, 29 Nov 2026 10:00:00 GMT",
                            QDateTime::currentDateTimeUtc());
    QCOMPARE(error.message, before);
}

void TestClockSkew::everyAnswerHasADateHeader()
{
    const QDateTime skewed = QDateTime::currentDateTimeUtc().addSecs(-7200);
    const test::ManualClock clock(skewed); // made first: it outlives the emulator
    const auto emulator = test::startEmulator(test::smallWorld());
    emulator->setClock(&clock);
    QNetworkAccessManager network;
    // An unsigned request (refused) and a signed one (accepted) both carry the server's time.
    for (const bool sign : { false, true }) {
        QNetworkReply *reply = nullptr;
        if (sign) {
            const test::RawReply raw = test::sendSigned(
                network, emulator->baseUrl(), ApiCall { "ListAccelerators", test::withRegion({}) },
                test::demoCredentials(), SignatureVersion::V3, skewed);
            QCOMPARE(raw.status, 200);
        }
        reply = network.get(QNetworkRequest(emulator->baseUrl()));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(10'000));
        const QDateTime date = parse::httpDate(reply->rawHeader("Date"));
        QVERIFY2(date.isValid(), reply->rawHeader("Date").constData());
        QVERIFY(std::abs(date.secsTo(skewed)) < 5);
        delete reply;
    }
}

void TestClockSkew::clientClockOffIsExplained_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<qint64>("offsetSeconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("v3 20 min ahead")
        << SignatureVersion::V3 << qint64(20 * 60) << "about 20 minutes ahead of";
    QTest::newRow("v1 20 min ahead")
        << SignatureVersion::V1 << qint64(20 * 60) << "about 20 minutes ahead of";
    QTest::newRow("v3 3 h behind")
        << SignatureVersion::V3 << qint64(-3 * 3600) << "about 3 hours behind";
}

void TestClockSkew::clientClockOffIsExplained()
{
    QFETCH(SignatureVersion, version);
    QFETCH(qint64, offsetSeconds);
    QFETCH(QString, expected);
    const auto emulator = test::startEmulator(test::smallWorld());
    GaClient::Config config;
    config.endpoint = emulator->baseUrl();
    config.credentials = test::demoCredentials();
    config.signatureVersion = version;
    const test::OffsetClock clock(offsetSeconds);
    config.clock = &clock;
    GaClient client(config);
    const Result<QList<Accelerator>> result = await(client.listAccelerators());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("InvalidTimeStamp.Expired"));
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"local clock is off"));
    QVERIFY(!result.error().requestId.isEmpty());
    QCOMPARE(emulator->stats().signatureFailures, 1); // not retried: it cannot get better
}

void TestClockSkew::gactlSaysTheClockIsOff()
{
    // The service is 40 minutes behind this machine: this machine is 40 minutes ahead.
    const test::OffsetClock behind(-40 * 60); // made first: it outlives the emulator
    const auto emulator = test::startEmulator(test::smallWorld());
    emulator->setClock(&behind);
    test::GactlHarness gactl;
    const test::GactlRun r
        = gactl.run({ QStringLiteral("accelerators"), QStringLiteral("--endpoint"),
                      emulator->baseUrl().toString() },
                    gactl.environment(QString::fromLatin1(emu::demoAccessKeyId),
                                      QString::fromLatin1(emu::demoAccessKeySecret)));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("InvalidTimeStamp.Expired"), r.err.constData());
    QVERIFY2(r.err.contains("local clock is off: it is about 40 minutes ahead of the service's"),
             r.err.constData());
    QVERIFY(r.err.contains("RequestId"));
}

QTEST_GUILESS_MAIN(TestClockSkew)
#include "tst_clockskew.moc"
