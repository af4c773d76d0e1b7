#include "certificatelistmodel.h"

#include "certificatedisplay.h"
#include "certs/certificatecatalog.h"
#include "displayformat.h"

#include <limits>

namespace ga {

QStringList CertificateListModel::columnTitles() const
{
    return { tr("Domain"),    tr("Certificate ID"), tr("Name"), tr("Expires"),
             tr("Days left"), tr("Covers domain"),  tr("State") };
}

QVariant CertificateListModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() >= NameColumn && index.column() <= CoversColumn) {
        const ListenerCertificate *certificate = rowAt(index.row());
        if (!certificate)
            return {};
        if (role == StateRole && index.column() != DaysLeftColumn)
            return {}; // only the days-left cell is a badge
        if (role == StateRole || role == Qt::DisplayRole || role == SortRole
            || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return detailCell(*certificate, index.column(), role);
    }
    const bool stateCell = role == StateRole
        || (index.column() == StateColumn && (role == Qt::DisplayRole || role == SortRole));
    if (stateCell && !m_dissociating.isEmpty()) {
        const ListenerCertificate *certificate = rowAt(index.row());
        if (certificate && m_dissociating.contains(certificate->domain)) {
            const QString dissociating = stateWord(DisplayState::Dissociating);
            return role == Qt::DisplayRole ? display::stateText(dissociating) : dissociating;
        }
    }
    return SnapshotTableModel::data(index, role);
}

Qt::ItemFlags CertificateListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == DomainColumn) {
        const ListenerCertificate *certificate = rowAt(index.row());
        if (!certificate || !m_dissociating.contains(certificate->domain))
            flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

void CertificateListModel::setDissociating(const QSet<QString> &domains)
{
    if (domains == m_dissociating)
        return;
    const QSet<QString> touched = domains + m_dissociating;
    m_dissociating = domains;
    for (const QString &domain : touched) {
        setChecked(domain, false);
        const int row = rowOf(domain);
        if (row >= 0) {
            emit dataChanged(index(row, DomainColumn), index(row, StateColumn),
                             { Qt::DisplayRole, SortRole, StateRole, Qt::CheckStateRole,
                               Qt::AccessibleTextRole });
        }
    }
}

QString CertificateListModel::accessibleState(const ListenerCertificate &item,
                                              const QString &shownState) const
{
    return tr("domain %1 %2").arg(item.domain, shownState);
}

QVariant CertificateListModel::cellData(const ListenerCertificate &c, int column, int role) const
{
    switch (role) {
    case Qt::CheckStateRole:
        if (column != DomainColumn)
            return {};
        return m_checked.contains(c.domain) ? Qt::Checked : Qt::Unchecked;
    case FilterRole:
        return QStringList { c.domain, c.certificateId }.join(u'\n');
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case DomainColumn:
        return c.domain;
    case CertificateIdColumn:
        return c.certificateId;
    case StateColumn:
        return role == SortRole ? c.state : display::stateText(c.state);
    default:
        return {};
    }
}

CertificateDetails CertificateListModel::detailsOf(const ListenerCertificate &certificate) const
{
    return m_catalog ? m_catalog->details(certificate.certificateId) : CertificateDetails {};
}

QVariant CertificateListModel::detailCell(const ListenerCertificate &c, int column, int role) const
{
    const CertificateDetails details = detailsOf(c);
    if (role == Qt::ToolTipRole)
        return display::certificateTooltip(details, c.domain);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool found = details.status == CertificateDetails::Status::Found;
    switch (column) {
    case NameColumn:
        return display::certificateName(details);
    case ExpiresColumn:
        if (role == SortRole)
            return found ? details.certificate.notAfter : QDateTime();
        return display::certificateExpires(details);
    case DaysLeftColumn:
        if (role == StateRole)
            return display::expiryWord(certs::expiryOf(details, now, m_thresholds));
        if (role == SortRole)
            return found && details.certificate.notAfter.isValid()
                ? QVariant(certs::daysLeft(details.certificate, now))
                : QVariant(std::numeric_limits<int>::max());
        if (role == Qt::AccessibleTextRole)
            return tr("certificate of %1: %2, %3")
                .arg(c.domain,
                     display::stateText(
                         display::expiryWord(certs::expiryOf(details, now, m_thresholds))),
                     display::daysLeft(details, now));
        return display::daysLeft(details, now);
    case CoversColumn:
        return display::coverage(details, c.domain);
    default:
        return {};
    }
}

void CertificateListModel::setCatalog(const CertificateCatalog *catalog)
{
    m_catalog = catalog;
    refreshDetails({});
}

void CertificateListModel::setExpiryThresholds(const certs::ExpiryThresholds &thresholds)
{
    m_thresholds = thresholds;
    refreshDetails({});
}

void CertificateListModel::refreshDetails(const QStringList &certificateIds)
{
    if (rowCount() == 0)
        return;
    const QList<int> roles { Qt::DisplayRole, SortRole, StateRole, Qt::ToolTipRole,
                             Qt::AccessibleTextRole };
    if (certificateIds.isEmpty()) {
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, CoversColumn), roles);
        return;
    }
    const QSet<QString> ids(certificateIds.cbegin(), certificateIds.cend());
    for (int row = 0; row < rowCount(); ++row) {
        if (ids.contains(rowAt(row)->certificateId))
            emit dataChanged(index(row, NameColumn), index(row, CoversColumn), roles);
    }
}

