#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeView;

namespace ga {

class PlanProgressModel;
class PlanRun;

// One window per running plan, beside the main window (not modal: the admin keeps working
// and may close it; the requests run on in the OperationCenter and the operations dock): per
// accelerator and per request its state, the countdown while a request waits for GA's
// instance lock, Code and RequestId of a failure. "Send again" sends the selected failed
// request alone; once the plan has ended, "Undo plan" asks for the plan that puts back what
// it changed (undoRequested), which gets a window of its own.
class PlanProgressDialog final : public QDialog
{
    Q_OBJECT

public:
    // Takes `run` as its child.
    explicit PlanProgressDialog(PlanRun *run, QWidget *parent = nullptr);

    PlanRun *run() const { return m_run; }
    PlanProgressModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *sendAgainButton() const { return m_sendAgain; }
    QPushButton *undoButton() const { return m_undo; }
    // Selects the request `operationId` (for "Send again").
    bool selectRequest(const QString &operationId);

signals:
    void undoRequested(const QString &planId);

private:
    void updateSummary();
    void updateButtons();
    void sendAgain();

    PlanRun *m_run;
    PlanProgressModel *m_model;
    QLabel *m_summary;
    QTreeView *m_view;
    QPushButton *m_sendAgain;
    QPushButton *m_undo;
};

} // namespace ga
