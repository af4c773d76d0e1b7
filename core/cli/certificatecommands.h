#pragma once

#include "api/castypes.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>

namespace ga {

class CertificateCatalog;
struct GactlContext;

namespace certificatecommands {

// `gactl certificates ACC LST --details`: the listener's certificates beside their CAS details.
void certificatesWithDetails(GactlContext &context);
// `gactl expiring [--days N]`: every additional certificate of the account that has expired or
// expires within N days, with where it is used; exit 0 when none, 1 when some.
void expiring(GactlContext &context);

// A GA certificate's JSON with its CAS details beside it: "CasCertificate" holds the CAS
// record under CAS's own field names (key material never among them), "CasLookup" says
// Found, NotInCas, UnknownSite or Unavailable (with "CasProblem"), and "DaysToExpiry" and
// "CoversDomain" are the console's own judgement.
QJsonObject withCasDetails(QJsonObject certificate, const QString &domain,
                           const CertificateDetails &details, const QDateTime &now);

} // namespace certificatecommands
} // namespace ga
