#pragma once

#include "accountcertificatecells.h"
#include "certificatefactstable.h"
#include "inventory/accountsnapshot.h"
#include "listenerchecks.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace ga {

// Every additional certificate of every HTTPS listener of the account, one row per listener
// and domain, from an AccountSnapshot and the CAS details of each certificate ID. A new
// snapshot or new details apply as a diff (docs/architecture.md, Models): rows removed, rows
// appended, dataChanged on the changed cells only; never a reset, so selection, scroll and
// checks live on. Rows are checkable for dissociation, at most ten per listener (GA's limit
// per request): an eleventh check on a listener is refused and checkRefused() says why.
// AccountController is its only writer. Links no widgets.
class AccountCertificateModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DomainColumn,
        NameColumn,
        ExpiresColumn,
        DaysLeftColumn,
        CoversColumn,
        CertificateIdColumn,
        AcceleratorNameColumn,
        AcceleratorIdColumn,
        ListenerNameColumn,
        ListenerIdColumn,
        PortColumn,
        StateColumn,
        ColumnCount
    };
    // Besides modelroles.h's (IdRole is the row's key).
    enum Role {
        DomainRole = Qt::UserRole + 100,
        CertificateIdRole,
        ListenerIdRole,
        AcceleratorIdRole,
    };

    explicit AccountCertificateModel(QObject *parent = nullptr);

    static QString keyOf(const QString &listenerId, const QString &domain);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Applies a reading of the account as a diff. `readAt` is when it was asked for; it is
    // also the "now" days left are counted from.
    void setSnapshot(const AccountSnapshot &snapshot,
                     const QDateTime &readAt = QDateTime::currentDateTimeUtc());
    // New details of these certificate IDs (from the catalog): only the cells they change
    // get dataChanged.
    void setDetails(const QHash<QString, CertificateDetails> &details);
    bool hasDetails(const QString &certificateId) const;
    // Where days left are counted from; cells whose days or expiry change get dataChanged.
    void setNow(const QDateTime &now);
    const QDateTime &now() const { return m_facts.now(); }
    void setThresholds(const certs::ExpiryThresholds &thresholds);
    const certs::ExpiryThresholds &thresholds() const { return m_facts.thresholds(); }
    const QDateTime &readAt() const { return m_readAt; }

    const AccountCertificateRow *rowAt(int row) const;
    int rowOf(const QString &key) const;
    const QList<AccountCertificateRow> &rows() const { return m_rows; }
    const CertificateFacts &factsOf(const AccountCertificateRow &row) const;
    const CertificateDetails &detailsOf(const AccountCertificateRow &row) const;
    // Every row that serves `certificateId`, in row order.
    QList<const AccountCertificateRow *> usesOf(const QString &certificateId) const;
    // <0, 0, >0 as `a` sorts before, with or after `b` by `column`'s raw value (SortRole):
    // the proxy sorts through this, without a QVariant per comparison.
    int compareRows(int a, int b, int column) const;

    // Checks: by row key.
    int checkedCount() const { return m_checks.count(); }
    int checkedListenerCount() const { return m_checks.listenerCount(); }
    // The checked rows, in row order.
    QList<const AccountCertificateRow *> checkedRows() const;
    // Checks these (in order); returns how many could not be (being dissociated).
    int checkKeys(const QStringList &keys);
    void uncheckAll();
    // Rows an operation is dissociating now, by key: they show "dissociating" and cannot be
    // checked until they are gone (or the operation failed).
    void setDissociating(const QSet<QString> &keys);
    bool isDissociating(const QString &key) const { return m_checks.isDissociating(key); }
    // Whether a row on show is being dissociated (its badge spins).
    bool anyRowDissociating() const;

signals:
    void checkedCountChanged(int count);
    void checkRefused(const QString &reason);

private:
    // The index's key: the two strings a reading holds already, so that a refresh looks up
    // 8,000 rows without building 8,000 key strings.
    struct UseKey
    {
        QString listenerId;
        QString domain;
        friend bool operator==(const UseKey &, const UseKey &) = default;
        friend size_t qHash(const UseKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.listenerId, key.domain);
        }
    };

    AccountCertificateCell cellOf(const AccountCertificateRow &row) const;
    // dataChanged on the CAS columns of the rows whose entry is marked in `changed`.
    void rowsOfEntriesChanged(const QList<bool> &changed, bool flash);
    void share(AccountCertificateRow &row);
    void updateDerived(AccountCertificateRow &row) const;
    void removeRowsNotIn(const QList<char> &seen);
    void rebuildIndex();
    void setChecked(const QString &key, bool checked);
    QString whyNotCheckable(const AccountCertificateRow &row) const;

    QList<AccountCertificateRow> m_rows;
    QHash<UseKey, int> m_index; // row by listener and domain
    CertificateFactsTable m_facts; // by AccountCertificateRow::certificate
    ListenerChecks m_checks;
    QSet<QString> m_states; // every state a row has shown, one string each
    QDateTime m_readAt;
};

} // namespace ga
