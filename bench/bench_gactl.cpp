// bench_gactl: what an admin feels from gactl, measured side by side in one run against
// ga-emulator processes on loopback (issue 4's figures):
//   inventory  `gactl inventory` on 100 accelerators x 8 listeners (half HTTPS, 20 domains
//              each) at --latency-ms 20: default concurrency against --concurrency 1 and
//              against the lower bound requests x latency / concurrency; then at --qps 20.
//   watch      `gactl dissociate --wait` 20 times with --update-ms drawn from 1 to 8 s: the lag
//              between the emulator's transition to active (its event log) and gactl's return,
//              DescribeListener calls per operation and per second of watching, once with
//              gactl's default poll schedule and once with terraform's (--poll-schedule).
// Prints one JSON document on stdout; progress goes to stderr.
//
//   bench_gactl [--mode inventory|watch|all] [--runs N] [--operations N] [--seed N]
//               [--schedules default,terraform]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>

namespace {

const QString accessKeyId = QStringLiteral("LTAI5tDemoAccessKey0001");
const QString accessKeySecret = QStringLiteral("demo-secret-for-the-local-emulator-only");

QTextStream &progress()
{
    static QTextStream err(stderr);
    return err;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index
        = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values[index];
}

// A ga-emulator process for the length of one measurement.
class EmulatorProcess
{
public:
    explicit EmulatorProcess(const QStringList &args)
    {
        m_process.setProgram(QStringLiteral(GA_EMULATOR_BIN));
        m_process.setArguments(args);
        m_process.start();
        if (!m_process.waitForReadyRead(10'000))
            qFatal("ga-emulator did not start");
        m_url = QString::fromLatin1(m_process.readLine().trimmed());
    }
    ~EmulatorProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(5'000);
    }
    const QString &url() const { return m_url; }

    QJsonObject stats() const
    {
        // A benchmark may wait in a local event loop; product code never does.
        QNetworkAccessManager network;
        QNetworkReply *reply
            = network.get(QNetworkRequest(QUrl(m_url + QStringLiteral("/__emulator/stats"))));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

private:
    QProcess m_process;
    QString m_url;
};

struct GactlRun
{
    int exitCode = -1;
    qint64 elapsedMs = 0;
    qint64 endedAtMs = 0; // wall clock, comparable with the emulator's event log
    QByteArray out;
    QByteArray err;
};

GactlRun runGactl(const QStringList &args, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), accessKeyId);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), accessKeySecret);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(GACTL_BIN), args);
    process.waitForFinished(600'000);
    GactlRun run;
    run.elapsedMs = timer.elapsed();
    run.endedAtMs = QDateTime::currentMSecsSinceEpoch();
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

qint64 requestCount(const QJsonObject &stats)
{
    return qint64(stats.value(u"requests").toDouble());
}

QJsonObject measureInventory(int runs, const QString &home)
{
    const QStringList world { QStringLiteral("--accelerators"), QStringLiteral("100"),
                              QStringLiteral("--listeners"),    QStringLiteral("8"),
                              QStringLiteral("--certificates"), QStringLiteral("20"),
                              QStringLiteral("--latency-ms"),   QStringLiteral("20") };
    EmulatorProcess emulator(world);
    const QStringList base { QStringLiteral("inventory"), QStringLiteral("--output"),
                             QStringLiteral("json"), QStringLiteral("--endpoint"), emulator.url() };
    // One untimed run to learn the request count and warm the caches.
    const qint64 before = requestCount(emulator.stats());
    const GactlRun warmup = runGactl(base, home);
    const qint64 requests = requestCount(emulator.stats()) - before;
    if (warmup.exitCode != 0)
        qFatal("gactl inventory failed: %s", warmup.err.constData());

    QList<double> defaults;
    QList<double> serial;
    for (int i = 0; i < runs; ++i) { // interleaved, so both see the same machine noise
        defaults.append(double(runGactl(base, home).elapsedMs));
        serial.append(double(
            runGactl(base + QStringList { QStringLiteral("--concurrency"), QStringLiteral("1") },
                     home)
                .elapsedMs));
        progress() << "inventory run " << (i + 1) << ": default " << defaults.last()
                   << " ms, concurrency 1 " << serial.last() << " ms\n";
        progress().flush();
    }
    const double bound = double(requests) * 20.0 / 4.0;

    // The same at 20 requests per second: nothing may fail, and requests / 20 is the floor.
    EmulatorProcess limited(world + QStringList { QStringLiteral("--qps"), QStringLiteral("20") });
    const qint64 limitedBefore = requestCount(limited.stats());
    const GactlRun throttledRun
        = runGactl({ QStringLiteral("inventory"), QStringLiteral("--output"),
                     QStringLiteral("json"), QStringLiteral("--endpoint"), limited.url() },
                   home);
    const QJsonObject limitedStats = limited.stats();
    const qint64 throttledRequests = requestCount(limitedStats) - limitedBefore;

    const double medianDefault = median(defaults);
    const double medianSerial = median(serial);
    return QJsonObject {
        { QStringLiteral("world"),
          QStringLiteral(
              "100 accelerators x 8 listeners (half HTTPS, 20 domains each), latency 20 ms") },
        { QStringLiteral("requests"), double(requests) },
        { QStringLiteral("runs"), runs },
        { QStringLiteral("defaultConcurrency"), 4 },
        { QStringLiteral("medianDefaultMs"), medianDefault },
        { QStringLiteral("medianConcurrency1Ms"), medianSerial },
        { QStringLiteral("speedupOverConcurrency1"), medianSerial / medianDefault },
        { QStringLiteral("lowerBoundMs"), bound },
        { QStringLiteral("ratioToLowerBound"), medianDefault / bound },
        { QStringLiteral("qps20"),
          QJsonObject { { QStringLiteral("exitCode"), throttledRun.exitCode },
                        { QStringLiteral("elapsedMs"), double(throttledRun.elapsedMs) },
                        { QStringLiteral("requestsIncludingRetries"), double(throttledRequests) },
                        { QStringLiteral("throttled"), limitedStats.value(u"throttled") },
                        { QStringLiteral("floorMs"), double(requests) * 1000.0 / 20.0 },
                        { QStringLiteral("ratioToFloor"),
                          double(throttledRun.elapsedMs) / (double(requests) * 1000.0 / 20.0) } } },
    };
}

// What the emulator's event log says about one watched operation: when the dissociation
// arrived, when the listener last became active, and when each read of it arrived.
struct WatchEvents
{
    qint64 dissociatedAt = 0;
    qint64 activeAt = 0;
    QList<qint64> describes; // DescribeListener arrivals from the dissociation on
    int certificateLists = 0; // ListListenerCertificates arrivals from the dissociation on
};

WatchEvents readEvents(const QString &eventLog, const QString &listenerId)
{
    WatchEvents events;
    QFile file(eventLog);
    if (!file.open(QIODevice::ReadOnly))
        return events;
    QList<QJsonObject> all;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            all.append(QJsonDocument::fromJson(line).object());
    }
    for (const QJsonObject &event : std::as_const(all)) {
        if (event.value(u"type").toString() == u"request"
            && event.value(u"action").toString() == u"DissociateAdditionalCertificatesFromListener")
            events.dissociatedAt = qint64(event.value(u"t").toDouble());
    }
    for (const QJsonObject &event : std::as_const(all)) {
        const qint64 t = qint64(event.value(u"t").toDouble());
        if (event.value(u"type").toString() == u"transition"
            && event.value(u"resource").toString() == listenerId
            && event.value(u"to").toString() == u"active")
            events.activeAt = t;
        if (event.value(u"type").toString() != u"request" || t < events.dissociatedAt)
            continue;
        if (event.value(u"action").toString() == u"DescribeListener")
            events.describes.append(t);
        else if (event.value(u"action").toString() == u"ListListenerCertificates")
            ++events.certificateLists;
    }
    return events;
}

