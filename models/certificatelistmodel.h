#pragma once

#include "api/gatypes.h"
#include "certs/certificatefacts.h"
#include "snapshottablemodel.h"

#include <QSet>

#include <optional>

namespace ga {

class CertificateCatalog;

// The additional certificates of one HTTPS listener, checkable for dissociation. At most
// ten can be checked, GA's limit per request: the eleventh check is refused and
// checkRefused() says why. The default certificate is kept apart and never checkable. Each
// row shows its certificate's CAS details from the session's catalog (name, expiry, days
// left as a badge, whether it covers the domain), read when painted: refreshDetails() says
// which certificate IDs changed.
class CertificateListModel final : public SnapshotTableModel<ListenerCertificate>
{
    Q_OBJECT

public:
    enum Column {
        DomainColumn,
        CertificateIdColumn,
        NameColumn,
        ExpiresColumn,
        DaysLeftColumn, // a badge: StateRole is the expiry's word
        CoversColumn,
        StateColumn,
        ColumnCount
    };
    static constexpr int maxChecked = 10;

    explicit CertificateListModel(QObject *parent = nullptr)
        : SnapshotTableModel(ColumnCount, StateColumn, parent)
    { }
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Splits a ListListenerCertificates result: the default one apart, the rest as a diff.
    // Checked domains that are gone are unchecked.
    void setCertificates(const QList<ListenerCertificate> &certificates,
                         const QDateTime &readAt = QDateTime::currentDateTimeUtc());
    // Where the details come from (null: none), and the expiry thresholds of the settings.
    void setCatalog(const CertificateCatalog *catalog);
    void setExpiryThresholds(const certs::ExpiryThresholds &thresholds);
    // The catalog's details of these certificate IDs changed: their detail cells are redrawn.
    void refreshDetails(const QStringList &certificateIds);
    CertificateDetails detailsOf(const ListenerCertificate &certificate) const;
    void clear();

    const std::optional<ListenerCertificate> &defaultCertificate() const { return m_default; }
    QStringList checkedDomains() const; // in row order
    int checkedCount() const { return int(m_checked.size()); }
    // Checks these (in order) up to the limit; returns how many could not be checked.
    int checkDomains(const QStringList &domains);
    void uncheckAll();

    // Domains an operation is dissociating now: they show "dissociating" and cannot be
    // checked again until they are gone (or the operation failed).
    void setDissociating(const QSet<QString> &domains);
    bool isDissociating(const QString &domain) const { return m_dissociating.contains(domain); }

signals:
    void checkedCountChanged(int count);
    void checkRefused(const QString &reason);

protected:
    QString keyOf(const ListenerCertificate &item) const override { return item.domain; }
    QStringList columnTitles() const override;
    QVariant cellData(const ListenerCertificate &item, int column, int role) const override;
    QString accessibleState(const ListenerCertificate &item,
                            const QString &shownState) const override;

private:
    void setChecked(const QString &domain, bool checked);

    QVariant detailCell(const ListenerCertificate &c, int column, int role) const;

    const CertificateCatalog *m_catalog = nullptr;
    certs::ExpiryThresholds m_thresholds;
    std::optional<ListenerCertificate> m_default;
    QSet<QString> m_checked;
    QSet<QString> m_dissociating;
};

} // namespace ga
