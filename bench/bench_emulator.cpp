// bench_emulator: how many signed ListAccelerators requests per second ga-emulator serves on
// loopback, from N concurrent keep-alive clients (issue 3, "measured in bench/").
//
//   bench_emulator [--clients 1,8] [--duration-ms 3000] [--warmup-ms 500] [--signature v3|v1]
//                  [--accelerators 6] [--page-size 10] [--in-process] [--emulator PATH]
//
// By default the emulator is the ga-emulator executable in its own process, so client and
// server do not share a core; --in-process runs it on a thread of this process instead.
// Every request is signed afresh (new timestamp and nonce) with the project's RequestSigner
// and written by hand on a QTcpSocket, so the figure is the server's, not Qt's HTTP client.
// Prints one JSON document on stdout.

#include "api/credentials.h"
#include "api/requestsigner.h"
#include "emulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace ga;

namespace {

struct Settings
{
    QList<int> clients { 1, 8 };
    int durationMs = 3000;
    int warmupMs = 500;
    SignatureVersion version = SignatureVersion::V3;
    int accelerators = 6;
    int pageSize = 10;
    bool inProcess = false;
    QString emulatorPath = QStringLiteral(GA_EMULATOR_BIN);
};

Credentials demoCredentials()
{
    return Credentials(QString::fromLatin1(emu::demoAccessKeyId),
                       QString::fromLatin1(emu::demoAccessKeySecret));
}

// One keep-alive connection sending ListAccelerators back to back.
class Client : public QObject
{
public:
    Client(const QUrl &endpoint, const Settings &settings, QObject *parent = nullptr)
        : QObject(parent)
        , m_endpoint(endpoint)
        , m_settings(settings)
        , m_host(RequestSigner::hostHeader(endpoint))
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(&m_socket, &QTcpSocket::connected, this, [this] { sendNext(); });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_broken = true; });
    }

    void start() { m_socket.connectToHost(m_endpoint.host(), quint16(m_endpoint.port())); }
    void stop() { m_stopped = true; }
    // Starts counting from now on.
    void resetCounts()
    {
        m_latenciesUs.clear();
        m_errors = 0;
        m_counting = true;
    }
    bool idle() const { return !m_inFlight || m_broken; }

    const QList<qint64> &latenciesUs() const { return m_latenciesUs; }
    qint64 errors() const { return m_errors; }
    bool broken() const { return m_broken; }

private:
    void sendNext()
    {
        if (m_stopped || m_broken)
            return;
        const ApiCall call { "ListAccelerators",
                             { { "RegionId", "cn-hangzhou" },
                               { "PageSize", QByteArray::number(m_settings.pageSize) } } };
        const SignedRequest request
            = RequestSigner::sign(m_endpoint, call, m_credentials, m_settings.version,
                                  QDateTime::currentDateTimeUtc(), RequestSigner::newNonce());
        QByteArray bytes
            = request.method + ' ' + request.pathAndQuery + " HTTP/1.1\r\nHost: " + m_host + "\r\n";
        for (const auto &[name, value] : request.headers)
            bytes += name + ": " + value + "\r\n";
        bytes += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n\r\n"
            + request.body;
        m_inFlight = true;
        m_sent.start();
        m_socket.write(bytes);
    }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            qsizetype length = 0;
            const qsizetype at = m_buffer.indexOf("Content-Length: ");
            if (at >= 0 && at < headEnd) {
                const qsizetype lineEnd = m_buffer.indexOf("\r\n", at);
                length = m_buffer.mid(at + 16, lineEnd - at - 16).toLongLong();
            }
            if (m_buffer.size() < headEnd + 4 + length)
                return;
            const bool ok = m_buffer.startsWith("HTTP/1.1 200 ");
            m_buffer.remove(0, headEnd + 4 + length);
            if (m_counting) {
                if (ok)
                    m_latenciesUs.append(m_sent.nsecsElapsed() / 1000);
                else
                    ++m_errors;
            }
            m_inFlight = false;
            sendNext();
        }
    }

    QUrl m_endpoint;
    Settings m_settings;
    Credentials m_credentials = demoCredentials();
    QByteArray m_host;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_sent;
    QList<qint64> m_latenciesUs;
    qint64 m_errors = 0;
    bool m_counting = false;
    bool m_inFlight = false;
    bool m_stopped = false;
    bool m_broken = false;
};

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    }
    return true;
}

