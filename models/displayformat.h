#pragma once

#include "api/gatypes.h"
#include "displaystate.h"

#include <QString>

// How models show values that have no single obvious text form.
namespace ga::display {

// Local time, minutes precision; empty for an unknown time.
QString dateTime(const QDateTime &time);
// "443", "80-90, 443"; empty when there are none.
QString ports(const QList<PortRange> &ranges);
// "State read at 14:03:12" for a state cell's tooltip.
QString stateReadAt(const QDateTime &time);

} // namespace ga::display
