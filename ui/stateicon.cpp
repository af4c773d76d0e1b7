#include "stateicon.h"

namespace ga {

QString stateIconPath(StateTone tone)
{
    switch (tone) {
    case StateTone::Good:
        return QStringLiteral(":/icons/state-active.svg");
    case StateTone::Busy:
        return QStringLiteral(":/icons/state-updating.svg");
    case StateTone::Warning:
        return QStringLiteral(":/icons/state-warning.svg");
    case StateTone::Bad:
        return QStringLiteral(":/icons/state-failed.svg");
    case StateTone::Unknown:
        break;
    }
    return QStringLiteral(":/icons/state-unknown.svg");
}

QIcon stateIcon(StateTone tone)
{
    return QIcon(stateIconPath(tone));
}

QString applicationIconPath()
{
    return QStringLiteral(":/icons/ga-console.svg");
}

QIcon applicationIcon()
{
    return QIcon(applicationIconPath());
}

} // namespace ga
