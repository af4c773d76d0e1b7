#pragma once

#include "displaystate.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace ga {

// How a state looks: its text, whether it is busy, and colours taken from the palette so
// the badge reads on light and dark themes alike. Never colour alone: the text is the state.
struct StateBadgeStyle
{
    QString text;
    bool busy = false;
    QColor background;
    QColor foreground;
};

StateBadgeStyle badgeStyle(const QString &state, const QPalette &palette);

// WCAG 2 contrast ratio of two colours (1..21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace ga
