// What a screen reader gets from the console: every control a keyboard can reach has a
// name, every tool bar action says what it does, and a badge reads as its state in words,
// "listener lsr-… updating", through Qt's accessibility interfaces.
#include "api/gaclient.h"
#include "certificatelistmodel.h"
#include "changedialog.h"
#include "dissociateflow.h"
#include "emulatorfixture.h"
#include "filterproxymodel.h"
#include "listenertablemodel.h"
#include "mainwindow.h"
#include "operationsdock.h"
#include "ops/changeoperation.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "resourcepane.h"
#include "world.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QAction>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>

using namespace ga;

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFocusableControlHasAName();
    void toolBarActionsSayWhatTheyDo();
    void badgesReadAsTheirState();

private:
    std::unique_ptr<MainWindow> openWindow();
    QString cellName(QTableView *view, int row, int column);

    QTemporaryDir m_dir;
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<GaClient> m_client;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<OperationCenter> m_center;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_emulator = test::startEmulator(test::smallWorld(600));
    GaClient::Config config = test::clientConfig(*m_emulator);
    m_client = std::make_unique<GaClient>(config);
    m_journal = std::make_unique<OperationJournal>(m_dir.filePath(QStringLiteral("ops.jsonl")));
    m_center = std::make_unique<OperationCenter>(m_journal.get());
    m_center->setWatchSchedule(WatchSchedule::fast(50));
}

std::unique_ptr<MainWindow> TestAccessibility::openWindow()
{
    MainWindow::Options options;
    options.titleSuffix = QStringLiteral("Demo");
    auto window = std::make_unique<MainWindow>(m_client.get(), options, m_center.get());
    window->resize(1400, 900);
    window->show();
    return window;
}

QString TestAccessibility::cellName(QTableView *view, int row, int column)
{
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
    if (!table || !table->tableInterface())
        return QStringLiteral("<no table interface>");
    QAccessibleInterface *cell = table->tableInterface()->cellAt(row, column);
    return cell ? cell->text(QAccessible::Name) : QStringLiteral("<no cell>");
}

void TestAccessibility::everyFocusableControlHasAName()
{
    // One operation in the journal, so the dock shows its table and buttons (an empty dock is
    // a strip of text) and they are checked too.
    OperationRecord record;
    record.operationId = QStringLiteral("a11y-op");
    record.acceleratorId = QStringLiteral("ga-1");
    record.listenerId = QStringLiteral("lsr-1");
    record.items = { { QStringLiteral("a.example.com"), QStringLiteral("1-cn-hangzhou"), {} } };
    QCOMPARE(m_journal->recordIntent(record), QString());
    auto window = openWindow();
    QTRY_VERIFY(window->acceleratorPane()->proxy()->rowCount() > 0);
    QTRY_VERIFY(!window->operationsDock()->isStrip());
    QStringList nameless;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        // Editors inside a spin box or a view belong to it: their parent carries the name.
        if (!widget->isVisibleTo(window.get()) || widget->focusPolicy() == Qt::NoFocus
            || qobject_cast<QAbstractItemView *>(widget->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        ++checked;
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            nameless << QString::fromLatin1(widget->metaObject()->className()) + u' '
                    + widget->objectName();
    }
    QVERIFY(checked > 10);
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u'\n')));
}

void TestAccessibility::toolBarActionsSayWhatTheyDo()
{
    auto window = openWindow();
    const QList<QToolButton *> buttons
        = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))
              ->findChildren<QToolButton *>();
    int named = 0;
    for (QToolButton *button : buttons) {
        if (!button->defaultAction())
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
                 qPrintable(button->defaultAction()->objectName()));
        QVERIFY2(!button->defaultAction()->toolTip().isEmpty(),
                 qPrintable(button->defaultAction()->objectName()));
        ++named;
    }
    QVERIFY(named >= 6);
    // A disabled action tells why in its description, not only in a colour.
    QAction *dissociate = window->dissociateFlow()->action();
    QVERIFY(!dissociate->isEnabled());
    QVERIFY(!dissociate->toolTip().isEmpty());
}

void TestAccessibility::badgesReadAsTheirState()
{
    auto window = openWindow();
    const emu::EmuAccelerator accelerator = m_emulator->world().accelerators().first();
    const QString listenerId = accelerator.listenerIds.first();
    QTRY_VERIFY(window->acceleratorPane()->selectId(accelerator.acceleratorId));
    QTRY_VERIFY(window->listenerPane()->selectId(listenerId));
    QTRY_VERIFY(window->certificateModel()->rowCount() > 0);
    QTableView *listeners = window->listenerPane()->view();
    const int row = window->listenerPane()
                        ->proxy()
                        ->mapFromSource(window->listenerModel()->index(
                            window->listenerModel()->rowOf(listenerId), 0))
                        .row();
    QCOMPARE(cellName(listeners, row, ListenerTableModel::StateColumn),
             QStringLiteral("listener %1 active").arg(listenerId));

    // While a dissociation runs the same cell says what happens, in words.
    window->certificateModel()->checkDomains({ window->certificateModel()->rowAt(0)->domain });
    window->dissociateFlow()->action()->trigger();
    QVERIFY(window->dissociateFlow()->dialog());
    window->dissociateFlow()->dialog()->accept();
    QTRY_COMPARE(cellName(listeners, row, ListenerTableModel::StateColumn),
                 QStringLiteral("listener %1 updating").arg(listenerId));
    QTRY_VERIFY_WITH_TIMEOUT(m_center->operations().last()->isFinished(), 15'000);
    QTRY_COMPARE(cellName(listeners, row, ListenerTableModel::StateColumn),
                 QStringLiteral("listener %1 active").arg(listenerId));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
