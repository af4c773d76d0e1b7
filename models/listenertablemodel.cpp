#include "listenertablemodel.h"

#include "displayformat.h"

namespace ga {

QStringList ListenerTableModel::columnTitles() const
{
    return { tr("Listener ID"), tr("Name"), tr("Protocol"), tr("Ports"), tr("State") };
}

QVariant ListenerTableModel::cellData(const Listener &l, int column, int role) const
{
    switch (role) {
    case FilterRole:
        return QStringList { l.listenerId, l.name, l.protocol }.join(u'\n');
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
