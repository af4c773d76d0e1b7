#include "listenertablemodel.h"

#include "displayformat.h"

namespace ga {

QVariant ListenerTableModel::data(const QModelIndex &index, int role) const
{
    const bool stateCell = role == StateRole
        || (index.column() == StateColumn && (role == Qt::DisplayRole || role == SortRole));
    if (stateCell && !m_activity.isEmpty()) {
        if (const Listener *listener = rowAt(index.row())) {
            const auto it = m_activity.constFind(listener->listenerId);
            if (it != m_activity.constEnd())
                return *it;
        }
    }
    return SnapshotTableModel::data(index, role);
}

void ListenerTableModel::setActivity(const QString &listenerId, const QString &text)
{
    const bool changed
        = text.isEmpty() ? m_activity.remove(listenerId) > 0 : m_activity.value(listenerId) != text;
    if (!changed)
        return;
    if (!text.isEmpty())
        m_activity.insert(listenerId, text);
    const int row = rowOf(listenerId);
    if (row >= 0) {
        emit dataChanged(index(row, StateColumn), index(row, StateColumn),
                         { Qt::DisplayRole, SortRole, StateRole });
    }
}

void ListenerTableModel::setListenerState(const QString &listenerId, const QString &state)
{
    const Listener *current = rowAt(rowOf(listenerId));
    if (!current || current->state == state)
        return;
    Listener updated = *current;
    updated.state = state;
    updated.raw.insert(QStringLiteral("State"), state);
    updateRow(updated);
}

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