double percentileMs(QList<qint64> sortedUs, double p)
{
    if (sortedUs.isEmpty())
        return 0;
    const qsizetype index
        = std::min(sortedUs.size() - 1, qsizetype(p / 100.0 * double(sortedUs.size())));
    return double(sortedUs[index]) / 1000.0;
}

QJsonObject run(const QUrl &endpoint, const Settings &settings, int clientCount)
{
    QList<Client *> clients;
    QObject owner;
    for (int i = 0; i < clientCount; ++i)
        clients.append(new Client(endpoint, settings, &owner));
    for (Client *client : clients)
        client->start();
    waitMs(settings.warmupMs);
    for (Client *client : clients)
        client->resetCounts();
    QElapsedTimer window;
    window.start();
    waitMs(settings.durationMs);
    for (Client *client : clients)
        client->stop();
    const double seconds = double(window.nsecsElapsed()) / 1e9;
    waitUntil(
        [&clients] {
            return std::all_of(clients.cbegin(), clients.cend(),
                               [](const Client *c) { return c->idle(); });
        },
        10'000);

    QList<qint64> latencies;
    qint64 errors = 0;
    bool broken = false;
    for (const Client *client : clients) {
        latencies += client->latenciesUs();
        errors += client->errors();
        broken = broken || client->broken();
    }
    std::sort(latencies.begin(), latencies.end());
    return QJsonObject {
        { QStringLiteral("clients"), clientCount },
        { QStringLiteral("requests"), double(latencies.size()) },
        { QStringLiteral("errors"), double(errors) },
        { QStringLiteral("connectionLost"), broken },
        { QStringLiteral("seconds"), qRound(seconds * 1000) / 1000.0 },
        { QStringLiteral("requestsPerSecond"), qRound(double(latencies.size()) / seconds) },
        { QStringLiteral("latencyMs"),
          QJsonObject { { QStringLiteral("p50"), percentileMs(latencies, 50) },
                        { QStringLiteral("p90"), percentileMs(latencies, 90) },
                        { QStringLiteral("p99"), percentileMs(latencies, 99) },
                        { QStringLiteral("max"), percentileMs(latencies, 100) } } },
    };
}

QJsonObject fetchStats(const QUrl &endpoint)
{
    QTcpSocket socket;
    socket.connectToHost(endpoint.host(), quint16(endpoint.port()));
    QByteArray received;
    bool connected = false;
    QObject::connect(&socket, &QTcpSocket::connected, [&] {
        connected = true;
        socket.write("GET /__emulator/stats HTTP/1.1\r\nHost: "
                     + RequestSigner::hostHeader(endpoint) + "\r\nContent-Length: 0\r\n\r\n");
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
    waitUntil(
        [&] {
            const qsizetype end = received.indexOf("\r\n\r\n");
            return end >= 0 && received.endsWith('}');
        },
        5'000);
    const qsizetype end = received.indexOf("\r\n\r\n");
    return end < 0 ? QJsonObject() : QJsonDocument::fromJson(received.mid(end + 4)).object();
}

// The emulator on a thread of its own in this process.
class InProcessEmulator
{
public:
    explicit InProcessEmulator(const emu::EmulatorOptions &options)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this, options] {
                m_emulator = new emu::Emulator(options);
                if (!m_emulator->start(&m_error))
                    m_url = QUrl();
                else
                    m_url = m_emulator->baseUrl();
            },
            Qt::BlockingQueuedConnection);
    }
    ~InProcessEmulator()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { delete m_emulator; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QUrl url() const { return m_url; }
    QString error() const { return m_error; }

private:
    QThread m_thread;
    QObject m_context;
    emu::Emulator *m_emulator = nullptr;
    QUrl m_url;
    QString m_error;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Requests per second ga-emulator serves for signed ListAccelerators on loopback."));
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("concurrent clients, comma-separated"),
                                           QStringLiteral("N,M"), QStringLiteral("1,8"));
    const QCommandLineOption durationOption(QStringLiteral("duration-ms"),
                                            QStringLiteral("measured time per run"),
                                            QStringLiteral("MS"), QStringLiteral("3000"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup-ms"),
                                          QStringLiteral("unmeasured time before each run"),
                                          QStringLiteral("MS"), QStringLiteral("500"));
    const QCommandLineOption signatureOption(QStringLiteral("signature"),
                                             QStringLiteral("v3 or v1"), QStringLiteral("V"),
                                             QStringLiteral("v3"));
    const QCommandLineOption acceleratorsOption(QStringLiteral("accelerators"),
                                                QStringLiteral("accelerators in the world"),
                                                QStringLiteral("N"), QStringLiteral("6"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
                                            QStringLiteral("PageSize of each request"),
                                            QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption inProcessOption(
        QStringLiteral("in-process"),
        QStringLiteral("run the emulator on a thread of this process"));
    const QCommandLineOption emulatorOption(
        QStringLiteral("emulator"), QStringLiteral("the ga-emulator executable"),
        QStringLiteral("PATH"), QStringLiteral(GA_EMULATOR_BIN));
    parser.addOptions({ clientsOption, durationOption, warmupOption, signatureOption,
                        acceleratorsOption, pageSizeOption, inProcessOption, emulatorOption });
    parser.process(app);

    Settings settings;
    settings.clients.clear();
    for (const QString &part : parser.value(clientsOption).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 1 || n > 1000) {
            err << "bench_emulator: --clients takes numbers from 1 to 1000\n";
            return 2;
        }
        settings.clients.append(n);
    }
    bool ok = true;
    const auto number = [&parser, &ok](const QCommandLineOption &option, int min) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        ok = ok && valid && value >= min;
        return value;
    };
    settings.durationMs = number(durationOption, 100);
    settings.warmupMs = number(warmupOption, 0);
    settings.accelerators = number(acceleratorsOption, 0);
    settings.pageSize = number(pageSizeOption, 1);
    const auto version = signatureVersionFromString(parser.value(signatureOption));
    if (!ok || !version || settings.clients.isEmpty() || settings.pageSize > 50) {
        err << "bench_emulator: bad option; see --help\n";
        return 2;
    }
    settings.version = *version;
    settings.inProcess = parser.isSet(inProcessOption);
    settings.emulatorPath = parser.value(emulatorOption);

    QUrl endpoint;
    QProcess process;
    std::unique_ptr<InProcessEmulator> inProcess;
    if (settings.inProcess) {
        emu::EmulatorOptions options;
        options.accelerators = settings.accelerators;
        inProcess = std::make_unique<InProcessEmulator>(options);
        endpoint = inProcess->url();
        if (!endpoint.isValid()) {
            err << "bench_emulator: " << inProcess->error() << '\n';
            return 1;
        }
    } else {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(settings.emulatorPath,
                      { QStringLiteral("--accelerators"), QString::number(settings.accelerators) });
        if (!process.waitForStarted() || !process.waitForReadyRead(10'000)) {
            err << "bench_emulator: cannot start " << settings.emulatorPath << '\n';
            return 1;
        }
        endpoint = QUrl(QString::fromUtf8(process.readLine()).trimmed());
    }

    QJsonArray runs;
    for (const int clients : settings.clients)
        runs.append(run(endpoint, settings, clients));
    const QJsonObject stats = fetchStats(endpoint);

    if (!settings.inProcess) {
        process.terminate();
        process.waitForFinished(10'000);
    }

    const QJsonObject report {
        { QStringLiteral("benchmark"),
          QStringLiteral("ga-emulator ListAccelerators, signed, keep-alive, loopback") },
        { QStringLiteral("emulator"),
          settings.inProcess ? QStringLiteral("in-process thread")
                             : QStringLiteral("separate process") },
        { QStringLiteral("signature"),
          settings.version == SignatureVersion::V1 ? QStringLiteral("v1") : QStringLiteral("v3") },
        { QStringLiteral("accelerators"), settings.accelerators },
        { QStringLiteral("pageSize"), settings.pageSize },
        { QStringLiteral("durationMs"), settings.durationMs },
        { QStringLiteral("warmupMs"), settings.warmupMs },
        { QStringLiteral("cpuCores"), QThread::idealThreadCount() },
        { QStringLiteral("qt"), QString::fromLatin1(qVersion()) },
        { QStringLiteral("buildType"), QStringLiteral(GA_BUILD_TYPE) },
        { QStringLiteral("runs"), runs },
        { QStringLiteral("serverStats"), stats },
    };
    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return 0;
}
