// bench_gactl: what an admin feels from gactl, measured side by side in one run against
// ga-emulator processes on loopback (issue 4's figures):
//   inventory  `gactl inventory` on 100 accelerators x 8 listeners (half HTTPS, 20 domains
//              each) at --latency-ms 20, side by side in one run: one at a time
//              (--concurrency 1), the old fixed window of 4 (--concurrency 4), --concurrency 16
//              on one QNetworkAccessManager (GA_MAX_CONNECTIONS=6: Qt's six connections),
//              --concurrency 16 over the pool, and the default (adaptive window, cap 32); each
//              against one at a time and against its floors; the peak requests in flight the
//              emulator saw; then the default and the fixed 4 at --qps 20 (throttled answers,
//              failed calls), and `inventory --details` (CAS lookups) the same way.
//   watch      `gactl dissociate --wait` 20 times with --update-ms drawn from 1 to 8 s: the lag
//              between the emulator's transition to active (its event log) and gactl's return,
//              listener state reads (ListListeners of its accelerator) per operation and per
//              second of watching, once with
//              gactl's default poll schedule and once with terraform's (--poll-schedule).
// Prints one JSON document on stdout; progress goes to stderr.
//
//   bench_gactl [--mode inventory|watch|all] [--runs N] [--operations N] [--seed N]
//               [--schedules default,terraform]

#include "benchstats.h"
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
#include <cmath>
#include <memory>
#include <vector>

