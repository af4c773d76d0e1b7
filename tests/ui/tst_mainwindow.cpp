// The console window offscreen against an in-process emulator, driven through object names.
#include "api/gaclient.h"
#include "consolecontroller.h"
#include "emulatorfixture.h"
#include "errorbanner.h"
#include "filterproxymodel.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "resourcepane.h"
#include "world.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>

using namespace ga;

namespace {

QStringList idsIn(const ResourcePane *pane)
{
    QStringList ids;
    for (int row = 0; row < pane->proxy()->rowCount(); ++row)
        ids << pane->proxy()->index(row, 0).data(IdRole).toString();
    return ids;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void acceleratorsAppear();
    void selectingShowsListenersThenDomains();
    void filterNarrowsAndExcludes();
    void errorShowsTheBannerWithRequestId();
    void refreshUpdatesOnlyChangedRowsAndKeepsSelection();
    void copyPutsSelectedIdsOnTheClipboard();
    void demoTitleAndShortcuts();
    void switchingProfileReloadsThePanes();

private:
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<GaClient> m_client;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<OperationCenter> m_center;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ga-console-test"));
}

void TestMainWindow::init()
{
    m_emulator = test::startEmulator(test::smallWorld(100));
    GaClient::Config config = test::clientConfig(*m_emulator);
    m_client = std::make_unique<GaClient>(config);
    MainWindow::Options options;
    options.titleSuffix = QStringLiteral("Demo");
    m_data = std::make_unique<QTemporaryDir>();
    m_journal
        = std::make_unique<OperationJournal>(m_data->filePath(QStringLiteral("operations.jsonl")));
    m_center = std::make_unique<OperationCenter>(m_journal.get());
    m_window = std::make_unique<MainWindow>(m_client.get(), options, m_center.get());
    m_window->show();
    QTRY_COMPARE(m_window->acceleratorPane()->proxy()->rowCount(), 6);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_center.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestMainWindow::acceleratorsAppear()
{
    QStringList expected;
    for (const emu::EmuAccelerator &a : m_emulator->world().accelerators())
        expected << a.acceleratorId;
    QStringList shown = idsIn(m_window->acceleratorPane());
    shown.sort();
    expected.sort();
    QCOMPARE(shown, expected);
    auto *status = m_window->acceleratorPane()->findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY(status->text().contains(QStringLiteral("6")));
}

void TestMainWindow::selectingShowsListenersThenDomains()
{
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    QVERIFY(m_window->acceleratorPane()->selectId(accelerator.acceleratorId));
    QTRY_COMPARE(m_window->listenerPane()->proxy()->rowCount(), 4);
    const QString https = accelerator.listenerIds.first();
    QVERIFY(m_window->listenerPane()->selectId(https));
    QTRY_COMPARE(m_window->certificatePane()->proxy()->rowCount(), 12);
    auto *defaultLabel = m_window->findChild<QLabel *>(QStringLiteral("defaultCertificate"));
    QTRY_VERIFY(
        defaultLabel->text().contains(m_emulator->world().listener(https)->defaultCertificateId));
    // The default certificate is shown apart: never a row that could be checked.
    QVERIFY(!idsIn(m_window->certificatePane()).contains(QString()));

    // A non-HTTPS listener has no domains.
    const QString tcp = accelerator.listenerIds.at(1);
    QVERIFY(m_window->listenerPane()->selectId(tcp));
    QTRY_COMPARE(m_window->certificatePane()->proxy()->rowCount(), 0);
}

void TestMainWindow::filterNarrowsAndExcludes()
{
    const emu::EmuAccelerator locked = m_emulator->world().accelerators().at(3);
    QCOMPARE(locked.state, QStringLiteral("finacialLocked"));
    QLineEdit *filter = m_window->acceleratorPane()->filterEdit();
    QTest::keyClicks(filter, locked.acceleratorId);
    QCOMPARE(idsIn(m_window->acceleratorPane()), QStringList { locked.acceleratorId });
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("!") + locked.acceleratorId);
    QCOMPARE(m_window->acceleratorPane()->proxy()->rowCount(), 5);
    filter->clear();
    QCOMPARE(m_window->acceleratorPane()->proxy()->rowCount(), 6);
}

void TestMainWindow::errorShowsTheBannerWithRequestId()
{
    ErrorBanner *banner = m_window->errorBanner();
    QVERIFY(!banner->isVisible());
    m_emulator->setFaultRate(1.0);
    // The window's client retries a 503 a few times; when every answer is one it says so.
    m_window->controller()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15'000);
    QCOMPARE(banner->error().code, QStringLiteral("ServiceUnavailable"));
    QVERIFY(!banner->error().requestId.isEmpty());
    QVERIFY(banner->details().contains(banner->error().requestId));
    QVERIFY(banner->details().contains(m_emulator->baseUrl().toDisplayString()));
    auto *text = banner->findChild<QLabel *>(QStringLiteral("errorText"));
    QVERIFY(text->text().contains(QStringLiteral("ServiceUnavailable")));
}

void TestMainWindow::refreshUpdatesOnlyChangedRowsAndKeepsSelection()
{
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    QVERIFY(m_window->acceleratorPane()->selectId(accelerator.acceleratorId));
    QAbstractItemModel *source = m_window->acceleratorPane()->proxy()->sourceModel();
    QSignalSpy reset(source, &QAbstractItemModel::modelReset);
    QSignalSpy changed(source, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(source, &QAbstractItemModel::rowsInserted);

    // A change on the server: one accelerator is renamed.
    m_emulator->world().accelerators()[2].name = QStringLiteral("renamed-by-the-test");
    m_window->controller()->refresh();
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 0);
    const QModelIndex topLeft = changed.first().first().toModelIndex();
    QCOMPARE(topLeft.data(IdRole).toString(), m_emulator->world().accelerators()[2].acceleratorId);
    QCOMPARE(m_window->acceleratorPane()->currentId(), accelerator.acceleratorId);
    QCOMPARE(m_window->acceleratorPane()->selectedIds(), QStringList { accelerator.acceleratorId });
}

void TestMainWindow::copyPutsSelectedIdsOnTheClipboard()
{
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    QTableView *view = m_window->acceleratorPane()->view();
    QVERIFY(m_window->acceleratorPane()->selectId(accelerator.acceleratorId));
    view->setFocus();
    QAction *copy = m_window->findChild<QAction *>(QStringLiteral("copyAction"));
    QVERIFY(copy);
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), accelerator.acceleratorId);
}

