// OperationLease: one QLockFile per operation ID beside the journal. In one process, a second
// lease on the same ID is refused; an operation's lease goes when it finishes or is destroyed;
// a lock left by a process that is gone is taken over, and a lock is never stale by age alone.
#include "fakegaapi.h"
#include "manualclock.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "ops/operationlease.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

class TestOperationLease : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fileNameIsSafeForAnyToken();
    void secondLeaseOnTheSameIdIsRefused();
    void releaseLetsTheNextOneTakeIt();
    void operationHoldsItsLeaseUntilFinished();
    void destroyedOperationReleasesItsLease();
    void staleLockOfADeadProcessIsTakenOver();
    void oldLockOfALiveProcessIsNotStale();
    void unwritableFolderFailsTheChangeBeforeItIsSent();

private:
    QString writeLockFile(const QString &operationId, const QByteArray &contents) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_leases;
};

void TestOperationLease::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_leases = OperationLease::directoryFor(m_dir->filePath(QStringLiteral("ops.jsonl")));
}

QString TestOperationLease::writeLockFile(const QString &operationId,
                                          const QByteArray &contents) const
{
    QDir().mkpath(m_leases);
    const QString path = m_leases + u'/' + OperationLease::fileNameFor(operationId);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestOperationLease::fileNameIsSafeForAnyToken()
{
    const QString token = QStringLiteral("a token / with ../ spaces");
    const QString name = OperationLease::fileNameFor(token);
    QVERIFY(!name.contains(u'/'));
    QVERIFY(!name.contains(u' '));
    QCOMPARE(name.size(), 64 + 5); // hex of SHA-256, then ".lock"
    QVERIFY(name != OperationLease::fileNameFor(QStringLiteral("a token")));
    QCOMPARE(m_leases, m_dir->filePath(QStringLiteral("leases")));

    OperationLease lease(m_leases, token);
    QVERIFY(lease.acquire());
    QCOMPARE(QFileInfo(lease.path()).absolutePath(), m_leases);
    QVERIFY(QFile::exists(lease.path()));
}

void TestOperationLease::secondLeaseOnTheSameIdIsRefused()
{
    OperationLease first(m_leases, QStringLiteral("token-1"));
    OperationLease second(m_leases, QStringLiteral("token-1"));
    OperationLease other(m_leases, QStringLiteral("token-2"));
    QVERIFY(first.acquire());
    QVERIFY(first.acquire()); // held already: still held
    QVERIFY(!second.acquire());
    QVERIFY(!second.isHeld());
    QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());
    QVERIFY2(second.error().contains(QStringLiteral("is running in another process")),
             qPrintable(second.error()));
    QVERIFY(other.acquire());
    QCOMPARE(OperationLease::holderOf(m_leases, QStringLiteral("token-1")),
             QCoreApplication::applicationPid());
    QCOMPARE(OperationLease::holderOf(m_leases, QStringLiteral("token-3")), 0);
}

void TestOperationLease::releaseLetsTheNextOneTakeIt()
{
    auto first = std::make_unique<OperationLease>(m_leases, QStringLiteral("token-1"));
    OperationLease second(m_leases, QStringLiteral("token-1"));
    QVERIFY(first->acquire());
    first->release();
    QVERIFY(!first->isHeld());
    QCOMPARE(OperationLease::holderOf(m_leases, QStringLiteral("token-1")), 0);
    QVERIFY(second.acquire());
    second.release();
    QVERIFY(first->acquire());
    first.reset(); // destroyed: released
    QVERIFY(second.acquire());
}

void TestOperationLease::operationHoldsItsLeaseUntilFinished()
{
    OperationJournal journal(m_dir->filePath(QStringLiteral("ops.jsonl")));
    test::FakeGaApi api;
    api.seed(QStringLiteral("ga-1"), 1, 2);
    api.setAutoCompleteMs(1);
    test::ManualClock clock;
    OperationCenter::Settings settings;
    settings.schedule = WatchSchedule::fast(2);
    settings.clock = &clock;
    OperationCenter center(&journal, settings);
    QCOMPARE(center.leaseDirectory(), m_leases);
    const QString listener = api.listenerIds().first();
    const ListenerCertificate certificate = api.listener(listener).additional.first();
    ChangeOperation *operation
        = center.dissociate(&api, QStringLiteral("prod"), QStringLiteral("ga-1"), listener,
                            { { certificate.domain, certificate.certificateId, {} } });
    const QString id = operation->record().operationId;
    QTRY_VERIFY(operation->phase() != ChangeOperation::Phase::Created);
    QVERIFY(!operation->isFinished());
    // Held by this process; the center does not count its own operation as elsewhere.
    QCOMPARE(OperationLease::holderOf(m_leases, id), QCoreApplication::applicationPid());
    QCOMPARE(center.leaseHolder(id), 0);
    OperationLease rival(m_leases, id);
    QVERIFY(!rival.acquire());

    QTRY_VERIFY(operation->isFinished());
    QCOMPARE(operation->phase(), ChangeOperation::Phase::Done);
    QCOMPARE(OperationLease::holderOf(m_leases, id), 0);
    QVERIFY(rival.acquire());
}

