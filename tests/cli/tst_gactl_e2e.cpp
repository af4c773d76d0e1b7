// The real gactl binary against the in-process emulator: every command, exit codes, and
// resume after gactl is killed. Bad input is in tests/reliability/tst_badinput.cpp.
#include "emulatorfixture.h"
#include "ops/operationjournal.h"
#include "world.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <csignal>

using namespace ga;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestGactlEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readCommands_data();
    void readCommands();
    void inventoryJsonNestsCertificates();
    void dissociateWaitEndsDone();
    void apiErrorExitsThree();
    void networkErrorExitsFour();
    void waitingTooLongExitsFive();
    void killedBetweenSendAndDoneThenResumed();
    void intentWithoutSendIsResentOnResume();
    void resumeLeavesAnotherProfilesOperations();
    void operationsListsTheJournal();
    void associateDissociateUndoEachAppliedOnce();
    void associateRefusesBadInputBeforeSending();
    void killedDuringUndoThenResumed();
    void dissociateOfAnAbsentDomainSendsNothing();
    void profileFromTheKeychainReachesTheEmulator();

private:
    QProcess *start(const QStringList &args, const QProcessEnvironment &environment);
    Run run(const QStringList &args, int timeoutMs = 30'000);
    Run finish(QProcess *process, int timeoutMs);
    QProcessEnvironment environment() const;
    QString journalPath() const;
    // Writes a journal holding one intent, as a crash right after journaling leaves it, then
    // `tail` (a torn line, or nothing).
    void writeIntent(const QString &token, const QString &profile, const QString &domain,
                     const QByteArray &tail);
    QStringList withEndpoint(QStringList args) const;
    const emu::EmuAccelerator &accelerator() { return m_emulator->world().accelerators().first(); }
    const emu::EmuListener &httpsListener()
    {
        return *m_emulator->world().listener(accelerator().listenerIds.first());
    }
    // The certificate ID `domain` has on the first HTTPS listener now; empty when none.
    QString certificateOf(const QString &domain)
    {
        for (const emu::EmuCertificate &certificate : httpsListener().additional) {
            if (certificate.domain == domain)
                return certificate.certificateId;
        }
        return {};
    }
    // The ClientToken of the last line gactl printed with --output json.
    static QString tokenOf(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object().value(u"ClientToken").toString();
    }

    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestGactlEndToEnd::init()
{
    m_emulator = test::startEmulator(test::smallWorld(200));
    m_home = std::make_unique<QTemporaryDir>();
}

QProcessEnvironment TestGactlEndToEnd::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
               QString::fromLatin1(emu::demoAccessKeyId));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
               QString::fromLatin1(emu::demoAccessKeySecret));
    env.remove(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"));
    env.remove(QStringLiteral("ALIBABA_CLOUD_ENDPOINT_GA"));
    env.remove(QStringLiteral("HTTPS_PROXY"));
    env.remove(QStringLiteral("https_proxy"));
    env.remove(QStringLiteral("http_proxy"));
    return env;
}

QString TestGactlEndToEnd::journalPath() const
{
    return m_home->filePath(QStringLiteral("data/ga-console/operations.jsonl"));
}

QStringList TestGactlEndToEnd::withEndpoint(QStringList args) const
{
    args << QStringLiteral("--endpoint") << m_emulator->baseUrl().toString();
    return args;
}

QProcess *TestGactlEndToEnd::start(const QStringList &args, const QProcessEnvironment &env)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(env);
    process->setStandardInputFile(QProcess::nullDevice()); // not a terminal
    process->start(QStringLiteral(GACTL_PATH), args);
    return process;
}

