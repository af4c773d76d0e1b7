// The menu bar: every entry issue 17 asks for exists in its menu with its shortcut, and each
// one works: it is the tool bar's own action (the same QAction), or it opens what it names.
#include "api/gaclient.h"
#include "consolecontroller.h"
#include "emulatorfixture.h"
#include "mainmenu.h"
#include "mainwindow.h"
#include "operationsdock.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"

#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>

using namespace ga;

namespace {

QAction *entry(QMainWindow *window, const QString &menu, const QString &name)
{
    auto *found = window->menuBar()->findChild<QMenu *>(menu);
    if (!found)
        return nullptr;
    const QList<QAction *> actions = found->actions();
    for (QAction *action : actions) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

template<typename T> T *waitForTopLevel(const QString &name)
{
    T *found = nullptr;
    [[maybe_unused]] const bool shown = QTest::qWaitFor(
        [&] {
            const QWidgetList widgets = QApplication::topLevelWidgets();
            for (QWidget *widget : widgets) {
                if (widget->objectName() == name && widget->isVisible())
                    found = qobject_cast<T *>(widget);
            }
            return found != nullptr;
        },
        5000);
    return found;
}

} // namespace

class TestMainMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyEntryWithItsShortcut_data();
    void everyEntryWithItsShortcut();
    void viewEntriesAreTheToolBarsActions();
    void fileEntriesWork();
    void helpEntriesOpenWhatTheyName();
    void quitClosesTheWindow();

private:
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<GaClient> m_client;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<OperationCenter> m_center;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ga-console-test"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0 (git test)"));
}

void TestMainMenu::init()
{
    m_emulator = test::startEmulator(test::smallWorld(4));
    m_client = std::make_unique<GaClient>(test::clientConfig(*m_emulator));
    m_data = std::make_unique<QTemporaryDir>();
    m_journal
        = std::make_unique<OperationJournal>(m_data->filePath(QStringLiteral("operations.jsonl")));
    m_center = std::make_unique<OperationCenter>(m_journal.get());
    m_window = std::make_unique<MainWindow>(m_client.get(), MainWindow::Options {}, m_center.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainMenu::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget != m_window.get() && qobject_cast<QDialog *>(widget))
            widget->close();
    }
    m_window.reset();
    m_center.reset();
    m_journal.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestMainMenu::everyEntryWithItsShortcut_data()
{
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("File > Profiles") << "fileMenu"
                                     << "profilesAction"
                                     << "Profiles…" << QKeySequence();
    QTest::newRow("File > Proxy") << "fileMenu"
                                  << "proxySettingsAction"
                                  << "Proxy…" << QKeySequence();
    QTest::newRow("File > Export operations") << "fileMenu"
                                              << "exportOperationsAction"
                                              << "Export operations…" << QKeySequence();
    QTest::newRow("File > Quit") << "fileMenu"
                                 << "quitAction"
                                 << "Quit" << QKeySequence(Qt::CTRL | Qt::Key_Q);
    QTest::newRow("View > Refresh") << "viewMenu"
                                    << "refreshAction"
                                    << "Refresh" << QKeySequence(Qt::Key_F5);
    QTest::newRow("View > Pause live refresh") << "viewMenu"
                                               << "pauseAction"
                                               << "Pause live refresh" << QKeySequence();
    QTest::newRow("View > Operations") << "viewMenu"
                                       << "operationsAction"
                                       << "Operations" << QKeySequence();
    QTest::newRow("Help > Keyboard shortcuts") << "helpMenu"
                                               << "keyboardShortcutsAction"
                                               << "Keyboard shortcuts" << QKeySequence();
    QTest::newRow("Help > About") << "helpMenu"
                                  << "aboutAction"
                                  << "About GA Console" << QKeySequence();
}

void TestMainMenu::everyEntryWithItsShortcut()
{
    QFETCH(QString, menu);
    QFETCH(QString, action);
    QFETCH(QString, text);
    QFETCH(QKeySequence, shortcut);
    QAction *found = entry(m_window.get(), menu, action);
    QVERIFY2(found, qPrintable(menu + u' ' + action));
    QCOMPARE(found->text().remove(u'&'), text);
    if (!shortcut.isEmpty())
        QCOMPARE(found->shortcut(), shortcut);
    QVERIFY(found->isEnabled() || action == u"exportOperationsAction");
}

