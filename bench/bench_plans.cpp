// bench_plans: a retire plan across the account against the one-at-a-time way (issue 16's
// figures), in one run, against in-process emulators playing `--qps 20 --update-ms 3000
// --latency-ms 20`:
//   plan    one domain retired from 100 HTTPS listeners on 25 accelerators (4 each, each
//           listener serving the domain and three others): the account read (AccountInventory),
//           plans::planRetire, plans::launch, then PlanRun until every request has ended, each
//           watched until its listener is active without the domain. Against its floor: the
//           longest accelerator's chain (its requests one after another, each update-ms long)
//           plus its requests at the quota (its request count / qps).
//   serial  the one-at-a-time way (terraform's: one request, wait for `active`, the next),
//           through the same pipeline, each request its own one-request plan, on the first
//           --serial-sample listeners of a fresh emulator with the same world; extrapolated
//           linearly to the whole plan unless the sample is the whole plan.
// Counted from the emulator's side: API calls per action and per second during the plan,
// throttled answers, requests applied twice (mutations applied - distinct ClientTokens applied).
// Prints one JSON document on stdout; progress goes to stderr. Nothing here fails on a figure.
//
//   bench_plans [--serial-sample N] [--accelerators N] [--listeners N]

#include "api/credentials.h"
#include "api/gaclient.h"
#include "benchstats.h"
#include "certificateoperations.h"
#include "emulator.h"
#include "gaactions.h"
#include "inventory/accountinventory.h"
#include "ops/changeoperation.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "plans/planlauncher.h"
#include "plans/planrun.h"
#include "plans/retireplanner.h"
#include "world.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

using namespace ga;

