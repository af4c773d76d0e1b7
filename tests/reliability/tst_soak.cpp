// Soak under faults (issue 10, item 1): many dissociations, each through its own gactl
// process, against an emulator that answers 20% of requests with 503, drops the connection
// after applying 20% of the mutations and throttles at 5 requests a second. Every operation
// must end done, none may be applied twice, and the journal must hold nothing unfinished.
//
// GA_SOAK_OPS sets the number of operations (default 20, the CI run; README has the figures
// of 200), GA_SOAK_PARALLEL how many gactl run at once (default 3, each on its own
// accelerator, since GA locks the instance). The figures are printed as one JSON line.
#include "emulatorfixture.h"
#include "gactlharness.h"
#include "world.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>

using namespace ga;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

struct Planned
{
    QString token;
    QString acceleratorId;
    QString listenerId;
    QStringList domains;
};

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void dissociationsUnderFaultsEndDoneExactlyOnce();
};

void TestSoak::dissociationsUnderFaultsEndDoneExactlyOnce()
{
    const int operations = envInt("GA_SOAK_OPS", 20);
    const int parallel = envInt("GA_SOAK_PARALLEL", 3);

    // Enough domains: every accelerator has one HTTPS listener (the first) among two.
    emu::EmulatorOptions options;
    options.seed = 10;
    options.accelerators = 12;
    options.listeners = 2;
    options.certificates = std::max(12, operations / 4 + 8); // up to 2 per operation
    options.updateMs = 500;
    options.qps = 5;
    options.faultRate = 0.2;
    options.dropAfterApply = 0.2;
    const auto emulator = test::startEmulator(options);

    // One or two domains per operation, round robin over the active accelerators.
    QList<const emu::EmuListener *> listeners;
    for (const emu::EmuAccelerator &accelerator : emulator->world().accelerators()) {
        if (accelerator.state == u"active")
            listeners.append(emulator->world().listener(accelerator.listenerIds.first()));
    }
    QVERIFY(listeners.size() >= parallel);
    QHash<QString, int> nextDomain;
    QList<Planned> plan;
    QRandomGenerator random(42);
    for (int i = 0; plan.size() < operations; ++i) {
        const emu::EmuListener *listener = listeners.at(i % listeners.size());
        int &next = nextDomain[listener->listenerId];
        const int count = random.bounded(1, 3);
        if (next + count > listener->additional.size())
            QFAIL("the world has too few domains for this many operations");
        Planned op { QStringLiteral("soak-%1").arg(plan.size()),
                     listener->acceleratorId,
                     listener->listenerId,
                     {} };
        for (int d = 0; d < count; ++d)
            op.domains << listener->additional.at(next++).domain;
        plan.append(op);
    }

    test::GactlHarness gactl;
    const QProcessEnvironment env = gactl.environment(
        QString::fromLatin1(emu::demoAccessKeyId), QString::fromLatin1(emu::demoAccessKeySecret));
    const QString endpoint = emulator->baseUrl().toString();
    QElapsedTimer clock;
    clock.start();

    // A small scheduler: at most `parallel` gactl at once, never two on one accelerator.
    struct Running
    {
        QProcess *process;
        int index;
    };
    QList<Running> running;
    QSet<QString> busyAccelerators;
    QList<int> waiting;
    for (int i = 0; i < plan.size(); ++i)
        waiting.append(i);
    QMap<int, int> exitCodes; // exit code -> operations
    QStringList failures;
    while (!waiting.isEmpty() || !running.isEmpty()) {
        for (auto it = waiting.begin(); it != waiting.end() && running.size() < parallel;) {
            const Planned &op = plan.at(*it);
            if (busyAccelerators.contains(op.acceleratorId)) {
                ++it;
                continue;
            }
            busyAccelerators.insert(op.acceleratorId);
            const QStringList args
                = QStringList { QStringLiteral("dissociate"), op.acceleratorId, op.listenerId }
                + op.domains
                + QStringList { QStringLiteral("--client-token"), op.token,
                                QStringLiteral("--wait"),         QStringLiteral("--yes"),
                                QStringLiteral("--timeout"),      QStringLiteral("300"),
                                QStringLiteral("--endpoint"),     endpoint };
            running.append({ gactl.start(args, env), *it });
            it = waiting.erase(it);
        }
        QTest::qWait(20);
        for (auto it = running.begin(); it != running.end();) {
            if (it->process->state() != QProcess::NotRunning) {
                ++it;
                continue;
            }
            const Planned &op = plan.at(it->index);
            const test::GactlRun r = test::GactlHarness::finish(it->process);
            ++exitCodes[r.exitCode];
            if (r.exitCode != 0)
                failures << op.token + QStringLiteral(": exit %1: ").arg(r.exitCode)
                        + QString::fromUtf8(r.err).trimmed();
            busyAccelerators.remove(op.acceleratorId);
            it = running.erase(it);
        }
        QVERIFY2(clock.elapsed() < qint64(operations) * 20'000, "the soak takes far too long");
    }
    for (const QString &failure : std::as_const(failures))
        qInfo().noquote() << failure;

    // What gactl could not finish (an answer lost three times in a row) is in the journal:
    // `gactl resume` finishes it with the same ClientToken.
    int resumes = 0;
    for (; resumes < 5; ++resumes) {
        const test::GactlRun unfinished
            = gactl.run({ QStringLiteral("operations"), QStringLiteral("--unfinished"),
                          QStringLiteral("--output"), QStringLiteral("json") },
                        env);
        QCOMPARE(unfinished.exitCode, 0);
        if (QJsonDocument::fromJson(unfinished.out)
                .object()
                .value(u"Operations")
                .toArray()
                .isEmpty())
            break;
        const test::GactlRun resumed = gactl.run(
            { QStringLiteral("resume"), QStringLiteral("--endpoint"), endpoint }, env, {}, 600'000);
        qInfo().noquote() << "resume exit" << resumed.exitCode << resumed.out.trimmed()
                          << resumed.err.trimmed();
    }
    const qint64 elapsedMs = clock.elapsed();

    // Every operation is done in the journal ...
    const test::GactlRun all = gactl.run(
        { QStringLiteral("operations"), QStringLiteral("--output"), QStringLiteral("json") }, env);
    QCOMPARE(all.exitCode, 0);
    const QJsonArray journaled
        = QJsonDocument::fromJson(all.out).object().value(u"Operations").toArray();
    QCOMPARE(journaled.size(), operations);
    for (const QJsonValue &value : journaled) {
        const QJsonObject op = value.toObject();
        QVERIFY2(op.value(u"Status").toString() == u"done",
                 qPrintable(op.value(u"ClientToken").toString() + u' '
                            + op.value(u"Status").toString() + u' '
                            + op.value(u"Message").toString()));
    }
    // ... applied exactly once by the emulator ...
    const emu::EmulatorStats &stats = emulator->stats();
    QCOMPARE(stats.mutationsApplied, qint64(operations));
    QCOMPARE(stats.appliedClientTokens.size(), operations);
    for (const Planned &op : std::as_const(plan))
        QVERIFY2(stats.appliedClientTokens.contains(op.token), qPrintable(op.token));
    // ... and the domains are gone.
    for (const Planned &op : std::as_const(plan)) {
        for (const QString &domain : op.domains)
            QVERIFY(!emulator->world().listener(op.listenerId)->additionalFor(domain));
    }
    QVERIFY2(stats.faults > 0 && stats.throttled >= 0, "the faults never happened");

    QJsonObject codes;
    for (auto it = exitCodes.cbegin(); it != exitCodes.cend(); ++it)
        codes.insert(QString::number(it.key()), it.value());
    const QJsonObject figures {
        { QStringLiteral("operations"), operations },
        { QStringLiteral("parallel"), parallel },
        { QStringLiteral("seconds"), double(elapsedMs) / 1000.0 },
        { QStringLiteral("gactlExitCodes"), codes },
        { QStringLiteral("resumeRuns"), resumes },
        { QStringLiteral("requests"), stats.requests },
        { QStringLiteral("faults503"), stats.faults },
        { QStringLiteral("dropsAfterApply"), stats.dropped },
        { QStringLiteral("throttled"), stats.throttled },
        { QStringLiteral("signatureFailures"), stats.signatureFailures },
        { QStringLiteral("idempotentReplays"), stats.idempotentReplays },
        { QStringLiteral("mutationsAccepted"), stats.mutationsAccepted },
        { QStringLiteral("mutationsApplied"), stats.mutationsApplied },
        { QStringLiteral("distinctClientTokensApplied"), int(stats.appliedClientTokens.size()) },
    };
    qInfo().noquote() << "soak:" << QJsonDocument(figures).toJson(QJsonDocument::Compact);
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
