// The state badge on a light and a dark palette: its tone follows the state, and its text
// reads against its background with a contrast of at least 4.5:1 (WCAG AA), measured on the
// pixels the delegate paints.
#include "displayformat.h"
#include "modelroles.h"
#include "statebadge.h"
#include "statebadgedelegate.h"
#include "theme.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace ga;

class TestStateBadge : public QObject
{
    Q_OBJECT

private slots:
    void tones();
    void renderedTextContrast_data();
    void renderedTextContrast();
};

void TestStateBadge::tones()
{
    QCOMPARE(toneOf(QStringLiteral("active")), StateTone::Good);
    QCOMPARE(toneOf(QStringLiteral("done")), StateTone::Good);
    QCOMPARE(toneOf(QStringLiteral("updating")), StateTone::Busy);
    QCOMPARE(toneOf(QStringLiteral("waiting")), StateTone::Busy);
    QCOMPARE(toneOf(QStringLiteral("a-state-from-the-future")), StateTone::Busy);
    QCOMPARE(toneOf(QStringLiteral("finacialLocked")), StateTone::Bad);
    QCOMPARE(toneOf(QStringLiteral("failed")), StateTone::Bad);
    QCOMPARE(toneOf(QString()), StateTone::Unknown);
    QCOMPARE(toneOf(QStringLiteral("unfinished")), StateTone::Unknown);
    // models/operationstate.cpp: a journal record another process runs now.
    QCOMPARE(toneOf(QStringLiteral("running elsewhere")), StateTone::Busy);
}

void TestStateBadge::renderedTextContrast_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("state");
    for (const bool dark : { false, true }) {
        for (const char *state : { "active", "updating", "finacialLocked", "", "done", "failed",
                                   "queued", "unfinished" }) {
            QTest::addRow("%s %s", dark ? "dark" : "light", *state ? state : "unknown")
                << dark << QString::fromLatin1(state);
        }
    }
}

void TestStateBadge::renderedTextContrast()
{
    QFETCH(bool, dark);
    QFETCH(QString, state);
    const QPalette palette = dark ? darkPalette() : lightPalette();
    const StateBadgeStyle style = badgeStyle(state, palette);
    QVERIFY2(contrastRatio(style.foreground, style.background) >= 4.5,
             qPrintable(QString::number(contrastRatio(style.foreground, style.background))));

    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), display::stateText(state), Qt::DisplayRole);
    model.setData(model.index(0, 0), state, StateRole);
    StateBadgeDelegate delegate;
    QStyleOptionViewItem option;
    option.palette = palette;
    QFont font = QApplication::font();
    font.setPixelSize(16);
    option.font = font;
    option.fontMetrics = QFontMetrics(font);
    option.rect = QRect(0, 0, 320, 32);
    option.state = QStyle::State_Enabled;
    QImage image(option.rect.size(), QImage::Format_RGB32);
    image.fill(palette.color(QPalette::Base));
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
    }
    // The badge's own padding at its right end holds no text: that is its background.
    const QFontMetrics metrics(font);
    const int padding = metrics.height() / 3;
    int right = option.rect.width() - 1;
    const int middle = option.rect.height() / 2;
    while (right > 0 && image.pixelColor(right, middle) == palette.color(QPalette::Base))
        --right;
    QVERIFY2(right > padding, "no badge painted");
    const QColor background = image.pixelColor(right - padding / 2, middle);
    QVERIFY2(contrastRatio(background, style.background) < 1.05,
             qPrintable(background.name() + QStringLiteral(" vs ") + style.background.name()));
    // The text: the pixel inside the badge that stands out most from its background.
    double best = 1.0;
    for (int y = 2; y < option.rect.height() - 2; ++y) {
        for (int x = padding; x < right - padding; ++x)
            best = std::max(best, contrastRatio(image.pixelColor(x, y), background));
    }
    QVERIFY2(best >= 4.5, qPrintable(QStringLiteral("text contrast %1").arg(best)));
}

QTEST_MAIN(TestStateBadge)
#include "tst_statebadge.moc"
