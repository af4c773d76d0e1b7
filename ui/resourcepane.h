#pragma once

#include <QDeadlineTimer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ga {

class FilterProxyModel;

// One of the console's three panes: a title, a filter box and a sortable table over a
// source model through a FilterProxyModel. Columns can be hidden from the header's context
// menu; widths, order and hidden columns are kept in QSettings under `settingsKey`.
class ResourcePane final : public QWidget
{
    Q_OBJECT

public:
    ResourcePane(const QString &title, const QString &settingsKey, QAbstractItemModel *model,
                 int stateColumn, QWidget *parent = nullptr);
    ~ResourcePane() override;

    QTableView *view() const { return m_view; }
    FilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    void setStatusText(const QString &text);

    // IDs of the selected rows, in view order.
    QStringList selectedIds() const;
    // The ID of the current row, or empty.
    QString currentId() const;
    bool selectId(const QString &id);

signals:
    void currentIdChanged(const QString &id);

private:
    void showHeaderMenu(const QPoint &position);
    void saveHeaderState() const;
    void updateBusyAnimation();

    QString m_settingsKey;
    QLabel *m_title;
    QLabel *m_status;
    QLineEdit *m_filter;
    QTableView *m_view;
    FilterProxyModel *m_proxy;
    QTimer *m_animation;
    QTimer *m_busyCheck;
    QDeadlineTimer m_flashUntil { 0 };
    int m_stateColumn;
    bool m_busy = false;
};

} // namespace ga
