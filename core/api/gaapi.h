#pragma once

#include "gatypes.h"
#include "job.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

namespace ga {

enum class CertificateRole { Additional, Default, All };

// The Global Accelerator calls the operations, the watchers and the console's controller
// make, as an interface: GaClient sends them over HTTP; tests/support/fakegaapi.h answers
// them from memory, so the layers above can be tested in milliseconds and exactly. Each call
// returns a job that finishes once, on a later turn of the event loop, with the value or an
// ApiError, and then deletes itself. docs/ga-api.md §2 has the operations.
class GaApi : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Where the calls go, as journaled with each operation ("https://ga.cn-hangzhou…").
    virtual QString endpointText() const = 0;

    virtual Job<QList<Accelerator>> *listAccelerators(const QString &state = {}) = 0;
    virtual Job<Accelerator> *describeAccelerator(const QString &acceleratorId) = 0;
    virtual Job<QList<Listener>> *listListeners(const QString &acceleratorId) = 0;
    virtual Job<Listener> *describeListener(const QString &listenerId) = 0;
    virtual Job<QList<ListenerCertificate>> *listListenerCertificates(const QString &acceleratorId,
                                                                      const QString &listenerId,
                                                                      CertificateRole role)
        = 0;
    // certificates: (domain, certificate ID) pairs, at most 10.
    virtual Job<MutationAccepted> *
    associateAdditionalCertificates(const QString &acceleratorId, const QString &listenerId,
                                    const QList<QPair<QString, QString>> &certificates,
                                    const QString &clientToken)
        = 0;
    virtual Job<MutationAccepted> *
    dissociateAdditionalCertificates(const QString &acceleratorId, const QString &listenerId,
                                     const QStringList &domains, const QString &clientToken)
        = 0;
    virtual Job<MutationAccepted> *
    updateAdditionalCertificate(const QString &acceleratorId, const QString &listenerId,
                                const QString &domain, const QString &certificateId,
                                const QString &clientToken)
        = 0;
    // The same update with DryRun=true: GA checks it and changes nothing (docs/ga-api.md
    // §2.8). The job succeeds when GA answers that the update would pass (its DryRunOperation
    // code), else fails with GA's refusal. It carries no ClientToken: a check must not use up
    // the token of the update that follows it.
    virtual Job<MutationAccepted> *
    checkUpdateAdditionalCertificate(const QString &acceleratorId, const QString &listenerId,
                                     const QString &domain, const QString &certificateId)
        = 0;
};

} // namespace ga
