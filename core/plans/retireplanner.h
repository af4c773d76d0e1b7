#pragma once

#include "api/result.h"
#include "certificateplan.h"

namespace ga {

struct AccountSnapshot;

// What to retire, however it was picked: domains by name or pattern (gactl retire, the
// "where is this domain?" search), every domain of some certificates (the account-wide
// table), or exact rows of listeners' lists. Anything matched by any of them goes.
struct RetireSelection
{
    // "shop.example.com" (that name), or "*.example.com": that wildcard domain and every
    // domain under example.com, at any depth.
    QStringList patterns;
    QStringList certificateIds;
    struct Pick
    {
        QString listenerId;
        QString domain;
    };
    QList<Pick> picks;
    QString acceleratorId; // only this accelerator; empty: the whole account
};

namespace plans {

// The retire plan for `selection` on the account as `snapshot` read it: every listener that
// serves a matched domain, its domains split into requests of at most ten, each domain with
// the certificate it has now (so an undo can put it back). A listener GA would refuse a
// change on (docs/ga-api.md §3.4) is skipped with the reason. Fails, naming them, when a
// pattern, certificate or pick matches nothing, or when nothing is left to do.
Result<CertificatePlan> planRetire(const AccountSnapshot &snapshot,
                                   const RetireSelection &selection);

// Whether `pattern` (a name, or "*." and a name) selects `domain`; both are compared in
// ASCII (punycode) and without regard to case.
bool patternSelects(const QString &pattern, const QString &domain);

} // namespace plans
} // namespace ga
