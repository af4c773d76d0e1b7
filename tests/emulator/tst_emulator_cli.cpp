// The ga-emulator executable (issue 3, "Command line"): the base URL alone on the first
// stdout line, serving until SIGTERM or SIGINT and then exit 0, usage errors with a clear
// message and exit 2, and --help with the demo credentials.
#include "emulatortestkit.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

#include <csignal>

using namespace ga;
using namespace ga::test;

namespace {

constexpr int processTimeoutMs = 15'000;

QString emulatorBinary()
{
    return QStringLiteral(GA_EMULATOR_BIN);
}

// Starts ga-emulator and reads its first stdout line; the process keeps running.
struct RunningEmulator
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QString firstLine;
};

RunningEmulator launch(const QStringList &arguments)
{
    RunningEmulator running;
    running.process->start(emulatorBinary(), arguments);
    if (!running.process->waitForStarted(processTimeoutMs))
        return running;
    [[maybe_unused]] const bool ready = QTest::qWaitFor(
        [&running] {
            return running.process->canReadLine()
                || running.process->state() == QProcess::NotRunning;
        },
        processTimeoutMs);
    running.firstLine = QString::fromUtf8(running.process->readLine());
    return running;
}

struct Finished
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

Finished runToEnd(const QStringList &arguments)
{
    QProcess process;
    process.start(emulatorBinary(), arguments);
    Finished finished;
    if (!process.waitForFinished(processTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return finished;
    }
    finished.exitCode = process.exitCode();
    finished.status = process.exitStatus();
    finished.out = QString::fromUtf8(process.readAllStandardOutput());
    finished.err = QString::fromUtf8(process.readAllStandardError());
    return finished;
}

} // namespace

class TestEmulatorCli : public QObject
{
    Q_OBJECT

private slots:
    void firstLineIsTheBaseUrl();
    void stopsCleanlyOnSignal_data();
    void stopsCleanlyOnSignal();
    void flagsReachTheEmulator();
    void badFlags_data();
    void badFlags();
    void cannotListen();
    void helpShowsTheDemoCredentials();
};

