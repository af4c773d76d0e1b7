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

QString stateText(const QString &state)
{
    // The API's spellings, including its "finacialLocked"; QT_TRANSLATE_NOOP lets lupdate
    // see the words while the lookup stays keyed by the raw state.
    static const char *const words[] = {
        QT_TRANSLATE_NOOP("ga::State", "active"),
        QT_TRANSLATE_NOOP("ga::State", "init"),
        QT_TRANSLATE_NOOP("ga::State", "creating"),
        QT_TRANSLATE_NOOP("ga::State", "configuring"),
        QT_TRANSLATE_NOOP("ga::State", "updating"),
        QT_TRANSLATE_NOOP("ga::State", "binding"),
        QT_TRANSLATE_NOOP("ga::State", "unbinding"),
        QT_TRANSLATE_NOOP("ga::State", "deleting"),
        QT_TRANSLATE_NOOP("ga::State", "Deleting"),
        QT_TRANSLATE_NOOP("ga::State", "finacialLocked"),
        QT_TRANSLATE_NOOP("ga::State", "queued"),
        QT_TRANSLATE_NOOP("ga::State", "submitted"),
        QT_TRANSLATE_NOOP("ga::State", "waiting"),
        QT_TRANSLATE_NOOP("ga::State", "sent"),
        QT_TRANSLATE_NOOP("ga::State", "done"),
        QT_TRANSLATE_NOOP("ga::State", "failed"),
        QT_TRANSLATE_NOOP("ga::State", "timed out"),
        QT_TRANSLATE_NOOP("ga::State", "unconfirmed"),
        QT_TRANSLATE_NOOP("ga::State", "unfinished"),
        QT_TRANSLATE_NOOP("ga::State", "dissociating"),
    };
    if (state.isEmpty())
        return QCoreApplication::translate("ga::State", "unknown");
    for (const char *word : words) {
        if (state == QLatin1StringView(word))
            return QCoreApplication::translate("ga::State", word);
    }
    return state;
}

QString stateReadAt(const QDateTime &time)
{
    if (!time.isValid())
        return QCoreApplication::translate("ga::display", "State not read yet");
    return QCoreApplication::translate("ga::display", "State read at %1")
        .arg(time.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
}

} // namespace ga::display
