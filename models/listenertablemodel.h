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

protected:
    QString keyOf(const Listener &item) const override { return item.listenerId; }
    QStringList columnTitles() const override;
    QVariant cellData(const Listener &item, int column, int role) const override;
};

} // namespace ga
