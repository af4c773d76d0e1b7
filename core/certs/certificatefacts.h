#pragma once

#include "api/castypes.h"

// Facts about a certificate the console shows beside every domain: whether it covers the
// domain it serves, how many days it has left, and how urgent that is.
namespace ga::certs {

// RFC 6125 matching as browsers do it: names compare case-insensitively; a wildcard "*.b.c"
// covers exactly one more label ("a.b.c", not "b.c" nor "x.a.b.c"). A domain that is itself a
// wildcard ("*.b.c", as GA allows) is covered only by the same wildcard.
bool nameCovers(const QString &certificateName, const QString &domain);
// Whether any SAN (or, without SANs, the common name) covers `domain`.
bool covers(const CasCertificate &certificate, const QString &domain);

// Whole days from `now` to NotAfter, rounded down; negative once expired. Undefined (0)
// when NotAfter is unknown: check notAfter.isValid() first.
int daysLeft(const CasCertificate &certificate, const QDateTime &now);
bool isExpired(const CasCertificate &certificate, const QDateTime &now);

struct ExpiryThresholds
{
    int criticalDays = 7; // "under 7 days"
    int warningDays = 30; // "under 30 days"
};

enum class Expiry { Unknown, Expired, Critical, Warning, Fine };
Expiry expiryOf(const CertificateDetails &details, const QDateTime &now,
                const ExpiryThresholds &thresholds);

} // namespace ga::certs
