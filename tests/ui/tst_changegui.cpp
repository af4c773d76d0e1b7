// Undo and Add certificates in the window, offscreen, against the in-process emulator: a
// dissociation of 3 domains undone from the operations dock and from the notice that it
// finished, the 3 back with their original certificate IDs, and no model reset in the whole
// flow; rows checked before anything is sent; GA's quota refusal in the banner.
#include "api/gaclient.h"
#include "associatedialog.h"
#include "associateflow.h"
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
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

class TestChangeGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dissociateThreeThenReassociateFromTheDock();
    void reassociateFromTheFinishedNotice();
    void undoIsOfferedOnlyWhenItCanBe();
    void addCertificatesChecksRowsThenAssociates();
    void quotaRefusalShowsInTheBanner();

private:
    void openWindow(MainWindow::Options options = {});
    // Opens Add certificates… and types `rows` (domain, certificate ID) into it.
    AssociateDialog *typeRows(const QList<QPair<QString, QString>> &rows);
    // Dissociates the domains at `indexes` of the first HTTPS listener and waits until done.
    ChangeOperation *dissociate(const QList<int> &indexes);
    QHash<QString, QString> certificatesOf(const QString &listenerId);

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

void TestChangeGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ga-console-test"));
}

void TestChangeGui::init()
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

