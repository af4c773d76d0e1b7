#pragma once

#include "changedialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QWidget;

namespace ga {

class AccountCertificateModel;
class AccountController;
class BulkDissociateDialog;
class OperationCenter;

// "Dissociate…" from the account's Certificates view: the checked rows, grouped by listener
// (at most ten each, the model's limit), are confirmed together in one BulkDissociateDialog
// and then started as one OperationCenter change per listener, so each is journaled, queued
// behind the other changes on its accelerator, and watched like a change from the domain
// list. How each ends (banner, notification) is told by DissociateFlow, which hears every
// change; what the rows show meanwhile is AccountController's.
class AccountDissociateFlow final : public QObject
{
    Q_OBJECT

public:
    AccountDissociateFlow(OperationCenter *center, AccountController *controller,
                          AccountCertificateModel *model, QWidget *window);

    void setProfile(const QString &profile, bool readOnly, bool production);
    QAction *action() const { return m_action; }
    // "n checked on m listeners".
    QLabel *counter() const { return m_counter; }
    // Why the action is disabled, or empty when it is enabled.
    QString disabledReason() const;
    void updateAction();
    // The checked rows as one request per listener, listeners in the order of their first
    // checked row.
    QList<ChangeRequest> checkedRequests() const;
    // The dialog now open, if any (tests confirm through it).
    BulkDissociateDialog *dialog() const;

private:
    void openDialog();
    void start(const QList<ChangeRequest> &requests);

    OperationCenter *m_center;
    AccountController *m_controller;
    AccountCertificateModel *m_model;
    QWidget *m_window;
    QAction *m_action;
    QLabel *m_counter;
    QPointer<BulkDissociateDialog> m_dialog;
    QString m_profile;
    bool m_readOnly = false;
    bool m_production = false;
};

} // namespace ga