void TestEmulatorCli::firstLineIsTheBaseUrl()
{
    RunningEmulator running = launch({ QStringLiteral("--port"), QStringLiteral("0") });
    QCOMPARE(running.process->state(), QProcess::Running);
    // The URL alone, so that `read url < <(ga-emulator)` works.
    const QString line = running.firstLine;
    QVERIFY2(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:[1-9][0-9]*\\n$"))
                 .match(line)
                 .hasMatch(),
             qPrintable(line));
    const QUrl baseUrl(line.trimmed());
    QVERIFY(baseUrl.port() > 0);

    // It serves: a signed call with the demo credentials gets through.
    QNetworkAccessManager network;
    const RawReply reply = sendSigned(network, baseUrl, apiCall("ListAccelerators"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("TotalCount")).toInt(), 6); // the default world

    running.process->terminate();
    QVERIFY(running.process->waitForFinished(processTimeoutMs));
    QCOMPARE(running.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(running.process->exitCode(), 0);
}

void TestEmulatorCli::stopsCleanlyOnSignal_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestEmulatorCli::stopsCleanlyOnSignal()
{
    QFETCH(int, signal);
    RunningEmulator running = launch({});
    QVERIFY(running.firstLine.startsWith(u"http://"));
    QCOMPARE(::kill(pid_t(running.process->processId()), signal), 0);
    QVERIFY(running.process->waitForFinished(processTimeoutMs));
    QCOMPARE(running.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(running.process->exitCode(), 0);
    // Nothing but the URL on stdout.
    QCOMPARE(running.process->readAllStandardOutput(), QByteArray());
}

void TestEmulatorCli::flagsReachTheEmulator()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString eventLog = dir.filePath(QStringLiteral("events.jsonl"));
    RunningEmulator running = launch({
        QStringLiteral("--host"),
        QStringLiteral("127.0.0.1"),
        QStringLiteral("--access-key-id"),
        QStringLiteral("LTAI5tCliTestKey"),
        QStringLiteral("--access-key-secret=cli-test-secret"),
        QStringLiteral("--seed"),
        QStringLiteral("42"),
        QStringLiteral("--accelerators"),
        QStringLiteral("3"),
        QStringLiteral("--listeners"),
        QStringLiteral("2"),
        QStringLiteral("--certificates"),
        QStringLiteral("5"),
        QStringLiteral("--certificate-quota"),
        QStringLiteral("2"),
        QStringLiteral("--update-ms"),
        QStringLiteral("100"),
        QStringLiteral("--event-log"),
        eventLog,
    });
    const QUrl baseUrl(running.firstLine.trimmed());
    QVERIFY2(baseUrl.isValid() && baseUrl.port() > 0, qPrintable(running.firstLine));
    QNetworkAccessManager network;
    const Credentials credentials(QStringLiteral("LTAI5tCliTestKey"),
                                  QStringLiteral("cli-test-secret"));
    const RawReply accelerators
        = sendSigned(network, baseUrl, apiCall("ListAccelerators"), credentials);
    QCOMPARE(accelerators.status, 200);
    QCOMPARE(accelerators.body.value(QStringLiteral("TotalCount")).toInt(), 3);
    // The same seed gives the same world in-process.
    emu::EmulatorOptions same;
    same.seed = 42;
    same.accelerators = 3;
    same.listeners = 2;
    same.certificates = 5;
    const auto inProcess = startEmulator(same);
    const QString firstId = accelerators.body.value(QStringLiteral("Accelerators"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("AcceleratorId"))
                                .toString();
    QCOMPARE(firstId, inProcess->world().accelerators().first().acceleratorId);

    const RawReply listeners = sendSigned(
        network, baseUrl, apiCall("ListListeners", { { "AcceleratorId", firstId.toUtf8() } }),
        credentials);
    QCOMPARE(listeners.body.value(QStringLiteral("TotalCount")).toInt(), 2);
    const QString listenerId = listeners.body.value(QStringLiteral("Listeners"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("ListenerId"))
                                   .toString();
    const RawReply certificates = sendSigned(network, baseUrl,
                                             apiCall("ListListenerCertificates",
                                                     { { "AcceleratorId", firstId.toUtf8() },
                                                       { "ListenerId", listenerId.toUtf8() },
                                                       { "Role", "additional" } }),
                                             credentials);
    QCOMPARE(certificates.body.value(QStringLiteral("TotalCount")).toInt(), 5);
    // 5 domains are 2 certificates, as many as --certificate-quota allows: a third is refused.
    const RawReply third = sendSigned(network, baseUrl,
                                      apiCall("AssociateAdditionalCertificatesWithListener",
                                              { { "AcceleratorId", firstId.toUtf8() },
                                                { "ListenerId", listenerId.toUtf8() },
                                                { "Certificates.1.Domain", "third.example.com" },
                                                { "Certificates.1.Id", "333333-cn-hangzhou" } }),
                                      credentials);
    QCOMPARE(third.code(), QStringLiteral("QuotaExceeded.AdditionalCertificate"));
    QVERIFY2(
        third.body.value(QStringLiteral("Message"))
            .toString()
            .startsWith(u"The listener already has 2 additional certificates; the quota is 2."),
        third.bytes.constData());
    // The demo key is not accepted when another one is given.
    QCOMPARE(sendSigned(network, baseUrl, apiCall("ListAccelerators")).code(),
             QStringLiteral("InvalidAccessKeyId.NotFound"));

    running.process->terminate();
    QVERIFY(running.process->waitForFinished(processTimeoutMs));
    QCOMPARE(running.process->exitCode(), 0);
    QFile log(eventLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // one line per request
    for (const QByteArray &line : lines)
        QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("type")).toString(),
                 QStringLiteral("request"));
    const QJsonObject refused = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(refused.value(QStringLiteral("verdict")).toString(), QStringLiteral("error"));
    QCOMPARE(refused.value(QStringLiteral("code")).toString(),
             QStringLiteral("InvalidAccessKeyId.NotFound"));
}

void TestEmulatorCli::badFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown flag") << QStringList { QStringLiteral("--frobnicate"),
                                                   QStringLiteral("1") }
                                  << QStringLiteral("Unknown option --frobnicate.");
    QTest::newRow("port not a number")
        << QStringList { QStringLiteral("--port"), QStringLiteral("abc") }
        << QStringLiteral("--port takes a whole number from 0 to 65535, not \"abc\".");
    QTest::newRow("port too large")
        << QStringList { QStringLiteral("--port=70000") }
        << QStringLiteral("--port takes a whole number from 0 to 65535");
    QTest::newRow("fault rate above 1")
        << QStringList { QStringLiteral("--fault-rate"), QStringLiteral("2") }
        << QStringLiteral("--fault-rate takes a number from 0 to 1, not \"2\".");
    QTest::newRow("drop rate negative")
        << QStringList { QStringLiteral("--drop-after-apply"), QStringLiteral("-0.5") }
        << QStringLiteral("--drop-after-apply takes a number from 0 to 1");
    QTest::newRow("qps not a number")
        << QStringList { QStringLiteral("--qps"), QStringLiteral("fast") }
        << QStringLiteral("--qps takes a number");
    QTest::newRow("negative accelerators")
        << QStringList { QStringLiteral("--accelerators"), QStringLiteral("-1") }
        << QStringLiteral("--accelerators takes a whole number");
    QTest::newRow("certificate quota 0")
        << QStringList { QStringLiteral("--certificate-quota"), QStringLiteral("0") }
        << QStringLiteral("--certificate-quota takes a whole number from 1 to 10, not \"0\".");
    QTest::newRow("certificate quota above 10")
        << QStringList { QStringLiteral("--certificate-quota=11") }
        << QStringLiteral("--certificate-quota takes a whole number from 1 to 10, not \"11\".");
    QTest::newRow("seed not a number")
        << QStringList { QStringLiteral("--seed"), QStringLiteral("x1") }
        << QStringLiteral("--seed takes a whole number");
    QTest::newRow("tls-cert without tls-key")
        << QStringList { QStringLiteral("--tls-cert"), QStringLiteral("/tmp/cert.pem") }
        << QStringLiteral("--tls-cert and --tls-key go together.");
    QTest::newRow("tls-key without tls-cert")
        << QStringList { QStringLiteral("--tls-key"), QStringLiteral("/tmp/key.pem") }
        << QStringLiteral("--tls-cert and --tls-key go together.");
    QTest::newRow("value missing") << QStringList { QStringLiteral("--update-ms") }
                                   << QStringLiteral("--update-ms needs a value.");
    QTest::newRow("empty secret") << QStringList { QStringLiteral("--access-key-secret=") }
                                  << QStringLiteral("--access-key-secret must not be empty.");
    QTest::newRow("positional") << QStringList { QStringLiteral("serve") }
                                << QStringLiteral("Unexpected argument \"serve\".");
}

