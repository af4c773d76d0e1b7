// The guards around Undo and Add certificates in the window, offscreen, against the in-process
// emulator: the operations dock's Re-associate button follows the profile (disabled with the
// reason on a read-only one, enabled again after), Add certificates is disabled with a reason
// where it cannot be used and sits on the domain list, bad rows send no Associate at all, and
// on a production profile both confirmations wait for the listener ID to be typed.
#include "api/gaclient.h"
#include "associatedialog.h"
#include "associateflow.h"
#include "certificatelistmodel.h"
#include "changedialog.h"
#include "dissociateflow.h"
#include "emulatorfixture.h"
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
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

namespace {

const QString associateAction = QStringLiteral("AssociateAdditionalCertificatesWithListener");

} // namespace

class TestChangeGuards : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dockUndoFollowsTheProfile();
    void addCertificatesSaysWhyNot();
    void badRowsSendNoAssociate();
    void productionConfirmationsWaitForTheListenerId();

private:
    void openWindow(const MainWindow::Options &options);
    // Types the listener ID into `dialog` when it asks for it, then confirms.
    static bool confirm(ChangeDialog *dialog);
    ChangeOperation *dissociateFirstDomain();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<GaClient> m_client;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<OperationCenter> m_center;
    std::unique_ptr<MainWindow> m_window;
    QString m_accelerator;
    QString m_listener;
    QString m_tcpListener;
};

void TestChangeGuards::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ga-console-test"));
}

void TestChangeGuards::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_emulator = test::startEmulator(test::smallWorld(200));
    const emu::EmuAccelerator &accelerator = m_emulator->world().accelerators().first();
    m_accelerator = accelerator.acceleratorId;
    m_listener = accelerator.listenerIds.at(0); // HTTPS
    m_tcpListener = accelerator.listenerIds.at(1); // TCP
    m_client = std::make_unique<GaClient>(test::clientConfig(*m_emulator));
    m_journal = std::make_unique<OperationJournal>(m_dir->filePath(QStringLiteral("ops.jsonl")));
    m_center = std::make_unique<OperationCenter>(m_journal.get());
    m_center->setWatchSchedule(WatchSchedule::fast(50));
}

