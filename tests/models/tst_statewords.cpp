// Every state of GA's enumerations (docs/ga-api.md §3) reads as words in English and in
// Chinese, and the raw spelling stays reachable: in the badge's tooltip and its accessible
// description (models/displaystate.cpp, the one table of display states).
#include "acceleratortablemodel.h"
#include "displaystate.h"
#include "i18n/translations.h"

#include <QRegularExpression>
#include <QTest>

using namespace ga;

class TestStateWords : public QObject
{
    Q_OBJECT

private slots:
    void everyApiStateIsListed();
    void englishSaysWhatItMeans();
    void chineseHasWordsForEveryState();
    void tooltipAndDescriptionCarryTheRawState();
    void cleanup() { i18n::install(QStringLiteral("en")); }
};

void TestStateWords::everyApiStateIsListed()
{
    // §3.1 (accelerators), §3.2 (listeners, every spelling seen), §3.3 (listener certificates).
    const QStringList documented { "init",      "active",   "configuring",    "binding",
                                   "unbinding", "deleting", "finacialLocked", "creating",
                                   "updating",  "Deleting" };
    const QStringList listed = display::apiStates();
    for (const QString &state : documented)
        QVERIFY2(listed.contains(state), qPrintable(state));
}

void TestStateWords::englishSaysWhatItMeans()
{
    i18n::install(QStringLiteral("en"));
    QCOMPARE(display::stateText(QStringLiteral("finacialLocked")),
             QStringLiteral("Locked: overdue payment"));
    QCOMPARE(display::stateText(QStringLiteral("init")), QStringLiteral("initializing"));
    QCOMPARE(display::stateText(QStringLiteral("Deleting")), QStringLiteral("deleting"));
    static const QRegularExpression words(QStringLiteral("^[A-Za-z][a-z]*( ?[:a-z ]+)*$"));
    for (const QString &state : display::apiStates()) {
        const QString text = display::stateText(state);
        // Plain words: no API camelCase left.
        QVERIFY2(words.match(text).hasMatch(), qPrintable(state + u" → " + text));
    }
}

void TestStateWords::chineseHasWordsForEveryState()
{
    QVERIFY(i18n::install(QStringLiteral("zh_CN")));
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (const QString &state : display::apiStates()) {
        const QString text = display::stateText(state);
        QVERIFY2(text.contains(han), qPrintable(state + u" → " + text));
    }
    QCOMPARE(display::stateText(QStringLiteral("finacialLocked")), QStringLiteral("欠费锁定"));
    QVERIFY(display::rawState(QStringLiteral("finacialLocked")).contains(u"finacialLocked"));
}

void TestStateWords::tooltipAndDescriptionCarryTheRawState()
{
    AcceleratorTableModel model;
    Accelerator locked;
    locked.acceleratorId = QStringLiteral("ga-locked");
    locked.state = QStringLiteral("finacialLocked");
    model.applySnapshot({ locked });
    const QModelIndex cell = model.index(0, AcceleratorTableModel::StateColumn);
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), QStringLiteral("Locked: overdue payment"));
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(u"finacialLocked"),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
    QVERIFY(cell.data(Qt::AccessibleDescriptionRole).toString().contains(u"finacialLocked"));
    QVERIFY(cell.data(Qt::AccessibleTextRole).toString().contains(u"Locked: overdue payment"));
}

QTEST_GUILESS_MAIN(TestStateWords)
#include "tst_statewords.moc"
