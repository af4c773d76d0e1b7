#include "accountcertificatecells.h"

#include "accountcertificatemodel.h"
#include "certificatedisplay.h"
#include "displayformat.h"
#include "modelroles.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <limits>

namespace ga::accountcells {
namespace {

using Model = AccountCertificateModel;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::AccountCertificateModel)
};

int compareText(const QString &a, const QString &b)
{
    return QString::compare(a, b, Qt::CaseInsensitive);
}

qint64 sortNumber(const AccountCertificateCell &cell, int column)
{
    switch (column) {
    case Model::ExpiresColumn:
    case Model::DaysLeftColumn:
        // Unknown expiry sorts after every known one.
        return cell.facts.hasExpiry ? cell.facts.notAfterMs : std::numeric_limits<qint64>::max();
    case Model::CoversColumn:
        return cell.row.covers < 0 ? 2 : cell.row.covers; // "no" first: what needs attention
    case Model::PortColumn:
        return cell.row.firstPort;
    default:
        return 0;
    }
}

bool isNumeric(int column)
{
    return column == Model::ExpiresColumn || column == Model::DaysLeftColumn
        || column == Model::CoversColumn || column == Model::PortColumn;
}

// The text a text column sorts by; a reference, so a comparison copies nothing.
const QString &sortText(const AccountCertificateCell &cell, int column, QString *scratch)
{
    const AccountCertificateRow &row = cell.row;
    switch (column) {
    case Model::DomainColumn:
        return row.domain;
    case Model::NameColumn:
        return cell.facts.name;
    case Model::CertificateIdColumn:
        return row.certificateId;
    case Model::AcceleratorNameColumn:
        return row.acceleratorName;
    case Model::AcceleratorIdColumn:
        return row.acceleratorId;
    case Model::ListenerNameColumn:
        return row.listenerName;
    case Model::ListenerIdColumn:
        return row.listenerId;
    default:
        *scratch = state(cell, column);
        return *scratch;
    }
}

} // namespace

QStringList columnTitles()
{
    return { Text::tr("Domain"),      Text::tr("Certificate"),    Text::tr("Expires"),
             Text::tr("Days left"),   Text::tr("Covers domain"),  Text::tr("Certificate ID"),
             Text::tr("Accelerator"), Text::tr("Accelerator ID"), Text::tr("Listener"),
             Text::tr("Listener ID"), Text::tr("Port"),           Text::tr("State") };
}

QVariant display(const AccountCertificateCell &cell, int column)
{
    switch (column) {
    case Model::ExpiresColumn:
        return display::certificateExpires(cell.details);
    case Model::DaysLeftColumn:
        return display::daysLeft(cell.details, cell.now);
    case Model::CoversColumn:
        return display::coverage(cell.details, cell.row.domain);
    case Model::PortColumn:
        return cell.row.ports;
    case Model::StateColumn:
        return display::stateText(state(cell, column));
    default: {
        QString scratch;
        return sortText(cell, column, &scratch);
    }
    }
}

QVariant sort(const AccountCertificateCell &cell, int column)
{
    if (isNumeric(column))
        return sortNumber(cell, column);
    QString scratch;
    return sortText(cell, column, &scratch);
}

int compare(const AccountCertificateCell &a, const AccountCertificateCell &b, int column)
{
    if (isNumeric(column)) {
        const qint64 x = sortNumber(a, column);
        const qint64 y = sortNumber(b, column);
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    QString scratchA;
    QString scratchB;
    return compareText(sortText(a, column, &scratchA), sortText(b, column, &scratchB));
}

QString state(const AccountCertificateCell &cell, int column)
{
    if (column == Model::DaysLeftColumn)
        return display::expiryWord(cell.facts.expiry);
    if (cell.dissociating)
        return stateWord(DisplayState::Dissociating);
    return cell.row.state;
}

QString tooltip(const AccountCertificateCell &cell, int column, const QDateTime &readAt)
{
    if (column >= Model::NameColumn && column <= Model::CertificateIdColumn)
        return display::certificateTooltip(cell.details, cell.row.domain);
    if (column == Model::StateColumn)
        return display::stateReadAt(readAt);
    return {};
}

QVariant data(const AccountCertificateCell &cell, int column, int role)
{
    const AccountCertificateRow &row = cell.row;
    switch (role) {
    case IdRole:
        return row.key;
    case FilterRole:
        return row.haystack;
    case RawJsonRole:
        // The use as the view knows it. GA's own JSON is not kept per row: swapping 8,000 of
        // them on every refresh cost more than the whole diff.
        return QJsonObject { { QStringLiteral("AcceleratorId"), row.acceleratorId },
                             { QStringLiteral("ListenerId"), row.listenerId },
                             { QStringLiteral("Domain"), row.domain },
                             { QStringLiteral("CertificateId"), row.certificateId },
                             { QStringLiteral("State"), row.state } };
    case ChangedAtRole:
        return (row.changedColumns & (1u << column)) ? QVariant(row.changedAt) : QVariant();
    case Model::DomainRole:
        return row.domain;
    case Model::CertificateIdRole:
        return row.certificateId;
    case Model::ListenerIdRole:
        return row.listenerId;
    case Model::AcceleratorIdRole:
        return row.acceleratorId;
    default:
        return {};
    }
}

AccountCertificateRow makeRow(const Accelerator &accelerator, const Listener &listener,
                              const ListenerCertificate &certificate)
{
    AccountCertificateRow row;
    row.domain = certificate.domain;
    row.certificateId = certificate.certificateId;
    row.state = certificate.state;
    row.acceleratorId = accelerator.acceleratorId;
    row.acceleratorName = accelerator.name;
    row.listenerId = listener.listenerId;
    row.listenerName = listener.name;
    return row;
}

quint32 listenerChanges(const AccountCertificateRow &row, const Accelerator &accelerator,
                        const Listener &listener, const QString &ports)
{
    quint32 changed = 0;
    if (row.acceleratorId != accelerator.acceleratorId)
        changed |= 1u << Model::AcceleratorIdColumn;
    if (row.acceleratorName != accelerator.name)
        changed |= 1u << Model::AcceleratorNameColumn;
    if (row.listenerName != listener.name)
        changed |= 1u << Model::ListenerNameColumn;
    if (row.ports != ports)
        changed |= 1u << Model::PortColumn;
    return changed;
}

void updateDerived(AccountCertificateRow &row, const CertificateFacts &facts,
                   const CertificateDetails &details)
{
    row.covers = details.status == CertificateDetails::Status::Found
        ? qint8(certs::covers(details.certificate, row.domain) ? 1 : 0)
        : qint8(-1);
    row.haystack
        = QStringList { row.domain,        row.certificateId, facts.name,     row.acceleratorName,
                        row.acceleratorId, row.listenerName,  row.listenerId, row.ports }
              .join(u'\n')
              .toLower();
}

} // namespace ga::accountcells
