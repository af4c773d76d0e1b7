#include "filterproxymodel.h"

#include "modelroles.h"

namespace ga {

FilterProxyModel::FilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Rows that change in a refresh move to their sorted place, and filtered rows come back
    // when they match again.
    setDynamicSortFilter(true);
}

void FilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_include.clear();
    m_exclude.clear();
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.startsWith(u'!')) {
            if (word.size() > 1)
                m_exclude.append(word.mid(1));
        } else {
            m_include.append(word);
        }
    }
    invalidateFilter();
}

bool FilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_include.isEmpty() && m_exclude.isEmpty())
        return true;
    const QString haystack
        = sourceModel()->index(sourceRow, 0, sourceParent).data(FilterRole).toString();
    for (const QString &word : m_include) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    for (const QString &word : m_exclude) {
        if (haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace ga
