// Refreshes are diffs: inserts, removals and dataChanged on the changed cells, never a reset.
#include "acceleratortablemodel.h"
#include "filterproxymodel.h"
#include "listenertablemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace ga;

namespace {

Accelerator accelerator(const QString &id, const QString &name, const QString &state = "active",
                        qint64 bandwidth = 100)
{
    Accelerator a;
    a.acceleratorId = id;
    a.name = name;
    a.state = state;
    a.spec = QStringLiteral("1");
    a.bandwidth = bandwidth;
    a.dnsName = id + QStringLiteral(".aliyunga0019.com");
    a.createTime = QDateTime::fromSecsSinceEpoch(1650643200, Qt::UTC);
    return a;
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList result;
    for (int r = 0; r < model.rowCount(); ++r)
        result << model.index(r, 0).data(IdRole).toString();
    return result;
}

} // namespace

class TestSnapshotModels : public QObject
{
    Q_OBJECT

private slots:
    void firstSnapshotInserts();
    void refreshIsADiffNeverAReset();
    void onlyChangedCellsAreReported();
    void removalsOfSeveralRuns();
    void sortUsesRawValues();
    void filterWordsAndExclusions();
    void proxyKeepsSelectionAcrossRefresh();
    void listenerColumns();
};

void TestSnapshotModels::firstSnapshotInserts()
{
    AcceleratorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.applySnapshot({ accelerator("ga-1", "one"), accelerator("ga-2", "two") });
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AcceleratorTableModel::NameColumn).data().toString(),
             QStringLiteral("one"));
    QCOMPARE(model.index(1, AcceleratorTableModel::StateColumn).data(StateRole).toString(),
             QStringLiteral("active"));
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Accelerator ID"));
}

void TestSnapshotModels::refreshIsADiffNeverAReset()
{
    AcceleratorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applySnapshot(
        { accelerator("ga-1", "one"), accelerator("ga-2", "two"), accelerator("ga-3", "three") });

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // ga-2 went away, ga-3 changed state, ga-4 is new.
    model.applySnapshot({ accelerator("ga-1", "one"), accelerator("ga-3", "three", "configuring"),
                          accelerator("ga-4", "four") });

    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0][1].toInt(), 1);
    QCOMPARE(removed[0][2].toInt(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted[0][1].toInt(), 2);
    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed[0][0].toModelIndex();
    const QModelIndex bottomRight = changed[0][1].toModelIndex();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(topLeft.column(), int(AcceleratorTableModel::StateColumn));
    QCOMPARE(bottomRight.column(), int(AcceleratorTableModel::StateColumn));
    const auto roles = changed[0][2].value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(StateRole));
    QCOMPARE(ids(model), (QStringList { "ga-1", "ga-3", "ga-4" }));
    QVERIFY(model.index(1, AcceleratorTableModel::StateColumn)
                .data(ChangedAtRole)
                .toDateTime()
                .isValid());
    QVERIFY(!model.index(0, AcceleratorTableModel::StateColumn)
                 .data(ChangedAtRole)
                 .toDateTime()
                 .isValid());
}

void TestSnapshotModels::onlyChangedCellsAreReported()
{
    AcceleratorTableModel model;
    model.applySnapshot({ accelerator("ga-1", "one") });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applySnapshot({ accelerator("ga-1", "one") });
    QCOMPARE(changed.size(), 0);
    model.applySnapshot({ accelerator("ga-1", "renamed", "active", 200) });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex().column(), int(AcceleratorTableModel::NameColumn));
    QCOMPARE(changed[0][1].toModelIndex().column(), int(AcceleratorTableModel::BandwidthColumn));
}

