// gactl retire / replace / undo PLAN_ID end to end (issue 16), the real binary against the
// in-process emulator: a listener with more than ten matching domains gets several requests,
// one after the other; a replace across five listeners is checked with GA's DryRun before
// anything changes; bad input sends nothing; a plan killed with SIGKILL half-way is finished by
// `gactl resume`, every request applied exactly once.
#include "casworld.h"
#include "emulatorfixture.h"
#include "gactlharness.h"
#include "world.h"

#include <QJsonArray>

#include <csignal>

using namespace ga;

namespace {

const QString kCas = QStringLiteral("--cas-endpoint");

// The journal's events, folded per operation ID: the plan, and when it was sent and done.
struct JournaledRequest
{
    QString planId;
    QString listenerId;
    int domains = 0;
    qint64 sentAt = 0;
    qint64 doneAt = 0;
};

QHash<QString, JournaledRequest> readJournal(const QByteArray &journal)
{
    QHash<QString, JournaledRequest> requests;
    for (const QByteArray &line : journal.split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        const QString id = event.value(u"op").toString();
        const QString type = event.value(u"event").toString();
        const qint64 at = qint64(event.value(u"t").toDouble());
        JournaledRequest &request = requests[id];
        if (type == u"intent") {
            request.planId = event.value(u"plan").toString();
            request.listenerId = event.value(u"listenerId").toString();
            request.domains = int(event.value(u"items").toArray().size());
        } else if (type == u"sent") {
            request.sentAt = at;
        } else if (type == u"done") {
            request.doneAt = at;
        }
    }
    requests.remove(QString());
    return requests;
}

bool listenerHas(const emu::EmuListener &listener, const QString &domain,
                 const QString &certificateId = {})
{
    for (const emu::EmuCertificate &certificate : listener.additional) {
        if (certificate.domain == domain
            && (certificateId.isEmpty() || certificate.certificateId == certificateId))
            return true;
    }
    return false;
}

} // namespace

class TestPlansE2e : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void moreThanTenDomainsOnOneListenerGoOneRequestAfterAnother();
    void replaceAcrossFiveListenersIsDryRunFirst();
    void badInputSendsNothing();
    void undoOfAPlanPutsBackWhatItRemoved();
    void killedHalfwayThenResumedAppliesEachRequestOnce();

private:
    test::GactlRun gactl(QStringList args, int timeoutMs = 60'000) const
    {
        args << QStringLiteral("--endpoint") << m_url << kCas << m_url;
        return m_gactl->run(args, m_env, {}, timeoutMs);
    }
    // HTTPS listeners of active accelerators, `perAccelerator` of each, `count` in all.
    QList<emu::EmuListener *> httpsListeners(int count, int perAccelerator = 2);
    // A CAS record for `domains`, valid for a year, or expired a day ago.
    QString addCasCertificate(qint64 id, const QStringList &domains, bool expired = false);

    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<test::GactlHarness> m_gactl;
    QProcessEnvironment m_env;
    QString m_url;
};

void TestPlansE2e::init()
{
    emu::EmulatorOptions options = test::smallWorld(150);
    options.seed = 16;
    options.certificateHealth = emu::CertificateHealth::Fine;
    m_emulator = test::startEmulator(options);
    m_gactl = std::make_unique<test::GactlHarness>();
    m_env = m_gactl->environment(QString::fromLatin1(emu::demoAccessKeyId),
                                 QString::fromLatin1(emu::demoAccessKeySecret));
    m_url = m_emulator->baseUrl().toString();
}

void TestPlansE2e::cleanup()
{
    m_gactl.reset();
    m_emulator.reset();
}

QList<emu::EmuListener *> TestPlansE2e::httpsListeners(int count, int perAccelerator)
{
    QList<emu::EmuListener *> found;
    for (const emu::EmuAccelerator &accelerator : m_emulator->world().accelerators()) {
        // Not one GA refuses changes on (docs/ga-api.md §3.4): an expired subscription.
        const bool expired = accelerator.instanceChargeType == u"PREPAY"
            && accelerator.expiredTimeSeconds * 1000 < QDateTime::currentMSecsSinceEpoch();
        if (accelerator.state != u"active" || expired)
            continue;
        int taken = 0;
        for (const QString &id : accelerator.listenerIds) {
            emu::EmuListener *listener = m_emulator->world().listener(id);
            if (listener->isHttps() && listener->state == u"active" && taken < perAccelerator
                && found.size() < count) {
                found.append(listener);
                ++taken;
            }
        }
    }
    if (found.size() < count)
        qFatal("the world has only %d usable HTTPS listeners", int(found.size()));
    return found;
}

