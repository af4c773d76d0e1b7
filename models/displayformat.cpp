#include "displayformat.h"

#include <QCoreApplication>

namespace ga::display {

QString dateTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

QString ports(const QList<PortRange> &ranges)
{
    return portRangesText(ranges, QStringLiteral(", "));
}

QString stateReadAt(const QDateTime &time)
{
    if (!time.isValid())
        return QCoreApplication::translate("ga::display", "State not read yet");
    return QCoreApplication::translate("ga::display", "State read at %1")
        .arg(time.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
}

} // namespace ga::display
