#pragma once

#include <QString>

class QPalette;

namespace ga {

// The console's colours. By default it follows the platform's palette (and with it a dark
// desktop); "light" and "dark" force Fusion with a palette of their own, for desktops that
// do not say, and for screenshots. Everything the console paints itself (badges, banner,
// flashes) mixes its hues into whichever palette is in effect.
QPalette lightPalette();
QPalette darkPalette();
// "system", "light" or "dark"; empty on success, else what went wrong.
QString applyTheme(const QString &name);

} // namespace ga
