#include "statebadge.h"

#include "displayformat.h"

#include <QCoreApplication>

#include <cmath>

namespace ga {
namespace {

double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// Picks black-ish or white-ish text, whichever reads better on the background.
QColor readableOn(const QColor &background, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return contrastRatio(text, background) >= contrastRatio(base, background) ? text : base;
}

} // namespace

StateBadgeStyle badgeStyle(const QString &state, const QPalette &palette)
{
    StateBadgeStyle style;
    style.text = display::stateText(state);
    const QColor base = palette.color(QPalette::Base);
    // Hues mixed into the palette's own base colour keep the badge in the theme's range.
    switch (toneOf(state)) {
    case StateTone::Good:
        style.background = blend(base, QColor(0x2e, 0xa0, 0x43), 0.35);
        break;
    case StateTone::Busy:
        style.busy = true;
        style.background = blend(base, palette.color(QPalette::Highlight), 0.35);
        break;
    case StateTone::Warning: // amber, and still: nothing is running
        style.background = blend(base, QColor(0xe0, 0xa0, 0x10), 0.40);
        break;
    case StateTone::Bad:
        style.background = blend(base, QColor(0xd0, 0x30, 0x30), 0.40);
        break;
    case StateTone::Unknown:
        style.background = blend(base, palette.color(QPalette::Mid), 0.30);
        break;
    }
    style.foreground = readableOn(style.background, palette);
    return style;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ga
