#pragma once

#include "api/gatypes.h"

#include <QHash>
#include <QList>

namespace ga {

// One reading of the whole account: every accelerator, its listeners, and the additional
// certificates of each HTTPS listener.
struct AccountSnapshot
{
    QList<Accelerator> accelerators;
    QHash<QString, QList<Listener>> listeners; // by accelerator ID
    QHash<QString, QList<ListenerCertificate>> certificates; // by listener ID (HTTPS only)

    // Every distinct certificate ID in use, in a stable order.
    QStringList certificateIds() const;
};

// One additional certificate where it is used: the row of the account-wide view, and of
// `gactl expiring`.
struct CertificateUse
{
    const Accelerator *accelerator = nullptr;
    const Listener *listener = nullptr;
    const ListenerCertificate *certificate = nullptr;
};

// Every (accelerator, listener, certificate) of the snapshot, accelerators in their order,
// listeners in theirs. The pointers point into `snapshot`, which must outlive the list.
QList<CertificateUse> certificateUses(const AccountSnapshot &snapshot);

} // namespace ga