Run TestGactlEndToEnd::finish(QProcess *process, int timeoutMs)
{
    // The emulator lives in this process: keep its event loop turning while gactl runs.
    QSignalSpy finished(process, &QProcess::finished);
    if (!QTest::qWaitFor([process] { return process->state() == QProcess::NotRunning; }, timeoutMs))
        process->kill();
    if (process->state() != QProcess::NotRunning)
        (void)finished.wait(5'000);
    Run result { process->exitCode(), process->readAllStandardOutput(),
                 process->readAllStandardError() };
    process->deleteLater();
    return result;
}

Run TestGactlEndToEnd::run(const QStringList &args, int timeoutMs)
{
    return finish(start(args, environment()), timeoutMs);
}

void TestGactlEndToEnd::readCommands_data()
{
    QTest::addColumn<QString>("signature");
    QTest::newRow("v3") << QStringLiteral("v3");
    QTest::newRow("v1") << QStringLiteral("v1");
}

void TestGactlEndToEnd::readCommands()
{
    QFETCH(QString, signature);
    const QString a = accelerator().acceleratorId;
    const QString l = httpsListener().listenerId;
    Run r = run(
        withEndpoint({ QStringLiteral("accelerators"), QStringLiteral("--signature"), signature }));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("ACCELERATOR ID"));
    QVERIFY(r.out.contains(a.toLatin1()));
    QVERIFY(r.out.contains("finacialLocked"));

    r = run(withEndpoint({ QStringLiteral("accelerators"), QStringLiteral("--output"),
                           QStringLiteral("json"), QStringLiteral("--state"),
                           QStringLiteral("active"), QStringLiteral("--signature"), signature }));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject accelerators = QJsonDocument::fromJson(r.out).object();
    QVERIFY(accelerators.value(u"TotalCount").toInt() >= 1);
    for (const QJsonValue &item : accelerators.value(u"Accelerators").toArray())
        QCOMPARE(item.toObject().value(u"State").toString(), QStringLiteral("active"));

    r = run(
        withEndpoint({ QStringLiteral("listeners"), a, QStringLiteral("--signature"), signature }));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(l.toLatin1()));

    r = run(withEndpoint({ QStringLiteral("certificates"), a, l, QStringLiteral("--role"),
                           QStringLiteral("additional"), QStringLiteral("--output"),
                           QStringLiteral("json"), QStringLiteral("--signature"), signature }));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray certificates
        = QJsonDocument::fromJson(r.out).object().value(u"Certificates").toArray();
    QCOMPARE(certificates.size(), 12);
    QCOMPARE(certificates.first().toObject().value(u"Domain").toString(),
             httpsListener().additional.first().domain);

    r = run(withEndpoint({ QStringLiteral("listener"), l, QStringLiteral("--output"),
                           QStringLiteral("json"), QStringLiteral("--signature"), signature }));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).object().value(u"CreateTime").isString());
}

void TestGactlEndToEnd::inventoryJsonNestsCertificates()
{
    const Run r = run(withEndpoint(
        { QStringLiteral("inventory"), QStringLiteral("--output"), QStringLiteral("json") }));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray accelerators
        = QJsonDocument::fromJson(r.out).object().value(u"Accelerators").toArray();
    QCOMPARE(accelerators.size(), 6);
    const QJsonArray listeners = accelerators.first().toObject().value(u"Listeners").toArray();
    QCOMPARE(listeners.size(), 4);
    QCOMPARE(listeners.first().toObject().value(u"AdditionalCertificates").toArray().size(), 12);
    QVERIFY(!listeners.at(1).toObject().contains(u"AdditionalCertificates")); // not HTTPS
}

void TestGactlEndToEnd::dissociateWaitEndsDone()
{
    const QStringList domains { httpsListener().additional[0].domain,
                                httpsListener().additional[3].domain };
    const Run r = run(withEndpoint({ QStringLiteral("dissociate"), accelerator().acceleratorId,
                                     httpsListener().listenerId, domains[0], domains[1],
                                     QStringLiteral("--wait"), QStringLiteral("--yes") }));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("done:"));
    QVERIFY(r.out.contains("RequestId "));
    QCOMPARE(m_emulator->stats().mutationsApplied, 1);
    QCOMPARE(httpsListener().additional.size(), 10);
    QVERIFY(!httpsListener().additionalFor(domains[1]));
}

void TestGactlEndToEnd::apiErrorExitsThree()
{
    const Run r
        = run(withEndpoint({ QStringLiteral("listener"), QStringLiteral("lsr-doesnotexist") }));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("NotExist.Listener"));
    QVERIFY(r.err.contains("RequestId"));
}

void TestGactlEndToEnd::networkErrorExitsFour()
{
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    const QString endpoint = QStringLiteral("http://127.0.0.1:%1").arg(reserve.serverPort());
    reserve.close();
    const Run r = run({ QStringLiteral("accelerators"), QStringLiteral("--endpoint"), endpoint });
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains(endpoint.toLatin1()));
}