void TestMainWindow::demoTitleAndShortcuts()
{
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Demo")));
    QAction *refresh = m_window->findChild<QAction *>(QStringLiteral("refreshAction"));
    QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
    QAction *find = m_window->findChild<QAction *>(QStringLiteral("findAction"));
    QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
    const qint64 before
        = m_emulator->stats().requestsByAction.value(QStringLiteral("ListAccelerators"));
    refresh->trigger();
    QTRY_VERIFY(m_emulator->stats().requestsByAction.value(QStringLiteral("ListAccelerators"))
                > before);
}

void TestMainWindow::switchingProfileReloadsThePanes()
{
    auto *switcher = m_window->findChild<QComboBox *>(QStringLiteral("profileSwitcher"));
    QVERIFY(switcher);
    m_window->setProfiles({ QStringLiteral("prod"), QStringLiteral("staging") },
                          QStringLiteral("Demo"));
    QCOMPARE(switcher->count(), 3);
    QCOMPARE(switcher->currentText(), QStringLiteral("Demo"));
    QSignalSpy requested(m_window.get(), &MainWindow::profileRequested);
    switcher->setCurrentIndex(2);
    emit switcher->activated(2);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), QStringLiteral("staging"));

    // What the application does on that request: another account, another world.
    emu::EmulatorOptions other = test::smallWorld();
    other.seed = 42;
    other.accelerators = 3;
    auto second = test::startEmulator(other);
    GaClient::Config config = test::clientConfig(*second);
    GaClient client(config);
    MainWindow::Options options;
    options.titleSuffix = QStringLiteral("staging");
    options.production = true;
    m_window->setClient(&client, options);
    QTRY_COMPARE(m_window->acceleratorPane()->proxy()->rowCount(), 3);
    QVERIFY(idsIn(m_window->acceleratorPane())
                .contains(second->world().accelerators().first().acceleratorId));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("staging")));
    QVERIFY(m_window->styleSheet().contains(QStringLiteral("QToolBar")));
    m_window->setClient(m_client.get(), {});
    QTRY_COMPARE(m_window->acceleratorPane()->proxy()->rowCount(), 6);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
