#pragma once

#include "api/gatypes.h"
#include "snapshottablemodel.h"

namespace ga {

class ListenerTableModel final : public SnapshotTableModel<Listener>
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, ProtocolColumn, PortsColumn, StateColumn, ColumnCount };

    using SnapshotTableModel::SnapshotTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const Listener &item) const override { return item.listenerId; }
    QVariant cellData(const Listener &item, int column, int role) const override;
};

} // namespace ga
