#include "planflow.h"

#include "accountcontroller.h"
#include "api/gaapi.h"
#include "changepreflight.h"
#include "ops/operationcenter.h"
#include "planpreviewdialog.h"
#include "planprogressdialog.h"
#include "plans/planlauncher.h"
#include "plans/planrun.h"

#include <QMessageBox>

namespace ga {

PlanFlow::PlanFlow(OperationCenter *center, AccountController *controller, QWidget *window)
    : QObject(window)
    , m_center(center)
    , m_controller(controller)
    , m_window(window)
{ }

void PlanFlow::setProfile(const QString &profile, bool readOnly, bool production)
{
    m_profile = profile;
    m_readOnly = readOnly;
    m_production = production;
}

QString PlanFlow::whyNoPlan() const
{
    if (QString reason = preflight::whyNoChange(m_profile, m_readOnly, m_controller->client());
        !reason.isEmpty())
        return reason;
    if (m_preview)
        return tr("A plan's preview is open already.");
    return {};
}

PlanPreviewDialog *PlanFlow::previewDialog() const
{
    return m_preview;
}

QList<PlanProgressDialog *> PlanFlow::progressDialogs() const
{
    QList<PlanProgressDialog *> open;
    for (const QPointer<PlanProgressDialog> &dialog : m_progress) {
        if (dialog)
            open.append(dialog);
    }
    return open;
}

void PlanFlow::refuse(const QString &reason)
{
    m_lastRefusal = reason;
    emit refused(reason);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Nothing was sent"), reason,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("planRefusal"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void PlanFlow::preview(CertificatePlan plan, const QString &gactlCommand)
{
    if (const QString reason = whyNoPlan(); !reason.isEmpty())
        return refuse(reason);
    m_preview = new PlanPreviewDialog(std::move(plan), gactlCommand, m_production, m_window);
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    const QString profile = m_profile;
    const QString endpoint = m_controller->client()->endpointText();
    connect(m_preview, &QDialog::accepted, this,
            [this, dialog = m_preview.data(), profile, endpoint] {
                // The profile or the account may have changed while the preview was open:
                // what was confirmed was the other one's.
                const GaApi *client = m_controller->client();
                if (profile != m_profile || !client || client->endpointText() != endpoint)
                    return refuse(tr("The profile changed while the preview was open; the plan "
                                     "was for the other one."));
                launch(dialog->plan());
            });
    connect(m_preview, &QObject::destroyed, this, &PlanFlow::previewClosed, Qt::QueuedConnection);
    m_preview->open();
}

void PlanFlow::launch(CertificatePlan plan)
{
    if (const QString reason
        = preflight::whyNoChange(m_profile, m_readOnly, m_controller->client());
        !reason.isEmpty())
        return refuse(reason);
    const Result<QList<ChangeOperation *>> started
        = plans::launch(*m_center, m_controller->client(), m_profile, plan);
    if (!started.ok())
        return refuse(started.error().toString());
    openProgress(plan);
    emit launched(plan.planId);
}

PlanProgressDialog *PlanFlow::openProgress(CertificatePlan plan)
{
    auto *dialog = new PlanProgressDialog(new PlanRun(m_center, std::move(plan)), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlanProgressDialog::undoRequested, this, &PlanFlow::undo);
    m_progress.append(dialog);
    dialog->show();
    return dialog;
}

void PlanFlow::showPlan(const QString &planId)
{
    for (PlanProgressDialog *open : progressDialogs()) {
        if (open->run()->plan().planId == planId) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    QString error;
    CertificatePlan plan;
    plan.planId = planId;
    plan.requests = plans::journaledRequests(*m_center, planId, &error);
    if (plan.requests.isEmpty())
        return refuse(error.isEmpty() ? tr("The journal has no plan %1.").arg(planId) : error);
    // The journal keeps each request's kind, not the plan's: an undo's requests undo others,
    // a replace's are updates, a retire's dissociations.
    const OperationRecord &first = plan.requests.first();
    plan.kind = !first.undoes.isEmpty()    ? CertificatePlan::Kind::Undo
        : first.kind == ChangeKind::Update ? CertificatePlan::Kind::Replace
                                           : CertificatePlan::Kind::Retire;
    plan.what = planId;
    const AccountSnapshot &account = m_controller->snapshot();
    for (const Accelerator &accelerator : account.accelerators) {
        plan.acceleratorNames.insert(accelerator.acceleratorId, accelerator.name);
        for (const Listener &listener : account.listeners.value(accelerator.acceleratorId))
            plan.listenerNames.insert(listener.listenerId, listener.name);
    }
    openProgress(std::move(plan));
}

void PlanFlow::undo(const QString &planId)
{
    const GaApi *client = m_controller->client();
    if (const QString reason = whyNoPlan(); !reason.isEmpty())
        return refuse(reason);
    Result<CertificatePlan> back = plans::undoPlan(*m_center, planId, client->endpointText());
    if (!back.ok())
        return refuse(back.error().toString());
    preview(std::move(back.value()), QStringLiteral("gactl undo %1 --yes").arg(planId));
}

} // namespace ga
