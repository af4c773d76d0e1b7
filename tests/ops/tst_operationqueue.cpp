// OperationQueue over the in-memory GA: one change per accelerator at a time, in order, and
// accelerators side by side.
#include "fakegaapi.h"
#include "ops/changeoperation.h"
#include "ops/operationjournal.h"
#include "ops/operationqueue.h"
#include "ops/watcherregistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ga;

class TestOperationQueue : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneChangePerAcceleratorInOrder();
    void acceleratorsRunSideBySide();
    void aDeletedWaitingOperationDoesNotBlock();

private:
    ChangeOperation *dissociation(const QString &listenerId, int domainIndex);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<test::FakeGaApi> m_api;
    std::unique_ptr<OperationQueue> m_queue;
    std::unique_ptr<WatcherRegistry> m_watchers;
    int m_tokens = 0;
};

void TestOperationQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<OperationJournal>(m_dir->filePath(QStringLiteral("ops.jsonl")));
    m_api = std::make_unique<test::FakeGaApi>();
    m_api->seed(QStringLiteral("ga-1"), 2, 3);
    m_api->seed(QStringLiteral("ga-2"), 1, 3);
    m_queue = std::make_unique<OperationQueue>();
    m_watchers = std::make_unique<WatcherRegistry>(m_api.get(), WatchSchedule::fast(2));
}

void TestOperationQueue::cleanup()
{
    m_watchers.reset();
    m_queue.reset();
    m_api.reset();
}

ChangeOperation *TestOperationQueue::dissociation(const QString &listenerId, int domainIndex)
{
    OperationRecord record;
    record.operationId = QStringLiteral("token-%1").arg(++m_tokens);
    record.endpoint = m_api->endpointText();
    record.acceleratorId = m_api->listener(listenerId).listener.acceleratorId;
    record.listenerId = listenerId;
    record.items.append({ m_api->domainsOf(listenerId).at(domainIndex), {}, {} });
    auto *operation = new ChangeOperation(
        { m_api.get(), m_journal.get(), m_queue.get(), m_watchers.get(), nullptr }, record, {},
        this);
    operation->start();
    return operation;
}

void TestOperationQueue::oneChangePerAcceleratorInOrder()
{
    const QStringList listeners = m_api->listenerIds();
    ChangeOperation *first = dissociation(listeners[0], 0);
    ChangeOperation *second = dissociation(listeners[1], 0);
    ChangeOperation *third = dissociation(listeners[0], 1);
    QCOMPARE(first->phase(), ChangeOperation::Phase::Sending);
    QCOMPARE(second->phase(), ChangeOperation::Phase::Queued);
    QCOMPARE(second->queuePosition(), 1);
    QCOMPARE(third->queuePosition(), 2);
    QVERIFY(m_queue->isBusy(QStringLiteral("ga-1")));
    QTRY_COMPARE(first->phase(), ChangeOperation::Phase::Watching);
    // GA's instance lock is never hit: the second waits for the first to be done.
    QCOMPARE(m_api->calls(QStringLiteral("DissociateAdditionalCertificatesFromListener")), 1);
    m_api->completeChanges();
    QTRY_COMPARE(first->phase(), ChangeOperation::Phase::Done);
    QTRY_COMPARE(second->phase(), ChangeOperation::Phase::Watching);
    QCOMPARE(third->queuePosition(), 1);
    m_api->completeChanges();
    QTRY_COMPARE(second->phase(), ChangeOperation::Phase::Done);
    QTRY_COMPARE(third->phase(), ChangeOperation::Phase::Watching);
    m_api->completeChanges();
    QTRY_COMPARE(third->phase(), ChangeOperation::Phase::Done);
    QCOMPARE(m_api->changesApplied(), 3);
    QVERIFY(!m_queue->isBusy(QStringLiteral("ga-1")));
}

void TestOperationQueue::acceleratorsRunSideBySide()
{
    ChangeOperation *a = dissociation(m_api->listenerIds()[0], 0);
    ChangeOperation *b = dissociation(m_api->listenerIds()[2], 0);
    QTRY_VERIFY(a->phase() == ChangeOperation::Phase::Watching
                && b->phase() == ChangeOperation::Phase::Watching);
    QCOMPARE(m_api->calls(QStringLiteral("DissociateAdditionalCertificatesFromListener")), 2);
    m_api->completeChanges();
    QTRY_VERIFY(a->phase() == ChangeOperation::Phase::Done
                && b->phase() == ChangeOperation::Phase::Done);
}

void TestOperationQueue::aDeletedWaitingOperationDoesNotBlock()
{
    ChangeOperation *first = dissociation(m_api->listenerIds()[0], 0);
    ChangeOperation *dropped = dissociation(m_api->listenerIds()[1], 0);
    ChangeOperation *last = dissociation(m_api->listenerIds()[0], 1);
    delete dropped;
    QCOMPARE(last->queuePosition(), 1);
    QTRY_COMPARE(first->phase(), ChangeOperation::Phase::Watching);
    m_api->completeChanges();
    QTRY_COMPARE(last->phase(), ChangeOperation::Phase::Watching);
    m_api->completeChanges();
    QTRY_COMPARE(last->phase(), ChangeOperation::Phase::Done);
}

QTEST_GUILESS_MAIN(TestOperationQueue)
#include "tst_operationqueue.moc"