namespace {

using ga::bench::median;
using ga::bench::percentile;
using ga::bench::progress;

const QString accessKeyId = QStringLiteral("LTAI5tDemoAccessKey0001");
const QString accessKeySecret = QStringLiteral("demo-secret-for-the-local-emulator-only");

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

GactlRun runGactl(const QStringList &args, const QString &home,
                  const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GA_MAX_CONNECTIONS"));
    for (const QString &name : extra.keys())
        env.insert(name, extra.value(name));
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

// One way of running gactl inventory.
struct Setting
{
    QString key;
    QString label;
    QStringList args;
    int cap; // the window's cap (--concurrency)
    int connections; // the most requests Qt sends at once
    QProcessEnvironment env;
};

QList<Setting> inventorySettings(bool all)
{
    QProcessEnvironment oneManager;
    oneManager.insert(QStringLiteral("GA_MAX_CONNECTIONS"), QStringLiteral("6"));
    const auto concurrency = [](int n) {
        return QStringList { QStringLiteral("--concurrency"), QString::number(n) };
    };
    QList<Setting> settings {
        { QStringLiteral("serial"),
          QStringLiteral("one at a time (--concurrency 1)"),
          concurrency(1),
          1,
          1,
          {} },
        { QStringLiteral("fixed4"),
          QStringLiteral("the old fixed window of 4 (--concurrency 4)"),
          concurrency(4),
          4,
          4,
          {} },
    };
    if (all) {
        settings.append({ QStringLiteral("c16OneManager"),
                          QStringLiteral("--concurrency 16 on one manager (GA_MAX_CONNECTIONS=6)"),
                          concurrency(16), 16, 6, oneManager });
        settings.append({ QStringLiteral("c16"),
                          QStringLiteral("--concurrency 16, pooled"),
                          concurrency(16),
                          16,
                          16,
                          {} });
    }
    settings.append({ QStringLiteral("default"),
                      QStringLiteral("the default (adaptive window from 4, cap 32, pooled)"),
                      {},
                      32,
                      32,
                      {} });
    return settings;
}

// Round trips a window needs for `requests` when it starts at min(4, cap) and grows by one per
// round trip (additive increase), with at most `limit` on the wire: the floor of that window.
// It leaves out that the inventory's first requests depend on each other (page 1 of the
// accelerators goes alone), so it is a lower bound.
int roundTrips(qint64 requests, int cap, int limit)
{
    double window = std::min(4, cap);
    int trips = 0;
    for (qint64 sent = 0; sent < requests; ++trips) {
        sent += qint64(std::min(double(limit), std::floor(window)));
        window = std::min(double(cap), window + 1);
    }
    return trips;
}

// `gactl inventory` (with `extraArgs`) under each setting against an emulator of its own (the
// same world), runs interleaved so every setting sees the same machine noise.
QJsonObject measureSettings(const QList<Setting> &settings, const QStringList &extraArgs,
                            const QStringList &world, int latencyMs, int runs, const QString &home)
{
    struct Measured
    {
        std::unique_ptr<EmulatorProcess> emulator;
        QStringList args;
        QList<double> ms;
        int failures = 0;
    };
    std::vector<Measured> measured;
    qint64 requests = -1;
    QJsonObject byAction;
    for (const Setting &setting : settings) {
        Measured m;
        m.emulator = std::make_unique<EmulatorProcess>(world);
        m.args = QStringList { QStringLiteral("inventory"), QStringLiteral("--output"),
                               QStringLiteral("json"), QStringLiteral("--endpoint"),
                               m.emulator->url() }
            + extraArgs + setting.args;
        if (extraArgs.contains(QStringLiteral("--details")))
            m.args += QStringList { QStringLiteral("--cas-endpoint"), m.emulator->url() };
        // One untimed run to learn the request count and warm the caches.
        const GactlRun warmup = runGactl(m.args, home, setting.env);
        if (warmup.exitCode != 0)
            qFatal("gactl %s failed: %s", qPrintable(m.args.join(u' ')), warmup.err.constData());
        const QJsonObject stats = m.emulator->stats();
        if (requests < 0) {
            requests = requestCount(stats);
            byAction = stats.value(u"requestsByAction").toObject();
        } else if (requestCount(stats) != requests) {
            progress() << "note: " << setting.key << " sent " << requestCount(stats)
                       << " requests, the first setting " << requests << '\n';
        }
        measured.push_back(std::move(m));
    }
    for (int i = 0; i < runs; ++i) {
        for (qsizetype k = 0; k < settings.size(); ++k) {
            const GactlRun run = runGactl(measured[k].args, home, settings[k].env);
            if (run.exitCode != 0)
                ++measured[k].failures;
            measured[k].ms.append(double(run.elapsedMs));
            progress() << "inventory " << extraArgs.join(u' ') << " run " << (i + 1) << ' '
                       << settings[k].key << ": " << run.elapsedMs << " ms\n";
            progress().flush();
        }
    }
    const double serialMs = median(measured.front().ms);
    QJsonArray rows;
    for (qsizetype k = 0; k < settings.size(); ++k) {
        const Setting &setting = settings[k];
        const double ms = median(measured[k].ms);
        const int limit = std::min(setting.cap, setting.connections);
        const double parallelismFloorMs = double(requests) * latencyMs / limit;
        const double windowFloorMs = double(roundTrips(requests, setting.cap, limit)) * latencyMs;
        const QJsonObject concurrency
            = measured[k].emulator->stats().value(u"concurrency").toObject();
        QJsonArray each;
        for (double v : std::as_const(measured[k].ms))
            each.append(v);
        rows.append(QJsonObject {
            { QStringLiteral("key"), setting.key },
            { QStringLiteral("label"), setting.label },
            { QStringLiteral("args"), QJsonArray::fromStringList(setting.args) },
            { QStringLiteral("cap"), setting.cap },
            { QStringLiteral("connections"), setting.connections },
            { QStringLiteral("runsMs"), each },
            { QStringLiteral("failedRuns"), measured[k].failures },
            { QStringLiteral("medianMs"), ms },
            { QStringLiteral("speedupOverSerial"), serialMs / ms },
            // requests x latency / the most that can be in flight (cap, or Qt's connections)
            { QStringLiteral("parallelismFloorMs"), parallelismFloorMs },
            { QStringLiteral("ratioToParallelismFloor"), ms / parallelismFloorMs },
            // the same with the window's growth from 4 (one more per round trip)
            { QStringLiteral("windowFloorMs"), windowFloorMs },
            { QStringLiteral("ratioToWindowFloor"), ms / windowFloorMs },
            // what the emulator saw: answers held back by its latency at once, connections
            { QStringLiteral("peakInFlight"), concurrency.value(u"peakPending") },
            { QStringLiteral("peakConnections"), concurrency.value(u"peakConnections") },
            // requests x latency / time: how many were in flight on average
            { QStringLiteral("meanInFlight"), double(requests) * latencyMs / ms },
        });
    }
    return QJsonObject { { QStringLiteral("requests"), double(requests) },
                         { QStringLiteral("requestsByAction"), byAction },
                         { QStringLiteral("runs"), runs },
                         { QStringLiteral("settings"), rows } };
}

// One run per setting against a fresh emulator limited to `qps`: nothing may fail, and
// requests / qps is the floor. Failed calls are counted from gactl --verbose ("failed after").
QJsonArray measureQuota(const QList<Setting> &settings, const QStringList &world, int qps,
                        qint64 requests, const QString &home)
{
    QJsonArray rows;
    for (const Setting &setting : settings) {
        EmulatorProcess limited(world
                                + QStringList { QStringLiteral("--qps"), QString::number(qps) });
        const qint64 before = requestCount(limited.stats());
        const GactlRun run
            = runGactl(QStringList { QStringLiteral("inventory"), QStringLiteral("--output"),
                                     QStringLiteral("json"), QStringLiteral("--verbose"),
                                     QStringLiteral("--endpoint"), limited.url() }
                           + setting.args,
                       home, setting.env);
        const QJsonObject stats = limited.stats();
        const int failedCalls = int(run.err.count("failed after"));
        const double floorMs = double(requests) * 1000.0 / qps;
        progress() << "inventory at --qps " << qps << ' ' << setting.key << ": " << run.elapsedMs
                   << " ms, exit " << run.exitCode << ", " << stats.value(u"throttled").toDouble()
                   << " throttled, " << failedCalls << " failed calls\n";
        progress().flush();
        rows.append(QJsonObject {
            { QStringLiteral("key"), setting.key },
            { QStringLiteral("label"), setting.label },
            { QStringLiteral("exitCode"), run.exitCode },
            { QStringLiteral("failedCalls"), failedCalls },
            { QStringLiteral("elapsedMs"), double(run.elapsedMs) },
            { QStringLiteral("requestsIncludingRetries"), double(requestCount(stats) - before) },
            { QStringLiteral("throttled"), stats.value(u"throttled") },
            { QStringLiteral("peakInFlight"),
              stats.value(u"concurrency").toObject().value(u"peakPending") },
            { QStringLiteral("floorMs"), floorMs },
            { QStringLiteral("ratioToFloor"), double(run.elapsedMs) / floorMs },
        });
    }
    return rows;
}

QJsonObject measureInventory(int runs, const QString &home)
{
    const int latencyMs = 20;
    const QStringList world { QStringLiteral("--accelerators"), QStringLiteral("100"),
                              QStringLiteral("--listeners"),    QStringLiteral("8"),
                              QStringLiteral("--certificates"), QStringLiteral("20"),
                              QStringLiteral("--latency-ms"),   QString::number(latencyMs) };
    QJsonObject result = measureSettings(inventorySettings(true), {}, world, latencyMs, runs, home);
    result.insert(QStringLiteral("world"),
                  QStringLiteral("100 accelerators x 8 listeners (half HTTPS, 20 domains each), "
                                 "latency 20 ms"));
    result.insert(QStringLiteral("latencyMs"), latencyMs);
    const qint64 requests = qint64(result.value(u"requests").toDouble());
    result.insert(QStringLiteral("qps20"),
                  measureQuota(inventorySettings(false).mid(1), world, 20, requests, home));
    result.insert(QStringLiteral("details"),
                  measureSettings(inventorySettings(false), { QStringLiteral("--details") }, world,
                                  latencyMs, runs, home));
    return result;
}

// What the emulator's event log says about one watched operation: when the dissociation
// arrived, when the listener last became active, and when each read of it arrived.
struct WatchEvents
{
    qint64 dissociatedAt = 0;
    qint64 activeAt = 0;
    QList<qint64> stateReads; // ListListeners arrivals from the dissociation on
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
        if (event.value(u"action").toString() == u"ListListeners")
            events.stateReads.append(t);
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
    QList<double> stateReadCounts;
    QList<double> stateReadsPerSecond;
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
        const double reads = double(events.stateReads.size());
        qint64 shortestGap = 0;
        for (qsizetype k = 1; k < events.stateReads.size(); ++k) {
            const qint64 gap = events.stateReads[k] - events.stateReads[k - 1];
            shortestGap = k == 1 ? gap : std::min(shortestGap, gap);
        }
        lags.append(double(run.endedAtMs - events.activeAt));
        stateReadCounts.append(reads);
        stateReadsPerSecond.append(reads / watchedSeconds);
        callsPerSecond.append((reads + events.certificateLists) / watchedSeconds);
        if (events.stateReads.size() > 1)
            shortestGaps.append(double(shortestGap));
        perOperation.append(
            QJsonObject { { QStringLiteral("updateMs"), updateMs },
                          { QStringLiteral("lagMs"), lags.last() },
                          { QStringLiteral("watchedMs"), watchedSeconds * 1000.0 },
                          { QStringLiteral("stateReads"), reads },
                          { QStringLiteral("listListenerCertificates"), events.certificateLists },
                          { QStringLiteral("stateReadsPerSecond"), stateReadsPerSecond.last() } });
        progress() << "watch " << schedule << ' ' << (i + 1) << ": update " << updateMs
                   << " ms, lag " << lags.last() << " ms, " << reads
                   << " state reads (ListListeners) in " << watchedSeconds << " s\n";
        progress().flush();
    }
    return QJsonObject {
        { QStringLiteral("schedule"), schedule },
        { QStringLiteral("operations"), operations },
        { QStringLiteral("failures"), failures },
        { QStringLiteral("lagMedianMs"), median(lags) },
        { QStringLiteral("lagP90Ms"), percentile(lags, 0.9) },
        { QStringLiteral("lagMaxMs"), maxOf(lags) },
        { QStringLiteral("stateReadsPerOperationMedian"), median(stateReadCounts) },
        { QStringLiteral("stateReadsPerOperationMax"), maxOf(stateReadCounts) },
        { QStringLiteral("stateReadsPerSecondMedian"), median(stateReadsPerSecond) },
        { QStringLiteral("stateReadsPerSecondMax"), maxOf(stateReadsPerSecond) },
        { QStringLiteral("callsPerSecondIncludingCertificateListsMedian"), median(callsPerSecond) },
        { QStringLiteral("callsPerSecondIncludingCertificateListsMax"), maxOf(callsPerSecond) },
        { QStringLiteral("shortestStateReadGapMs"),
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
