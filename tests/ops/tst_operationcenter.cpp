// OperationCenter over the in-memory GA and a manual clock: changes as data, the journal
// before the send, Undo, resume and "send again", each applied once.
#include "fakegaapi.h"
#include "manualclock.h"
#include "ops/changekind.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "ops/operationlease.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace ga;

class TestOperationCenter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void intentIsJournaledBeforeTheSend();
    void badInputSendsAndJournalsNothing();
    void undoReassociatesWithTheRecordedCertificates();
    void undoIsRefusedWhenItCannotBe();
    void associateIsUndoneByDissociating();
    void updateIsUndoneByUpdatingBack();
    void resumeSendsAgainWithTheSameToken();
    void resumeLeavesOtherProfilesAndEndpoints();
    void resumeSkipsAChangeAnotherProcessRuns();
    void sendAgainReplacesTheRun();
    void timestampsComeFromTheInjectedClock();

private:
    QList<ChangeItem> itemsOf(const QString &listenerId, int count) const;
    ChangeOperation *finish(ChangeOperation *operation);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<test::FakeGaApi> m_api;
    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<OperationCenter> m_center;
    QString m_listener;
};

void TestOperationCenter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<OperationJournal>(m_dir->filePath(QStringLiteral("ops.jsonl")));
    m_api = std::make_unique<test::FakeGaApi>();
    m_api->seed(QStringLiteral("ga-1"), 2, 4);
    m_api->setAutoCompleteMs(1);
    m_clock = std::make_unique<test::ManualClock>();
    OperationCenter::Settings settings;
    settings.schedule = WatchSchedule::fast(2);
    settings.clock = m_clock.get();
    m_center = std::make_unique<OperationCenter>(m_journal.get(), settings);
    m_listener = m_api->listenerIds().first();
}

void TestOperationCenter::cleanup()
{
    m_center.reset();
    m_api.reset();
}

QList<ChangeItem> TestOperationCenter::itemsOf(const QString &listenerId, int count) const
{
    QList<ChangeItem> items;
    for (const ListenerCertificate &c : m_api->listener(listenerId).additional.mid(0, count))
        items.append({ c.domain, c.certificateId, {} });
    return items;
}

ChangeOperation *TestOperationCenter::finish(ChangeOperation *operation)
{
    [&] { QTRY_VERIFY(operation->isFinished()); }();
    return operation;
}

void TestOperationCenter::intentIsJournaledBeforeTheSend()
{
    const QList<ChangeItem> items = itemsOf(m_listener, 3);
    ChangeOperation *operation = m_center->dissociate(m_api.get(), QStringLiteral("prod"),
                                                      QStringLiteral("ga-1"), m_listener, items);
    bool journaledFirst = false;
    connect(operation, &ChangeOperation::phaseChanged, this, [&](ChangeOperation::Phase phase) {
        if (phase == ChangeOperation::Phase::Sending)
            journaledFirst = m_journal->operations().size() == 1
                && m_api->calls(QStringLiteral("DissociateAdditionalCertificatesFromListener"))
                    == 0;
    });
    QCOMPARE(finish(operation)->phase(), ChangeOperation::Phase::Done);
    QVERIFY(journaledFirst);
    const OperationRecord record = m_journal->operations().first();
    QCOMPARE(record.kind, ChangeKind::Dissociate);
    QCOMPARE(record.items, items); // with the certificate IDs, for Undo
    QCOMPARE(record.profile, QStringLiteral("prod"));
    QCOMPARE(record.endpoint, m_api->endpointText());
    QCOMPARE(record.status, OperationRecord::Status::Done);
    QCOMPARE(m_api->domainsOf(m_listener).size(), 1);
    QCOMPARE(m_api->changesApplied(), 1);
}

