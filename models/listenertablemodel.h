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

    // What the console is doing to a listener before GA reports a state of its own
    // ("submitted", "queued", "waiting · retry in 12 s"): shown in the state cell instead of
    // the state read. Kept by listener ID, so it shows again when the row comes back.
    // An empty text clears it.
    void setActivity(const QString &listenerId, const QString &text);
    QString activity(const QString &listenerId) const { return m_activity.value(listenerId); }
    // A state read outside a listing (a watcher's DescribeListener), applied as a diff.
    void setListenerState(const QString &listenerId, const QString &state);

protected:
    QString keyOf(const Listener &item) const override { return item.listenerId; }
    QStringList columnTitles() const override;
    QVariant cellData(const Listener &item, int column, int role) const override;

private:
    QHash<QString, QString> m_activity;
};

} // namespace ga