void TestOperationLease::destroyedOperationReleasesItsLease()
{
    OperationJournal journal(m_dir->filePath(QStringLiteral("ops.jsonl")));
    test::FakeGaApi api;
    api.seed(QStringLiteral("ga-1"), 1, 2);
    api.setAutoCompleteMs(60'000); // still watching when the center goes
    auto center = std::make_unique<OperationCenter>(&journal);
    const QString listener = api.listenerIds().first();
    const ListenerCertificate certificate = api.listener(listener).additional.first();
    ChangeOperation *operation
        = center->dissociate(&api, QStringLiteral("prod"), QStringLiteral("ga-1"), listener,
                             { { certificate.domain, certificate.certificateId, {} } });
    const QString id = operation->record().operationId;
    QTRY_COMPARE(operation->phase(), ChangeOperation::Phase::Watching);
    QCOMPARE(OperationLease::holderOf(m_leases, id), QCoreApplication::applicationPid());
    center.reset();
    QCOMPARE(OperationLease::holderOf(m_leases, id), 0);
    QCOMPARE(journal.unfinished().size(), 1); // for the next start to resume
}

void TestOperationLease::staleLockOfADeadProcessIsTakenOver()
{
    // A PID that was a process a moment ago and is gone now, as after a SIGKILL.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForStarted());
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished());
    QVERIFY(pid > 0);
    // QLockFile's own format: PID, application name, host name (lines left empty: this host).
    const QString path
        = writeLockFile(QStringLiteral("token-1"), QByteArray::number(pid) + "\n\n\n");
    QCOMPARE(OperationLease::holderOf(m_leases, QStringLiteral("token-1")), 0);
    writeLockFile(QStringLiteral("token-1"), QByteArray::number(pid) + "\n\n\n");

    OperationLease lease(m_leases, QStringLiteral("token-1"));
    QVERIFY2(lease.acquire(), qPrintable(lease.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine().trimmed().toLongLong(), QCoreApplication::applicationPid());
}

void TestOperationLease::oldLockOfALiveProcessIsNotStale()
{
    // This very process, an hour ago: QLockFile's default would call it stale after 30 s.
    const QString self = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    const QString path = writeLockFile(QStringLiteral("token-1"),
                                       QByteArray::number(QCoreApplication::applicationPid()) + '\n'
                                           + self.toUtf8() + "\n\n");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600),
                             QFileDevice::FileModificationTime));
    file.close();

    OperationLease lease(m_leases, QStringLiteral("token-1"));
    QVERIFY(!lease.acquire());
    QCOMPARE(lease.holderPid(), QCoreApplication::applicationPid());
    QVERIFY(QFile::exists(path));
}

void TestOperationLease::unwritableFolderFailsTheChangeBeforeItIsSent()
{
    // A file where the leases folder should be: the disk refuses the lock file.
    QFile blocker(m_leases);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    OperationJournal journal(m_dir->filePath(QStringLiteral("ops.jsonl")));
    test::FakeGaApi api;
    api.seed(QStringLiteral("ga-1"), 1, 2);
    OperationCenter center(&journal);
    const QString listener = api.listenerIds().first();
    const ListenerCertificate certificate = api.listener(listener).additional.first();
    ChangeOperation *operation
        = center.dissociate(&api, QStringLiteral("prod"), QStringLiteral("ga-1"), listener,
                            { { certificate.domain, certificate.certificateId, {} } });
    QTRY_VERIFY(operation->isFinished());
    QCOMPARE(operation->phase(), ChangeOperation::Phase::Failed);
    QVERIFY2(operation->error().message.contains(QStringLiteral("Nothing was sent.")),
             qPrintable(operation->error().message));
    QVERIFY2(operation->error().message.contains(m_leases), qPrintable(operation->error().message));
    QVERIFY(api.tokensSeen().isEmpty()); // nothing sent
    QVERIFY(journal.operations().isEmpty()); // nothing journaled
}

QTEST_GUILESS_MAIN(TestOperationLease)
#include "tst_operationlease.moc"
