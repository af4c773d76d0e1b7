#include "certificateplan.h"

#include "api/inputvalidation.h"
#include "ops/changekind.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

namespace ga {

QStringList CertificatePlan::acceleratorIds() const
{
    QStringList ids;
    QSet<QString> seen;
    for (const OperationRecord &request : requests) {
        if (!seen.contains(request.acceleratorId)) {
            seen.insert(request.acceleratorId);
            ids.append(request.acceleratorId);
        }
    }
    return ids;
}

QList<OperationRecord> CertificatePlan::requestsOn(const QString &acceleratorId) const
{
    QList<OperationRecord> on;
    for (const OperationRecord &request : requests) {
        if (request.acceleratorId == acceleratorId)
            on.append(request);
    }
    return on;
}

int CertificatePlan::domainCount() const
{
    int count = 0;
    for (const OperationRecord &request : requests)
        count += int(request.items.size());
    return count;
}

int CertificatePlan::listenerCount() const
{
    QSet<QString> listeners;
    for (const OperationRecord &request : requests)
        listeners.insert(request.listenerId);
    return int(listeners.size());
}

QJsonObject CertificatePlan::toJson() const
{
    QJsonArray accelerators;
    for (const QString &acceleratorId : acceleratorIds()) {
        QJsonArray requestsJson;
        for (const OperationRecord &request : requestsOn(acceleratorId)) {
            requestsJson.append(QJsonObject {
                { QStringLiteral("OperationId"), request.operationId },
                { QStringLiteral("Kind"), changekind::name(request.kind) },
                { QStringLiteral("ListenerId"), request.listenerId },
                { QStringLiteral("ListenerName"), listenerNames.value(request.listenerId) },
                { QStringLiteral("Items"), changekind::itemsJson(request.items) } });
        }
        accelerators.append(QJsonObject {
            { QStringLiteral("AcceleratorId"), acceleratorId },
            { QStringLiteral("AcceleratorName"), acceleratorNames.value(acceleratorId) },
            { QStringLiteral("Requests"), requestsJson } });
    }
    QJsonArray skippedJson;
    for (const Skipped &skip : skipped) {
        skippedJson.append(
            QJsonObject { { QStringLiteral("AcceleratorId"), skip.acceleratorId },
                          { QStringLiteral("ListenerId"), skip.listenerId },
                          { QStringLiteral("Domains"), QJsonArray::fromStringList(skip.domains) },
                          { QStringLiteral("Reason"), skip.reason } });
    }
    QJsonObject json { { QStringLiteral("PlanId"), planId },
                       { QStringLiteral("Kind"), plans::kindName(kind) },
                       { QStringLiteral("What"), what },
                       { QStringLiteral("Requests"), int(requests.size()) },
                       { QStringLiteral("Listeners"), listenerCount() },
                       { QStringLiteral("Domains"), domainCount() },
                       { QStringLiteral("Accelerators"), accelerators },
                       { QStringLiteral("Skipped"), skippedJson } };
    if (!undoes.isEmpty())
        json.insert(QStringLiteral("Undoes"), undoes);
    return json;
}

namespace plans {

QString kindName(CertificatePlan::Kind kind)
{
    switch (kind) {
    case CertificatePlan::Kind::Retire:
        return QStringLiteral("retire");
    case CertificatePlan::Kind::Replace:
        return QStringLiteral("replace");
    case CertificatePlan::Kind::Undo:
        return QStringLiteral("undo");
    }
    return {};
}

QString newPlanId()
{
    return QStringLiteral("plan-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void seal(CertificatePlan &plan)
{
    if (plan.planId.isEmpty())
        plan.planId = newPlanId();
    QList<OperationRecord> ordered;
    const QStringList accelerators = plan.acceleratorIds();
    for (const QString &acceleratorId : accelerators)
        ordered.append(plan.requestsOn(acceleratorId));
    for (OperationRecord &request : ordered) {
        request.planId = plan.planId;
        if (request.operationId.isEmpty())
            request.operationId = validate::newClientToken();
    }
    plan.requests = std::move(ordered);
}

} // namespace plans
} // namespace ga
