// Undo in the window, offscreen, against the in-process emulator: a dissociation of 3
// domains undone from the operations dock and from the notice that it finished, the 3 back
// with their original certificate IDs, and no model reset in the whole flow.
#include "api/gaclient.h"
#include "certificatelistmodel.h"
#include "changedialog.h"
#include "dissociateflow.h"
#include "emulatorfixture.h"
#include "errorbanner.h"
#include "filterproxymodel.h"
#include "listenertablemodel.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "operationhistorymodel.h"
#include "operationsdock.h"
#include "ops/changeoperation.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "resourcepane.h"
#include "undoflow.h"
#include "world.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

class TestUndoGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dissociateThreeThenReassociateFromTheDock();
    void reassociateFromTheFinishedNotice();
    void undoIsOfferedOnlyWhenItCanBe();

private:
    void openWindow(MainWindow::Options options = {});
    // Dissociates the domains at `indexes` of the first HTTPS listener and waits until done.
    ChangeOperation *dissociate(const QList<int> &indexes);
    QHash<QString, QString> certificatesOf(const QString &listenerId);
    void selectDockRowOf(const QString &operationId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<GaClient> m_client;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<OperationCenter> m_center;
    std::unique_ptr<MainWindow> m_window;
    QList<QSignalSpy *> m_resets;
    QString m_accelerator;
    QString m_listener;
};

void TestUndoGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ga-console-test"));
}

void TestUndoGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_emulator = test::startEmulator(test::smallWorld(300));
    m_accelerator = m_emulator->world().accelerators().first().acceleratorId;
    m_listener = m_emulator->world().accelerators().first().listenerIds.first();
    m_client = std::make_unique<GaClient>(test::clientConfig(*m_emulator));
    m_journal = std::make_unique<OperationJournal>(m_dir->filePath(QStringLiteral("ops.jsonl")));
    m_center = std::make_unique<OperationCenter>(m_journal.get());
    m_center->setWatchSchedule(WatchSchedule::fast(50));
}

