#pragma once

#include "api/castypes.h"
#include "certs/certificatefacts.h"
#include "displaystate.h"

#include <QString>

// How every view shows a certificate's CAS details beside a domain (the listener's domain
// list, the account-wide Certificates view): one copy of the words, so the two never differ.
namespace ga::display {

// The certificate's name; for one without details, why ("not in CAS", "unknown store",
// "CAS unavailable", "…" while it is looked up).
QString certificateName(const CertificateDetails &details);
// NotAfter as a local date (yyyy-MM-dd); empty when unknown.
QString certificateExpires(const CertificateDetails &details);
// "12 days", "today", "expired 3 days ago"; empty when unknown.
QString daysLeft(const CertificateDetails &details, const QDateTime &now);
// The raw badge word of an expiry (a DisplayState word, for StateRole: its tone comes from
// the one state table).
QString expiryWord(certs::Expiry expiry);
// "yes", "no"; empty when there are no details to judge by.
QString coverage(const CertificateDetails &details, const QString &domain);
// Everything else, for a tooltip: common name, SANs, issuer, serial, NotBefore, status,
// and the reason when details are missing.
QString certificateTooltip(const CertificateDetails &details, const QString &domain);

// The thresholds of the badge from the settings (certificates/criticalDays, default 7;
// certificates/warningDays, default 30).
certs::ExpiryThresholds savedExpiryThresholds();

} // namespace ga::display
