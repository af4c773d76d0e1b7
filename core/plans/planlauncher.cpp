#include "planlauncher.h"

#include "api/gaapi.h"
#include "ops/changekind.h"
#include "ops/changeoperation.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "ops/operationlease.h"

#include <QCoreApplication>

#include <memory>

namespace ga::plans {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::plans)
};

} // namespace

Result<QList<ChangeOperation *>> launch(OperationCenter &center, GaApi *api, const QString &profile,
                                        CertificatePlan &plan)
{
    if (plan.requests.isEmpty())
        return ApiError::invalidInput(Text::tr("The plan has no requests."));
    seal(plan);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (OperationRecord &request : plan.requests) {
        request.profile = profile;
        request.endpoint = api->endpointText();
        request.status = OperationRecord::Status::Pending;
        Result<OperationRecord> checked = changekind::validated(request);
        if (!checked.ok())
            return checked.error();
        request = std::move(checked.value());
        request.createdAt = request.updatedAt = now;
    }
    // Every lease before the journal: another process that resumes the plan's requests the
    // moment they are journaled finds them held, not free to send a second time.
    std::vector<std::unique_ptr<OperationLease>> leases;
    for (const OperationRecord &request : std::as_const(plan.requests)) {
        auto lease = std::make_unique<OperationLease>(center.leaseDirectory(), request.operationId);
        if (!lease->acquire())
            return ApiError::invalidInput(lease->error() + u' ' + Text::tr("Nothing was sent."));
        leases.push_back(std::move(lease));
    }
    if (const QString problem = center.journal()->recordIntents(plan.requests); !problem.isEmpty())
        return ApiError::invalidInput(problem + u' ' + Text::tr("Nothing was sent."));
    QList<ChangeOperation *> operations;
    for (qsizetype i = 0; i < plan.requests.size(); ++i)
        operations.append(center.adopt(api, plan.requests[i], leases[size_t(i)].release()));
    return operations;
}

QList<OperationRecord> journaledRequests(const OperationCenter &center, const QString &planId,
                                         QString *error)
{
    QList<OperationRecord> requests;
    if (planId.isEmpty())
        return requests;
    const QList<OperationRecord> all = center.history(error);
    for (const OperationRecord &record : all) {
        if (record.planId == planId)
            requests.append(record);
    }
    return requests;
}

Result<CertificatePlan> undoPlan(const OperationCenter &center, const QString &planId,
                                 const QString &endpoint)
{
    QString error;
    const QList<OperationRecord> all = center.history(&error);
    if (!error.isEmpty())
        return ApiError::invalidInput(error);
    CertificatePlan undo;
    undo.kind = CertificatePlan::Kind::Undo;
    undo.undoes = planId;
    undo.what = planId;
    QList<OperationRecord> requests;
    for (const OperationRecord &record : all) {
        if (record.planId == planId)
            requests.append(record);
    }
    if (requests.isEmpty())
        return ApiError::invalidInput(
            Text::tr("No plan %1 in the journal %2.").arg(planId, center.journal()->path()));
    for (const OperationRecord &record : std::as_const(requests)) {
        if (const ChangeOperation *running = center.find(record.operationId);
            (running && !running->isFinished()) || !record.isFinished())
            return ApiError::invalidInput(
                Text::tr("Request %1 of plan %2 is not finished: undo the plan once every "
                         "request has ended (gactl resume finishes an interrupted plan).")
                    .arg(record.operationId, planId));
        if (record.endpoint != endpoint)
            return ApiError::invalidInput(
                Text::tr("Plan %1 was sent to %2, not %3: undo it with that endpoint.")
                    .arg(planId, record.endpoint, endpoint));
        if (record.status != OperationRecord::Status::Done)
            continue;
        // A single change's rules (undone already, its certificate IDs recorded) for each.
        if (const QString reason = center.whyNotUndoable(record, all); !reason.isEmpty())
            return ApiError::invalidInput(reason);
        undo.requests.append(changekind::undoOf(record).value());
    }
    if (undo.requests.isEmpty())
        return ApiError::invalidInput(
            Text::tr("No request of plan %1 changed anything, so there is nothing to undo.")
                .arg(planId));
    seal(undo);
    return undo;
}

} // namespace ga::plans
