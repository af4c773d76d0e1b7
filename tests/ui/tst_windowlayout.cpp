// The window on a small screen: at 1366×768 and, registered a second time with
// QT_SCALE_FACTOR=2, on a 1600×1000 screen at 2× (800×500 of room, where the accelerator pane once
// showed one row) the empty operations dock is a strip and the accelerator pane keeps rows to
// read; the first operation opens the dock to show it. (1366×768 at 2×, 683×384, is below the
// window's minimum size.)
#include "api/gaclient.h"
#include "emulatorfixture.h"
#include "filterproxymodel.h"
#include "mainwindow.h"
#include "operationsdock.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "resourcepane.h"

#include <QApplication>
#include <QHeaderView>
#include <QScreen>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace ga;

class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyDockIsAStripAndThePanesShareTheRest();
};

void TestWindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ga-console-layout-test"));
}

void TestWindowLayout::emptyDockIsAStripAndThePanesShareTheRest()
{
    const qreal scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")).toDouble();
    auto emulator = test::startEmulator(test::smallWorld(20));
    GaClient client(test::clientConfig(*emulator));
    QTemporaryDir data;
    OperationJournal journal(data.filePath(QStringLiteral("operations.jsonl")));
    OperationCenter center(&journal);
    MainWindow window(&client, {}, &center);
    // A maximised window, less a panel: 1366×768 at 1×, 1600×1000 at 2×, in device pixels.
    const QSize screen = scale > 1.5 ? QSize(1600, 962) : QSize(1366, 730);
    window.resize(screen / scale);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.acceleratorPane()->proxy()->rowCount() > 0);
    QTest::qWait(50);

    OperationsDock *dock = window.operationsDock();
    QVERIFY(dock->isStrip());
    const int height = window.height();
    QVERIFY2(dock->height() <= height / 6,
             qPrintable(QStringLiteral("dock %1 of %2").arg(dock->height()).arg(height)));
    // The accelerator pane shows rows, not one: at least 3 at 2x, 6 at 1x.
    // The panes have most of the height and share it: the accelerators about half of it,
    // with rows to read (at 2x there are 481 device-independent pixels in all).
    auto *panes = window.findChild<QWidget *>(QStringLiteral("panes"));
    QVERIFY2(panes->height() >= height * 55 / 100,
             qPrintable(QStringLiteral("panes %1 of %2").arg(panes->height()).arg(height)));
    const int accelerators = window.acceleratorPane()->height();
    QVERIFY2(accelerators >= panes->height() * 4 / 10 && accelerators <= panes->height() * 6 / 10,
             qPrintable(QStringLiteral("%1 of %2").arg(accelerators).arg(panes->height())));
    QTableView *table = window.acceleratorPane()->view();
    const int rows = (table->viewport()->height()) / table->verticalHeader()->defaultSectionSize();
    QVERIFY2(rows >= (scale > 1.5 ? 3 : 6), qPrintable(QString::number(rows)));
    QTableView *listeners = window.listenerPane()->view();
    QVERIFY(listeners->viewport()->height() >= listeners->verticalHeader()->defaultSectionSize());

    // The first operation opens the dock to show it.
    OperationRecord record;
    record.operationId = QStringLiteral("op-1");
    record.acceleratorId = QStringLiteral("ga-1");
    record.listenerId = QStringLiteral("lsr-1");
    record.items = { { QStringLiteral("a.example.com"), QStringLiteral("1-cn-hangzhou"), {} } };
    OperationJournal other(data.filePath(QStringLiteral("operations.jsonl")));
    QCOMPARE(other.recordIntent(record), QString());
    QTRY_VERIFY(!dock->isStrip());
    QTRY_VERIFY(dock->height() > height / 6 || scale > 1.5);
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
