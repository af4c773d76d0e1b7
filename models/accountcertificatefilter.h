#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace ga {

class AccountCertificateModel;
struct AccountCertificateRow;

// The account view's filters over AccountCertificateModel: the words of a filter box (every
// word must appear in the row's domain, names, IDs or port, "!word" must not; any case), and
// the problems an admin looks for: expired, expiring within N days, not in CAS, not covering
// its domain. With problems picked, a row shows when it has any of them (a triage list), and
// the words still apply. Sorting compares the model's raw values (SortRole) directly.
//
// A keystroke re-tests every row, so the test reads the model's rows without a QVariant:
// the lower-case text each row keeps and the facts kept per certificate.
class AccountCertificateFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Problem {
        NoProblem = 0,
        Expired = 0x1,
        ExpiringSoon = 0x2, // within expiringWithinDays(), not expired yet
        NotInCas = 0x4, // CAS has no such certificate, or the ID names no store it has
        NotCovering = 0x8, // the certificate's names do not include the domain
    };
    Q_DECLARE_FLAGS(Problems, Problem)
    Q_FLAG(Problems)

    explicit AccountCertificateFilter(QObject *parent = nullptr);

    // Must be an AccountCertificateModel.
    void setSourceModel(QAbstractItemModel *model) override;
    AccountCertificateModel *accountModel() const { return m_model; }

    void setFilterText(const QString &text);
    const QString &filterText() const { return m_text; }
    void setProblems(Problems problems);
    Problems problems() const { return m_problems; }
    void setProblem(Problem problem, bool on);
    // "Expiring within N days": fewer than N whole days left.
    void setExpiringWithinDays(int days);
    int expiringWithinDays() const { return m_withinDays; }

    bool hasProblem(const AccountCertificateRow &row, Problem problem) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AccountCertificateModel *m_model = nullptr;
    QString m_text;
    QStringList m_include; // lower case
    QStringList m_exclude;
    Problems m_problems;
    int m_withinDays = 30;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(AccountCertificateFilter::Problems)

} // namespace ga