void TestChangeGui::cleanup()
{
    qDeleteAll(m_resets);
    m_resets.clear();
    m_window.reset();
    m_center.reset();
    m_journal.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestChangeGui::openWindow(MainWindow::Options options)
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

QHash<QString, QString> TestChangeGui::certificatesOf(const QString &listenerId)
{
    QHash<QString, QString> byDomain;
    for (const emu::EmuCertificate &c : m_emulator->world().listener(listenerId)->additional)
        byDomain.insert(c.domain, c.certificateId);
    return byDomain;
}

ChangeOperation *TestChangeGui::dissociate(const QList<int> &indexes)
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

void TestChangeGui::dissociateThreeThenReassociateFromTheDock()
{
    openWindow();
    const QHash<QString, QString> before = certificatesOf(m_listener);
    ChangeOperation *done = dissociate({ 0, 4, 7 });
    QVERIFY(done);
    QCOMPARE(done->phase(), ChangeOperation::Phase::Done);
    const QStringList gone = done->record().domains();
    QCOMPARE(gone.size(), 3);
    QTRY_COMPARE(m_window->certificateModel()->rowCount(), int(before.size()) - 3);

    QVERIFY(m_window->operationsDock()->selectOperation(done->record().operationId));
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
    QVERIFY(m_window->operationsDock()->selectOperation(done->record().operationId));
    QTRY_VERIFY(!undo->isEnabled());
    QVERIFY2(undo->toolTip().contains(u"undone already"), qPrintable(undo->toolTip()));
    for (QSignalSpy *resets : std::as_const(m_resets))
        QCOMPARE(resets->size(), 0);
}

void TestChangeGui::reassociateFromTheFinishedNotice()
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

void TestChangeGui::undoIsOfferedOnlyWhenItCanBe()
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

AssociateDialog *TestChangeGui::typeRows(const QList<QPair<QString, QString>> &rows)
{
    AssociateFlow *flow = m_window->associateFlow();
    if (!flow->action()->isEnabled()) {
        qWarning("Add certificates disabled: %s", qPrintable(flow->disabledReason()));
        return nullptr;
    }
    flow->action()->trigger();
    AssociateDialog *dialog = flow->rowsDialog();
    if (!dialog)
        return nullptr;
    for (int row = 0; row < rows.size(); ++row) {
        dialog->table()->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        dialog->table()->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    return dialog;
}

void TestChangeGui::addCertificatesChecksRowsThenAssociates()
{
    openWindow();
    const QString existing = m_window->certificateModel()->rowAt(0)->domain;
    AssociateDialog *dialog
        = typeRows({ { QStringLiteral("bad_domain!"), QStringLiteral("123-cn-hangzhou") },
                     { existing, QStringLiteral("123-cn-hangzhou") },
                     { QStringLiteral("new.example.org"), QStringLiteral("not-an-id") } });
    QVERIFY(dialog);
    auto *next = dialog->findChild<QPushButton *>(QStringLiteral("nextButton"));
    QVERIFY(!next->isEnabled());
    const QStringList problems = dialog->problems();
    QVERIFY(!problems.at(0).isEmpty());
    QVERIFY2(problems.at(1).contains(u"already"), qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).contains(u"123456-cn-hangzhou"), qPrintable(problems.at(2)));
    // Corrected: the good pair goes on; the other rows emptied.
    dialog->table()->item(0, 0)->setText(QStringLiteral("added.example.org"));
    dialog->table()->item(0, 1)->setText(QStringLiteral("424242-cn-hangzhou"));
    dialog->table()->item(1, 0)->setText({});
    dialog->table()->item(1, 1)->setText({});
    dialog->table()->item(2, 0)->setText({});
    dialog->table()->item(2, 1)->setText({});
    QVERIFY(next->isEnabled());
    next->click();
    QCOMPARE(m_emulator->stats().mutationsAccepted, 0); // nothing before the confirmation
    ChangeDialog *confirmation = m_window->associateFlow()->confirmation();
    QVERIFY(confirmation);
    QVERIFY(confirmation->findChild<QLineEdit *>(QStringLiteral("gactlCommand"))
                ->text()
                .contains(u"associate " + m_accelerator + u' ' + m_listener
                          + u" added.example.org=424242-cn-hangzhou"));
    confirmation->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    ChangeOperation *operation = m_center->operations().last();
    QCOMPARE(operation->record().kind, ChangeKind::Associate);
    QTRY_COMPARE_WITH_TIMEOUT(operation->phase(), ChangeOperation::Phase::Done, 20'000);
    QCOMPARE(certificatesOf(m_listener).value(QStringLiteral("added.example.org")),
             QStringLiteral("424242-cn-hangzhou"));
    QTRY_VERIFY(m_window->certificateModel()->rowOf(QStringLiteral("added.example.org")) >= 0);
    for (QSignalSpy *resets : std::as_const(m_resets))
        QCOMPARE(resets->size(), 0);
}

void TestChangeGui::quotaRefusalShowsInTheBanner()
{
    // An account at GA's default quota: the generator fills its listeners to the 3 certificates
    // it allows, so a fourth is refused.
    emu::EmulatorOptions options = test::smallWorld(300);
    options.certificateQuota = 3;
    m_emulator = test::startEmulator(options);
    m_accelerator = m_emulator->world().accelerators().first().acceleratorId;
    m_listener = m_emulator->world().accelerators().first().listenerIds.first();
    m_client = std::make_unique<GaClient>(test::clientConfig(*m_emulator));
    openWindow();
    AssociateDialog *dialog = typeRows(
        { { QStringLiteral("one-more.example.org"), QStringLiteral("515151-cn-hangzhou") } });
    QVERIFY(dialog);
    dialog->findChild<QPushButton *>(QStringLiteral("nextButton"))->click();
    m_window->associateFlow()
        ->confirmation()
        ->findChild<QPushButton *>(QStringLiteral("confirmButton"))
        ->click();
    ChangeOperation *operation = m_center->operations().last();
    QTRY_COMPARE_WITH_TIMEOUT(operation->phase(), ChangeOperation::Phase::Failed, 20'000);
    QTRY_VERIFY(m_window->errorBanner()->isVisible());
    QCOMPARE(m_window->errorBanner()->error().code,
             QStringLiteral("QuotaExceeded.AdditionalCertificate"));
    QVERIFY(m_window->errorBanner()->details().contains(u"RequestId"));
    QCOMPARE(m_emulator->stats().mutationsApplied, 0);
}

QTEST_MAIN(TestChangeGui)
#include "tst_changegui.moc"