namespace {

using ga::bench::percentile;
using ga::bench::progress;

// The emulator: --qps 20 --update-ms 3000 --latency-ms 20.
constexpr double qps = 20;
constexpr int updateMs = 3000;
constexpr int latencyMs = 20;
const QString retiredDomain = QStringLiteral("legacy.example.com");

// A benchmark may wait in a local event loop; product code never does.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// 25 x 4 HTTPS listeners, every one serving the domain to retire beside three others (two
// shared by the whole account on one certificate, one of its own), every accelerator active:
// the generator's world has HTTP, TCP and UDP listeners and some locked accelerators, which a
// retire skips and which would blur the shape the issue asks for.
void shapeWorld(emu::World &world, int accelerators, int listenersEach)
{
    emu::World::Shape shape;
    shape.seed = 16;
    shape.accelerators = accelerators;
    shape.listenersPerAccelerator = listenersEach;
    shape.certificatesPerHttpsListener = 0;
    world = emu::World::generate(shape);
    const QString retiredCertificate = emu::certificateIdentifier(424'240);
    const QString sharedCertificate = emu::certificateIdentifier(424'250);
    int n = 0;
    for (emu::EmuAccelerator &accelerator : world.accelerators()) {
        accelerator.state = QStringLiteral("active");
        int index = 0;
        for (const QString &id : std::as_const(accelerator.listenerIds)) {
            emu::EmuListener &listener = *world.listener(id);
            listener.protocol = QStringLiteral("https");
            listener.name = QStringLiteral("https-%1").arg(index + 1);
            listener.fromPort = listener.toPort = 443 + index * 1000;
            listener.state = QStringLiteral("active");
            listener.defaultCertificateId = emu::certificateIdentifier(500'000 + n);
            listener.additional = {
                { retiredCertificate, retiredDomain, QStringLiteral("active") },
                { sharedCertificate, QStringLiteral("www.example.net"), QStringLiteral("active") },
                { sharedCertificate, QStringLiteral("api.example.net"), QStringLiteral("active") },
                { emu::certificateIdentifier(600'000 + n),
                  QStringLiteral("static%1.example.org").arg(n), QStringLiteral("active") },
            };
            ++index;
            ++n;
        }
    }
}

QHash<QString, qint64> byAction(const emu::EmulatorStats &stats)
{
    return stats.requestsByAction;
}

QJsonObject actionDelta(const QHash<QString, qint64> &before, const QHash<QString, qint64> &after)
{
    QJsonObject delta;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const qint64 d = it.value() - before.value(it.key());
        if (d > 0)
            delta.insert(it.key(), double(d));
    }
    return delta;
}

bool isMutation(const QString &action)
{
    return action.startsWith(u"Associate") || action.startsWith(u"Dissociate")
        || action.startsWith(u"Update");
}

// One emulator, client, journal and center: what a console or gactl session has.
struct Session
{
    std::unique_ptr<emu::Emulator> emulator;
    std::unique_ptr<GaClient> client;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<OperationJournal> journal;
    std::unique_ptr<OperationCenter> center;
    AccountSnapshot snapshot;
    qint64 readMs = 0;
    int readCalls = 0;

    Session(int accelerators, int listenersEach)
    {
        dir = std::make_unique<QTemporaryDir>();
        emu::EmulatorOptions options;
        // Each answer's code per action, for what was throttled (the counters do not split it).
        options.eventLogPath = dir->filePath(QStringLiteral("events.jsonl"));
        options.seed = 16;
        options.accelerators = accelerators;
        options.listeners = listenersEach;
        options.certificates = 0;
        options.qps = qps;
        options.updateMs = updateMs;
        options.latencyMs = latencyMs;
        emulator = std::make_unique<emu::Emulator>(options);
        QString error;
        if (!emulator->start(&error))
            qFatal("emulator did not start: %s", qPrintable(error));
        shapeWorld(emulator->world(), accelerators, listenersEach);

        // The client as gactl and the console build it: defaults for the window and retries.
        GaClient::Config config;
        config.endpoint = emulator->baseUrl();
        config.credentials = Credentials(QString::fromLatin1(emu::demoAccessKeyId),
                                         QString::fromLatin1(emu::demoAccessKeySecret));
        config.transport.proxyMode = TransportOptions::ProxyMode::None;
        client = std::make_unique<GaClient>(config);
        journal = std::make_unique<OperationJournal>(dir->filePath(QStringLiteral("ops.jsonl")));
        center = std::make_unique<OperationCenter>(journal.get());
    }

    ~Session()
    {
        center.reset();
        client.reset();
        emulator.reset();
    }

    bool readAccount()
    {
        const qint64 before = emulator->stats().requests;
        AccountInventory inventory(client.get());
        bool ended = false;
        bool ok = false;
        QObject::connect(&inventory, &AccountInventory::finished, [&](const AccountSnapshot &s) {
            snapshot = s;
            ended = ok = true;
        });
        QObject::connect(&inventory, &AccountInventory::failed, [&](const ApiError &e) {
            progress() << "account read failed: " << e.code << ' ' << e.message << '\n';
            ended = true;
        });
        QElapsedTimer timer;
        timer.start();
        inventory.start();
        waitUntil([&] { return ended; }, 120'000);
        readMs = timer.elapsed();
        readCalls = int(emulator->stats().requests - before);
        return ok;
    }
};

Result<CertificatePlan> retirePlan(const AccountSnapshot &snapshot)
{
    RetireSelection selection;
    selection.patterns = { retiredDomain };
    return plans::planRetire(snapshot, selection);
}

// The floor of a plan as this benchmark defines it: the longest accelerator's chain of
// operations (its requests one after another, each update-ms long) plus its requests at the
// quota (its request count / qps). Neither the 20 ms latency nor the polls are in it.
struct Floor
{
    int longestChain = 0;
    double ms = 0;
};

Floor floorOf(const CertificatePlan &plan)
{
    Floor floor;
    for (const QString &accelerator : plan.acceleratorIds())
        floor.longestChain = std::max(floor.longestChain, int(plan.requestsOn(accelerator).size()));
    floor.ms = floor.longestChain * double(updateMs) + floor.longestChain / qps * 1000.0;
    return floor;
}

struct RunResult
{
    qint64 elapsedMs = -1;
    bool finished = false;
    int done = 0;
    int failed = 0;
    QJsonArray failures;
    QList<double> lagsMs; // the emulator applied the change -> the request was seen done
    QList<double> sendsMs; // its turn on the accelerator (Sending) -> GA accepted it (Watching)
    QJsonObject callsByAction;
    qint64 calls = 0;
    qint64 watchCalls = 0;
    double watchCallsPerSecondMax = 0;
    double callsPerSecondMax = 0;
    qint64 throttled = 0;
    QHash<QString, qint64> acceleratorDoneMs; // launch -> the accelerator's last request done
    QJsonObject answersByAction; // action -> answer code ("ok" when it succeeded) -> count
    QJsonObject sendRetries; // why a request was sent again (its error code) -> count
};

// The emulator's event log between two wall-clock times: per action, how many answers of each
// code ("ok" for a success).
QJsonObject answersBetween(const QString &path, qint64 fromMs, qint64 toMs)
{
    QHash<QString, QHash<QString, int>> counts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    while (!file.atEnd()) {
        const QJsonObject event = QJsonDocument::fromJson(file.readLine()).object();
        const qint64 t = qint64(event.value(u"t").toDouble());
        if (event.value(u"type").toString() != u"request" || t < fromMs || t > toMs)
            continue;
        const QString code = event.value(u"code").toString();
        ++counts[event.value(u"action").toString()][code.isEmpty() ? QStringLiteral("ok") : code];
    }
    QJsonObject result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QJsonObject codes;
        for (auto c = it->cbegin(); c != it->cend(); ++c)
            codes.insert(c.key(), c.value());
        result.insert(it.key(), codes);
    }
    return result;
}

// Launches `plan` on `session` and waits until every request has ended; the emulator's
// counters are read before and after, and once a second in between.
RunResult runPlan(Session &session, CertificatePlan plan, int timeoutMs)
{
    RunResult result;
    emu::Emulator &emulator = *session.emulator;
    const QHash<QString, qint64> before = byAction(emulator.stats());
    const qint64 throttledBefore = emulator.stats().throttled;

    QElapsedTimer timer;
    QHash<QString, qint64> appliedAtMs; // by listener: one request per listener in this shape
    QObject context;
    QObject::connect(&emulator.actions().operations(),
                     &emu::CertificateOperations::operationApplied, &context,
                     [&](const QString &listenerId) { appliedAtMs[listenerId] = timer.elapsed(); });
    QHash<QString, int> retries;
    QHash<QString, qint64> sendingAtMs; // by operation
    QObject::connect(session.center.get(), &OperationCenter::operationChanged, &context,
                     [&](ChangeOperation *operation) {
                         const QString &id = operation->record().operationId;
                         if (operation->phase() == ChangeOperation::Phase::Sending)
                             sendingAtMs.insert(id, sendingAtMs.value(id, timer.elapsed()));
                         else if (operation->phase() == ChangeOperation::Phase::Watching
                                  && sendingAtMs.contains(id) && sendingAtMs.value(id) >= 0) {
                             result.sendsMs.append(double(timer.elapsed() - sendingAtMs.value(id)));
                             sendingAtMs.insert(id, -1);
                         }
                     });
    QObject::connect(
        session.center.get(), &OperationCenter::operationAdded, &context,
        [&](ChangeOperation *operation) {
            QObject::connect(
                operation, &ChangeOperation::retryScheduled, &context,
                [&](const ApiError &reason, int) {
                    ++retries[reason.code.isEmpty() ? QStringLiteral("(no answer)") : reason.code];
                });
        });
    QObject::connect(session.center.get(), &OperationCenter::operationFinished, &context,
                     [&](ChangeOperation *operation) {
                         const OperationRecord &r = operation->record();
                         if (r.planId != plan.planId)
                             return;
                         const qint64 now = timer.elapsed();
                         result.acceleratorDoneMs[r.acceleratorId]
                             = std::max(result.acceleratorDoneMs.value(r.acceleratorId), now);
                         if (operation->phase() == ChangeOperation::Phase::Done
                             && appliedAtMs.contains(r.listenerId))
                             result.lagsMs.append(double(now - appliedAtMs.value(r.listenerId)));
                     });
    // Calls per second, from the emulator's counters: one sample a second.
    QHash<QString, qint64> lastSample = before;
    QTimer sampler;
    sampler.setTimerType(Qt::PreciseTimer);
    sampler.setInterval(1000);
    QObject::connect(&sampler, &QTimer::timeout, &context, [&] {
        const QHash<QString, qint64> now = byAction(emulator.stats());
        qint64 all = 0;
        qint64 watch = 0;
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const qint64 d = it.value() - lastSample.value(it.key());
            all += d;
            if (!isMutation(it.key()))
                watch += d;
        }
        result.callsPerSecondMax = std::max(result.callsPerSecondMax, double(all));
        result.watchCallsPerSecondMax = std::max(result.watchCallsPerSecondMax, double(watch));
        lastSample = now;
    });

    const qint64 startedAtMs = QDateTime::currentMSecsSinceEpoch();
    timer.start();
    sampler.start();
    Result<QList<ChangeOperation *>> launched
        = plans::launch(*session.center, session.client.get(), QStringLiteral("bench"), plan);
    if (!launched.ok()) {
        progress() << "launch failed: " << launched.error().message << '\n';
        return result;
    }
    PlanRun run(session.center.get(), plan);
    result.finished = waitUntil([&] { return run.isFinished(); }, timeoutMs);
    result.elapsedMs = timer.elapsed();
    sampler.stop();

    const PlanRun::Counts counts = run.counts();
    result.done = counts.done;
    result.failed = counts.failed + counts.waiting + counts.running;
    for (const OperationRecord &request : std::as_const(plan.requests)) {
        const ChangeOperation *operation = run.operationFor(request.operationId);
        if (operation && operation->phase() == ChangeOperation::Phase::Done)
            continue;
        QJsonObject failure { { QStringLiteral("operationId"), request.operationId },
                              { QStringLiteral("listenerId"), request.listenerId } };
        if (operation) {
            failure.insert(
                QStringLiteral("phase"),
                QString::fromLatin1(QMetaEnum::fromType<ChangeOperation::Phase>().valueToKey(
                    int(operation->phase()))));
            failure.insert(QStringLiteral("code"), operation->error().code);
            failure.insert(QStringLiteral("message"), operation->error().message);
        }
        result.failures.append(failure);
    }
    const QHash<QString, qint64> after = byAction(emulator.stats());
    result.callsByAction = actionDelta(before, after);
    for (auto it = result.callsByAction.constBegin(); it != result.callsByAction.constEnd(); ++it) {
        result.calls += qint64(it.value().toDouble());
        if (!isMutation(it.key()))
            result.watchCalls += qint64(it.value().toDouble());
    }
    result.throttled = emulator.stats().throttled - throttledBefore;
    result.answersByAction = answersBetween(emulator.options().eventLogPath, startedAtMs,
                                            QDateTime::currentMSecsSinceEpoch());
    for (auto it = retries.cbegin(); it != retries.cend(); ++it)
        result.sendRetries.insert(it.key(), it.value());
    return result;
}

QJsonObject appliedTwice(const emu::EmulatorStats &stats)
{
    return QJsonObject {
        { QStringLiteral("mutationsApplied"), double(stats.mutationsApplied) },
        { QStringLiteral("distinctClientTokensApplied"), double(stats.appliedClientTokens.size()) },
        { QStringLiteral("idempotentReplays"), double(stats.idempotentReplays) },
        { QStringLiteral("appliedTwice"),
          double(stats.mutationsApplied - stats.appliedClientTokens.size()) },
    };
}

QJsonObject measurePlan(int accelerators, int listenersEach, double *planMs)
{
    progress() << "plan: reading the account (" << accelerators << " accelerators x "
               << listenersEach << " HTTPS listeners)\n";
    progress().flush();
    Session session(accelerators, listenersEach);
    if (!session.readAccount())
        qFatal("the account read failed");
    Result<CertificatePlan> planned = retirePlan(session.snapshot);
    if (!planned.ok())
        qFatal("planRetire failed: %s", qPrintable(planned.error().message));
    CertificatePlan plan = planned.value();
    const Floor floor = floorOf(plan);
    // The quota refills while the admin reads the preview: the run does not start with the
    // bucket the account read emptied.
    QEventLoop pause;
    QTimer::singleShot(1000, &pause, &QEventLoop::quit);
    pause.exec();

    progress() << "plan: " << plan.requests.size() << " requests on "
               << plan.acceleratorIds().size() << " accelerators, floor " << floor.ms << " ms\n";
    progress().flush();
    const RunResult run = runPlan(session, plan, 300'000);
    *planMs = double(run.elapsedMs);
    progress() << "plan: " << run.elapsedMs << " ms, " << run.done << " done, " << run.failed
               << " not done, " << run.throttled << " throttled\n";
    progress().flush();

    QList<double> chains;
    for (auto it = run.acceleratorDoneMs.cbegin(); it != run.acceleratorDoneMs.cend(); ++it)
        chains.append(double(it.value()));
    const double seconds = double(run.elapsedMs) / 1000.0;
    return QJsonObject {
        { QStringLiteral("accelerators"), int(plan.acceleratorIds().size()) },
        { QStringLiteral("listeners"), plan.listenerCount() },
        { QStringLiteral("requests"), int(plan.requests.size()) },
        { QStringLiteral("skipped"), int(plan.skipped.size()) },
        { QStringLiteral("accountReadMs"), double(session.readMs) },
        { QStringLiteral("accountReadCalls"), session.readCalls },
        { QStringLiteral("pauseBeforeLaunchMs"), 1000 },
        { QStringLiteral("totalMs"), double(run.elapsedMs) },
        { QStringLiteral("finished"), run.finished },
        { QStringLiteral("floorMs"), floor.ms },
        { QStringLiteral("floorLongestChain"), floor.longestChain },
        { QStringLiteral("floorDefinition"),
          QStringLiteral("the longest accelerator's chain of operations (its requests x "
                         "update-ms) plus its requests at the quota (its request count / qps); "
                         "latency and polling are not in it") },
        { QStringLiteral("ratioToFloor"), floor.ms > 0 ? double(run.elapsedMs) / floor.ms : 0.0 },
        { QStringLiteral("done"), run.done },
        { QStringLiteral("failedRequests"), run.failed },
        { QStringLiteral("failures"), run.failures },
        { QStringLiteral("throttled"), double(run.throttled) },
        { QStringLiteral("callsByAction"), run.callsByAction },
        { QStringLiteral("answersByAction"), run.answersByAction },
        { QStringLiteral("requestSendRetries"), run.sendRetries },
        { QStringLiteral("calls"), double(run.calls) },
        { QStringLiteral("watchCalls"), double(run.watchCalls) },
        { QStringLiteral("watchCallsPerSecondMean"), seconds > 0 ? run.watchCalls / seconds : 0.0 },
        { QStringLiteral("watchCallsPerSecondMax"), run.watchCallsPerSecondMax },
        { QStringLiteral("callsPerSecondMax"), run.callsPerSecondMax },
        { QStringLiteral("sendToAcceptedMedianMs"), percentile(run.sendsMs, 0.5) },
        { QStringLiteral("sendToAcceptedP90Ms"), percentile(run.sendsMs, 0.9) },
        { QStringLiteral("sendToAcceptedMaxMs"), percentile(run.sendsMs, 1.0) },
        { QStringLiteral("lagAfterAppliedMedianMs"), percentile(run.lagsMs, 0.5) },
        { QStringLiteral("lagAfterAppliedP90Ms"), percentile(run.lagsMs, 0.9) },
        { QStringLiteral("lagAfterAppliedMaxMs"), percentile(run.lagsMs, 1.0) },
        { QStringLiteral("acceleratorDoneMinMs"), percentile(chains, 0.0) },
        { QStringLiteral("acceleratorDoneMedianMs"), percentile(chains, 0.5) },
        { QStringLiteral("acceleratorDoneMaxMs"), percentile(chains, 1.0) },
        { QStringLiteral("emulator"), appliedTwice(session.emulator->stats()) },
    };
}

QJsonObject measureSerial(int accelerators, int listenersEach, int sample, double planMs)
{
    Session session(accelerators, listenersEach);
    if (!session.readAccount())
        qFatal("the account read failed");
    Result<CertificatePlan> planned = retirePlan(session.snapshot);
    if (!planned.ok())
        qFatal("planRetire failed: %s", qPrintable(planned.error().message));
    const CertificatePlan whole = planned.value();
    const int total = int(whole.requests.size());
    sample = std::clamp(sample, 1, total);
    progress() << "one at a time: " << sample << " of " << total << " requests\n";
    progress().flush();
    QEventLoop pause;
    QTimer::singleShot(1000, &pause, &QEventLoop::quit);
    pause.exec();

    QList<double> each;
    qint64 sum = 0;
    int done = 0;
    int failed = 0;
    qint64 throttled = 0;
    QJsonArray failures;
    QHash<QString, qint64> calls;
    for (int i = 0; i < sample; ++i) {
        // The same pipeline with one request in flight: a plan of one, launched once the
        // previous one is done (terraform's loop).
        CertificatePlan one;
        one.kind = whole.kind;
        one.what = whole.what;
        OperationRecord request = whole.requests.at(i);
        request.planId.clear();
        one.requests = { request };
        const RunResult run = runPlan(session, one, 120'000);
        each.append(double(run.elapsedMs));
        sum += run.elapsedMs;
        done += run.done;
        failed += run.failed;
        throttled += run.throttled;
        for (const QJsonValue &f : run.failures)
            failures.append(f);
        for (auto it = run.callsByAction.constBegin(); it != run.callsByAction.constEnd(); ++it)
            calls[it.key()] += qint64(it.value().toDouble());
        progress() << "one at a time " << (i + 1) << '/' << sample << ": " << run.elapsedMs
                   << " ms\n";
        progress().flush();
    }
    QJsonObject callsByAction;
    for (auto it = calls.cbegin(); it != calls.cend(); ++it)
        callsByAction.insert(it.key(), double(it.value()));
    const bool whole_run = sample == total;
    const double estimate = whole_run ? double(sum) : double(sum) / sample * total;
    return QJsonObject {
        { QStringLiteral("requestsInPlan"), total },
        { QStringLiteral("sample"), sample },
        { QStringLiteral("sampleMs"), double(sum) },
        { QStringLiteral("perRequestMedianMs"), percentile(each, 0.5) },
        { QStringLiteral("perRequestMaxMs"), percentile(each, 1.0) },
        { QStringLiteral("totalMs"), estimate },
        { QStringLiteral("extrapolated"), !whole_run },
        { QStringLiteral("method"),
          whole_run
              ? QStringLiteral("every request of the plan, one at a time, each waited for until "
                               "its listener is active without the domain")
              : QStringLiteral("the first %1 requests of the plan (%2 listeners of the same world "
                               "shape, on a fresh emulator), one at a time, each waited for until "
                               "its listener is active without the domain; their time "
                               "extrapolated linearly to the plan's %3 requests")
                    .arg(sample)
                    .arg(sample)
                    .arg(total) },
        { QStringLiteral("done"), done },
        { QStringLiteral("failedRequests"), failed },
        { QStringLiteral("failures"), failures },
        { QStringLiteral("throttled"), double(throttled) },
        { QStringLiteral("callsByAction"), callsByAction },
        { QStringLiteral("ratioToPlan"), planMs > 0 ? estimate / planMs : 0.0 },
        { QStringLiteral("emulator"), appliedTwice(session.emulator->stats()) },
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption serialSample(
        QStringLiteral("serial-sample"),
        QStringLiteral("requests run one at a time for the comparison (the plan's count: all)"),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption acceleratorCount(QStringLiteral("accelerators"),
                                              QStringLiteral("accelerators in the world"),
                                              QStringLiteral("N"), QStringLiteral("25"));
    const QCommandLineOption listenerCount(QStringLiteral("listeners"),
                                           QStringLiteral("HTTPS listeners per accelerator"),
                                           QStringLiteral("N"), QStringLiteral("4"));
    parser.addOptions({ serialSample, acceleratorCount, listenerCount });
    parser.process(app);
    const int accelerators = std::max(1, parser.value(acceleratorCount).toInt());
    const int listenersEach = std::max(1, parser.value(listenerCount).toInt());

    double planMs = 0;
    QJsonObject plan = measurePlan(accelerators, listenersEach, &planMs);
    QJsonObject serial
        = measureSerial(accelerators, listenersEach, parser.value(serialSample).toInt(), planMs);
    const QJsonObject result {
        { QStringLiteral("benchmark"), QStringLiteral("plans") },
        { QStringLiteral("measuredAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { QStringLiteral("buildType"), QStringLiteral(GA_BUILD_TYPE) },
        { QStringLiteral("emulator"),
          QJsonObject { { QStringLiteral("qps"), qps },
                        { QStringLiteral("updateMs"), updateMs },
                        { QStringLiteral("latencyMs"), latencyMs } } },
        { QStringLiteral("retiredDomain"), retiredDomain },
        { QStringLiteral("plan"), plan },
        { QStringLiteral("oneAtATime"), serial },
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
