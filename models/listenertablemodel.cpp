#include "listenertablemodel.h"

#include "displayformat.h"

namespace ga {

int ListenerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ListenerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Listener ID");
    case NameColumn:
        return tr("Name");
    case ProtocolColumn:
        return tr("Protocol");
    case PortsColumn:
        return tr("Ports");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QVariant ListenerTableModel::cellData(const Listener &l, int column, int role) const
{
    switch (role) {
    case FilterRole:
        return QStringList { l.listenerId, l.name, l.protocol }.join(u'\n');
    case StateRole:
        return l.state;
    case RawJsonRole:
        return l.raw;
    case Qt::ToolTipRole:
        return column == StateColumn ? display::stateReadAt(readAt()) : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case IdColumn:
        return l.listenerId;
    case NameColumn:
        return l.name;
    case ProtocolColumn:
        return l.protocol.toUpper();
    case PortsColumn:
        if (role == SortRole)
            return l.portRanges.isEmpty() ? 0 : l.portRanges.first().fromPort;
        return display::ports(l.portRanges);
    case StateColumn:
        return l.state;
    default:
        return {};
    }
}

} // namespace ga
