#include "accountdissociateflow.h"

#include "accountcertificatemodel.h"
#include "accountcontroller.h"
#include "api/gaapi.h"
#include "bulkdissociatedialog.h"
#include "changepreflight.h"
#include "ops/operationcenter.h"
#include "ops/targetpreflight.h"

#include <QAction>
#include <QLabel>
#include <QSet>

namespace ga {

AccountDissociateFlow::AccountDissociateFlow(OperationCenter *center, AccountController *controller,
                                             AccountCertificateModel *model, QWidget *window)
    : QObject(window)
    , m_center(center)
    , m_controller(controller)
    , m_model(model)
    , m_window(window)
    , m_action(new QAction(tr("&Dissociate…"), window))
    , m_counter(new QLabel(window))
{
    m_action->setObjectName(QStringLiteral("accountDissociateAction"));
    m_action->setShortcut(QKeySequence::Delete);
    // Delete acts in the view's table only, never while typing in its filter box.
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_action, &QAction::triggered, this, &AccountDissociateFlow::openDialog);
    m_counter->setObjectName(QStringLiteral("accountCheckedCounter"));
    connect(m_model, &AccountCertificateModel::checkedCountChanged, this,
            &AccountDissociateFlow::updateAction);
    // A new reading may bring a listener GA would now refuse (or no longer).
    connect(m_controller, &AccountController::snapshotApplied, this,
            &AccountDissociateFlow::updateAction);
    updateAction();
}

void AccountDissociateFlow::setProfile(const QString &profile, bool readOnly, bool production)
{
    m_profile = profile;
    m_readOnly = readOnly;
    m_production = production;
    updateAction();
}

BulkDissociateDialog *AccountDissociateFlow::dialog() const
{
    return m_dialog;
}

QString AccountDissociateFlow::disabledReason() const
{
    if (QString reason = preflight::whyNoChange(m_profile, m_readOnly, m_controller->client());
        !reason.isEmpty())
        return reason;
    if (m_model->checkedCount() < 1)
        return tr("Check the domains to dissociate, at most %1 per listener.")
            .arg(AccountCertificateModel::maxCheckedPerListener);
    // What GA would refuse on any of the listeners, as the domain list's action says it.
    QSet<QString> asked;
    for (const AccountCertificateRow *row : m_model->checkedRows()) {
        if (asked.contains(row->listenerId))
            continue;
        asked.insert(row->listenerId);
        const Listener *listener = m_controller->listener(row->acceleratorId, row->listenerId);
        if (!listener)
            return tr("Listener %1 is no longer in the account's listing.").arg(row->listenerId);
        if (QString reason
            = preflight::whyTargetRefuses(m_controller->accelerator(row->acceleratorId), *listener);
            !reason.isEmpty())
            return reason;
    }
    if (m_dialog)
        return tr("A confirmation is open already.");
    return {};
}

void AccountDissociateFlow::updateAction()
{
    const QString reason = disabledReason();
    const int checked = m_model->checkedCount();
    const int listeners = m_model->checkedListenerCount();
    m_action->setEnabled(reason.isEmpty());
    //: The first %n is the number of domains; %1 says on how many listeners.
    const QString what = tr("%n domain(s)", nullptr, checked);
    m_action->setToolTip(
        reason.isEmpty()
            ? tr("Dissociate the %1 checked on %n listener(s) (Delete)", nullptr, listeners)
                  .arg(what)
            : reason);
    m_action->setStatusTip(m_action->toolTip());
    m_counter->setText(tr("%1 checked on %n listener(s)", nullptr, listeners).arg(checked));
    m_counter->setAccessibleName(
        tr("%1 domains checked on %n listener(s), at most %2 per listener", nullptr, listeners)
            .arg(checked)
            .arg(AccountCertificateModel::maxCheckedPerListener));
}

QList<ChangeRequest> AccountDissociateFlow::checkedRequests() const
{
    QList<ChangeRequest> requests;
    QHash<QString, int> byListener;
    const QString endpoint
        = m_controller->client() ? m_controller->client()->endpointText() : QString();
    for (const AccountCertificateRow *row : m_model->checkedRows()) {
        int at = byListener.value(row->listenerId, -1);
        if (at < 0) {
            ChangeRequest request;
            request.kind = ChangeKind::Dissociate;
            request.profile = m_profile;
            request.endpoint = endpoint;
            request.production = m_production;
            // The view's rows carry the names and ports; the window's panes may not list
            // this accelerator's listeners at all.
            request.acceleratorId = row->acceleratorId;
            request.acceleratorName = row->acceleratorName;
            request.listenerId = row->listenerId;
            request.listenerName = row->listenerName;
            request.listenerPorts = row->ports;
            at = int(requests.size());
            byListener.insert(row->listenerId, at);
            requests.append(std::move(request));
        }
        // Each domain's certificate goes into the journal with the intent, for Undo.
        requests[at].domains.append({ row->domain, row->certificateId });
    }
    return requests;
}

void AccountDissociateFlow::openDialog()
{
    updateAction();
    if (!m_action->isEnabled())
        return;
    m_dialog = new BulkDissociateDialog(checkedRequests(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this,
            [this, dialog = m_dialog.data()] { start(dialog->requests()); });
    connect(m_dialog, &QObject::destroyed, this, &AccountDissociateFlow::updateAction,
            Qt::QueuedConnection);
    m_dialog->open();
    updateAction();
}

void AccountDissociateFlow::start(const QList<ChangeRequest> &requests)
{
    // The profile or the account may have changed while the dialog was open: what was
    // confirmed was the other one's.
    const GaApi *client = m_controller->client();
    if (!preflight::whyNoChange(m_profile, m_readOnly, client).isEmpty() || requests.isEmpty()
        || requests.first().profile != m_profile
        || requests.first().endpoint != client->endpointText())
        return updateAction();
    for (const ChangeRequest &request : requests) {
        QList<ChangeItem> items;
        for (const ChangeRequest::Domain &domain : request.domains)
            items.append({ domain.domain, domain.certificateId, {} });
        m_center->dissociate(m_controller->client(), m_profile, request.acceleratorId,
                             request.listenerId, items);
    }
}

} // namespace ga
