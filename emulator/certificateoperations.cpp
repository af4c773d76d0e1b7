#include "certificateoperations.h"

#include "api/crypto.h"
#include "eventlog.h"

#include <QSet>
#include <QTimer>

namespace ga::emu {

using namespace action;

namespace {

constexpr int maxDomainsPerRequest = 10;
constexpr int maxDomainsPerCertificate = 3; // docs/ga-api.md §2.5, per listener

QByteArray digestOf(const QString &action, const ParamMap &params)
{
    ParamMap relevant = params;
    relevant.erase("ClientToken");
    relevant.erase("RegionId");
    const QByteArray text = action.toUtf8() + '?' + canonicalQueryString(relevant);
    return crypto::sha256(text);
}

} // namespace

CertificateOperations::CertificateOperations(World *world, int updateMs, EmulatorStats *stats,
                                             EventLog *log, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_updateMs(updateMs)
    , m_stats(stats)
    , m_log(log)
{ }

bool CertificateOperations::isMutation(const QString &action)
{
    return action == u"AssociateAdditionalCertificatesWithListener"
        || action == u"DissociateAdditionalCertificatesFromListener"
        || action == u"UpdateAdditionalCertificateWithListener";
}

ActionResponse CertificateOperations::handle(const QString &action, const ParamMap &params,
                                             const QString &requestId)
{
    const QString acceleratorId = text(params, "AcceleratorId");
    const QString listenerId = text(params, "ListenerId");
    if (acceleratorId.isEmpty())
        return missing("AcceleratorId");
    if (listenerId.isEmpty())
        return missing("ListenerId");

    const bool associate = action == u"AssociateAdditionalCertificatesWithListener";
    const bool update = action == u"UpdateAdditionalCertificateWithListener";
    const QStringList domains = associate ? repeated(params, "Certificates", ".Domain")
        : update                          ? QStringList { text(params, "Domain") }
                                          : repeated(params, "Domains");
    const QStringList certificateIds = associate ? repeated(params, "Certificates", ".Id")
                                                 : QStringList { text(params, "CertificateId") };
    if (domains.isEmpty() || domains.first().isEmpty())
        return associate ? missing("Certificates")
            : update     ? missing("Domain")
                         : missing("Domains");
    if (update && certificateIds.first().isEmpty())
        return missing("CertificateId");
    if (associate && certificateIds.size() != domains.size())
        return actionError(400, QStringLiteral("IllegalParameter.Certificates"),
                           QStringLiteral("Each certificate needs an Id and a Domain."));
    if (domains.size() > maxDomainsPerRequest)
        return actionError(400, QStringLiteral("InvalidParameter.Domains"),
                           QStringLiteral("At most %1 domains can be given in one request.")
                               .arg(maxDomainsPerRequest));
    if (QSet<QString>(domains.cbegin(), domains.cend()).size() != domains.size())
        return actionError(400, QStringLiteral("InvalidParameter.Domains"),
                           QStringLiteral("A domain is given more than once."));

    EmuAccelerator *accelerator = m_world->accelerator(acceleratorId);
    if (!accelerator)
        return noSuchAccelerator();
    EmuListener *listener = m_world->listener(listenerId);
    if (!listener || listener->acceleratorId != acceleratorId)
        return noSuchListener();
    if (!listener->isHttps())
        return actionError(
            400, QStringLiteral("NotSupported.ListenerProtocol"),
            QStringLiteral("Additional certificates are supported only on HTTPS listeners."));
    // Idempotency comes before the lock: a retry of an operation in progress gets its answer.
    QString clientToken = text(params, "ClientToken");
    const QByteArray digest = digestOf(action, params);
    if (!clientToken.isEmpty()) {
        const auto used = m_tokens.constFind(clientToken);
        if (used != m_tokens.cend()) {
            if (used->action != action || used->digest != digest)
                return actionError(400, QStringLiteral("IdempotentParameterMismatch"),
                                   QStringLiteral("The request uses the same client token as a "
                                                  "previous, but non-identical request."));
            ++m_stats->idempotentReplays;
            ActionResponse replay = ok(
                associate || update ? QJsonObject { { QStringLiteral("ListenerId"), listenerId } }
                                    : QJsonObject {});
            replay.requestId = used->requestId;
            return replay;
        }
    } else {
        clientToken = requestId; // docs/ga-api.md §2.7: without one, GA uses the RequestId
    }

    if (listener->state != u"active")
        return actionError(400, QStringLiteral("NotActive.Listener"),
                           QStringLiteral("The state of the listener is not active."));
    if (accelerator->state != u"active")
        return actionError(400, QStringLiteral("StateError.Accelerator"),
                           QStringLiteral("The state of the accelerated instance is invalid."));

    for (const QString &domain : domains) {
        const bool exists = listener->additionalFor(domain) != nullptr;
        if (associate && exists)
            return actionError(
                400, QStringLiteral("Exist.AdditionalCertificate"),
                QStringLiteral("The domain %1 already has an additional certificate.").arg(domain));
        if (!associate && !exists)
            return actionError(
                400, QStringLiteral("NotExist.Certificate"),
                QStringLiteral("The domain %1 has no additional certificate on this listener.")
                    .arg(domain));
    }
    if (associate) {
        if (const std::optional<ActionResponse> refusal
            = checkAssociateLimits(*listener, domains, certificateIds))
            return *refusal;
    }

    // A DryRun passes every check a real update meets (the lock, the domain being there) and
    // then changes nothing; GA reports the pass as an error code (docs/ga-api.md §2.8).
    if (update && params.count("DryRun") && params.at("DryRun") == "true") {
        ++m_stats->dryRunsPassed;
        return actionError(
            400, QStringLiteral("DryRunOperation"),
            QStringLiteral("Request validation has been passed with DryRun flag set."));
    }
    m_tokens.insert(clientToken, TokenUse { action, digest, requestId });
    ++m_stats->mutationsAccepted;
    startOperation(*accelerator, *listener, clientToken, [=](EmuListener &target) {
        if (associate) {
            for (qsizetype i = 0; i < domains.size(); ++i)
                target.additional.append(
                    EmuCertificate { certificateIds[i], domains[i], QStringLiteral("active") });
        } else if (update) {
            for (EmuCertificate &c : target.additional) {
                if (c.domain == domains.first()) {
                    c.certificateId = certificateIds.first();
                    c.state = QStringLiteral("active");
                }
            }
        } else {
            target.additional.removeIf(
                [&domains](const EmuCertificate &c) { return domains.contains(c.domain); });
        }
    });
    if (update) {
        for (EmuCertificate &c : listener->additional) {
            if (c.domain == domains.first())
                c.state = QStringLiteral("updating");
        }
    }
    ActionResponse accepted
        = ok(associate || update ? QJsonObject { { QStringLiteral("ListenerId"), listenerId } }
                                 : QJsonObject {});
    accepted.appliedMutation = true;
    return accepted;
}

// docs/ga-api.md §2.5: the quota counts distinct certificate IDs, and one certificate covers at
// most 3 domains of a listener, both as they would be once the Associate is applied. Only an
// Associate is checked: a listener generated beyond them is left as it is (docs/emulator.md).
std::optional<ActionResponse>
CertificateOperations::checkAssociateLimits(const EmuListener &listener, const QStringList &domains,
                                            const QStringList &certificateIds) const
{
    QHash<QString, int> domainsPerCertificate;
    for (const EmuCertificate &c : listener.additional)
        ++domainsPerCertificate[c.certificateId];
    const qsizetype before = domainsPerCertificate.size();
    for (const QString &id : certificateIds)
        ++domainsPerCertificate[id];
    const qsizetype after = domainsPerCertificate.size();
    if (after > m_certificateQuota)
        return actionError(
            400, QStringLiteral("QuotaExceeded.AdditionalCertificate"),
            QStringLiteral("The listener already has %1 additional certificates; the quota is %2. "
                           "This request would make %3: dissociate some first or ask for a "
                           "higher quota (at most %4).")
                .arg(before)
                .arg(m_certificateQuota)
                .arg(after)
                .arg(maxCertificateQuota));
    for (qsizetype i = 0; i < certificateIds.size(); ++i) {
        const QString &id = certificateIds[i];
        const int count = domainsPerCertificate.value(id);
        if (count > maxDomainsPerCertificate)
            return actionError(
                400, QStringLiteral("QuotaExceeded.DomainsPerCertificate"),
                QStringLiteral("With %3, the certificate %1 would cover %2 domains of the "
                               "listener; one certificate covers at most %4.")
                    .arg(id, QString::number(count), domains[i],
                         QString::number(maxDomainsPerCertificate)));
    }
    return std::nullopt;
}

void CertificateOperations::startOperation(EmuAccelerator &accelerator, EmuListener &listener,
                                           const QString &clientToken,
                                           std::function<void(EmuListener &)> apply)
{
    ++m_inProgress;
    setListenerState(listener, QStringLiteral("updating"));
    setAcceleratorState(accelerator, QStringLiteral("configuring"));
    const QString acceleratorId = accelerator.acceleratorId;
    const QString listenerId = listener.listenerId;
    QTimer::singleShot(m_updateMs, this, [=, this] {
        --m_inProgress;
        EmuListener *target = m_world->listener(listenerId);
        EmuAccelerator *owner = m_world->accelerator(acceleratorId);
        if (!target || !owner)
            return;
        apply(*target);
        ++m_stats->mutationsApplied;
        m_stats->appliedClientTokens.insert(clientToken);
        setListenerState(*target, QStringLiteral("active"));
        setAcceleratorState(*owner, QStringLiteral("active"));
        emit operationApplied(listenerId);
    });
}

void CertificateOperations::setListenerState(EmuListener &listener, const QString &state)
{
    if (listener.state == state)
        return;
    m_log->transition(QStringLiteral("listener"), listener.listenerId, listener.state, state);
    listener.state = state;
}

void CertificateOperations::setAcceleratorState(EmuAccelerator &accelerator, const QString &state)
{
    if (accelerator.state == state)
        return;
    m_log->transition(QStringLiteral("accelerator"), accelerator.acceleratorId, accelerator.state,
                      state);
    accelerator.state = state;
}

} // namespace ga::emu
