#include "accountcertificatefilter.h"

#include "accountcertificatemodel.h"
#include "modelroles.h"

namespace ga {

AccountCertificateFilter::AccountCertificateFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Rows that change in a refresh move to their sorted place, and filtered rows come back
    // when they match again.
    setDynamicSortFilter(true);
}

void AccountCertificateFilter::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<AccountCertificateModel *>(model);
    Q_ASSERT(m_model || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void AccountCertificateFilter::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_include.clear();
    m_exclude.clear();
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
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

void AccountCertificateFilter::setProblems(Problems problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    invalidateFilter();
}

void AccountCertificateFilter::setProblem(Problem problem, bool on)
{
    setProblems(on ? m_problems | problem : m_problems & ~Problems(problem));
}

void AccountCertificateFilter::setExpiringWithinDays(int days)
{
    if (days == m_withinDays)
        return;
    m_withinDays = days;
    if (m_problems.testFlag(ExpiringSoon))
        invalidateFilter();
}

bool AccountCertificateFilter::hasProblem(const AccountCertificateRow &row, Problem problem) const
{
    const CertificateFacts &facts = m_model->factsOf(row);
    switch (problem) {
    case Expired:
        return facts.expiry == certs::Expiry::Expired;
    case ExpiringSoon:
        return facts.hasExpiry && facts.expiry != certs::Expiry::Expired
            && facts.daysLeft < m_withinDays;
    case NotInCas:
        return facts.status == CertificateDetails::Status::NotInCas
            || facts.status == CertificateDetails::Status::UnknownSite;
    case NotCovering:
        return row.covers == 0;
    case NoProblem:
        break;
    }
    return false;
}

bool AccountCertificateFilter::filterAcceptsRow(int sourceRow,
                                                const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    const AccountCertificateRow *row = m_model->rowAt(sourceRow);
    if (!row)
        return false;
    for (const QString &word : m_include) {
        if (!row->haystack.contains(word))
            return false;
    }
    for (const QString &word : m_exclude) {
        if (row->haystack.contains(word))
            return false;
    }
    if (!m_problems)
        return true;
    for (const Problem problem : { Expired, ExpiringSoon, NotInCas, NotCovering }) {
        if (m_problems.testFlag(problem) && hasProblem(*row, problem))
            return true;
    }
    return false;
}

bool AccountCertificateFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model || left.model() != m_model || sortRole() != SortRole)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_model->compareRows(left.row(), right.row(), left.column()) < 0;
}

} // namespace ga