bool CertificateListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != DomainColumn)
        return false;
    const ListenerCertificate *certificate = rowAt(index.row());
    if (!certificate)
        return false;
    const bool check = value.value<Qt::CheckState>() == Qt::Checked;
    if (check && m_dissociating.contains(certificate->domain)) {
        emit checkRefused(tr("%1 is being dissociated already.").arg(certificate->domain));
        return false;
    }
    if (check && !m_checked.contains(certificate->domain) && m_checked.size() >= maxChecked) {
        emit checkRefused(tr("GA dissociates at most %1 domains per request. Uncheck one "
                             "first, or dissociate these and then the next ones.")
                              .arg(maxChecked));
        return false;
    }
    setChecked(certificate->domain, check);
    return true;
}

void CertificateListModel::setChecked(const QString &domain, bool checked)
{
    const bool changed = checked ? !m_checked.contains(domain) : m_checked.remove(domain);
    if (!changed)
        return;
    if (checked)
        m_checked.insert(domain);
    const int row = rowOf(domain);
    if (row >= 0)
        emit dataChanged(index(row, DomainColumn), index(row, DomainColumn),
                         { Qt::CheckStateRole });
    emit checkedCountChanged(int(m_checked.size()));
}

void CertificateListModel::setCertificates(const QList<ListenerCertificate> &certificates,
                                           const QDateTime &readAt)
{
    QList<ListenerCertificate> additional;
    std::optional<ListenerCertificate> defaultCertificate;
    for (const ListenerCertificate &c : certificates) {
        if (c.isDefault || c.domain.isEmpty())
            defaultCertificate = c;
        else
            additional.append(c);
    }
    m_default = defaultCertificate;
    applySnapshot(additional, readAt);
    const qsizetype before = m_checked.size();
    m_checked.removeIf([this](const QString &domain) { return rowOf(domain) < 0; });
    if (m_checked.size() != before)
        emit checkedCountChanged(int(m_checked.size()));
}

void CertificateListModel::clear()
{
    setCertificates({});
}

QStringList CertificateListModel::checkedDomains() const
{
    QStringList domains;
    for (const ListenerCertificate &c : rows()) {
        if (m_checked.contains(c.domain))
            domains.append(c.domain);
    }
    return domains;
}

int CertificateListModel::checkDomains(const QStringList &domains)
{
    int refused = 0;
    for (const QString &domain : domains) {
        if (rowOf(domain) < 0 || m_checked.contains(domain) || m_dissociating.contains(domain))
            continue;
        if (m_checked.size() >= maxChecked) {
            ++refused;
            continue;
        }
        setChecked(domain, true);
    }
    return refused;
}

void CertificateListModel::uncheckAll()
{
    const QStringList checked = checkedDomains();
    for (const QString &domain : checked)
        setChecked(domain, false);
    m_checked.clear();
}

} // namespace ga