void TestSnapshotModels::removalsOfSeveralRuns()
{
    AcceleratorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Accelerator> all;
    for (int i = 0; i < 10; ++i)
        all.append(accelerator(QStringLiteral("ga-%1").arg(i), QStringLiteral("n%1").arg(i)));
    model.applySnapshot(all);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.applySnapshot({ all[0], all[3], all[4], all[9] });
    QCOMPARE(removed.size(), 2); // rows 5-8, then rows 1-2
    QCOMPARE(ids(model), (QStringList { "ga-0", "ga-3", "ga-4", "ga-9" }));
    QCOMPARE(model.rowOf(QStringLiteral("ga-9")), 3);
    model.applySnapshot({});
    QCOMPARE(model.rowCount(), 0);
}

void TestSnapshotModels::sortUsesRawValues()
{
    AcceleratorTableModel model;
    FilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applySnapshot({ accelerator("ga-a", "a", "active", 20),
                          accelerator("ga-b", "b", "active", 100),
                          accelerator("ga-c", "c", "active", 5) });
    proxy.sort(AcceleratorTableModel::BandwidthColumn, Qt::AscendingOrder);
    // As text "100" < "20" < "5"; as numbers 5 < 20 < 100.
    QCOMPARE(ids(proxy), (QStringList { "ga-c", "ga-a", "ga-b" }));
}

void TestSnapshotModels::filterWordsAndExclusions()
{
    AcceleratorTableModel model;
    FilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applySnapshot({ accelerator("ga-prod-1", "shop prod"),
                          accelerator("ga-prod-2", "api prod"),
                          accelerator("ga-test-1", "shop test") });
    proxy.setFilterText(QStringLiteral("shop"));
    QCOMPARE(ids(proxy), (QStringList { "ga-prod-1", "ga-test-1" }));
    proxy.setFilterText(QStringLiteral("SHOP !test"));
    QCOMPARE(ids(proxy), (QStringList { "ga-prod-1" }));
    proxy.setFilterText(QStringLiteral("!prod"));
    QCOMPARE(ids(proxy), (QStringList { "ga-test-1" }));
    proxy.setFilterText(QStringLiteral("aliyunga0019 !"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestSnapshotModels::proxyKeepsSelectionAcrossRefresh()
{
    AcceleratorTableModel model;
    FilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QItemSelectionModel selection(&proxy);
    model.applySnapshot(
        { accelerator("ga-1", "one"), accelerator("ga-2", "two"), accelerator("ga-3", "three") });
    proxy.sort(AcceleratorTableModel::NameColumn);
    const QModelIndex two = proxy.index(2, 0); // sorted by name: one, three, two
    QCOMPARE(two.data(IdRole).toString(), QStringLiteral("ga-2"));
    selection.select(two, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    model.applySnapshot({ accelerator("ga-0", "zero"), accelerator("ga-2", "two", "configuring"),
                          accelerator("ga-3", "three") });
    const QModelIndexList selected = selection.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected[0].data(IdRole).toString(), QStringLiteral("ga-2"));
}

void TestSnapshotModels::listenerColumns()
{
    ListenerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Listener l;
    l.listenerId = QStringLiteral("lsr-1");
    l.name = QStringLiteral("web");
    l.protocol = QStringLiteral("https");
    l.state = QStringLiteral("updating");
    l.portRanges = { { 443, 443 }, { 8443, 8444 } };
    model.applySnapshot({ l });
    QCOMPARE(model.index(0, ListenerTableModel::ProtocolColumn).data().toString(),
             QStringLiteral("HTTPS"));
    QCOMPARE(model.index(0, ListenerTableModel::PortsColumn).data().toString(),
             QStringLiteral("443, 8443-8444"));
    QCOMPARE(model.index(0, ListenerTableModel::PortsColumn).data(SortRole).toInt(), 443);
    QCOMPARE(model.index(0, ListenerTableModel::StateColumn).data(StateRole).toString(),
             QStringLiteral("updating"));
    QVERIFY(model.index(0, ListenerTableModel::StateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("State read at")));
}

QTEST_GUILESS_MAIN(TestSnapshotModels)
#include "tst_snapshotmodels.moc"
