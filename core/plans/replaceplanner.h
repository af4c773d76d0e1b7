#pragma once

#include "api/castypes.h"
#include "api/result.h"
#include "certificateplan.h"

#include <functional>

namespace ga {

struct AccountSnapshot;

namespace plans {

// What the catalog (core/certs) knows about a certificate ID.
using DetailsLookup = std::function<CertificateDetails(const QString &certificateId)>;

// The replace plan "every domain served by `oldId` is served by `newId`": one
// UpdateAdditionalCertificateWithListener per (listener, domain), as GA takes one domain per
// update (docs/ga-api.md §2.8). Checked first, from what Certificate Management says about the
// replacement (docs/cas-api.md): it exists, is not expired or revoked, covers every domain, is
// not an SM2 certificate, and is ECC where the listener's accelerator is a subscription with an
// ECC default certificate (GA's rule, docs/ga-api.md §2.9). Every problem found is named in
// the error; nothing is sent. Listeners GA would refuse a change on are skipped with the reason.
// The certificates planReplace needs Certificate Management's details of: the replacement and
// every listener's default certificate (whose key type decides what GA takes there).
QStringList certificatesToLookUp(const AccountSnapshot &snapshot, const QString &newId);

Result<CertificatePlan> planReplace(const AccountSnapshot &snapshot, const QString &oldId,
                                    const QString &newId, const DetailsLookup &details,
                                    const QDateTime &now);

} // namespace plans
} // namespace ga