double maxOf(const QList<double> &values)
{
    return values.isEmpty() ? 0.0 : *std::max_element(values.cbegin(), values.cend());
}

// 20 dissociations with --wait, each against a fresh emulator whose --update-ms is drawn
// from 1 to 8 s (the same draws for every schedule). Rates are per listener, over the time
// gactl watched: from the dissociation's arrival at the emulator to gactl's return.
QJsonObject measureWatch(const QString &schedule, int operations, quint64 seed, const QString &home)
{
    QRandomGenerator random { quint32(seed) };
    QList<double> lags;
    QList<double> describeCalls;
    QList<double> describesPerSecond;
    QList<double> callsPerSecond;
    QList<double> shortestGaps;
    QJsonArray perOperation;
    int failures = 0;
    for (int i = 0; i < operations; ++i) {
        const int updateMs = 1000 + int(random.bounded(7001));
        const QString eventLog = home + QStringLiteral("/events-%1-%2.jsonl").arg(schedule).arg(i);
        EmulatorProcess emulator({ QStringLiteral("--update-ms"), QString::number(updateMs),
                                   QStringLiteral("--event-log"), eventLog,
                                   QStringLiteral("--seed"), QString::number(seed + quint64(i)) });
        const GactlRun certificates
            = runGactl({ QStringLiteral("inventory"), QStringLiteral("--output"),
                         QStringLiteral("json"), QStringLiteral("--endpoint"), emulator.url() },
                       home);
        const QJsonObject first = QJsonDocument::fromJson(certificates.out)
                                      .object()
                                      .value(u"Accelerators")
                                      .toArray()
                                      .first()
                                      .toObject();
        const QJsonObject listener = first.value(u"Listeners").toArray().first().toObject();
        const QString listenerId = listener.value(u"ListenerId").toString();
        const QString domain = listener.value(u"AdditionalCertificates")
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(u"Domain")
                                   .toString();
        const GactlRun run
            = runGactl({ QStringLiteral("dissociate"), first.value(u"AcceleratorId").toString(),
                         listenerId, domain, QStringLiteral("--wait"), QStringLiteral("--yes"),
                         QStringLiteral("--poll-schedule"), schedule, QStringLiteral("--endpoint"),
                         emulator.url() },
                       home);
        const WatchEvents events = readEvents(eventLog, listenerId);
        if (run.exitCode != 0 || events.activeAt == 0 || events.dissociatedAt == 0) {
            progress() << "watch " << schedule << ' ' << (i + 1) << " failed: exit " << run.exitCode
                       << ' ' << run.err << '\n';
            progress().flush();
            ++failures;
            continue;
        }
        const double watchedSeconds = double(run.endedAtMs - events.dissociatedAt) / 1000.0;
        const double describes = double(events.describes.size());
        qint64 shortestGap = 0;
        for (qsizetype k = 1; k < events.describes.size(); ++k) {
            const qint64 gap = events.describes[k] - events.describes[k - 1];
            shortestGap = k == 1 ? gap : std::min(shortestGap, gap);
        }
        lags.append(double(run.endedAtMs - events.activeAt));
        describeCalls.append(describes);
        describesPerSecond.append(describes / watchedSeconds);
        callsPerSecond.append((describes + events.certificateLists) / watchedSeconds);
        if (events.describes.size() > 1)
            shortestGaps.append(double(shortestGap));
        perOperation.append(QJsonObject {
            { QStringLiteral("updateMs"), updateMs },
            { QStringLiteral("lagMs"), lags.last() },
            { QStringLiteral("watchedMs"), watchedSeconds * 1000.0 },
            { QStringLiteral("describeListener"), describes },
            { QStringLiteral("listListenerCertificates"), events.certificateLists },
            { QStringLiteral("describeListenerPerSecond"), describesPerSecond.last() } });
        progress() << "watch " << schedule << ' ' << (i + 1) << ": update " << updateMs
                   << " ms, lag " << lags.last() << " ms, " << describes
                   << " DescribeListener calls in " << watchedSeconds << " s\n";
        progress().flush();
    }
    return QJsonObject {
        { QStringLiteral("schedule"), schedule },
        { QStringLiteral("operations"), operations },
        { QStringLiteral("failures"), failures },
        { QStringLiteral("lagMedianMs"), median(lags) },
        { QStringLiteral("lagP90Ms"), percentile(lags, 0.9) },
        { QStringLiteral("lagMaxMs"), maxOf(lags) },
        { QStringLiteral("describeListenerPerOperationMedian"), median(describeCalls) },
        { QStringLiteral("describeListenerPerOperationMax"), maxOf(describeCalls) },
        { QStringLiteral("describeListenerPerSecondMedian"), median(describesPerSecond) },
        { QStringLiteral("describeListenerPerSecondMax"), maxOf(describesPerSecond) },
        { QStringLiteral("callsPerSecondIncludingCertificateListsMedian"), median(callsPerSecond) },
        { QStringLiteral("callsPerSecondIncludingCertificateListsMax"), maxOf(callsPerSecond) },
        { QStringLiteral("shortestDescribeGapMs"),
          shortestGaps.isEmpty() ? 0.0
                                 : *std::min_element(shortestGaps.cbegin(), shortestGaps.cend()) },
        { QStringLiteral("perOperation"), perOperation },
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("inventory, watch or all"),
                                  QStringLiteral("MODE"), QStringLiteral("all"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("timed inventory runs per setting"),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption operations(QStringLiteral("operations"),
                                        QStringLiteral("dissociations to watch"),
                                        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("seed of the drawn update times"),
                                  QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption schedules(
        QStringLiteral("schedules"),
        QStringLiteral("gactl --poll-schedule values to watch with, comma-separated"),
        QStringLiteral("LIST"), QStringLiteral("default,terraform"));
    parser.addOptions({ mode, runs, operations, seed, schedules });
    parser.process(app);

    QTemporaryDir home;
    QJsonObject result { { QStringLiteral("benchmark"), QStringLiteral("gactl") },
                         { QStringLiteral("measuredAt"),
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                         { QStringLiteral("buildType"), QStringLiteral(GA_BUILD_TYPE) } };
    const QString which = parser.value(mode);
    if (which == u"inventory" || which == u"all")
        result.insert(QStringLiteral("inventory"),
                      measureInventory(parser.value(runs).toInt(), home.path()));
    if (which == u"watch" || which == u"all") {
        // The same operations (same drawn update times) under each schedule, same watcher code.
        QJsonObject watch;
        for (const QString &schedule : parser.value(schedules).split(u',', Qt::SkipEmptyParts))
            watch.insert(schedule,
                         measureWatch(schedule, parser.value(operations).toInt(),
                                      parser.value(seed).toULongLong(), home.path()));
        result.insert(QStringLiteral("watch"), watch);
    }
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
