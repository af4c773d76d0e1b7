#pragma once

#include "certificateplan.h"

#include <QObject>
#include <QPointer>

namespace ga {

class GaApi;
class JobBase;

// Asks GA to check every update of a plan with DryRun before the plan is shown (docs/ga-api.md
// §2.8): GA's own verdict on each (listener, domain, certificate), nothing changed. The
// dissociations and associations of a plan have no DryRun in GA and pass untouched. All checks
// go at once; the client's scheduler bounds how many fly.
class PlanDryRun final : public QObject
{
    Q_OBJECT

public:
    PlanDryRun(GaApi *api, CertificatePlan plan, QObject *parent = nullptr);
    ~PlanDryRun() override;

    void start();
    const CertificatePlan &plan() const { return m_plan; }
    int checksSent() const { return m_sent; }
    // One sentence per refused request, after finished().
    const QStringList &refusals() const { return m_refusals; }

signals:
    void finished();

private:
    void oneDone();

    QPointer<GaApi> m_api;
    CertificatePlan m_plan;
    QList<QPointer<JobBase>> m_jobs;
    QStringList m_refusals;
    int m_pending = 0;
    int m_sent = 0;
};

} // namespace ga
