#pragma once

#include "statebadge.h"

#include <QIcon>
#include <QString>

namespace ga {

// The SVG icons of resources/icons, compiled in as ":/icons/...". SVG, so they stay sharp at
// every scale factor; each state icon pairs with the state's text, never replaces it.
QString stateIconPath(StateTone tone); // ":/icons/state-active.svg", ...
QIcon stateIcon(StateTone tone);
QString applicationIconPath(); // ":/icons/ga-console.svg"
QIcon applicationIcon();

} // namespace ga
