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

    explicit AcceleratorTableModel(QObject *parent = nullptr)
        : SnapshotTableModel(ColumnCount, StateColumn, parent)
    { }

protected:
    QString keyOf(const Accelerator &item) const override { return item.acceleratorId; }
    QStringList columnTitles() const override;
    QVariant cellData(const Accelerator &item, int column, int role) const override;
    QString accessibleState(const Accelerator &item, const QString &shownState) const override;
};

} // namespace ga