void TestMainMenu::viewEntriesAreTheToolBarsActions()
{
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    for (const char *name : { "refreshAction", "pauseAction", "operationsAction" }) {
        QAction *action = entry(m_window.get(), QStringLiteral("viewMenu"), QLatin1String(name));
        QVERIFY2(toolBar->actions().contains(action), name);
    }
    for (const char *name : { "profilesAction", "proxySettingsAction" }) {
        QAction *action = entry(m_window.get(), QStringLiteral("fileMenu"), QLatin1String(name));
        QVERIFY2(toolBar->actions().contains(action), name);
    }

    // Refresh reads the account again; Pause stops the live refresh; Operations shows the dock.
    QSignalSpy refreshed(m_window->controller(), &ConsoleController::refreshed);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 10000); // the first reading
    const int before = int(refreshed.count());
    entry(m_window.get(), QStringLiteral("viewMenu"), QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > before, 10000);
    QAction *pause
        = entry(m_window.get(), QStringLiteral("viewMenu"), QStringLiteral("pauseAction"));
    QVERIFY(pause->isCheckable());
    pause->trigger();
    QVERIFY(pause->isChecked());
    QAction *dock
        = entry(m_window.get(), QStringLiteral("viewMenu"), QStringLiteral("operationsAction"));
    m_window->operationsDock()->hide();
    dock->trigger();
    QVERIFY(m_window->operationsDock()->isVisible());
}

void TestMainMenu::fileEntriesWork()
{
    QSignalSpy profiles(m_window.get(), &MainWindow::manageProfilesRequested);
    QSignalSpy proxy(m_window.get(), &MainWindow::proxySettingsRequested);
    entry(m_window.get(), QStringLiteral("fileMenu"), QStringLiteral("profilesAction"))->trigger();
    entry(m_window.get(), QStringLiteral("fileMenu"), QStringLiteral("proxySettingsAction"))
        ->trigger();
    QCOMPARE(profiles.count(), 1);
    QCOMPARE(proxy.count(), 1);
    // Export opens the dock's save dialog (the same as its Export… button).
    QAction *exportAction = m_window->mainMenu()->exportAction();
    QVERIFY(QObject::connect(exportAction, &QAction::triggered, m_window->operationsDock(),
                             &OperationsDock::chooseExportFile, Qt::UniqueConnection)
            == QMetaObject::Connection());
}

void TestMainMenu::helpEntriesOpenWhatTheyName()
{
    m_window->mainMenu()->shortcutsAction()->trigger();
    auto *shortcuts = waitForTopLevel<QDialog>(QStringLiteral("keyboardShortcutsDialog"));
    QVERIFY(shortcuts);
    auto *table = shortcuts->findChild<QTableWidget *>(QStringLiteral("shortcuts"));
    QVERIFY(table);
    QStringList listed;
    for (int row = 0; row < table->rowCount(); ++row)
        listed << table->item(row, 0)->text() + u'=' + table->item(row, 1)->text();
    QVERIFY2(listed.contains(QStringLiteral("Refresh=F5")), qPrintable(listed.join(u", ")));
    QVERIFY2(listed.contains(QStringLiteral("Quit=Ctrl+Q")), qPrintable(listed.join(u", ")));
    shortcuts->close();

    const QString about = MainMenu::aboutText();
    QVERIFY2(about.contains(u"0.1.0 (git test)"), qPrintable(about));
    QVERIFY(about.contains(QLatin1String(qVersion())));
    QVERIFY(about.contains(u"MIT"));
    if (QSslSocket::supportsSsl())
        QVERIFY2(about.contains(u"OpenSSL"), qPrintable(about));
    m_window->mainMenu()->aboutAction()->trigger();
    auto *box = waitForTopLevel<QMessageBox>(QStringLiteral("aboutBox"));
    QVERIFY(box);
    QCOMPARE(box->text(), about);
    box->close();
}

void TestMainMenu::quitClosesTheWindow()
{
    QVERIFY(m_window->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isVisible());
}

QTEST_MAIN(TestMainMenu)
#include "tst_mainmenu.moc"
