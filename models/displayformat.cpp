#include "displayformat.h"

#include <QCoreApplication>
#include <QStringList>

namespace ga::display {

QString dateTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

QString ports(const QList<PortRange> &ranges)
{
    QStringList parts;
    for (const PortRange &range : ranges) {
        parts.append(range.fromPort == range.toPort
                         ? QString::number(range.fromPort)
                         : QStringLiteral("%1-%2").arg(range.fromPort).arg(range.toPort));
    }
    return parts.join(QStringLiteral(", "));
}

QString stateReadAt(const QDateTime &time)
{
    if (!time.isValid())
        return QCoreApplication::translate("ga::display", "State not read yet");
    return QCoreApplication::translate("ga::display", "State read at %1")
        .arg(time.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
}

} // namespace ga::display
