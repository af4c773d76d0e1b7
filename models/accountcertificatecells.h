#pragma once

#include "api/gatypes.h"
#include "certificatefactstable.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace ga {

// One additional certificate where it is used: a domain of an HTTPS listener, a row of the
// account's Certificates view (AccountCertificateModel).
struct AccountCertificateRow
{
    QString key; // AccountCertificateModel::keyOf(listenerId, domain)
    QString domain;
    QString certificateId;
    QString state; // the certificate's state as GA lists it
    QString acceleratorId;
    QString acceleratorName;
    QString listenerId;
    QString listenerName;
    QString ports; // "443", "80-90, 443"
    int firstPort = 0;
    int certificate = -1; // the certificate's entry in the model's CertificateFactsTable
    qint8 covers = -1; // -1: unknown, 0: no, 1: yes
    QString haystack; // lower-case text the filter box searches
    QDateTime changedAt; // when the columns in changedColumns last changed in a refresh
    quint32 changedColumns = 0; // a bit per AccountCertificateModel::Column
};

// A row as its cells read it: the row, its certificate's facts and details, the time days
// left are counted from, and whether a change is dissociating it.
struct AccountCertificateCell
{
    const AccountCertificateRow &row;
    const CertificateFacts &facts;
    const CertificateDetails &details;
    const QDateTime &now;
    bool dissociating = false;
};

// What each column of the account's Certificates view shows and sorts by (columns are
// AccountCertificateModel::Column): one place for the display text, the raw sort value and
// the typed comparison the proxy sorts with, so the three cannot disagree.
namespace accountcells {

QStringList columnTitles();
QVariant display(const AccountCertificateCell &cell, int column);
// SortRole: the raw value (times as milliseconds, ports as numbers).
QVariant sort(const AccountCertificateCell &cell, int column);
// <0, 0, >0 as `a` sorts before, with or after `b`: sort()'s order, without a QVariant.
int compare(const AccountCertificateCell &a, const AccountCertificateCell &b, int column);
// StateRole: the expiry's word in the days-left column (its badge), else the row's state.
QString state(const AccountCertificateCell &cell, int column);
QString tooltip(const AccountCertificateCell &cell, int column, const QDateTime &readAt);
// The roles that follow from the row alone: IdRole (the key), FilterRole, RawJsonRole,
// ChangedAtRole and the model's own ID roles.
QVariant data(const AccountCertificateCell &cell, int column, int role);
// A new row of `certificate` on `listener` (key, ports and the certificate's entry are the
// model's to fill).
AccountCertificateRow makeRow(const Accelerator &accelerator, const Listener &listener,
                              const ListenerCertificate &certificate);
// The columns (a bit each) whose listener- or accelerator-wide values differ from the row's.
quint32 listenerChanges(const AccountCertificateRow &row, const Accelerator &accelerator,
                        const Listener &listener, const QString &ports);
// Recomputes what follows from the row and its certificate: coverage and the filter's text.
void updateDerived(AccountCertificateRow &row, const CertificateFacts &facts,
                   const CertificateDetails &details);

} // namespace accountcells
} // namespace ga
