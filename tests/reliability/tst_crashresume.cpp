// Crash and resume (issue 10, item 2): gactl dissociate --wait is killed with SIGKILL at a
// random moment of each operation (before its intent is journaled, between the intent and
// the send, while the request is in flight, while it watches, or not at all), then one
// `gactl resume` finishes what the journal holds. Each operation must end done, and be
// applied exactly once.
//
// GA_CRASH_OPS sets the number of operations (default 10, the CI run; README has the
// figures of 50), GA_CRASH_SEED the seed of the kill times (default: random, printed).
#include "emulatorfixture.h"
#include "gactlharness.h"
#include "world.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>

#include <csignal>

using namespace ga;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Where the journal says an operation was when gactl died.
QString phaseInJournal(const QByteArray &journal, const QString &token)
{
    QString phase = QStringLiteral("nothing journaled");
    for (const QByteArray &line : journal.split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.value(u"op").toString() != token)
            continue;
        const QString kind = event.value(u"event").toString();
        if (kind == u"intent")
            phase = QStringLiteral("intent journaled, no answer");
        else if (kind == u"sent" || kind == u"state")
            phase = QStringLiteral("sent, watching");
        else if (kind == u"done")
            phase = QStringLiteral("done");
    }
    return phase;
}

} // namespace

class TestCrashResume : public QObject
{
    Q_OBJECT

private slots:
    void killedAtRandomThenResumedEndsDoneOnce();
};

void TestCrashResume::killedAtRandomThenResumedEndsDoneOnce()
{
    const int operations = envInt("GA_CRASH_OPS", 10);
    const quint32 seed
        = quint32(envInt("GA_CRASH_SEED", int(QRandomGenerator::global()->bounded(1, 1 << 30))));
    qInfo() << "kill times seeded with GA_CRASH_SEED =" << seed;
    QRandomGenerator random(seed);

    emu::EmulatorOptions options;
    options.seed = 11;
    options.accelerators = 12;
    options.listeners = 2;
    options.certificates = std::max(12, operations / 8 + 4);
    options.updateMs = 600;
    // Answers take a while, so a kill often lands while a request is in flight: applied by
    // the emulator, never journaled as sent by gactl.
    options.latencyMs = 150;
    const auto emulator = test::startEmulator(options);
    QList<const emu::EmuListener *> listeners;
    for (const emu::EmuAccelerator &accelerator : emulator->world().accelerators()) {
        if (accelerator.state == u"active")
            listeners.append(emulator->world().listener(accelerator.listenerIds.first()));
    }

    test::GactlHarness gactl;
    const QProcessEnvironment env = gactl.environment(
        QString::fromLatin1(emu::demoAccessKeyId), QString::fromLatin1(emu::demoAccessKeySecret));
    const QString endpoint = emulator->baseUrl().toString();
    QElapsedTimer clock;
    clock.start();

    struct Op
    {
        QString token;
        QStringList args;
        QString listenerId;
        QString domain;
        QString phaseAtKill;
    };
    QList<Op> ops;
    QHash<QString, int> phases;
    for (int i = 0; i < operations; ++i) {
        const emu::EmuListener *listener = listeners.at(i % listeners.size());
        const QString domain = listener->additional.at(i / listeners.size()).domain;
        Op op { QStringLiteral("crash-%1").arg(i), {}, listener->listenerId, domain, {} };
        op.args = QStringList { QStringLiteral("dissociate"),
                                listener->acceleratorId,
                                listener->listenerId,
                                domain,
                                QStringLiteral("--client-token"),
                                op.token,
                                QStringLiteral("--wait"),
                                QStringLiteral("--yes"),
                                QStringLiteral("--endpoint"),
                                endpoint };
        // A quarter in gactl's first 80 ms (start-up, credentials, the journal's intent),
        // the rest up to about when it is done.
        const int killAfterMs
            = random.bounded(4) == 0 ? random.bounded(0, 80) : random.bounded(80, 1'300);
        QProcess *process = gactl.start(op.args, env);
        QVERIFY(process->waitForStarted());
        QTest::qWait(killAfterMs);
        const bool alive = process->state() != QProcess::NotRunning;
        if (alive)
            ::kill(pid_t(process->processId()), SIGKILL);
        const test::GactlRun r = test::GactlHarness::finish(process);
        if (alive && r.crashed)
            op.phaseAtKill = phaseInJournal(gactl.journal(), op.token);
        else
            op.phaseAtKill = r.exitCode == 0 ? QStringLiteral("finished before the kill")
                                             : QStringLiteral("exit %1").arg(r.exitCode);
        ++phases[op.phaseAtKill];
        ops.append(op);
    }

    // One resume finishes whatever the journal holds: re-sends what may not have arrived
    // (same ClientToken), watches again what GA accepted.
    const test::GactlRun resumed = gactl.run(
        { QStringLiteral("resume"), QStringLiteral("--endpoint"), endpoint }, env, {}, 300'000);
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());

    // An operation killed before its intent reached the journal was never sent; the admin
    // runs the command again, as they would after any crash.
    int rerun = 0;
    for (const Op &op : std::as_const(ops)) {
        if (op.phaseAtKill != u"nothing journaled")
            continue;
        QVERIFY2(!emulator->stats().appliedClientTokens.contains(op.token), qPrintable(op.token));
        ++rerun;
        const test::GactlRun again = gactl.run(op.args, env);
        QVERIFY2(again.exitCode == 0, again.err.constData());
    }
    const qint64 elapsedMs = clock.elapsed();

    const test::GactlRun all = gactl.run(
        { QStringLiteral("operations"), QStringLiteral("--output"), QStringLiteral("json") }, env);
    const QJsonArray journaled
        = QJsonDocument::fromJson(all.out).object().value(u"Operations").toArray();
    QCOMPARE(journaled.size(), operations);
    for (const QJsonValue &value : journaled)
        QCOMPARE(value.toObject().value(u"Status").toString(), QStringLiteral("done"));
    const emu::EmulatorStats &stats = emulator->stats();
    QCOMPARE(stats.mutationsApplied, qint64(operations));
    QCOMPARE(stats.appliedClientTokens.size(), operations);
    for (const Op &op : std::as_const(ops)) {
        QVERIFY(stats.appliedClientTokens.contains(op.token));
        QVERIFY(!emulator->world().listener(op.listenerId)->additionalFor(op.domain));
    }
    QCOMPARE(stats.mutationsAccepted, qint64(operations)); // the rest were replays

    QJsonObject phaseCounts;
    for (auto it = phases.cbegin(); it != phases.cend(); ++it)
        phaseCounts.insert(it.key(), it.value());
    const QJsonObject figures { { QStringLiteral("operations"), operations },
                                { QStringLiteral("seed"), qint64(seed) },
                                { QStringLiteral("seconds"), double(elapsedMs) / 1000.0 },
                                { QStringLiteral("atKill"), phaseCounts },
                                { QStringLiteral("rerunByHand"), rerun },
                                { QStringLiteral("mutationsAccepted"), stats.mutationsAccepted },
                                { QStringLiteral("idempotentReplays"), stats.idempotentReplays },
                                { QStringLiteral("mutationsApplied"), stats.mutationsApplied } };
    qInfo().noquote() << "crash-resume:" << QJsonDocument(figures).toJson(QJsonDocument::Compact);
}

QTEST_GUILESS_MAIN(TestCrashResume)
#include "tst_crashresume.moc"