void TestUndoGui::cleanup()
{
    qDeleteAll(m_resets);
    m_resets.clear();
    m_window.reset();
    m_center.reset();
    m_journal.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestUndoGui::openWindow(MainWindow::Options options)
{
    m_window = std::make_unique<MainWindow>(m_client.get(), options, m_center.get());
    m_window->show();
    QTRY_COMPARE(m_window->acceleratorPane()->proxy()->rowCount(), 6);
    QVERIFY(m_window->acceleratorPane()->selectId(m_accelerator));
    QTRY_VERIFY(m_window->listenerModel()->rowOf(m_listener) >= 0);
    QVERIFY(m_window->listenerPane()->selectId(m_listener));
    QTRY_COMPARE(m_window->certificateModel()->rowCount(), int(certificatesOf(m_listener).size()));
    // From here to the end of the test, no model may reset.
    for (QAbstractItemModel *model :
         { static_cast<QAbstractItemModel *>(m_window->acceleratorPane()->proxy()->sourceModel()),
           static_cast<QAbstractItemModel *>(m_window->listenerModel()),
           static_cast<QAbstractItemModel *>(m_window->certificateModel()),
           static_cast<QAbstractItemModel *>(m_window->operationsDock()->model()) })
        m_resets.append(new QSignalSpy(model, &QAbstractItemModel::modelReset));
}

QHash<QString, QString> TestUndoGui::certificatesOf(const QString &listenerId)
{
    QHash<QString, QString> byDomain;
    for (const emu::EmuCertificate &c : m_emulator->world().listener(listenerId)->additional)
        byDomain.insert(c.domain, c.certificateId);
    return byDomain;
}

ChangeOperation *TestUndoGui::dissociate(const QList<int> &indexes)
{
    CertificateListModel *certificates = m_window->certificateModel();
    QStringList picked;
    for (int index : indexes)
        picked << certificates->rowAt(index)->domain;
    if (certificates->checkDomains(picked) != 0)
        return nullptr;
    DissociateFlow *flow = m_window->dissociateFlow();
    flow->action()->trigger();
    if (!flow->dialog())
        return nullptr;
    flow->dialog()->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    ChangeOperation *operation = m_center->operations().last();
    if (!QTest::qWaitFor([operation] { return operation->isFinished(); }, 20'000))
        return nullptr;
    return operation;
}

void TestUndoGui::selectDockRowOf(const QString &operationId)
{
    OperationsDock *dock = m_window->operationsDock();
    for (int row = 0; row < dock->model()->rowCount(); ++row) {
        if (dock->model()->summary(row).record.operationId != operationId)
            continue;
        auto *sorted = qobject_cast<QSortFilterProxyModel *>(dock->view()->model());
        dock->view()->selectionModel()->select(sorted->mapFromSource(dock->model()->index(row, 0)),
                                               QItemSelectionModel::ClearAndSelect
                                                   | QItemSelectionModel::Rows);
        return;
    }
    QFAIL("no dock row for the operation");
}

void TestUndoGui::dissociateThreeThenReassociateFromTheDock()
{
    openWindow();
    const QHash<QString, QString> before = certificatesOf(m_listener);
    ChangeOperation *done = dissociate({ 0, 4, 7 });
    QVERIFY(done);
    QCOMPARE(done->phase(), ChangeOperation::Phase::Done);
    const QStringList gone = done->record().domains();
    QCOMPARE(gone.size(), 3);
    QTRY_COMPARE(m_window->certificateModel()->rowCount(), int(before.size()) - 3);

    selectDockRowOf(done->record().operationId);
    QPushButton *undo = m_window->operationsDock()->undoButton();
    QTRY_VERIFY2(undo->isEnabled(), qPrintable(undo->toolTip()));
    QCOMPARE(undo->text(), QStringLiteral("Re-associate…"));
    undo->click();
    ChangeDialog *dialog = m_window->undoFlow()->dialog();
    QVERIFY(dialog);
    // The confirmation shows what comes back, with the recorded certificate IDs.
    QCOMPARE(dialog->request().kind, ChangeKind::Associate);
    QCOMPARE(dialog->request().domains.size(), 3);
    for (const ChangeRequest::Domain &d : dialog->request().domains)
        QCOMPARE(d.certificateId, before.value(d.domain));
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("gactlCommand"))
                ->text()
                .contains(QStringLiteral("undo ") + done->record().operationId));
    dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();

    ChangeOperation *undone = m_center->operations().last();
    QCOMPARE(undone->record().undoes, done->record().operationId);
    QTRY_COMPARE_WITH_TIMEOUT(undone->phase(), ChangeOperation::Phase::Done, 20'000);
    // The 3 domains are back, each with its original certificate ID, in the world and the list.
    QCOMPARE(certificatesOf(m_listener), before);
    QTRY_COMPARE(m_window->certificateModel()->rowCount(), int(before.size()));
    for (const QString &domain : gone) {
        const int row = m_window->certificateModel()->rowOf(domain);
        QVERIFY(row >= 0);
        QCOMPARE(m_window->certificateModel()->rowAt(row)->certificateId, before.value(domain));
    }
    // Undone once: the dock no longer offers it, and says why.
    selectDockRowOf(done->record().operationId);
    QTRY_VERIFY(!undo->isEnabled());
    QVERIFY2(undo->toolTip().contains(u"undone already"), qPrintable(undo->toolTip()));
    for (QSignalSpy *resets : std::as_const(m_resets))
        QCOMPARE(resets->size(), 0);
}

void TestUndoGui::reassociateFromTheFinishedNotice()
{
    openWindow();
    const QHash<QString, QString> before = certificatesOf(m_listener);
    ChangeOperation *done = dissociate({ 2 });
    QVERIFY(done);
    NoticeBar *notice = m_window->noticeBar();
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(m_listener), qPrintable(notice->text()));
    QVERIFY(notice->actionButton()->isVisible());
    QCOMPARE(notice->actionButton()->text(), QStringLiteral("Re-associate…"));
    notice->actionButton()->click();
    ChangeDialog *dialog = m_window->undoFlow()->dialog();
    QVERIFY(dialog);
    dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    ChangeOperation *undone = m_center->operations().last();
    QTRY_COMPARE_WITH_TIMEOUT(undone->phase(), ChangeOperation::Phase::Done, 20'000);
    QCOMPARE(certificatesOf(m_listener), before);
    QCOMPARE(m_emulator->stats().mutationsApplied, 2);
    for (QSignalSpy *resets : std::as_const(m_resets))
        QCOMPARE(resets->size(), 0);
}

void TestUndoGui::undoIsOfferedOnlyWhenItCanBe()
{
    openWindow();
    ChangeOperation *done = dissociate({ 1 });
    QVERIFY(done);
    UndoFlow *undo = m_window->undoFlow();
    QCOMPARE(undo->whyNot(done->record()), QString());
    // Read-only: refused with the reason, and nothing opens.
    MainWindow::Options readOnly;
    readOnly.readOnly = true;
    m_window->setClient(m_client.get(), readOnly);
    QVERIFY(undo->whyNot(done->record()).contains(u"read-only"));
    const int applied = m_emulator->stats().mutationsApplied;
    QVERIFY(!undo->requestUndo(done->record()));
    QVERIFY(m_window->errorBanner()->isVisible());
    // Another profile's operation is not this window's to undo.
    MainWindow::Options other;
    other.profile = QStringLiteral("staging");
    m_window->setClient(m_client.get(), other);
    QVERIFY(!undo->whyNot(done->record()).isEmpty());
    QCOMPARE(m_emulator->stats().mutationsApplied, applied);
}

QTEST_MAIN(TestUndoGui)
#include "tst_undogui.moc"
