#include "changeflash.h"

#include "modelroles.h"

#include <QDateTime>
#include <QPainter>

namespace ga {

void paintChangeFlash(QPainter *painter, const QStyleOptionViewItem &option,
                      const QModelIndex &index)
{
    const QDateTime changedAt = index.data(ChangedAtRole).toDateTime();
    if (!changedAt.isValid())
        return;
    const qint64 age = changedAt.msecsTo(QDateTime::currentDateTimeUtc());
    if (age < 0 || age >= changeFlashMs)
        return;
    QColor highlight = option.palette.color(QPalette::Highlight);
    highlight.setAlphaF(float(0.45 * (1.0 - double(age) / changeFlashMs)));
    painter->fillRect(option.rect, highlight);
}

void ChangeFlashDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    paintChangeFlash(painter, option, index);
}

} // namespace ga
