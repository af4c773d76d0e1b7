// The SVG icons (issue 8): compiled in as ":/icons/...", rendered by Qt's SVG icon engine at
// several sizes (so HiDPI stays sharp), one per state tone, and the application icon named
// by the .desktop file.
#include "stateicon.h"

#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace ga;

namespace {

// Pixels that are not fully transparent: something was drawn.
int paintedPixels(const QIcon &icon, int size)
{
    const QImage image = icon.pixmap(QSize(size, size)).toImage();
    if (image.size() != QSize(size, size))
        return -1;
    int painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return painted;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void iconsRender_data();
    void iconsRender();
    void statesHaveDistinctIcons();
    void desktopFileNamesTheIcon();
};

void TestIcons::iconsRender_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("application") << applicationIconPath();
    QTest::newRow("active") << stateIconPath(StateTone::Good);
    QTest::newRow("updating") << stateIconPath(StateTone::Busy);
    QTest::newRow("failed") << stateIconPath(StateTone::Bad);
    QTest::newRow("unknown") << stateIconPath(StateTone::Unknown);
}

void TestIcons::iconsRender()
{
    QFETCH(QString, path);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const QIcon icon(path);
    QVERIFY2(!icon.isNull(), "no SVG icon engine? install libqt6svg6 (scripts/install-deps.sh)");
    for (int size : { 16, 32, 64, 256 }) {
        const int painted = paintedPixels(icon, size);
        // A disc or a tile covers well over a third of the square at any size.
        QVERIFY2(
            painted > size * size / 3,
            qPrintable(QStringLiteral("%1 at %2 px: %3 pixels").arg(path).arg(size).arg(painted)));
    }
}

void TestIcons::statesHaveDistinctIcons()
{
    QStringList paths;
    QList<QImage> images;
    for (StateTone tone :
         { StateTone::Good, StateTone::Busy, StateTone::Bad, StateTone::Unknown }) {
        paths << stateIconPath(tone);
        images << stateIcon(tone).pixmap(QSize(32, 32)).toImage();
    }
    QCOMPARE(QSet<QString>(paths.cbegin(), paths.cend()).size(), 4);
    for (qsizetype i = 0; i < images.size(); ++i) {
        for (qsizetype j = i + 1; j < images.size(); ++j)
            QVERIFY2(images[i] != images[j], qPrintable(paths[i] + u" looks like " + paths[j]));
    }
}

void TestIcons::desktopFileNamesTheIcon()
{
    QFile desktop(QStringLiteral(GA_SOURCE_DIR "/resources/ga-console.desktop"));
    QVERIFY(desktop.open(QIODevice::ReadOnly | QIODevice::Text));
    const QByteArray text = desktop.readAll();
    QVERIFY(text.contains("\nIcon=ga-console\n"));
    QVERIFY(text.contains("\nExec=ga-console\n"));
    QVERIFY(QFile::exists(QStringLiteral(GA_SOURCE_DIR "/resources/icons/ga-console.svg")));
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