QString TestPlansE2e::addCasCertificate(qint64 id, const QStringList &domains, bool expired)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24LL * 3600 * 1000;
    emu::CasRecord record;
    record.id = id;
    record.site = QStringLiteral("cn-hangzhou");
    record.name = QStringLiteral("test-%1").arg(id);
    record.subjectAlternativeNames = domains;
    record.issuer = QStringLiteral("DigiCert");
    record.notBeforeMs = now - 30 * day;
    record.notAfterMs = expired ? now - day : now + 365 * day;
    record.source = QStringLiteral("UPLOAD");
    record.algorithm = QStringLiteral("RSA");
    record.fingerprint = QString(40, u'a');
    record.sha2 = QString(64, u'b');
    record.serial = QStringLiteral("01");
    m_emulator->casWorld().add(record);
    return record.identifier();
}

void TestPlansE2e::moreThanTenDomainsOnOneListenerGoOneRequestAfterAnother()
{
    emu::EmuListener *listener = httpsListeners(1).first();
    for (int i = 0; i < 14; ++i)
        listener->additional.append({ QStringLiteral("900001-cn-hangzhou"),
                                      QStringLiteral("d%1.retired.example.net").arg(i) });
    const int before = int(listener->additional.size());

    const test::GactlRun run
        = gactl({ QStringLiteral("retire"), QStringLiteral("*.retired.example.net"),
                  QStringLiteral("--yes"), QStringLiteral("--wait") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("2 requests,"), run.out.constData());
    QCOMPARE(int(listener->additional.size()), before - 14);
    QCOMPARE(m_emulator->stats().mutationsApplied, 2);

    const QHash<QString, JournaledRequest> journal = readJournal(m_gactl->journal());
    QList<JournaledRequest> requests = journal.values();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].planId, requests[1].planId);
    QVERIFY(requests[0].planId.startsWith(u"plan-"));
    std::sort(requests.begin(), requests.end(),
              [](const auto &a, const auto &b) { return a.sentAt < b.sentAt; });
    QCOMPARE(requests[0].domains, 10);
    QCOMPARE(requests[1].domains, 4);
    // GA locks the instance: the second is sent only once the first is seen done.
    QVERIFY2(requests[1].sentAt >= requests[0].doneAt,
             qPrintable(QStringLiteral("second sent at %1, first done at %2")
                            .arg(requests[1].sentAt)
                            .arg(requests[0].doneAt)));
}

