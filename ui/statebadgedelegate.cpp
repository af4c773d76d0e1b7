#include "statebadgedelegate.h"

#include "changeflash.h"
#include "modelroles.h"
#include "statebadge.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ga {

StateBadgeDelegate::StateBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    m_clock.start();
}

void StateBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem background(option);
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    paintChangeFlash(painter, option, index);

    const QString state = index.data(StateRole).toString();
    StateBadgeStyle badge = badgeStyle(state, option.palette);
    // The tone follows the raw state; the words are the model's, in the UI language.
    if (const QString text = index.data(Qt::DisplayRole).toString(); !text.isEmpty())
        badge.text = text;
    const QFontMetrics metrics(option.font);
    const int padding = metrics.height() / 3;
    const int arc = badge.busy ? metrics.height() - 2 : 0;
    // +2: elision must not clip a text that fits, whatever the rounding of the advance.
    const int width
        = metrics.horizontalAdvance(badge.text) + 2 * padding + 2 + (arc ? arc + padding : 0);
    QRect rect = option.rect.adjusted(padding, 2, 0, -2);
    rect.setWidth(std::min(width, rect.width()));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
    painter->fillPath(path, badge.background);
    painter->setPen(badge.foreground);
    QRect textRect = rect.adjusted(padding, 0, -padding, 0);
    if (arc) {
        const QRect arcRect(textRect.left(), rect.center().y() - arc / 2 + 1, arc - 2, arc - 2);
        const int angle = int((m_clock.elapsed() / 4) % 360);
        QPen pen(badge.foreground, std::max(1.5, arc / 8.0));
        pen.setCapStyle(Qt::RoundCap);
        painter->setPen(pen);
        painter->drawArc(arcRect, -angle * 16, 270 * 16);
        painter->setPen(badge.foreground);
        textRect.setLeft(arcRect.right() + padding);
    }
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(badge.text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StateBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        text = badgeStyle(index.data(StateRole).toString(), option.palette).text;
    size.setWidth(std::max(size.width(), metrics.horizontalAdvance(text) + 3 * metrics.height()));
    size.setHeight(std::max(size.height(), metrics.height() + 6));
    return size;
}

} // namespace ga
