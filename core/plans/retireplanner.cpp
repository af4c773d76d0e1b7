#include "retireplanner.h"

#include "api/inputvalidation.h"
#include "inventory/accountsnapshot.h"
#include "ops/targetpreflight.h"

#include <QCoreApplication>
#include <QSet>

namespace ga::plans {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::plans)
};

QString normalised(const QString &domain)
{
    const Result<QString> ascii = validate::domain(domain);
    return (ascii.ok() ? ascii.value() : domain).toLower();
}

// What the selection says once checked: patterns in ASCII, and what each part matched.
struct Matcher
{
    QStringList patterns;
    QSet<QString> certificateIds;
    QSet<QPair<QString, QString>> picks; // (listener, normalised domain)
    QSet<QString> matchedPatterns;
    QSet<QString> matchedCertificates;
    QSet<QPair<QString, QString>> matchedPicks;

    bool selects(const QString &listenerId, const ListenerCertificate &certificate)
    {
        const QString domain = normalised(certificate.domain);
        bool selected = false;
        for (const QString &pattern : std::as_const(patterns)) {
            if (patternSelects(pattern, domain)) {
                matchedPatterns.insert(pattern);
                selected = true;
            }
        }
        if (certificateIds.contains(certificate.certificateId)) {
            matchedCertificates.insert(certificate.certificateId);
            selected = true;
        }
        if (const QPair<QString, QString> pick { listenerId, domain }; picks.contains(pick)) {
            matchedPicks.insert(pick);
            selected = true;
        }
        return selected;
    }
};

} // namespace

bool patternSelects(const QString &pattern, const QString &domain)
{
    const QString name = normalised(domain);
    const QString wanted = normalised(pattern);
    if (name == wanted)
        return true;
    // "*.example.com" also selects everything under example.com.
    return wanted.startsWith(u"*.") && name.endsWith(wanted.mid(1));
}

Result<CertificatePlan> planRetire(const AccountSnapshot &snapshot,
                                   const RetireSelection &selection)
{
    Matcher matcher;
    for (const QString &pattern : selection.patterns) {
        const Result<QString> checked = validate::domain(pattern);
        if (!checked.ok())
            return checked.error();
        matcher.patterns.append(checked.value().toLower());
    }
    for (const QString &id : selection.certificateIds) {
        const Result<QString> checked = validate::certificateId(id);
        if (!checked.ok())
            return checked.error();
        matcher.certificateIds.insert(checked.value());
    }
    for (const RetireSelection::Pick &pick : selection.picks)
        matcher.picks.insert({ pick.listenerId, normalised(pick.domain) });
    if (matcher.patterns.isEmpty() && matcher.certificateIds.isEmpty() && matcher.picks.isEmpty())
        return ApiError::invalidInput(
            Text::tr("Nothing to retire: name at least one domain, pattern or certificate."));

    CertificatePlan plan;
    plan.kind = CertificatePlan::Kind::Retire;
    QStringList what = selection.patterns;
    what.append(selection.certificateIds);
    if (!selection.picks.isEmpty())
        what.append(Text::tr("%n picked domain(s)", nullptr, int(selection.picks.size())));
    plan.what = what.join(QStringLiteral(", "));

    bool acceleratorFound = selection.acceleratorId.isEmpty();
    for (const Accelerator &accelerator : snapshot.accelerators) {
        if (!selection.acceleratorId.isEmpty()
            && accelerator.acceleratorId != selection.acceleratorId)
            continue;
        acceleratorFound = true;
        plan.acceleratorNames.insert(accelerator.acceleratorId, accelerator.name);
        for (const Listener &listener : snapshot.listeners.value(accelerator.acceleratorId)) {
            QList<ChangeItem> items;
            for (const ListenerCertificate &certificate :
                 snapshot.certificates.value(listener.listenerId)) {
                if (!certificate.isDefault && !certificate.domain.isEmpty()
                    && matcher.selects(listener.listenerId, certificate))
                    items.append({ certificate.domain, certificate.certificateId, {} });
            }
            if (items.isEmpty())
                continue;
            plan.listenerNames.insert(listener.listenerId, listener.name);
            if (const QString reason = preflight::whyTargetRefuses(&accelerator, listener);
                !reason.isEmpty()) {
                QStringList domains;
                for (const ChangeItem &item : std::as_const(items))
                    domains.append(item.domain);
                plan.skipped.append(
                    { accelerator.acceleratorId, listener.listenerId, domains, reason });
                continue;
            }
            for (qsizetype at = 0; at < items.size(); at += validate::maxDomainsPerRequest) {
                OperationRecord request;
                request.kind = ChangeKind::Dissociate;
                request.acceleratorId = accelerator.acceleratorId;
                request.listenerId = listener.listenerId;
                request.items = items.mid(at, validate::maxDomainsPerRequest);
                plan.requests.append(request);
            }
        }
    }
    if (!acceleratorFound)
        return ApiError::invalidInput(
            Text::tr("The account has no accelerator %1.").arg(selection.acceleratorId));

    QStringList unmatched;
    for (const QString &pattern : std::as_const(matcher.patterns)) {
        if (!matcher.matchedPatterns.contains(pattern))
            unmatched.append(pattern);
    }
    for (const QString &id : std::as_const(matcher.certificateIds)) {
        if (!matcher.matchedCertificates.contains(id))
            unmatched.append(id);
    }
    for (const RetireSelection::Pick &pick : selection.picks) {
        if (!matcher.matchedPicks.contains({ pick.listenerId, normalised(pick.domain) }))
            unmatched.append(pick.domain + u'@' + pick.listenerId);
    }
    if (!unmatched.isEmpty()) {
        const QString where = selection.acceleratorId.isEmpty()
            ? Text::tr("on any listener of the account")
            : Text::tr("on accelerator %1").arg(selection.acceleratorId);
        return ApiError::invalidInput(
            Text::tr("No additional certificate matches %1 %2: check the spelling, or refresh "
                     "if it was changed since. Nothing was sent.")
                .arg(unmatched.join(QStringLiteral(", ")), where));
    }
    if (plan.requests.isEmpty())
        return ApiError::invalidInput(
            Text::tr("Every listener that serves these domains refuses changes now (%1). "
                     "Nothing was sent.")
                .arg(plan.skipped.value(0).reason));
    seal(plan);
    return plan;
}

} // namespace ga::plans
