#include "plandryrun.h"

#include "api/gaapi.h"
#include "api/job.h"

#include <QCoreApplication>
#include <QTimer>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::plans)
};

} // namespace

PlanDryRun::PlanDryRun(GaApi *api, CertificatePlan plan, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_plan(std::move(plan))
{ }

PlanDryRun::~PlanDryRun()
{
    for (const QPointer<JobBase> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
}

void PlanDryRun::start()
{
    for (const OperationRecord &request : std::as_const(m_plan.requests)) {
        if (request.kind != ChangeKind::Update || !m_api)
            continue;
        for (const ChangeItem &item : request.items) {
            ++m_pending;
            ++m_sent;
            Job<MutationAccepted> *job = m_api->checkUpdateAdditionalCertificate(
                request.acceleratorId, request.listenerId, item.domain, item.certificateId);
            m_jobs.append(job);
            job->onFinished(this, [this, request, item](const Result<MutationAccepted> &result) {
                if (!result.ok())
                    m_refusals.append(Text::tr("GA's DryRun refuses %1 → %2 on listener %3: %4")
                                          .arg(item.domain, item.certificateId, request.listenerId,
                                               result.error().toString()));
                oneDone();
            });
        }
    }
    if (m_pending == 0)
        QTimer::singleShot(0, this, &PlanDryRun::finished);
}

void PlanDryRun::oneDone()
{
    if (--m_pending == 0)
        emit finished();
}

} // namespace ga
