#include "replaceplanner.h"

#include "api/inputvalidation.h"
#include "certs/certificatefacts.h"
#include "inventory/accountsnapshot.h"
#include "ops/targetpreflight.h"

#include <QCoreApplication>

namespace ga::plans {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::plans)
};

// Why CAS's answer about the replacement rules it out before anything else, or empty.
QString whyUnusable(const QString &newId, const CertificateDetails &details, const QDateTime &now)
{
    switch (details.status) {
    case CertificateDetails::Status::Found:
        break;
    case CertificateDetails::Status::NotInCas:
        return Text::tr("Certificate Management has no certificate %1 in this account.").arg(newId);
    case CertificateDetails::Status::UnknownSite:
        return Text::tr("%1 names no certificate store the console knows (the ID ends in its "
                        "region, e.g. -cn-hangzhou).")
            .arg(newId);
    case CertificateDetails::Status::NotLookedUp:
    case CertificateDetails::Status::Unavailable:
        return Text::tr("Cannot check certificate %1 in Certificate Management (%2), so the "
                        "replacement is not made blind.")
            .arg(newId, details.problem.isEmpty() ? Text::tr("no answer") : details.problem);
    }
    const CasCertificate &certificate = details.certificate;
    if (certificate.status == u"revoked")
        return Text::tr("Certificate %1 is revoked.").arg(newId);
    if (certs::isExpired(certificate, now))
        return Text::tr("Certificate %1 expired on %2.")
            .arg(newId, certificate.notAfter.toString(Qt::ISODate));
    if (certificate.algorithm.compare(u"SM2", Qt::CaseInsensitive) == 0)
        return Text::tr("Certificate %1 is an SM2 (ShangMi) certificate, which GA does not take.")
            .arg(newId);
    return {};
}

// GA's rule for a subscription accelerator whose default certificate is ECC: every
// additional certificate must be ECC too. Unknown defaults are left to GA's DryRun.
QString whyKeyTypeRefused(const Accelerator &accelerator, const Listener &listener,
                          const CasCertificate &replacement, const DetailsLookup &lookup)
{
    if (accelerator.instanceChargeType.compare(u"PREPAY", Qt::CaseInsensitive) != 0)
        return {};
    for (const QString &defaultId : listener.defaultCertificateIds) {
        const CertificateDetails details = lookup(defaultId);
        if (details.status == CertificateDetails::Status::Found
            && details.certificate.algorithm.compare(u"ECC", Qt::CaseInsensitive) == 0
            && replacement.algorithm.compare(u"ECC", Qt::CaseInsensitive) != 0)
            return Text::tr("listener %1 has the ECC default certificate %2 on a subscription "
                            "accelerator, where GA takes only ECC additional certificates, and "
                            "%3 is %4")
                .arg(listener.listenerId, defaultId, replacement.certIdentifier,
                     replacement.algorithm.isEmpty() ? Text::tr("of unknown type")
                                                     : replacement.algorithm);
    }
    return {};
}

} // namespace

QStringList certificatesToLookUp(const AccountSnapshot &snapshot, const QString &newId)
{
    QStringList ids { newId };
    for (const QList<Listener> &listeners : snapshot.listeners) {
        for (const Listener &listener : listeners)
            ids.append(listener.defaultCertificateIds);
    }
    ids.removeDuplicates();
    return ids;
}

Result<CertificatePlan> planReplace(const AccountSnapshot &snapshot, const QString &oldId,
                                    const QString &newId, const DetailsLookup &details,
                                    const QDateTime &now)
{
    const Result<QString> from = validate::certificateId(oldId);
    if (!from.ok())
        return from.error();
    const Result<QString> to = validate::certificateId(newId);
    if (!to.ok())
        return to.error();
    if (from.value() == to.value())
        return ApiError::invalidInput(
            Text::tr("%1 would replace itself: name the new certificate's ID.").arg(oldId));

    CertificatePlan plan;
    plan.kind = CertificatePlan::Kind::Replace;
    plan.what = from.value() + QStringLiteral(" → ") + to.value();
    const CertificateDetails replacement = details(to.value());
    if (const QString reason = whyUnusable(to.value(), replacement, now); !reason.isEmpty())
        return ApiError::invalidInput(reason + u' ' + Text::tr("Nothing was sent."));

    QStringList problems;
    for (const Accelerator &accelerator : snapshot.accelerators) {
        plan.acceleratorNames.insert(accelerator.acceleratorId, accelerator.name);
        for (const Listener &listener : snapshot.listeners.value(accelerator.acceleratorId)) {
            QStringList domains;
            for (const ListenerCertificate &certificate :
                 snapshot.certificates.value(listener.listenerId)) {
                if (!certificate.isDefault && certificate.certificateId == from.value())
                    domains.append(certificate.domain);
            }
            if (domains.isEmpty())
                continue;
            plan.listenerNames.insert(listener.listenerId, listener.name);
            if (const QString reason = preflight::whyTargetRefuses(&accelerator, listener);
                !reason.isEmpty()) {
                plan.skipped.append(
                    { accelerator.acceleratorId, listener.listenerId, domains, reason });
                continue;
            }
            if (const QString reason
                = whyKeyTypeRefused(accelerator, listener, replacement.certificate, details);
                !reason.isEmpty()) {
                problems.append(reason);
                continue;
            }
            for (const QString &domain : std::as_const(domains)) {
                if (!certs::covers(replacement.certificate, domain)) {
                    problems.append(Text::tr("%1 does not cover %2 (on listener %3)")
                                        .arg(to.value(), domain, listener.listenerId));
                    continue;
                }
                OperationRecord request;
                request.kind = ChangeKind::Update;
                request.acceleratorId = accelerator.acceleratorId;
                request.listenerId = listener.listenerId;
                request.items = { { domain, to.value(), from.value() } };
                plan.requests.append(request);
            }
        }
    }
    if (!problems.isEmpty())
        return ApiError::invalidInput(
            Text::tr("Cannot replace %1 with %2: %3. Nothing was sent.")
                .arg(from.value(), to.value(), problems.join(QStringLiteral("; "))));
    if (plan.requests.isEmpty() && plan.skipped.isEmpty())
        return ApiError::invalidInput(
            Text::tr("No listener of the account serves certificate %1. Nothing was sent.")
                .arg(from.value()));
    if (plan.requests.isEmpty())
        return ApiError::invalidInput(
            Text::tr("Every listener that serves %1 refuses changes now (%2). Nothing was sent.")
                .arg(from.value(), plan.skipped.value(0).reason));
    seal(plan);
    return plan;
}

} // namespace ga::plans
