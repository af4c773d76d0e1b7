// The journal keeps every intent across crashes: appended, folded, torn lines tolerated.
#include "ops/operationjournal.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

namespace {
OperationRecord intent(const QString &id, const QString &accelerator = QStringLiteral("ga-1"))
{
    OperationRecord record;
    record.operationId = id;
    record.profile = QStringLiteral("prod");
    record.endpoint = QStringLiteral("https://ga.cn-hangzhou.aliyuncs.com");
    record.acceleratorId = accelerator;
    record.listenerId = QStringLiteral("lsr-1");
    record.items
        = { { QStringLiteral("a.example.com"), QStringLiteral("123456-cn-hangzhou"), {} },
            { QStringLiteral("*.b.example.com"), QStringLiteral("234567-cn-hangzhou"), {} } };
    return record;
}
} // namespace

class TestOperationJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void missingFileIsEmpty();
    void foldsEventsPerOperation();
    void unfinishedListsPendingAndSent();
    void tornLastLineIsIgnored();
    void garbageLineInTheMiddleIsSkipped();
    void fileIsPrivateToTheUser();
    void unwritableLocationIsAnError();
    void defaultPathIsUnderAppData();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestOperationJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("sub/operations.jsonl"));
}

void TestOperationJournal::missingFileIsEmpty()
{
    OperationJournal journal(m_path);
    QString error;
    QVERIFY(journal.operations(&error).isEmpty());
    QVERIFY(error.isEmpty());
}

void TestOperationJournal::foldsEventsPerOperation()
{
    OperationJournal journal(m_path);
    QCOMPARE(journal.recordIntent(intent(QStringLiteral("tok-1"))), QString());
    QCOMPARE(journal.recordIntent(intent(QStringLiteral("tok-2"), QStringLiteral("ga-2"))),
             QString());
    QCOMPARE(journal.recordSent(QStringLiteral("tok-1"), QStringLiteral("REQ-1")), QString());
    QCOMPARE(journal.recordState(QStringLiteral("tok-1"), QStringLiteral("updating")), QString());
    QCOMPARE(journal.recordDone(QStringLiteral("tok-1")), QString());
    QCOMPARE(journal.recordFailed(QStringLiteral("tok-2"), QStringLiteral("NotExist.Listener"),
                                  QStringLiteral("The listener does not exist."),
                                  QStringLiteral("REQ-2")),
             QString());

    // A second journal object on the same file reads what the first wrote.
    const QList<OperationRecord> records = OperationJournal(m_path).operations();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].operationId, QStringLiteral("tok-1"));
    QCOMPARE(statusName(records[0].status), statusName(OperationRecord::Status::Done));
    QCOMPARE(records[0].requestId, QStringLiteral("REQ-1"));
    QCOMPARE(records[0].lastState, QStringLiteral("active"));
    QCOMPARE(records[0].domains(), intent(QStringLiteral("x")).domains());
    // The certificate each domain had is journaled with the intent, for Undo.
    QCOMPARE(records[0].items, intent(QStringLiteral("x")).items);
    QCOMPARE(records[0].kind, ChangeKind::Dissociate);
    QCOMPARE(records[0].profile, QStringLiteral("prod"));
    QVERIFY(records[0].createdAt.isValid());
    QCOMPARE(statusName(records[1].status), statusName(OperationRecord::Status::Failed));
    QCOMPARE(records[1].errorCode, QStringLiteral("NotExist.Listener"));
    QCOMPARE(records[1].requestId, QStringLiteral("REQ-2"));
    QCOMPARE(records[1].acceleratorId, QStringLiteral("ga-2"));
}

void TestOperationJournal::unfinishedListsPendingAndSent()
{
    OperationJournal journal(m_path);
    journal.recordIntent(intent(QStringLiteral("pending")));
    journal.recordIntent(intent(QStringLiteral("sent")));
    journal.recordSent(QStringLiteral("sent"), QStringLiteral("REQ"));
    journal.recordState(QStringLiteral("sent"), QStringLiteral("updating"));
    journal.recordIntent(intent(QStringLiteral("done")));
    journal.recordDone(QStringLiteral("done"));
    journal.recordResumed(QStringLiteral("sent"));

    const QList<OperationRecord> open = journal.unfinished();
    QCOMPARE(open.size(), 2);
    QCOMPARE(open[0].operationId, QStringLiteral("pending"));
    QCOMPARE(statusName(open[0].status), statusName(OperationRecord::Status::Pending));
    QCOMPARE(open[1].operationId, QStringLiteral("sent"));
    QCOMPARE(statusName(open[1].status), statusName(OperationRecord::Status::Accepted));
    QCOMPARE(open[1].lastState, QStringLiteral("updating"));
    QVERIFY(open[1].resumed);
}

void TestOperationJournal::tornLastLineIsIgnored()
{
    OperationJournal journal(m_path);
    journal.recordIntent(intent(QStringLiteral("tok")));
    journal.recordSent(QStringLiteral("tok"), QStringLiteral("REQ"));
    {
        // A crash in the middle of writing the "done" line.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"event\":\"done\",\"op\":\"to");
    }
    const QList<OperationRecord> records = journal.operations();
    QCOMPARE(records.size(), 1);
    QCOMPARE(statusName(records[0].status), statusName(OperationRecord::Status::Accepted));

    // And the next append still starts a readable line of its own.
    QCOMPARE(journal.recordDone(QStringLiteral("tok")), QString());
    QCOMPARE(statusName(journal.operations().value(0).status),
             statusName(OperationRecord::Status::Accepted));
}

void TestOperationJournal::garbageLineInTheMiddleIsSkipped()
{
    OperationJournal journal(m_path);
    journal.recordIntent(intent(QStringLiteral("one")));
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("not json at all\n[1,2,3]\n{\"event\":\"sent\"}\n");
    }
    journal.recordIntent(intent(QStringLiteral("two")));
    journal.recordSent(QStringLiteral("unknown-op"), QStringLiteral("REQ"));
    const QList<OperationRecord> records = journal.operations();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[1].operationId, QStringLiteral("two"));
}

void TestOperationJournal::fileIsPrivateToTheUser()
{
    OperationJournal journal(m_path);
    journal.recordIntent(intent(QStringLiteral("tok")));
    const QFile::Permissions permissions = QFile(m_path).permissions();
    QVERIFY(permissions & QFile::ReadOwner);
    QVERIFY(!(permissions & QFile::ReadOther));
    QVERIFY(!(permissions & QFile::ReadGroup));
}

void TestOperationJournal::unwritableLocationIsAnError()
{
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // A path below a regular file can never be created.
    OperationJournal journal(m_dir->filePath(QStringLiteral("file/operations.jsonl")));
    const QString error = journal.recordIntent(intent(QStringLiteral("tok")));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("operation journal")), qPrintable(error));
}

void TestOperationJournal::defaultPathIsUnderAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(OperationJournal::defaultPath().endsWith(QStringLiteral("/operations.jsonl")));
    QCOMPARE(OperationJournal().path(), OperationJournal::defaultPath());
}

QTEST_GUILESS_MAIN(TestOperationJournal)
#include "tst_operationjournal.moc"
