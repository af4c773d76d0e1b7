// OperationHistoryModel follows the journal live: a record another process (here another
// OperationJournal object on the same file) appends shows up without a restart, as inserted
// rows and dataChanged, never a reset, and the selection stays; an unfinished record whose
// lease another process holds reads "running elsewhere".
#include "i18n/translations.h"
#include "operationhistorymodel.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "ops/operationlease.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

class TestOperationHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordsOfAnotherWriterAppearLive();
    void journalCreatedLaterIsFollowed();
    void leasedElsewhereReadsRunningElsewhere();
    void domainsCellNamesEveryDomain();

private:
    OperationRecord change(const QString &id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<OperationCenter> m_center;
};

void TestOperationHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("ga-console/operations.jsonl"));
    m_journal = std::make_unique<OperationJournal>(m_path);
    m_center = std::make_unique<OperationCenter>(m_journal.get());
}

void TestOperationHistoryModel::cleanup()
{
    m_center.reset();
    m_journal.reset();
}

OperationRecord TestOperationHistoryModel::change(const QString &id) const
{
    OperationRecord record;
    record.operationId = id;
    record.profile = QStringLiteral("prod");
    record.endpoint = QStringLiteral("https://ga.cn-hangzhou.aliyuncs.com");
    record.acceleratorId = QStringLiteral("ga-1");
    record.listenerId = QStringLiteral("lsr-1");
    record.items
        = { { QStringLiteral("a.example.com"), QStringLiteral("100001-cn-hangzhou"), {} } };
    return record;
}

void TestOperationHistoryModel::recordsOfAnotherWriterAppearLive()
{
    OperationJournal other(m_path); // gactl in another terminal, as far as the file goes
    QCOMPARE(other.recordIntent(change(QStringLiteral("first"))), QString());
    OperationHistoryModel model(m_center.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QItemSelectionModel selection(&model);
    selection.select(model.index(0, 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QCOMPARE(other.recordIntent(change(QStringLiteral("second"))), QString());
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.summary(1).record.operationId, QStringLiteral("second"));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 0); // "first" has no news: its row is left alone

    QCOMPARE(other.recordSent(QStringLiteral("first"), QStringLiteral("req-1")), QString());
    QCOMPARE(other.recordDone(QStringLiteral("first")), QString());
    QTRY_COMPARE(model.summary(0).state, QStringLiteral("done"));
    QCOMPARE(model.summary(0).record.requestId, QStringLiteral("req-1"));
    QVERIFY(changed.size() >= 1);
    QCOMPARE(changed.constLast().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(resets.size(), 0);
    QVERIFY(selection.isRowSelected(0, {}));
    QCOMPARE(selection.selectedRows().size(), 1);
}

void TestOperationHistoryModel::journalCreatedLaterIsFollowed()
{
    // No journal file when the console starts (the center makes its folder, to watch it).
    OperationHistoryModel model(m_center.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    OperationJournal other(m_path);
    QCOMPARE(other.recordIntent(change(QStringLiteral("first"))), QString());
    QTRY_COMPARE(model.rowCount(), 1);
    // Followed from then on: the file's own watch, after its folder's.
    QCOMPARE(other.recordIntent(change(QStringLiteral("second"))), QString());
    QTRY_COMPARE(model.rowCount(), 2);
}

void TestOperationHistoryModel::leasedElsewhereReadsRunningElsewhere()
{
    QCOMPARE(m_journal->recordIntent(change(QStringLiteral("token 1"))), QString());
    // A lease this center did not take stands for another process's.
    auto lease
        = std::make_unique<OperationLease>(m_center->leaseDirectory(), QStringLiteral("token 1"));
    QVERIFY(lease->acquire());
    OperationHistoryModel model(m_center.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.summary(0).state, QStringLiteral("running elsewhere"));
    QCOMPARE(
        model.data(model.index(0, OperationHistoryModel::StateColumn), Qt::DisplayRole).toString(),
        QStringLiteral("running elsewhere"));
    QVERIFY(model.summary(0).detail.contains(QString::number(QCoreApplication::applicationPid())));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    lease.reset(); // the other process ends
    model.reloadHistory(); // what the 5-second probe does
    QCOMPARE(model.summary(0).state, QStringLiteral("unfinished"));
    QCOMPARE(changed.size(), 1);
}

// The Domains cell elides a long list; its tooltip and its accessible text name every domain.
void TestOperationHistoryModel::domainsCellNamesEveryDomain()
{
    OperationRecord record = change(QStringLiteral("many"));
    record.items.clear();
    QStringList domains;
    for (int i = 1; i <= 10; ++i) {
        domains << QStringLiteral("d%1.example.com").arg(i);
        record.items.append({ domains.last(), QStringLiteral("10000%1-cn-hangzhou").arg(i), {} });
    }
    QCOMPARE(m_journal->recordIntent(record), QString());
    i18n::install(QStringLiteral("en")); // the English plural forms
    OperationHistoryModel model(m_center.get());
    QTRY_COMPARE(model.rowCount(), 1);
    const QModelIndex cell = model.index(0, OperationHistoryModel::DomainsColumn);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), domains.join(u'\n'));
    const QString spoken = cell.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(u"10 domains: "), qPrintable(spoken));
    for (const QString &domain : domains)
        QVERIFY2(spoken.contains(domain), qPrintable(domain));
}

QTEST_GUILESS_MAIN(TestOperationHistoryModel)
#include "tst_operationhistorymodel.moc"