void TestOperationCenter::badInputSendsAndJournalsNothing()
{
    QList<ChangeItem> eleven;
    for (int i = 0; i < 11; ++i)
        eleven.append({ QStringLiteral("d%1.example.com").arg(i), {}, {} });
    ChangeOperation *operation
        = m_center->dissociate(m_api.get(), {}, QStringLiteral("ga-1"), m_listener, eleven);
    QCOMPARE(finish(operation)->phase(), ChangeOperation::Phase::Failed);
    QCOMPARE(operation->error().kind, ApiError::Kind::InvalidInput);
    QVERIFY(m_journal->operations().isEmpty());

    OperationRecord associate;
    associate.kind = ChangeKind::Associate;
    associate.acceleratorId = QStringLiteral("ga-1");
    associate.listenerId = m_listener;
    associate.items = { { QStringLiteral("new.example.com"), QStringLiteral("not an id"), {} } };
    operation = m_center->start(m_api.get(), {}, associate);
    QCOMPARE(finish(operation)->phase(), ChangeOperation::Phase::Failed);
    QVERIFY(operation->error().message.contains(u"123456-cn-hangzhou"));
    QVERIFY(m_journal->operations().isEmpty());
    QCOMPARE(m_api->tokensSeen().size(), 0);
}

void TestOperationCenter::undoReassociatesWithTheRecordedCertificates()
{
    const QList<ChangeItem> items = itemsOf(m_listener, 3);
    const QList<ListenerCertificate> before = m_api->listener(m_listener).additional;
    ChangeOperation *done = finish(m_center->dissociate(m_api.get(), QStringLiteral("prod"),
                                                        QStringLiteral("ga-1"), m_listener, items));
    QCOMPARE(done->phase(), ChangeOperation::Phase::Done);
    QCOMPARE(m_center->whyNotUndoable(done->record()), QString());

    const Result<ChangeOperation *> undo = m_center->undo(m_api.get(), done->record().operationId);
    QVERIFY2(undo.ok(), qPrintable(undo.error().message));
    QCOMPARE(finish(undo.value())->phase(), ChangeOperation::Phase::Done);
    const OperationRecord &record = undo.value()->record();
    QCOMPARE(record.kind, ChangeKind::Associate);
    QCOMPARE(record.undoes, done->record().operationId);
    QVERIFY(record.operationId != done->record().operationId); // its own ClientToken
    QCOMPARE(record.profile, QStringLiteral("prod"));
    // Every domain is back, with the certificate it had.
    for (const ListenerCertificate &certificate : before) {
        const auto &now = m_api->listener(m_listener).additional;
        QVERIFY(std::any_of(now.cbegin(), now.cend(), [&](const ListenerCertificate &c) {
            return c.domain == certificate.domain && c.certificateId == certificate.certificateId;
        }));
    }
    QCOMPARE(m_api->changesApplied(), 2);
    // Undone once: a second undo is refused, with the reason.
    QVERIFY(m_center->whyNotUndoable(done->record()).contains(record.operationId));
    QVERIFY(!m_center->undo(m_api.get(), done->record().operationId).ok());
}

void TestOperationCenter::undoIsRefusedWhenItCannotBe()
{
    // Unknown operation, an operation still running, and a dissociation journaled without
    // its certificate IDs (as journals written before they were recorded hold).
    QVERIFY(!m_center->undo(m_api.get(), QStringLiteral("no-such-token")).ok());
    m_api->setAutoCompleteMs(-1);
    ChangeOperation *running = m_center->dissociate(m_api.get(), {}, QStringLiteral("ga-1"),
                                                    m_listener, itemsOf(m_listener, 1));
    QTRY_COMPARE(running->phase(), ChangeOperation::Phase::Watching);
    const Result<ChangeOperation *> early
        = m_center->undo(m_api.get(), running->record().operationId);
    QVERIFY(!early.ok());
    m_api->setAutoCompleteMs(1);
    m_api->completeChanges();
    finish(running);

    ChangeOperation *bare
        = finish(m_center->dissociate(m_api.get(), {}, QStringLiteral("ga-1"), m_listener,
                                      { { m_api->domainsOf(m_listener).first(), {}, {} } }));
    QCOMPARE(bare->phase(), ChangeOperation::Phase::Done);
    const Result<ChangeOperation *> refused
        = m_center->undo(m_api.get(), bare->record().operationId);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u"did not record"));
}

void TestOperationCenter::associateIsUndoneByDissociating()
{
    OperationRecord associate;
    associate.kind = ChangeKind::Associate;
    associate.acceleratorId = QStringLiteral("ga-1");
    associate.listenerId = m_listener;
    associate.items
        = { { QStringLiteral("new.example.com"), QStringLiteral("555555-cn-hangzhou"), {} } };
    ChangeOperation *done = finish(m_center->start(m_api.get(), {}, associate));
    QCOMPARE(done->phase(), ChangeOperation::Phase::Done);
    QVERIFY(m_api->domainsOf(m_listener).contains(u"new.example.com"));
    const Result<ChangeOperation *> undo = m_center->undo(m_api.get(), done->record().operationId);
    QVERIFY(undo.ok());
    QCOMPARE(finish(undo.value())->phase(), ChangeOperation::Phase::Done);
    QCOMPARE(undo.value()->record().kind, ChangeKind::Dissociate);
    QVERIFY(!m_api->domainsOf(m_listener).contains(u"new.example.com"));
}

