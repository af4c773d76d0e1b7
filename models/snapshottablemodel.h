#pragma once

#include "displayformat.h"
#include "modelroles.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>

namespace ga {

// A table of rows keyed by ID that a refresh updates by diff, never by reset (docs/architecture.md,
// Models): rows that went away are removed, rows that came are appended, and only the
// cells whose value changed get dataChanged with their roles. Selection, scroll position
// and check state live on in the views and proxies above.
//
// T has `state` (a QString) and `raw` (a QJsonObject); a model names its columns, says which
// one holds the state, and gives each cell's display and sort values.
template<typename T> class SnapshotTableModel : public QAbstractTableModel
{
public:
    SnapshotTableModel(int columnCount, int stateColumn, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount)
        , m_stateColumn(stateColumn)
    { }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return columnTitles().value(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T &row = m_rows[index.row()];
        switch (role) {
        case IdRole:
            return keyOf(row);
        case StateRole:
            return row.state;
        case RawJsonRole:
            return row.raw;
        case Qt::ToolTipRole:
            // The state as GA spells it beside the words the badge shows, and when it was read.
            if (index.column() != m_stateColumn)
                return {};
            return QString(display::rawState(row.state) + u'\n' + display::stateReadAt(m_readAt));
        case Qt::AccessibleDescriptionRole:
            if (index.column() != m_stateColumn)
                return {};
            return display::rawState(row.state);
        case Qt::AccessibleTextRole:
            // What a screen reader says for the badge: the row and whatever the state cell
            // shows (a subclass's overlay included), e.g. "listener lsr-… updating".
            if (index.column() != m_stateColumn)
                return cellData(row, index.column(), role);
            return accessibleState(row, this->data(index, Qt::DisplayRole).toString());
        case StateReadAtRole:
            return m_readAt;
        case ChangedAtRole:
            return m_changedAt.value(cellKey(keyOf(row), index.column()));
        default:
            return cellData(row, index.column(), role);
        }
    }

    const T *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
    }
    const QList<T> &rows() const { return m_rows; }
    int rowOf(const QString &key) const { return m_index.value(key, -1); }
    const QDateTime &readAt() const { return m_readAt; }

    // Applies a fresh listing as a diff. `readAt` is when the service was asked; views read
    // it for tooltips when they need it, so it changes no cell by itself.
    void applySnapshot(const QList<T> &fresh,
                       const QDateTime &readAt = QDateTime::currentDateTimeUtc())
    {
        m_readAt = readAt;
        QHash<QString, const T *> freshByKey;
        for (const T &item : fresh)
            freshByKey.insert(keyOf(item), &item);

        removeRowsMissingFrom(freshByKey);
        updateChangedCells(freshByKey, readAt);

        QList<T> added;
        for (const T &item : fresh) {
            if (!m_index.contains(keyOf(item)))
                added.append(item);
        }
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            for (T &item : added) {
                m_index.insert(keyOf(item), int(m_rows.size()));
                m_rows.append(std::move(item));
            }
            endInsertRows();
        }
    }

    // Replaces one row in place (e.g. after a DescribeListener), as a diff of its cells.
    void updateRow(const T &item, const QDateTime &readAt = QDateTime::currentDateTimeUtc())
    {
        const int row = rowOf(keyOf(item));
        if (row < 0)
            return;
        updateCells(row, item, readAt);
    }

protected:
    virtual QString keyOf(const T &item) const = 0;
    // The header of each column, in column order (translated).
    virtual QStringList columnTitles() const = 0;
    // DisplayRole, SortRole, FilterRole and whatever else the model offers.
    virtual QVariant cellData(const T &item, int column, int role) const = 0;
    // The state cell for a screen reader, from the row and the state as shown ("listener %1
    // %2", translated by the model).
    virtual QString accessibleState(const T &item, const QString &shownState) const = 0;

private:
    static QString cellKey(const QString &key, int column)
    {
        return key + u'#' + QString::number(column);
    }

    void rebuildIndex()
    {
        m_index.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_index.insert(keyOf(m_rows[i]), i);
    }

    void removeRowsMissingFrom(const QHash<QString, const T *> &freshByKey)
    {
        // From the bottom up, one contiguous run at a time, so indexes above stay valid.
        bool removed = false;
        int row = int(m_rows.size()) - 1;
        while (row >= 0) {
            if (freshByKey.contains(keyOf(m_rows[row]))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !freshByKey.contains(keyOf(m_rows[first - 1])))
                --first;
            beginRemoveRows({}, first, row);
            for (int i = first; i <= row; ++i) {
                const QString key = keyOf(m_rows[i]);
                for (int c = 0; c < columnCount(); ++c)
                    m_changedAt.remove(cellKey(key, c));
            }
            m_rows.remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
            removed = true;
        }
        if (removed) // positions moved: only then is the index stale
            rebuildIndex();
    }

    void updateChangedCells(const QHash<QString, const T *> &freshByKey, const QDateTime &readAt)
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (const T *item = freshByKey.value(keyOf(m_rows[row])))
                updateCells(row, *item, readAt);
        }
    }

    void updateCells(int row, const T &item, const QDateTime &readAt)
    {
        static const QList<int> roles { Qt::DisplayRole,
                                        SortRole,
                                        FilterRole,
                                        StateRole,
                                        Qt::ToolTipRole,
                                        Qt::AccessibleTextRole,
                                        Qt::AccessibleDescriptionRole,
                                        RawJsonRole,
                                        ChangedAtRole };
        // A row read from the service carries the JSON it came from: when that is the same, no
        // cell can differ, and the cell-by-cell comparison (which formats dates) is skipped.
        if (!item.raw.isEmpty() && item.raw == m_rows[row].raw)
            return;
        int firstChanged = -1;
        int lastChanged = -1;
        for (int c = 0; c < columnCount(); ++c) {
            if (cellData(m_rows[row], c, SortRole) != cellData(item, c, SortRole)
                || cellData(m_rows[row], c, Qt::DisplayRole)
                    != cellData(item, c, Qt::DisplayRole)) {
                m_changedAt.insert(cellKey(keyOf(item), c), readAt);
                if (firstChanged < 0)
                    firstChanged = c;
                lastChanged = c;
            }
        }
        m_rows[row] = item;
        if (firstChanged >= 0)
            emit dataChanged(index(row, firstChanged), index(row, lastChanged), roles);
    }

    int m_columnCount;
    int m_stateColumn;
    QList<T> m_rows;
    QHash<QString, int> m_index;
    QHash<QString, QDateTime> m_changedAt;
    QDateTime m_readAt;
};

} // namespace ga
