#include "associateflow.h"

#include "acceleratortablemodel.h"
#include "associatedialog.h"
#include "certificatelistmodel.h"
#include "changedialog.h"
#include "changepreflight.h"
#include "displayformat.h"
#include "listenertablemodel.h"
#include "ops/operationcenter.h"

#include <QAction>
#include <QWidget>

namespace ga {

AssociateFlow::AssociateFlow(OperationCenter *center, ConsoleController *controller,
                             ConsoleController::Models models, QWidget *window)
    : QObject(window)
    , m_center(center)
    , m_controller(controller)
    , m_models(models)
    , m_window(window)
    , m_action(new QAction(tr("&Add certificates…"), window))
{
    m_action->setObjectName(QStringLiteral("associateAction"));
    connect(m_action, &QAction::triggered, this, &AssociateFlow::openRows);
    connect(m_controller, &ConsoleController::certificatesLoaded, this,
            &AssociateFlow::updateAction);
    updateAction();
}

AssociateDialog *AssociateFlow::rowsDialog() const
{
    return m_rows;
}

ChangeDialog *AssociateFlow::confirmation() const
{
    return m_confirmation;
}

void AssociateFlow::setProfile(const QString &profile, bool readOnly, bool production)
{
    m_profile = profile;
    m_readOnly = readOnly;
    m_production = production;
    updateAction();
}

QString AssociateFlow::disabledReason() const
{
    if (QString reason = preflight::whyNoChangeOnSelectedListener(
            m_profile, m_readOnly, *m_controller,
            tr("Select an HTTPS listener to add certificates to."));
        !reason.isEmpty())
        return reason;
    if (m_rows || m_confirmation)
        return tr("A dialog is open already.");
    return {};
}

void AssociateFlow::updateAction()
{
    const QString reason = disabledReason();
    m_action->setEnabled(reason.isEmpty());
    m_action->setToolTip(reason.isEmpty() ? tr("Associate additional certificates with listener %1")
                                                .arg(m_controller->selectedListenerId())
                                          : reason);
    m_action->setStatusTip(m_action->toolTip());
}

void AssociateFlow::openRows()
{
    updateAction();
    if (!m_action->isEnabled())
        return;
    QSet<QString> existing;
    for (int row = 0; row < m_models.certificates->rowCount(); ++row) {
        if (const ListenerCertificate *certificate = m_models.certificates->rowAt(row))
            existing.insert(certificate->domain);
    }
    m_rows = new AssociateDialog(m_controller->selectedListenerId(), existing, m_window);
    m_rows->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_rows, &QDialog::accepted, this,
            [this, rows = m_rows.data()] { confirm(rows->items()); });
    connect(m_rows, &QObject::destroyed, this, &AssociateFlow::updateAction, Qt::QueuedConnection);
    m_rows->open();
    updateAction();
}

void AssociateFlow::confirm(const QList<ChangeItem> &items)
{
    const Listener *listener = m_controller->selectedListener();
    if (!listener || items.isEmpty())
        return;
    ChangeRequest request;
    request.kind = ChangeKind::Associate;
    request.profile = m_profile;
    request.endpoint = m_controller->client()->endpointText();
    request.production = m_production;
    request.setTarget(listener->acceleratorId.isEmpty() ? m_controller->selectedAcceleratorId()
                                                        : listener->acceleratorId,
                      listener->listenerId, *m_models.accelerators, *m_models.listeners);
    for (const ChangeItem &item : items)
        request.domains.append({ item.domain, item.certificateId });
    m_confirmation = new ChangeDialog(std::move(request), m_window);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirmation, &QDialog::accepted, this,
            [this, items, dialog = m_confirmation.data()] {
                OperationRecord change;
                change.kind = ChangeKind::Associate;
                change.acceleratorId = dialog->request().acceleratorId;
                change.listenerId = dialog->request().listenerId;
                change.items = items;
                m_center->start(m_controller->client(), m_profile, std::move(change));
            });
    connect(m_confirmation, &QObject::destroyed, this, &AssociateFlow::updateAction,
            Qt::QueuedConnection);
    m_confirmation->open();
    updateAction();
}

} // namespace ga
