#include "listenertablemodel.h"

#include "displayformat.h"

namespace ga {

QVariant ListenerTableModel::data(const QModelIndex &index, int role) const
{
    if (m_activity.isEmpty() || !index.isValid())
        return SnapshotTableModel::data(index, role);
    const Listener *listener = rowAt(index.row());
    const auto it = listener ? m_activity.constFind(listener->listenerId) : m_activity.constEnd();
    if (it == m_activity.constEnd())
        return SnapshotTableModel::data(index, role);
    const bool stateCell = index.column() == StateColumn;
    if (role == StateRole || (stateCell && role == SortRole))
        return it->state;
    if (stateCell && role == Qt::DisplayRole)
        return it->text;
    return SnapshotTableModel::data(index, role);
}

void ListenerTableModel::setActivity(const QString &listenerId, const QString &state,
                                     const QString &text)
{
    const Activity activity { state, text.isEmpty() ? display::stateText(state) : text };
    const bool changed = state.isEmpty() ? m_activity.remove(listenerId) > 0
                                         : m_activity.value(listenerId) != activity;
    if (!changed)
        return;
    if (!state.isEmpty())
        m_activity.insert(listenerId, activity);
    const int row = rowOf(listenerId);
    if (row >= 0) {
        emit dataChanged(index(row, StateColumn), index(row, StateColumn),
                         { Qt::DisplayRole, SortRole, StateRole, Qt::AccessibleTextRole });
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

QString ListenerTableModel::accessibleState(const Listener &item, const QString &shownState) const
{
    return tr("listener %1 %2").arg(item.listenerId, shownState);
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
        return role == SortRole ? l.state : display::stateText(l.state);
    default:
        return {};
    }
}

} // namespace ga
