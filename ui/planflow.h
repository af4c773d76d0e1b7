#pragma once

#include "plans/certificateplan.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace ga {

class AccountController;
class OperationCenter;
class PlanPreviewDialog;
class PlanProgressDialog;

// The console's one way to send a certificate plan (docs/architecture.md, Plans): the preview
// (PlanPreviewDialog), then plans::launch through the OperationCenter (every intent journaled
// before the first request), then a PlanProgressDialog per plan; "Undo plan" there makes the
// undo plan (plans::undoPlan) and sends it the same way. A refusal (a read-only profile, a
// plan the planner or GA's DryRun refuses, a journal that cannot be written) is said in plain
// words before anything is sent.
class PlanFlow final : public QObject
{
    Q_OBJECT

public:
    PlanFlow(OperationCenter *center, AccountController *controller, QWidget *window);

    void setProfile(const QString &profile, bool readOnly, bool production);
    const QString &profile() const { return m_profile; }
    bool isProduction() const { return m_production; }
    // Why no plan can be sent now (read-only profile, no account, a preview open already);
    // empty when one can.
    QString whyNoPlan() const;

    // Opens the preview of `plan`; on confirmation, launches it and shows its progress.
    // Refuses (refused()) instead when whyNoPlan() says so.
    void preview(CertificatePlan plan, const QString &gactlCommand);
    // Says why a plan cannot be made or sent, in a message box and refused().
    void refuse(const QString &reason);

    // The progress window of plan `planId` (a request of it picked in the operations dock):
    // the one open, raised, or a new one from the journal (a plan resumed at start, or sent
    // by gactl). Refuses when the journal has no such plan.
    void showPlan(const QString &planId);

    PlanPreviewDialog *previewDialog() const;
    // The progress windows of this session's plans, oldest first (closed ones are gone).
    QList<PlanProgressDialog *> progressDialogs() const;
    const QString &lastRefusal() const { return m_lastRefusal; }

signals:
    void refused(const QString &reason);
    // A plan was journaled and its requests queued.
    void launched(const QString &planId);
    // The preview closed (confirmed or not): the actions may be enabled again.
    void previewClosed();

private:
    void launch(CertificatePlan plan);
    PlanProgressDialog *openProgress(CertificatePlan plan);
    void undo(const QString &planId);

    OperationCenter *m_center;
    AccountController *m_controller;
    QWidget *m_window;
    QPointer<PlanPreviewDialog> m_preview;
    QList<QPointer<PlanProgressDialog>> m_progress;
    QString m_profile;
    QString m_lastRefusal;
    bool m_readOnly = false;
    bool m_production = false;
};

} // namespace ga
