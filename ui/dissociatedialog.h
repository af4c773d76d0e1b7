#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLineEdit;

namespace ga {

// What the admin is about to change, as the confirmation shows it.
struct DissociationRequest
{
    struct Domain
    {
        QString domain;
        QString certificateId;
    };

    QString profile; // empty: not a saved profile (demo, environment)
    QString endpoint; // given to gactl when there is no profile to carry it
    bool production = false;
    QString acceleratorId;
    QString acceleratorName;
    QString listenerId;
    QString listenerName;
    QString listenerPorts;
    QList<Domain> domains;

    QStringList domainNames() const;
    // The gactl command that does the same, quoted for a POSIX shell.
    QString gactlCommand() const;
};

// Confirms a dissociation: the accelerator, the listener, every domain with its certificate
// and the equivalent gactl command (copyable). On a production profile the admin types the
// listener ID before Dissociate is enabled.
class DissociateDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DissociateDialog(DissociationRequest request, QWidget *parent = nullptr);

    const DissociationRequest &request() const { return m_request; }
    bool canConfirm() const;

private:
    void updateConfirm();

    DissociationRequest m_request;
    QLineEdit *m_typedListenerId = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ga
