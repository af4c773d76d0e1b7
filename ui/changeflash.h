#pragma once

#include <QStyledItemDelegate>

class QPainter;

namespace ga {

// How long a cell that changed in a refresh stays highlighted, fading out.
inline constexpr int changeFlashMs = 1500;

// Paints the fading highlight of a recently changed cell (ChangedAtRole); nothing otherwise.
void paintChangeFlash(QPainter *painter, const QStyleOptionViewItem &option,
                      const QModelIndex &index);

// The delegate of every plain cell: Qt's own painting, plus the flash.
class ChangeFlashDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace ga
