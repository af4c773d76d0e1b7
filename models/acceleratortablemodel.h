#pragma once

#include "api/gatypes.h"
#include "snapshottablemodel.h"

namespace ga {

class AcceleratorTableModel final : public SnapshotTableModel<Accelerator>
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        NameColumn,
        StateColumn,
        SpecColumn,
        BandwidthColumn,
        DnsNameColumn,
        CreatedColumn,
        ExpiresColumn,
        ColumnCount
    };

    using SnapshotTableModel::SnapshotTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const Accelerator &item) const override { return item.acceleratorId; }
    QVariant cellData(const Accelerator &item, int column, int role) const override;
};

} // namespace ga
