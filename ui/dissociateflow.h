#pragma once

#include "consolecontroller.h"
#include "statebadge.h"

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QWidget;

namespace ga {

class AcceleratorTableModel;
class CertificateListModel;
class ChangeDialog;
class ChangeOperation;
class ErrorBanner;
class ListenerTableModel;
class OperationCenter;

// The console's side of a dissociation: the "Dissociate…" action and its "n / 10"
// counter, the confirmation, and how an operation ended: the banner on a failure or
// timeout, and a desktop notification where the platform has one. What the models show
// while it runs (badge, busy domains, the listing read again) is ConsoleController's.
class DissociateFlow final : public QObject
{
    Q_OBJECT

public:
    using Models = ConsoleController::Models;

    DissociateFlow(OperationCenter *center, ConsoleController *controller, Models models,
                   ErrorBanner *banner, QWidget *window);

    // The profile operations are started under, journaled with, and resumed for.
    void setProfile(const QString &profile, bool readOnly, bool production);
    // Resumes the journal's unfinished operations of the current profile and client.
    void resumeUnfinished();

    QAction *action() const { return m_action; }
    QLabel *counter() const { return m_counter; }
    OperationCenter *center() const { return m_center; }
    // Why the action is disabled, or empty when it is enabled.
    QString disabledReason() const;
    // The dialog now open, if any (tests confirm through it).
    ChangeDialog *dialog() const;
    void updateAction();

signals:
    // Shown as a desktop notification where there is a system tray; always emitted.
    void announced(const QString &title, const QString &message);

private:
    void openDialog();
    void onFinished(ChangeOperation *operation);
    void announce(StateTone tone, const QString &title, const QString &message);

    OperationCenter *m_center;
    ConsoleController *m_controller;
    Models m_models;
    ErrorBanner *m_banner;
    QWidget *m_window;
    QAction *m_action;
    QLabel *m_counter;
    QPointer<ChangeDialog> m_dialog;
    QString m_profile;
    bool m_readOnly = false;
    bool m_production = false;
};

} // namespace ga
