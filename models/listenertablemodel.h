#pragma once

#include "api/gatypes.h"
#include "snapshottablemodel.h"

namespace ga {

class ListenerTableModel final : public SnapshotTableModel<Listener>
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, ProtocolColumn, PortsColumn, StateColumn, ColumnCount };

    explicit ListenerTableModel(QObject *parent = nullptr)
        : SnapshotTableModel(ColumnCount, StateColumn, parent)
    { }

    QVariant data(const QModelIndex &index, int role) const override;

    // What the console is doing to a listener before GA reports a state of its own:
    // `state` is the word a badge's tone follows ("queued", "submitted", "waiting"), `text`
    // what it says ("waiting 12 s"; the translated state when empty). Shown in the state cell
    // instead of the state read; kept by listener ID, so it shows again when the row comes
    // back. An empty state clears it.
    void setActivity(const QString &listenerId, const QString &state, const QString &text = {});
    QString activity(const QString &listenerId) const { return m_activity.value(listenerId).state; }
    // A state read outside a listing (a watcher's DescribeListener), applied as a diff.
    void setListenerState(const QString &listenerId, const QString &state);

protected:
    QString keyOf(const Listener &item) const override { return item.listenerId; }
    QStringList columnTitles() const override;
    QVariant cellData(const Listener &item, int column, int role) const override;
    QString accessibleState(const Listener &item, const QString &shownState) const override;

private:
    struct Activity
    {
        QString state;
        QString text;
        friend bool operator==(const Activity &, const Activity &) = default;
    };
    QHash<QString, Activity> m_activity;
};

} // namespace ga
