#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace ga {

// Filters rows by the words of a filter box over FilterRole (ID, name, domain): every word
// must appear, "!word" must not; case-insensitive. Sorts by SortRole, the raw values.
class FilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    const QString &filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_include;
    QStringList m_exclude;
};

} // namespace ga
