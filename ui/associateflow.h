#pragma once

#include "consolecontroller.h"
#include "ops/operationrecord.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace ga {

class AssociateDialog;
class ChangeDialog;
class OperationCenter;

// "Add certificates…" on an HTTPS listener: the rows are typed and checked in an
// AssociateDialog, confirmed in a ChangeDialog (the gactl associate command, type-to-confirm
// on production), then started through OperationCenter as an Associate change, queued and
// watched like any. GA's own refusals (its per-listener quota among them) reach the banner
// as any failed change does (DissociateFlow::onFinished).
class AssociateFlow final : public QObject
{
    Q_OBJECT

public:
    AssociateFlow(OperationCenter *center, ConsoleController *controller,
                  ConsoleController::Models models, QWidget *window);

    void setProfile(const QString &profile, bool readOnly, bool production);
    QAction *action() const { return m_action; }
    // Why the action is disabled, or empty when it is enabled.
    QString disabledReason() const;
    void updateAction();
    // The dialog now open, if any (tests fill and confirm through them).
    AssociateDialog *rowsDialog() const;
    ChangeDialog *confirmation() const;

private:
    void openRows();
    void confirm(const QList<ChangeItem> &items);

    OperationCenter *m_center;
    ConsoleController *m_controller;
    ConsoleController::Models m_models;
    QWidget *m_window;
    QAction *m_action;
    QPointer<AssociateDialog> m_rows;
    QPointer<ChangeDialog> m_confirmation;
    QString m_profile;
    bool m_readOnly = false;
    bool m_production = false;
};

} // namespace ga