void TestOperationCenter::updateIsUndoneByUpdatingBack()
{
    const ListenerCertificate old = m_api->listener(m_listener).additional.first();
    OperationRecord update;
    update.kind = ChangeKind::Update;
    update.acceleratorId = QStringLiteral("ga-1");
    update.listenerId = m_listener;
    update.items = { { old.domain, QStringLiteral("777777-cn-hangzhou"), old.certificateId } };
    ChangeOperation *done = finish(m_center->start(m_api.get(), {}, update));
    QCOMPARE(done->phase(), ChangeOperation::Phase::Done);
    QCOMPARE(m_api->listener(m_listener).additional.first().certificateId,
             QStringLiteral("777777-cn-hangzhou"));
    const Result<ChangeOperation *> undo = m_center->undo(m_api.get(), done->record().operationId);
    QVERIFY(undo.ok());
    QCOMPARE(finish(undo.value())->phase(), ChangeOperation::Phase::Done);
    QCOMPARE(m_api->listener(m_listener).additional.first().certificateId, old.certificateId);
}

void TestOperationCenter::resumeSendsAgainWithTheSameToken()
{
    // A crash after the intent: the journal holds it, GA may or may not have it.
    OperationRecord intent;
    intent.operationId = QStringLiteral("crashed-token");
    intent.profile = QStringLiteral("prod");
    intent.endpoint = m_api->endpointText();
    intent.acceleratorId = QStringLiteral("ga-1");
    intent.listenerId = m_listener;
    intent.items = itemsOf(m_listener, 2);
    QCOMPARE(m_journal->recordIntent(intent), QString());
    // GA did get it before the crash.
    m_api->dissociateAdditionalCertificates(QStringLiteral("ga-1"), m_listener, intent.domains(),
                                            intent.operationId);
    QTRY_COMPARE(m_api->changesApplied(), 1);

    const QList<ChangeOperation *> resumed = m_center->resume(m_api.get(), QStringLiteral("prod"));
    QCOMPARE(resumed.size(), 1);
    QCOMPARE(finish(resumed.first())->phase(), ChangeOperation::Phase::Done);
    QVERIFY(resumed.first()->record().resumed);
    QCOMPARE(m_api->tokensSeen(), QStringList(2, intent.operationId));
    QCOMPARE(m_api->changesApplied(), 1); // applied once
    QVERIFY(m_journal->unfinished().isEmpty());
    // What this session ran is not resumed again.
    QVERIFY(m_center->resume(m_api.get(), QStringLiteral("prod")).isEmpty());
}

