#pragma once

#include "ops/operationrecord.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLineEdit;

namespace ga {

class AcceleratorTableModel;
class ListenerTableModel;

// What the admin is about to change, as the confirmation shows it.
struct ChangeRequest
{
    struct Domain
    {
        QString domain;
        QString certificateId;
    };

    ChangeKind kind = ChangeKind::Dissociate; // Dissociate or Associate
    QString undoes; // the operation an Associate undoes, if it is an undo
    QString profile; // empty: not a saved profile (demo, environment)
    QString endpoint; // given to gactl when there is no profile to carry it
    bool production = false;
    QString acceleratorId;
    QString acceleratorName;
    QString listenerId;
    QString listenerName;
    QString listenerPorts;
    QList<Domain> domains;

    // Fills the target's IDs, and its names and ports where the window's models list them.
    void setTarget(const QString &acceleratorId, const QString &listenerId,
                   const AcceleratorTableModel &accelerators, const ListenerTableModel &listeners);
    QStringList domainNames() const;
    // The gactl command that does the same, quoted for a POSIX shell.
    QString gactlCommand() const;
};

// Confirms a change (a dissociation, or an association such as an undo): the accelerator,
// the listener, every domain with its certificate and the equivalent gactl command
// (copyable). On a production profile the admin types the listener ID before the change's
// button is enabled; Cancel is the default button.
class ChangeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ChangeDialog(ChangeRequest request, QWidget *parent = nullptr);

    const ChangeRequest &request() const { return m_request; }
    bool canConfirm() const;

private:
    void updateConfirm();

    ChangeRequest m_request;
    QLineEdit *m_typedListenerId = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ga