void TestEmulatorCli::badFlags()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Finished finished = runToEnd(arguments);
    QCOMPARE(finished.status, QProcess::NormalExit);
    QCOMPARE(finished.exitCode, 2);
    QVERIFY2(finished.err.startsWith(u"ga-emulator: "), qPrintable(finished.err));
    QVERIFY2(finished.err.contains(message), qPrintable(finished.err));
    QVERIFY(finished.err.contains(u"--help"));
    QCOMPARE(finished.out, QString()); // no URL: nothing to connect to
}

void TestEmulatorCli::cannotListen()
{
    QTcpServer occupied;
    QVERIFY(occupied.listen(QHostAddress::LocalHost));
    const Finished taken
        = runToEnd({ QStringLiteral("--port"), QString::number(occupied.serverPort()) });
    QCOMPARE(taken.exitCode, 1);
    QVERIFY2(taken.err.contains(u"Cannot listen"), qPrintable(taken.err));
    QCOMPARE(taken.out, QString());

    const Finished badHost = runToEnd({ QStringLiteral("--host"), QStringLiteral("not-an-ip") });
    QVERIFY(badHost.exitCode != 0);
    QVERIFY2(badHost.err.contains(u"not-an-ip"), qPrintable(badHost.err));

    const Finished noCertificate
        = runToEnd({ QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent/cert.pem"),
                     QStringLiteral("--tls-key"), QStringLiteral("/nonexistent/key.pem") });
    QVERIFY(noCertificate.exitCode != 0);
    QVERIFY2(noCertificate.err.contains(u"TLS"), qPrintable(noCertificate.err));
}

void TestEmulatorCli::helpShowsTheDemoCredentials()
{
    for (const QString &flag : { QStringLiteral("--help"), QStringLiteral("-h") }) {
        const Finished help = runToEnd({ flag });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(u"Usage: ga-emulator"));
        QVERIFY(help.out.contains(QLatin1String(emu::demoAccessKeyId)));
        QVERIFY(help.out.contains(QLatin1String(emu::demoAccessKeySecret)));
        for (const char *option : { "--host",
                                    "--port",
                                    "--access-key-id",
                                    "--access-key-secret",
                                    "--seed",
                                    "--accelerators",
                                    "--listeners",
                                    "--certificates",
                                    "--certificate-quota",
                                    "--update-ms",
                                    "--latency-ms",
                                    "--qps",
                                    "--cas-qps",
                                    "--certificate-health",
                                    "--cas-list-hides-expired",
                                    "--fault-rate",
                                    "--drop-after-apply",
                                    "--event-log",
                                    "--tls-cert",
                                    "--tls-key" })
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        QVERIFY(help.out.contains(u"/__emulator/stats"));
    }
}

QTEST_GUILESS_MAIN(TestEmulatorCli)
#include "tst_emulator_cli.moc"