void TestGactlEndToEnd::waitingTooLongExitsFive()
{
    m_emulator->setUpdateMs(10'000);
    const Run r = run(withEndpoint(
        { QStringLiteral("dissociate"), accelerator().acceleratorId, httpsListener().listenerId,
          httpsListener().additional[2].domain, QStringLiteral("--wait"),
          QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--yes") }));
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.err.contains("updating"));
    QVERIFY(r.err.contains("gactl resume"));
}

void TestGactlEndToEnd::killedBetweenSendAndDoneThenResumed()
{
    m_emulator->setUpdateMs(1'500);
    const QString domain = httpsListener().additional[5].domain;
    QProcess *process
        = start(withEndpoint({ QStringLiteral("dissociate"), accelerator().acceleratorId,
                               httpsListener().listenerId, domain, QStringLiteral("--wait"),
                               QStringLiteral("--yes") }),
                environment());
    // Kill it once the journal says the request was accepted, while it watches.
    QVERIFY(QTest::qWaitFor(
        [this] {
            QFile journal(journalPath());
            return journal.open(QIODevice::ReadOnly)
                && journal.readAll().contains("\"event\":\"sent\"");
        },
        20'000));
    ::kill(pid_t(process->processId()), SIGKILL);
    finish(process, 5'000);

    Run r = run(withEndpoint({ QStringLiteral("operations"), QStringLiteral("--unfinished") }));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("accepted"));

    r = run(withEndpoint({ QStringLiteral("resume") }));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("done:"));
    QCOMPARE(m_emulator->stats().mutationsAccepted, 1); // watched again, not re-sent
    QCOMPARE(m_emulator->stats().mutationsApplied, 1);
    r = run(withEndpoint({ QStringLiteral("operations"), QStringLiteral("--unfinished") }));
    QVERIFY(!r.out.contains(domain.toLatin1()));
}

void TestGactlEndToEnd::writeIntent(const QString &token, const QString &profile,
                                    const QString &domain, const QByteArray &tail)
{
    QDir().mkpath(QFileInfo(journalPath()).absolutePath());
    QFile journal(journalPath());
    QVERIFY(journal.open(QIODevice::WriteOnly));
    QJsonObject intent { { QStringLiteral("event"), QStringLiteral("intent") },
                         { QStringLiteral("op"), token },
                         { QStringLiteral("endpoint"), m_emulator->baseUrl().toDisplayString() },
                         { QStringLiteral("acceleratorId"), accelerator().acceleratorId },
                         { QStringLiteral("listenerId"), httpsListener().listenerId },
                         { QStringLiteral("domains"), QJsonArray { domain } },
                         { QStringLiteral("t"), 1.0e12 } };
    if (!profile.isEmpty())
        intent.insert(QStringLiteral("profile"), profile);
    journal.write(QJsonDocument(intent).toJson(QJsonDocument::Compact) + '\n' + tail);
}

void TestGactlEndToEnd::intentWithoutSendIsResentOnResume()
{
    const QString domain = httpsListener().additional[6].domain;
    writeIntent(QStringLiteral("crash-token-1"), QString(), domain, "{\"event\":\"se");

    const Run r = run(withEndpoint({ QStringLiteral("resume") }));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(m_emulator->stats().appliedClientTokens.contains(QStringLiteral("crash-token-1")));
    QCOMPARE(m_emulator->stats().mutationsApplied, 1);
    QVERIFY(!httpsListener().additionalFor(domain));
}

void TestGactlEndToEnd::resumeLeavesAnotherProfilesOperations()
{
    // Started with profile "prod" (in the console or gactl): these credentials are not its.
    const QString domain = httpsListener().additional[6].domain;
    writeIntent(QStringLiteral("prod-token-1"), QStringLiteral("prod"), domain, {});

    const Run r = run(withEndpoint({ QStringLiteral("resume") }));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("gactl --profile prod resume"), r.err.constData());
    QCOMPARE(m_emulator->stats().requests, 0);
    // Still unfinished, for its own profile: nothing marked it failed.
    QVERIFY(run(withEndpoint({ QStringLiteral("operations"), QStringLiteral("--unfinished") }))
                .out.contains("prod-token-1"));
}

void TestGactlEndToEnd::operationsListsTheJournal()
{
    const QString domain = httpsListener().additional[7].domain;
    QCOMPARE(run(withEndpoint({ QStringLiteral("dissociate"), accelerator().acceleratorId,
                                httpsListener().listenerId, domain, QStringLiteral("--yes") }))
                 .exitCode,
             0);
    const Run r = run(withEndpoint(
        { QStringLiteral("operations"), QStringLiteral("--output"), QStringLiteral("json") }));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray operations
        = QJsonDocument::fromJson(r.out).object().value(u"Operations").toArray();
    QCOMPARE(operations.size(), 1);
    const QJsonObject op = operations.first().toObject();
    QCOMPARE(op.value(u"Status").toString(), QStringLiteral("accepted"));
    QCOMPARE(op.value(u"Domains").toArray().first().toString(), domain);
    QVERIFY(!op.value(u"RequestId").toString().isEmpty());
    QVERIFY(op.value(u"ClientToken").toString().startsWith(QStringLiteral("ga-console-")));
}

void TestGactlEndToEnd::profileFromTheKeychainReachesTheEmulator()
{
    // Runs inside scripts/test.sh's D-Bus session with an unlocked gnome-keyring.
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"));
    env.remove(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    auto *add = new QProcess(this);
    add->setProcessEnvironment(env);
    add->start(QStringLiteral(GACTL_PATH),
               { QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("e2e-demo"),
                 QStringLiteral("--access-key-id"), QString::fromLatin1(emu::demoAccessKeyId),
                 QStringLiteral("--endpoint"), m_emulator->baseUrl().toString() });
    add->write(QByteArray(emu::demoAccessKeySecret) + '\n');
    add->closeWriteChannel();
    const Run added = finish(add, 30'000);
    QVERIFY2(added.exitCode == 0, added.err.constData());

    const Run listed = finish(start({ QStringLiteral("--profile"), QStringLiteral("e2e-demo"),
                                      QStringLiteral("accelerators") },
                                    env),
                              30'000);
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY(listed.out.contains(accelerator().acceleratorId.toLatin1()));
    QVERIFY(m_emulator->stats().requests >= 1);

    // The secret went to the keychain, not to a file under HOME.
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(emu::demoAccessKeySecret), qPrintable(file.fileName()));
    }
    QCOMPARE(finish(start({ QStringLiteral("profile"), QStringLiteral("remove"),
                            QStringLiteral("e2e-demo") },
                          env),
                    30'000)
                 .exitCode,
             0);
}

void TestGactlEndToEnd::associateDissociateUndoEachAppliedOnce()
{
    const QString a = httpsListener().additional[1].domain;
    const QString b = httpsListener().additional[2].domain;
    const QString idA = certificateOf(a);
    const QString idB = certificateOf(b);
    Run r = run(withEndpoint({ QStringLiteral("dissociate"), accelerator().acceleratorId,
                               httpsListener().listenerId, a, b, QStringLiteral("--wait"),
                               QStringLiteral("--yes"), QStringLiteral("--output"),
                               QStringLiteral("json") }));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString dissociation = tokenOf(r.out);
    QVERIFY(!dissociation.isEmpty());
    QVERIFY(certificateOf(a).isEmpty() && certificateOf(b).isEmpty());
    // The journal recorded the certificate each domain had, so the undo can put it back.
    QVERIFY(r.out.contains(idA.toLatin1()) && r.out.contains(idB.toLatin1()));

    r = run(withEndpoint({ QStringLiteral("undo"), dissociation, QStringLiteral("--wait"),
                           QStringLiteral("--yes") }));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("done:"));
    QCOMPARE(certificateOf(a), idA);
    QCOMPARE(certificateOf(b), idB);
    QCOMPARE(m_emulator->stats().mutationsApplied, 2);
    // Undone once: again is refused, and nothing is sent.
    const int requests = m_emulator->stats().requests;
    r = run(withEndpoint({ QStringLiteral("undo"), dissociation, QStringLiteral("--yes") }));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("undone already"), r.err.constData());
    QCOMPARE(m_emulator->stats().requests, requests);

    const QString added = QStringLiteral("added.example.org");
    r = run(withEndpoint(
        { QStringLiteral("associate"), accelerator().acceleratorId, httpsListener().listenerId,
          added + QStringLiteral("=424242-cn-hangzhou"), QStringLiteral("--wait"),
          QStringLiteral("--yes"), QStringLiteral("--output"), QStringLiteral("json") }));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(certificateOf(added), QStringLiteral("424242-cn-hangzhou"));
    const QString association = tokenOf(r.out);
    r = run(withEndpoint({ QStringLiteral("undo"), association, QStringLiteral("--wait"),
                           QStringLiteral("--yes") }));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(certificateOf(added).isEmpty());
    QCOMPARE(m_emulator->stats().mutationsApplied, 4);
    r = run(withEndpoint(
        { QStringLiteral("operations"), QStringLiteral("--output"), QStringLiteral("json") }));
    const QJsonArray operations
        = QJsonDocument::fromJson(r.out).object().value(u"Operations").toArray();
    QCOMPARE(operations.size(), 4);
    QCOMPARE(operations[1].toObject().value(u"Kind").toString(), QStringLiteral("associate"));
    QCOMPARE(operations[1].toObject().value(u"Undoes").toString(), dissociation);
}

void TestGactlEndToEnd::associateRefusesBadInputBeforeSending()
{
    const QString listener = httpsListener().listenerId;
    const QString existing = httpsListener().additional[0].domain;
    const struct
    {
        QStringList pairs;
        QByteArray says;
    } cases[] = {
        { { QStringLiteral("new.example.org") }, "DOMAIN=CERTIFICATE_ID" },
        { { QStringLiteral("new.example.org=abc") }, "not a certificate ID" },
        { { QStringLiteral("bad_domain!=123-cn-hangzhou") }, "" },
        { { QStringLiteral("x.example.org=1-cn-hangzhou"),
            QStringLiteral("x.example.org=2-cn-hangzhou") },
          "" },
        { { existing + QStringLiteral("=123-cn-hangzhou") }, "already" },
    };
    for (const auto &c : cases) {
        QStringList args { QStringLiteral("associate"), accelerator().acceleratorId, listener };
        args << c.pairs << QStringLiteral("--yes");
        const Run r = run(withEndpoint(args));
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(r.err.contains(c.says), r.err.constData());
    }
    QCOMPARE(m_emulator->stats().mutationsAccepted, 0);
    QVERIFY(!QFile::exists(journalPath())
            || OperationJournal(journalPath()).operations().isEmpty());
}

void TestGactlEndToEnd::killedDuringUndoThenResumed()
{
    const QString domain = httpsListener().additional[3].domain;
    const QString original = certificateOf(domain);
    Run r = run(withEndpoint({ QStringLiteral("dissociate"), accelerator().acceleratorId,
                               httpsListener().listenerId, domain, QStringLiteral("--wait"),
                               QStringLiteral("--yes"), QStringLiteral("--output"),
                               QStringLiteral("json") }));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_emulator->setUpdateMs(1'500);
    QProcess *process = start(withEndpoint({ QStringLiteral("undo"), tokenOf(r.out),
                                             QStringLiteral("--wait"), QStringLiteral("--yes") }),
                              environment());
    // Killed once the undo's request was accepted, while it watches.
    QVERIFY(QTest::qWaitFor(
        [this] {
            QFile journal(journalPath());
            return journal.open(QIODevice::ReadOnly)
                && journal.readAll().count("\"event\":\"sent\"") == 2;
        },
        20'000));
    ::kill(pid_t(process->processId()), SIGKILL);
    finish(process, 5'000);

    r = run(withEndpoint({ QStringLiteral("resume") }));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("done:"));
    QCOMPARE(certificateOf(domain), original);
    // The dissociation and its undo, each accepted and applied once.
    QCOMPARE(m_emulator->stats().mutationsAccepted, 2);
    QCOMPARE(m_emulator->stats().mutationsApplied, 2);
}

void TestGactlEndToEnd::dissociateOfAnAbsentDomainSendsNothing()
{
    const Run r = run(withEndpoint(
        { QStringLiteral("dissociate"), accelerator().acceleratorId, httpsListener().listenerId,
          QStringLiteral("never-there.example.org"), QStringLiteral("--yes") }));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no additional certificate"), r.err.constData());
    QCOMPARE(m_emulator->stats().mutationsAccepted, 0);
    QCOMPARE(m_emulator->stats().requestsByAction.value(
                 QStringLiteral("DissociateAdditionalCertificatesFromListener")),
             0);
    QVERIFY(!QFile::exists(journalPath()));
}

QTEST_GUILESS_MAIN(TestGactlEndToEnd)
#include "tst_gactl_e2e.moc"
