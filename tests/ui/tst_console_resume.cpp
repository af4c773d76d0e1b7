// ga-console killed (SIGKILL) while it watches a dissociation, then started again: the
// operation resumes from the journal and completes, applied once. The console runs as a real
// process (offscreen) against an emulator in this test process, with credentials from the
// environment and a throw-away HOME.
#include "emulatorfixture.h"
#include "ops/operationjournal.h"
#include "world.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

class TestConsoleResume : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileWatchingResumesAndCompletes();
    void endpointFromTheEnvironmentAsInGactl();

private:
    // Without `viaEnvironment`, the emulator's URL goes as --endpoint; with it, as
    // ALIBABA_CLOUD_ENDPOINT_GA, which the console resolves as gactl does.
    QProcess *startConsole(bool viaEnvironment = false);
    QString journalPath() const;
    int eventCount(const QByteArray &event, const QString &operationId) const;

    std::unique_ptr<emu::Emulator> m_emulator;
    QTemporaryDir m_home;
};

QString TestConsoleResume::journalPath() const
{
    return m_home.filePath(QStringLiteral("data/ga-console/operations.jsonl"));
}

int TestConsoleResume::eventCount(const QByteArray &event, const QString &operationId) const
{
    QFile file(journalPath());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    int count = 0;
    const QList<QByteArray> lines = file.readAll().split('\n');
    const QByteArray needle = QByteArray("\"event\":\"") + event + '"';
    for (const QByteArray &line : lines) {
        if (line.contains(needle) && line.contains(operationId.toUtf8()))
            ++count;
    }
    return count;
}

QProcess *TestConsoleResume::startConsole(bool viaEnvironment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
               QString::fromLatin1(emu::demoAccessKeyId));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
               QString::fromLatin1(emu::demoAccessKeySecret));
    env.remove(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"));
    for (const char *proxy : { "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy" })
        env.remove(QString::fromLatin1(proxy));
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->setStandardOutputFile(QProcess::nullDevice());
    env.remove(QStringLiteral("ALIBABA_CLOUD_ENDPOINT_GA"));
    if (viaEnvironment)
        env.insert(QStringLiteral("ALIBABA_CLOUD_ENDPOINT_GA"), m_emulator->baseUrl().toString());
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(GA_CONSOLE_PATH),
                   viaEnvironment ? QStringList {}
                                  : QStringList { QStringLiteral("--endpoint"),
                                                  m_emulator->baseUrl().toString() });
    return process;
}

void TestConsoleResume::endpointFromTheEnvironmentAsInGactl()
{
    QVERIFY(m_home.isValid());
    m_emulator = test::startEmulator(test::smallWorld(0));
    QProcess *console = startConsole(true);
    QVERIFY(console->waitForStarted(10'000));
    // The window lists the accelerators of the emulator it found through the environment.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_emulator->stats().requestsByAction.value(QStringLiteral("ListAccelerators")) >= 1,
        20'000);
    console->terminate();
    if (!console->waitForFinished(5'000))
        console->kill();
}

void TestConsoleResume::killedWhileWatchingResumesAndCompletes()
{
    QVERIFY(m_home.isValid());
    m_emulator = test::startEmulator(test::smallWorld(2'500));
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    const QString listenerId = accelerator.listenerIds.first();
    const emu::EmuListener *listener = m_emulator->world().listener(listenerId);
    const QStringList domains { listener->additional.at(0).domain,
                                listener->additional.at(1).domain };

    // The admin's intent, as the console journals it before it sends; the console found
    // at start resumes it (the environment's credentials: no profile name).
    OperationRecord record;
    record.operationId = QStringLiteral("console-kill-0000000000001");
    record.endpoint = QUrl(m_emulator->baseUrl().toString()).toDisplayString();
    record.acceleratorId = accelerator.acceleratorId;
    record.listenerId = listenerId;
    for (const QString &domain : domains)
        record.items.append({ domain, {}, {} });
    OperationJournal journal(journalPath());
    QCOMPARE(journal.recordIntent(record), QString());

    QProcess *first = startConsole();
    QVERIFY(first->waitForStarted(10'000));
    // Killed while watching: GA accepted it and the listener is updating.
    QTRY_VERIFY_WITH_TIMEOUT(eventCount("sent", record.operationId) == 1, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_emulator->world().listener(listenerId)->state,
                              QStringLiteral("updating"), 5'000);
    first->kill();
    QVERIFY(first->waitForFinished(5'000));
    QCOMPARE(first->exitStatus(), QProcess::CrashExit);
    QCOMPARE(eventCount("done", record.operationId), 0);
    QCOMPARE(journal.unfinished().size(), 1);

    QProcess *second = startConsole();
    QVERIFY(second->waitForStarted(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(eventCount("done", record.operationId) == 1, 30'000);
    second->terminate();
    if (!second->waitForFinished(5'000))
        second->kill();

    QVERIFY(journal.unfinished().isEmpty());
    QCOMPARE(eventCount("resumed", record.operationId), 2);
    // Applied exactly once: the second console only watched what GA had accepted.
    const emu::EmulatorStats stats = m_emulator->stats();
    QVERIFY(stats.appliedClientTokens.contains(record.operationId));
    QCOMPARE(stats.idempotentReplays, 0);
    for (const QString &domain : domains) {
        for (const emu::EmuCertificate &c : m_emulator->world().listener(listenerId)->additional)
            QVERIFY(c.domain != domain);
    }
    QCOMPARE(m_emulator->world().listener(listenerId)->state, QStringLiteral("active"));
}

QTEST_MAIN(TestConsoleResume)
#include "tst_console_resume.moc"