void TestChangeGuards::cleanup()
{
    m_window.reset();
    m_center.reset();
    m_journal.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestChangeGuards::openWindow(const MainWindow::Options &options)
{
    m_window = std::make_unique<MainWindow>(m_client.get(), options, m_center.get());
    m_window->show();
    QTRY_COMPARE(m_window->acceleratorPane()->proxy()->rowCount(), 6);
    QVERIFY(m_window->acceleratorPane()->selectId(m_accelerator));
    QTRY_VERIFY(m_window->listenerModel()->rowOf(m_listener) >= 0);
    QVERIFY(m_window->listenerPane()->selectId(m_listener));
    QTRY_VERIFY(m_window->certificateModel()->rowCount() > 3);
}

bool TestChangeGuards::confirm(ChangeDialog *dialog)
{
    if (!dialog)
        return false;
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    if (auto *typed = dialog->findChild<QLineEdit *>(QStringLiteral("typedListenerId")))
        typed->setText(dialog->request().listenerId);
    if (!button->isEnabled())
        return false;
    button->click();
    return true;
}

ChangeOperation *TestChangeGuards::dissociateFirstDomain()
{
    CertificateListModel *certificates = m_window->certificateModel();
    if (certificates->checkDomains({ certificates->rowAt(0)->domain }) != 0)
        return nullptr;
    DissociateFlow *flow = m_window->dissociateFlow();
    flow->action()->trigger();
    if (!confirm(flow->dialog()))
        return nullptr;
    ChangeOperation *operation = m_center->operations().last();
    if (!QTest::qWaitFor([operation] { return operation->isFinished(); }, 20'000))
        return nullptr;
    return operation;
}

void TestChangeGuards::dockUndoFollowsTheProfile()
{
    MainWindow::Options writable;
    writable.profile = QStringLiteral("ops");
    openWindow(writable);
    ChangeOperation *done = dissociateFirstDomain();
    QVERIFY(done);
    QCOMPARE(done->phase(), ChangeOperation::Phase::Done);
    QTRY_VERIFY(m_window->noticeBar()->isVisible());
    QVERIFY(m_window->operationsDock()->selectOperation(done->record().operationId));
    QPushButton *undo = m_window->operationsDock()->undoButton();
    QTRY_VERIFY2(undo->isEnabled(), qPrintable(undo->toolTip()));

    // The same profile, now read-only: the button says why at once, without a new selection.
    MainWindow::Options readOnly = writable;
    readOnly.readOnly = true;
    m_window->setClient(m_client.get(), readOnly);
    QVERIFY(!undo->isEnabled());
    QVERIFY2(undo->toolTip().contains(u"read-only"), qPrintable(undo->toolTip()));
    // The finished-message bar of before does not offer it either.
    QVERIFY(!m_window->noticeBar()->isVisible());

    m_window->setClient(m_client.get(), writable);
    QVERIFY(m_window->operationsDock()->selectOperation(done->record().operationId));
    QVERIFY2(undo->isEnabled(), qPrintable(undo->toolTip()));
    QCOMPARE(m_emulator->stats().requestsByAction.value(associateAction), 0);
}

void TestChangeGuards::addCertificatesSaysWhyNot()
{
    openWindow({});
    AssociateFlow *flow = m_window->associateFlow();
    QVERIFY2(flow->action()->isEnabled(), qPrintable(flow->disabledReason()));
    // On the tool bar and on the domain list (its context menu is built from these).
    QVERIFY(m_window->certificatePane()->view()->actions().contains(flow->action()));
    QVERIFY(m_window->certificatePane()->view()->actions().contains(
        m_window->dissociateFlow()->action()));

    QVERIFY(m_window->listenerPane()->selectId(m_tcpListener));
    QTRY_VERIFY(!flow->action()->isEnabled());
    QVERIFY2(flow->action()->toolTip().contains(u"only HTTPS"),
             qPrintable(flow->action()->toolTip()));

    QVERIFY(m_window->acceleratorPane()->selectId(
        m_emulator->world().accelerators().at(1).acceleratorId));
    QTRY_VERIFY(!flow->action()->isEnabled());
    QVERIFY2(flow->action()->toolTip().contains(u"Select an HTTPS listener"),
             qPrintable(flow->action()->toolTip()));

    MainWindow::Options readOnly;
    readOnly.profile = QStringLiteral("audit");
    readOnly.readOnly = true;
    m_window->setClient(m_client.get(), readOnly);
    QVERIFY(!flow->action()->isEnabled());
    QVERIFY2(flow->action()->toolTip().contains(u"read-only"),
             qPrintable(flow->action()->toolTip()));
    flow->action()->trigger();
    QVERIFY(!flow->rowsDialog());
}

void TestChangeGuards::badRowsSendNoAssociate()
{
    openWindow({});
    AssociateFlow *flow = m_window->associateFlow();
    flow->action()->trigger();
    AssociateDialog *dialog = flow->rowsDialog();
    QVERIFY(dialog);
    const QList<QPair<QString, QString>> rows {
        { QStringLiteral("twice.example.org"), QStringLiteral("101-cn-hangzhou") },
        { QStringLiteral("twice.example.org"), QStringLiteral("102-cn-hangzhou") },
        { QStringLiteral("no-id.example.org"), QString() },
        { QStringLiteral("-leading.example.org"), QStringLiteral("103-cn-hangzhou") },
    };
    for (int row = 0; row < rows.size(); ++row) {
        dialog->table()->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        dialog->table()->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    const QStringList problems = dialog->problems();
    QVERIFY2(problems.at(0).isEmpty(), qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).contains(u"twice"), qPrintable(problems.at(1)));
    QVERIFY(!problems.at(2).isEmpty());
    QVERIFY(!problems.at(3).isEmpty());
    // Each problem is next to its row, and Next stays disabled.
    for (int row = 1; row < rows.size(); ++row)
        QCOMPARE(dialog->table()->item(row, 2)->text(), problems.at(row));
    auto *next = dialog->findChild<QPushButton *>(QStringLiteral("nextButton"));
    QVERIFY(!next->isEnabled());
    next->click();
    QVERIFY(!flow->confirmation());
    QVERIFY(dialog->items().isEmpty());
    QTest::qWait(100);
    QCOMPARE(m_emulator->stats().requestsByAction.value(associateAction), 0);
    QCOMPARE(m_emulator->stats().mutationsAccepted, 0);
    dialog->reject();
}

void TestChangeGuards::productionConfirmationsWaitForTheListenerId()
{
    MainWindow::Options production;
    production.profile = QStringLiteral("prod");
    production.production = true;
    openWindow(production);
    ChangeOperation *done = dissociateFirstDomain();
    QVERIFY(done);

    // Re-associate: the confirmation is for this listener and waits for its ID.
    ChangeDialog *undo = m_window->undoFlow()->requestUndo(done->record());
    QVERIFY(undo);
    auto *confirmUndo = undo->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    auto *typed = undo->findChild<QLineEdit *>(QStringLiteral("typedListenerId"));
    QVERIFY(typed);
    QVERIFY(!confirmUndo->isEnabled());
    typed->setText(QStringLiteral("lsr-not-this-one"));
    QVERIFY(!confirmUndo->isEnabled());
    QVERIFY(undo->findChild<QLineEdit *>(QStringLiteral("gactlCommand"))
                ->text()
                .startsWith(u"gactl --profile prod undo " + done->record().operationId));
    undo->reject();

    // Add certificates: the same on its confirmation, after the rows.
    AssociateFlow *flow = m_window->associateFlow();
    QTRY_VERIFY2(flow->action()->isEnabled(), qPrintable(flow->disabledReason()));
    flow->action()->trigger();
    AssociateDialog *rows = flow->rowsDialog();
    QVERIFY(rows);
    rows->table()->setItem(0, 0, new QTableWidgetItem(QStringLiteral("prod-new.example.org")));
    rows->table()->setItem(0, 1, new QTableWidgetItem(QStringLiteral("777-cn-hangzhou")));
    rows->findChild<QPushButton *>(QStringLiteral("nextButton"))->click();
    ChangeDialog *confirmation = flow->confirmation();
    QVERIFY(confirmation);
    auto *confirmAdd = confirmation->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(!confirmAdd->isEnabled());
    QVERIFY(confirmation->findChild<QLineEdit *>(QStringLiteral("gactlCommand"))
                ->text()
                .contains(u"associate " + m_accelerator + u' ' + m_listener
                          + u" prod-new.example.org=777-cn-hangzhou"));
    QVERIFY(confirm(confirmation));
    ChangeOperation *added = m_center->operations().last();
    QCOMPARE(added->record().kind, ChangeKind::Associate);
    QCOMPARE(added->record().profile, QStringLiteral("prod"));
    QTRY_COMPARE_WITH_TIMEOUT(added->phase(), ChangeOperation::Phase::Done, 20'000);
    QTRY_VERIFY(m_window->certificateModel()->rowOf(QStringLiteral("prod-new.example.org")) >= 0);
    QCOMPARE(m_emulator->stats().requestsByAction.value(associateAction), 1);
}

QTEST_MAIN(TestChangeGuards)
#include "tst_changeguards.moc"
