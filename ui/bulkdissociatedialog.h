#pragma once

#include "changedialog.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLineEdit;

namespace ga {

// Confirms a dissociation that spans listeners (from the account's Certificates view): every
// listener with its accelerator, name and ports, every domain under it with its certificate,
// and the gactl commands that do the same (one per listener, copyable). Each listener becomes
// one change, as GA takes one listener per request. On a production profile the admin types
// the number of domains before the button is enabled; Cancel is the default button.
class BulkDissociateDialog final : public QDialog
{
    Q_OBJECT

public:
    // One request per listener, each with its domains.
    explicit BulkDissociateDialog(QList<ChangeRequest> requests, QWidget *parent = nullptr);

    const QList<ChangeRequest> &requests() const { return m_requests; }
    int domainCount() const;
    bool canConfirm() const;
    // The gactl commands, one line per listener.
    QString gactlCommands() const;

private:
    void updateConfirm();

    QList<ChangeRequest> m_requests;
    QLineEdit *m_typedCount = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ga