// Another process (this test binary again, with --hold-lease) holds the change's lease, as
// a gactl resume in another terminal would: resume skips it and says why; once that process
// is SIGKILLed, its stale lock is taken over and the change resumes here.
void TestOperationCenter::resumeSkipsAChangeAnotherProcessRuns()
{
    OperationCenter::Settings settings = m_center->settings();
    settings.leaseRetryMs = 50;
    m_center->setSettings(settings);
    OperationRecord change;
    change.operationId = QStringLiteral("a token/with spaces");
    change.profile = QStringLiteral("prod");
    change.endpoint = m_api->endpointText();
    change.acceleratorId = QStringLiteral("ga-1");
    change.listenerId = m_listener;
    change.items = itemsOf(m_listener, 1);
    QCOMPARE(m_journal->recordIntent(change), QString());

    QProcess holder;
    holder.start(
        QCoreApplication::applicationFilePath(),
        { QStringLiteral("--hold-lease"), m_center->leaseDirectory(), change.operationId });
    QVERIFY(holder.waitForStarted());
    QVERIFY(holder.waitForReadyRead(10'000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("held"));

    const QList<OperationCenter::ResumeCandidate> candidates
        = m_center->resumeCandidates(QStringLiteral("prod"), m_api->endpointText());
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.first().heldByPid, holder.processId());
    QCOMPARE(candidates.first().skipReason,
             QStringLiteral("a token/with spaces is running in another process (PID %1)")
                 .arg(holder.processId()));
    QCOMPARE(m_center->leaseHolder(change.operationId), holder.processId());
    QVERIFY(m_center->resume(m_api.get(), QStringLiteral("prod")).isEmpty());
    QVERIFY(m_center->isRetryingResume());
    QTest::qWait(150); // a few retries: the holder is alive, nothing is sent
    QVERIFY(!m_center->find(change.operationId));
    QVERIFY(m_api->tokensSeen().isEmpty());

    holder.kill(); // SIGKILL: no unlock, the lock file stays with a dead PID
    QVERIFY(holder.waitForFinished());
    QTRY_VERIFY(m_center->find(change.operationId));
    ChangeOperation *resumed = finish(m_center->find(change.operationId));
    QCOMPARE(resumed->phase(), ChangeOperation::Phase::Done);
    QCOMPARE(m_api->tokensSeen(), QStringList { change.operationId });
    QVERIFY(!m_center->isRetryingResume());
    QCOMPARE(m_center->leaseHolder(change.operationId), 0);
}

void TestOperationCenter::resumeLeavesOtherProfilesAndEndpoints()
{
    OperationRecord other;
    other.operationId = QStringLiteral("other-profile");
    other.profile = QStringLiteral("staging");
    other.endpoint = m_api->endpointText();
    other.acceleratorId = QStringLiteral("ga-1");
    other.listenerId = m_listener;
    other.items = itemsOf(m_listener, 1);
    QCOMPARE(m_journal->recordIntent(other), QString());
    other.operationId = QStringLiteral("other-endpoint");
    other.profile = QStringLiteral("prod");
    other.endpoint = QStringLiteral("https://ga.ap-southeast-1.aliyuncs.com");
    QCOMPARE(m_journal->recordIntent(other), QString());

    const QList<OperationCenter::ResumeCandidate> candidates
        = m_center->resumeCandidates(QStringLiteral("prod"), m_api->endpointText());
    QCOMPARE(candidates.size(), 2);
    QVERIFY(candidates[0].skipReason.contains(u"staging"));
    QVERIFY(candidates[1].skipReason.contains(u"ap-southeast-1"));
    QVERIFY(m_center->resume(m_api.get(), QStringLiteral("prod")).isEmpty());
    QCOMPARE(m_api->tokensSeen().size(), 0);
}

void TestOperationCenter::sendAgainReplacesTheRun()
{
    ApiError dropped;
    dropped.kind = ApiError::Kind::Network;
    m_api->failNext(QStringLiteral("DissociateAdditionalCertificatesFromListener"), dropped);
    ChangeOperation *first = finish(m_center->dissociate(m_api.get(), {}, QStringLiteral("ga-1"),
                                                         m_listener, itemsOf(m_listener, 1)));
    QCOMPARE(first->phase(), ChangeOperation::Phase::Unconfirmed);
    QCOMPARE(m_journal->unfinished().size(), 1);
    const QString token = first->record().operationId;
    ChangeOperation *again = m_center->sendAgain(first);
    QVERIFY(again);
    QCOMPARE(finish(again)->phase(), ChangeOperation::Phase::Done);
    QCOMPARE(again->record().operationId, token);
    QCOMPARE(m_center->operations().size(), 1);
    QCOMPARE(m_api->changesApplied(), 1);
}

void TestOperationCenter::timestampsComeFromTheInjectedClock()
{
    m_clock->advance(5'000);
    ChangeOperation *done = finish(m_center->dissociate(m_api.get(), {}, QStringLiteral("ga-1"),
                                                        m_listener, itemsOf(m_listener, 1)));
    QCOMPARE(done->record().createdAt, m_clock->utcNow());
    QCOMPARE(done->record().updatedAt, m_clock->utcNow());
    QCOMPARE(done->elapsedMs(), 0); // the test's time did not move
}

// `--hold-lease <folder> <operation ID>`: takes the lease, says "held", and keeps it until
// killed, standing in for another gactl or console.
int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--hold-lease") == 0) {
        QCoreApplication app(argc, argv);
        OperationLease lease(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
        if (!lease.acquire())
            return 1;
        std::puts("held");
        std::fflush(stdout);
        std::getchar(); // until killed, or its stdin closes
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestOperationCenter test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_operationcenter.moc"
