#include "acceleratortablemodel.h"

#include "displayformat.h"

namespace ga {

QStringList AcceleratorTableModel::columnTitles() const
{
    return { tr("Accelerator ID"),     tr("Name"),     tr("State"),   tr("Spec"),
             tr("Bandwidth (Mbit/s)"), tr("DNS name"), tr("Created"), tr("Expires") };
}

QString AcceleratorTableModel::accessibleState(const Accelerator &item,
                                               const QString &shownState) const
{
    return tr("accelerator %1 %2").arg(item.acceleratorId, shownState);
}

QVariant AcceleratorTableModel::cellData(const Accelerator &a, int column, int role) const
{
    switch (role) {
    case FilterRole:
        return QStringList { a.acceleratorId, a.name, a.dnsName }.join(u'\n');
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
        return sort ? a.state : display::stateText(a.state);
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
