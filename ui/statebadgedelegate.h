#pragma once

#include <QElapsedTimer>
#include <QStyledItemDelegate>

namespace ga {

// Paints a state cell as a badge: the state's text on a tone from the palette, with a small
// spinning arc for busy states. The text stays, so it reads without colour; the cell's
// accessible text is the state itself.
class StateBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StateBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QElapsedTimer m_clock; // drives the busy arc's angle
};

} // namespace ga