void TestPlansE2e::replaceAcrossFiveListenersIsDryRunFirst()
{
    const QString domain = QStringLiteral("shop.replace.example.org");
    const QString oldId = addCasCertificate(910001, { domain });
    const QString newId = addCasCertificate(910002, { QStringLiteral("*.replace.example.org") });
    const QList<emu::EmuListener *> listeners = httpsListeners(5);
    for (emu::EmuListener *listener : listeners)
        listener->additional.append({ oldId, domain });

    // Shown only: GA checks all five with DryRun, and nothing changes.
    test::GactlRun run
        = gactl({ QStringLiteral("replace"), oldId, newId, QStringLiteral("--plan") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("DryRun passed 5"), run.err.constData());
    QVERIFY2(run.out.contains("5 requests,"), run.out.constData());
    QCOMPARE(m_emulator->stats().dryRunsPassed, 5);
    QCOMPARE(m_emulator->stats().mutationsAccepted, 0);

    run = gactl({ QStringLiteral("replace"), oldId, newId, QStringLiteral("--yes"),
                  QStringLiteral("--wait") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_emulator->stats().dryRunsPassed, 10);
    QCOMPARE(m_emulator->stats().mutationsApplied, 5);
    for (const emu::EmuListener *listener : listeners) {
        QVERIFY(listenerHas(*listener, domain, newId));
        QVERIFY(!listenerHas(*listener, domain, oldId));
    }
}

void TestPlansE2e::badInputSendsNothing()
{
    const QString domain = QStringLiteral("pay.bad.example.org");
    const QString oldId = addCasCertificate(920001, { domain });
    const QString otherId = addCasCertificate(920002, { QStringLiteral("elsewhere.example.org") });
    const QString expiredId = addCasCertificate(920003, { domain }, true);
    for (emu::EmuListener *listener : httpsListeners(2))
        listener->additional.append({ oldId, domain });

    struct Case
    {
        QStringList args;
        QByteArray says;
    };
    const QList<Case> cases {
        { { QStringLiteral("retire"), QStringLiteral("*.nowhere.example.org") }, "No additional" },
        { { QStringLiteral("retire"), QStringLiteral("bad domain!") }, "" },
        { { QStringLiteral("replace"), oldId, otherId }, "does not cover" },
        { { QStringLiteral("replace"), oldId, expiredId }, "expired" },
        { { QStringLiteral("replace"), oldId, QStringLiteral("939393-cn-hangzhou") },
          "no certificate" },
        { { QStringLiteral("replace"), oldId, oldId }, "replace itself" },
        { { QStringLiteral("undo"), QStringLiteral("plan-none") }, "No plan" },
    };
    for (const Case &c : cases) {
        const test::GactlRun run = gactl(c.args + QStringList { QStringLiteral("--yes") });
        QVERIFY2(run.exitCode == 2,
                 qPrintable(c.args.join(u' ') + u' ' + QString::fromUtf8(run.err)));
        QVERIFY2(run.err.contains(c.says),
                 qPrintable(c.args.join(u' ') + u' ' + QString::fromUtf8(run.err)));
    }
    QCOMPARE(m_emulator->stats().mutationsAccepted, 0);
    QCOMPARE(m_emulator->stats().dryRunsPassed, 0);
    QVERIFY(m_gactl->journal().isEmpty());
}

void TestPlansE2e::undoOfAPlanPutsBackWhatItRemoved()
{
    const QString domain = QStringLiteral("old.undo.example.org");
    const QList<emu::EmuListener *> listeners = httpsListeners(3);
    for (emu::EmuListener *listener : listeners)
        listener->additional.append({ QStringLiteral("930001-cn-hangzhou"), domain });
    test::GactlRun run
        = gactl({ QStringLiteral("retire"), domain, QStringLiteral("--yes"),
                  QStringLiteral("--wait"), QStringLiteral("--output"), QStringLiteral("json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString planId = QJsonDocument::fromJson(run.out).object().value(u"PlanId").toString();
    QVERIFY(planId.startsWith(u"plan-"));
    for (const emu::EmuListener *listener : listeners)
        QVERIFY(!listenerHas(*listener, domain));

    run = gactl(
        { QStringLiteral("undo"), planId, QStringLiteral("--yes"), QStringLiteral("--wait") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    for (const emu::EmuListener *listener : listeners)
        QVERIFY(listenerHas(*listener, domain, QStringLiteral("930001-cn-hangzhou")));
    // Once is enough.
    run = gactl({ QStringLiteral("undo"), planId, QStringLiteral("--yes") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("undone already"), run.err.constData());
}

void TestPlansE2e::killedHalfwayThenResumedAppliesEachRequestOnce()
{
    m_emulator->setUpdateMs(600);
    const QString domain = QStringLiteral("gone.crash.example.org");
    const QList<emu::EmuListener *> listeners = httpsListeners(8, 2);
    for (emu::EmuListener *listener : listeners)
        listener->additional.append({ QStringLiteral("940001-cn-hangzhou"), domain });

    QStringList args { QStringLiteral("retire"),
                       domain,
                       QStringLiteral("--yes"),
                       QStringLiteral("--wait"),
                       QStringLiteral("--endpoint"),
                       m_url,
                       kCas,
                       m_url };
    QProcess *process = m_gactl->start(args, m_env);
    // Killed once some requests are sent and before all are done.
    const bool halfway = QTest::qWaitFor(
        [this] {
            int sent = 0;
            for (const JournaledRequest &r : readJournal(m_gactl->journal()))
                sent += r.sentAt > 0 ? 1 : 0;
            return sent >= 2;
        },
        30'000);
    QVERIFY(halfway);
    ::kill(pid_t(process->processId()), SIGKILL);
    const test::GactlRun killed = test::GactlHarness::finish(process);
    QVERIFY(killed.crashed || killed.exitCode != 0);
    int doneBefore = 0;
    for (const JournaledRequest &r : readJournal(m_gactl->journal()))
        doneBefore += r.doneAt > 0 ? 1 : 0;
    QVERIFY2(doneBefore < 8, "the plan ended before the kill");

    const test::GactlRun resumed = gactl({ QStringLiteral("resume") }, 120'000);
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    const QHash<QString, JournaledRequest> journal = readJournal(m_gactl->journal());
    QCOMPARE(journal.size(), 8);
    for (const JournaledRequest &r : journal)
        QVERIFY(r.doneAt > 0);
    for (const emu::EmuListener *listener : listeners)
        QVERIFY(!listenerHas(*listener, domain));
    // Each request applied once: the same ClientTokens were sent again where unsure.
    QCOMPARE(m_emulator->stats().mutationsApplied, 8);
    QCOMPARE(qint64(m_emulator->stats().appliedClientTokens.size()), 8);
}

QTEST_GUILESS_MAIN(TestPlansE2e)
#include "tst_plans_e2e.moc"
