#include "acceleratortablemodel.h"

#include "displayformat.h"

namespace ga {

int AcceleratorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AcceleratorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Accelerator ID");
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case SpecColumn:
        return tr("Spec");
    case BandwidthColumn:
        return tr("Bandwidth (Mbit/s)");
    case DnsNameColumn:
        return tr("DNS name");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    default:
        return {};
    }
}

QVariant AcceleratorTableModel::cellData(const Accelerator &a, int column, int role) const
{
    switch (role) {
    case FilterRole:
        return QStringList { a.acceleratorId, a.name, a.dnsName }.join(u'\n');
    case StateRole:
        return a.state;
    case RawJsonRole:
        return a.raw;
    case Qt::ToolTipRole:
        return column == StateColumn ? display::stateReadAt(readAt()) : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (column) {
    case IdColumn:
        return a.acceleratorId;
    case NameColumn:
        return a.name;
    case StateColumn:
        return a.state;
    case SpecColumn:
        // Specs are numbers in strings ("1", "20", "200"): sort them as numbers.
        return sort ? QVariant(a.spec.toLongLong()) : QVariant(a.spec);
    case BandwidthColumn:
        return sort ? QVariant(a.bandwidth) : QVariant(QString::number(a.bandwidth));
    case DnsNameColumn:
        return a.dnsName;
    case CreatedColumn:
        return sort ? QVariant(a.createTime) : QVariant(display::dateTime(a.createTime));
    case ExpiresColumn:
        return sort ? QVariant(a.expiredTime) : QVariant(display::dateTime(a.expiredTime));
    default:
        return {};
    }
}

} // namespace ga
