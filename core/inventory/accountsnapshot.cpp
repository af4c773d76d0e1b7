#include "accountsnapshot.h"

#include <QSet>

namespace ga {

QStringList AccountSnapshot::certificateIds() const
{
    QStringList ids;
    QSet<QString> seen;
    for (const CertificateUse &use : certificateUses(*this)) {
        const QString &id = use.certificate->certificateId;
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    return ids;
}

QList<CertificateUse> certificateUses(const AccountSnapshot &snapshot)
{
    QList<CertificateUse> uses;
    for (const Accelerator &accelerator : snapshot.accelerators) {
        const auto listeners = snapshot.listeners.constFind(accelerator.acceleratorId);
        if (listeners == snapshot.listeners.cend())
            continue;
        for (const Listener &listener : *listeners) {
            const auto certificates = snapshot.certificates.constFind(listener.listenerId);
            if (certificates == snapshot.certificates.cend())
                continue;
            for (const ListenerCertificate &certificate : *certificates) {
                if (!certificate.isDefault)
                    uses.append({ &accelerator, &listener, &certificate });
            }
        }
    }
    return uses;
}

} // namespace ga
