#include "planrun.h"

#include "ops/changeoperation.h"
#include "ops/operationcenter.h"

namespace ga {

PlanRun::PlanRun(OperationCenter *center, CertificatePlan plan, QObject *parent)
    : QObject(parent)
    , m_center(center)
    , m_plan(std::move(plan))
{
    connect(center, &OperationCenter::operationAdded, this, &PlanRun::onChanged);
    connect(center, &OperationCenter::operationChanged, this, &PlanRun::onChanged);
    connect(center, &OperationCenter::operationFinished, this, &PlanRun::onChanged);
}

ChangeOperation *PlanRun::operationFor(const QString &operationId) const
{
    return m_center->find(operationId);
}

PlanRun::Counts PlanRun::counts() const
{
    Counts counts;
    for (const OperationRecord &request : m_plan.requests) {
        const ChangeOperation *operation = operationFor(request.operationId);
        if (!operation) {
            // Not run in this session: what the journal said when the plan was read.
            if (request.status == OperationRecord::Status::Done)
                ++counts.done;
            else if (request.status == OperationRecord::Status::Failed)
                ++counts.failed;
            else
                ++counts.waiting;
            continue;
        }
        switch (operation->phase()) {
        case ChangeOperation::Phase::Created:
        case ChangeOperation::Phase::Queued:
            ++counts.waiting;
            break;
        case ChangeOperation::Phase::Sending:
        case ChangeOperation::Phase::Watching:
            ++counts.running;
            break;
        case ChangeOperation::Phase::Done:
        case ChangeOperation::Phase::AcceptedUnwatched:
            ++counts.done;
            break;
        case ChangeOperation::Phase::Failed:
        case ChangeOperation::Phase::TimedOut:
        case ChangeOperation::Phase::Unconfirmed:
            ++counts.failed;
            break;
        }
    }
    return counts;
}

bool PlanRun::isFinished() const
{
    const Counts c = counts();
    return c.waiting == 0 && c.running == 0;
}

bool PlanRun::isDone() const
{
    return counts().done == int(m_plan.requests.size());
}

ChangeOperation *PlanRun::sendAgain(const QString &operationId)
{
    ChangeOperation *operation = operationFor(operationId);
    if (!operation || !operation->isFinished()
        || operation->phase() == ChangeOperation::Phase::Done)
        return nullptr;
    m_finishedSignalled = false;
    return m_center->sendAgain(operation);
}

void PlanRun::onChanged(ChangeOperation *operation)
{
    if (operation->record().planId != m_plan.planId)
        return;
    emit requestChanged(operation->record().operationId);
    if (!m_finishedSignalled && isFinished()) {
        m_finishedSignalled = true;
        emit finished();
    }
}

} // namespace ga
