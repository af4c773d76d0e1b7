// ConsoleController over the in-memory GA (tests/support/fakegaapi.h): the only writer of
// the three models, following the OperationCenter itself, superseded listings cancelled,
// and no model reset along the whole flow.
#include "acceleratortablemodel.h"
#include "certificatelistmodel.h"
#include "consolecontroller.h"
#include "fakegaapi.h"
#include "listenertablemodel.h"
#include "modelroles.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

class TestConsoleController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void panesFollowTheSelection();
    void aNewerListingCancelsTheOlder();
    void switchingAccountsDropsTheOldAnswers();
    void followsAChangeUntilDoneWithoutAReset();

private:
    QString stateOf(const QAbstractItemModel &model, int row, int column) const
    {
        return model.index(row, column).data(StateRole).toString();
    }
    void showFirstListener();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<test::FakeGaApi> m_api;
    std::unique_ptr<OperationCenter> m_center;
    std::unique_ptr<AcceleratorTableModel> m_accelerators;
    std::unique_ptr<ListenerTableModel> m_listeners;
    std::unique_ptr<CertificateListModel> m_certificates;
    std::unique_ptr<ConsoleController> m_controller;
    QList<QAbstractItemModelTester *> m_testers;
    QList<QSignalSpy *> m_resets;
};

void TestConsoleController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<OperationJournal>(m_dir->filePath(QStringLiteral("ops.jsonl")));
    m_api = std::make_unique<test::FakeGaApi>();
    m_api->seed(QStringLiteral("ga-1"), 2, 4);
    m_api->seed(QStringLiteral("ga-2"), 1, 2);
    OperationCenter::Settings settings;
    settings.schedule = WatchSchedule::fast(2);
    m_center = std::make_unique<OperationCenter>(m_journal.get(), settings);
    m_accelerators = std::make_unique<AcceleratorTableModel>();
    m_listeners = std::make_unique<ListenerTableModel>();
    m_certificates = std::make_unique<CertificateListModel>();
    m_controller = std::make_unique<ConsoleController>(
        m_api.get(), m_center.get(),
        ConsoleController::Models { m_accelerators.get(), m_listeners.get(),
                                    m_certificates.get() });
    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(m_accelerators.get()),
                                       static_cast<QAbstractItemModel *>(m_listeners.get()),
                                       static_cast<QAbstractItemModel *>(m_certificates.get()) }) {
        m_testers.append(new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, model));
        m_resets.append(new QSignalSpy(model, &QAbstractItemModel::modelReset));
    }
}

void TestConsoleController::cleanup()
{
    for (QSignalSpy *spy : std::as_const(m_resets))
        QCOMPARE(spy->size(), 0); // a poll never resets a model
    qDeleteAll(m_resets);
    m_resets.clear();
    m_testers.clear();
    m_controller.reset();
    m_center.reset();
    m_certificates.reset();
    m_listeners.reset();
    m_accelerators.reset();
    m_api.reset();
}

void TestConsoleController::showFirstListener()
{
    m_controller->refresh();
    QTRY_COMPARE(m_accelerators->rowCount(), 2);
    m_controller->selectAccelerator(QStringLiteral("ga-1"));
    QTRY_COMPARE(m_listeners->rowCount(), 2);
    m_controller->selectListener(m_api->listenerIds().first());
    QTRY_COMPARE(m_certificates->rowCount(), 4);
}

void TestConsoleController::panesFollowTheSelection()
{
    showFirstListener();
    QSignalSpy loaded(m_controller.get(), &ConsoleController::listenersLoaded);
    m_controller->selectAccelerator(QStringLiteral("ga-2"));
    QCOMPARE(m_certificates->rowCount(), 0);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(m_listeners->rowCount(), 1);
    // Back to the first: its cached listeners show at once, then are read again.
    m_controller->selectAccelerator(QStringLiteral("ga-1"));
    QCOMPARE(m_listeners->rowCount(), 2);
    QTRY_COMPARE(loaded.size(), 2);
}

void TestConsoleController::aNewerListingCancelsTheOlder()
{
    showFirstListener();
    const int before = m_api->calls(QStringLiteral("ListListenerCertificates"));
    QSignalSpy loaded(m_controller.get(), &ConsoleController::certificatesLoaded);
    QSignalSpy errors(m_controller.get(), &ConsoleController::errorOccurred);
    const int cancelledBefore = m_api->cancelledJobs();
    // Two questions before any answer: the first is cancelled, only the second applies.
    m_controller->refresh();
    m_api->listener(m_api->listenerIds().first()).additional.removeFirst();
    m_controller->refresh();
    QTRY_COMPARE(loaded.size(), 1);
    QTest::qWait(20);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(m_api->calls(QStringLiteral("ListListenerCertificates")), before + 2);
    QCOMPARE(m_certificates->rowCount(), 3);
    // The first refresh's three listings (accelerators, listeners, certificates) were
    // cancelled, quietly.
    QCOMPARE(m_api->cancelledJobs(), cancelledBefore + 3);
    QCOMPARE(errors.size(), 0);
}

void TestConsoleController::switchingAccountsDropsTheOldAnswers()
{
    showFirstListener();
    m_controller->refresh(); // in flight on the old account
    test::FakeGaApi other;
    other.seed(QStringLiteral("ga-9"), 1, 1);
    m_controller->setClient(&other);
    QTRY_COMPARE(m_accelerators->rowAt(0)->acceleratorId, QStringLiteral("ga-9"));
    QTest::qWait(20);
    QCOMPARE(m_accelerators->rowCount(), 1);
    QCOMPARE(m_listeners->rowCount(), 0);
    m_controller->setClient(m_api.get());
}

void TestConsoleController::followsAChangeUntilDoneWithoutAReset()
{
    showFirstListener();
    const QString listenerId = m_api->listenerIds().first();
    QList<ChangeItem> items;
    for (const ListenerCertificate &c : m_api->listener(listenerId).additional.mid(0, 2))
        items.append({ c.domain, c.certificateId, {} });
    m_center->dissociate(m_api.get(), {}, QStringLiteral("ga-1"), listenerId, items);
    // The controller, not the window, marks the domains and the listener's badge.
    QTRY_COMPARE(stateOf(*m_certificates, m_certificates->rowOf(items[0].domain),
                         CertificateListModel::StateColumn),
                 QStringLiteral("dissociating"));
    QTRY_COMPARE(
        stateOf(*m_listeners, m_listeners->rowOf(listenerId), ListenerTableModel::StateColumn),
        QStringLiteral("updating"));
    QCOMPARE(m_certificates->rowCount(), 4);
    m_api->completeChanges();
    // Done: the listing is read again and the two domains leave by diff.
    QTRY_COMPARE(m_certificates->rowCount(), 2);
    QTRY_COMPARE(
        stateOf(*m_listeners, m_listeners->rowOf(listenerId), ListenerTableModel::StateColumn),
        QStringLiteral("active"));
}

QTEST_GUILESS_MAIN(TestConsoleController)
#include "tst_consolecontroller.moc"
