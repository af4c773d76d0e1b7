#include "dissociateflow.h"

#include "acceleratortablemodel.h"
#include "api/gaclient.h"
#include "certificatelistmodel.h"
#include "changedialog.h"
#include "changepreflight.h"
#include "consolecontroller.h"
#include "displayformat.h"
#include "errorbanner.h"
#include "listenertablemodel.h"
#include "operationstate.h"
#include "ops/changeoperation.h"
#include "ops/operationcenter.h"
#include "stateicon.h"

#include <QAction>
#include <QLabel>
#include <QSet>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ga {
namespace {

using Phase = ChangeOperation::Phase;

} // namespace

DissociateFlow::DissociateFlow(OperationCenter *center, ConsoleController *controller,
                               Models models, ErrorBanner *banner, QWidget *window)
    : QObject(window)
    , m_center(center)
    , m_controller(controller)
    , m_models(models)
    , m_banner(banner)
    , m_window(window)
    , m_action(new QAction(tr("&Dissociate…"), window))
    , m_counter(new QLabel(window))
{
    m_action->setObjectName(QStringLiteral("dissociateAction"));
    m_action->setShortcut(QKeySequence::Delete);
    // Delete acts in the domain list only, never while typing in a filter box.
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_action, &QAction::triggered, this, &DissociateFlow::openDialog);
    m_counter->setObjectName(QStringLiteral("checkedCounter"));

    connect(m_models.certificates, &CertificateListModel::checkedCountChanged, this,
            &DissociateFlow::updateAction);
    connect(m_controller, &ConsoleController::certificatesLoaded, this,
            &DissociateFlow::updateAction);
    connect(m_center, &OperationCenter::operationFinished, this, &DissociateFlow::onFinished);
    updateAction();
}

ChangeDialog *DissociateFlow::dialog() const
{
    return m_dialog;
}

void DissociateFlow::setProfile(const QString &profile, bool readOnly, bool production)
{
    m_profile = profile;
    m_readOnly = readOnly;
    m_production = production;
    updateAction();
}

void DissociateFlow::resumeUnfinished()
{
    GaApi *client = m_controller->client();
    // A read-only profile sends nothing, not even a resumed request; nor do the retries of
    // the profile before it (changes another process held then).
    if (client && !m_readOnly)
        m_center->resume(client, m_profile);
    else
        m_center->stopResumeRetries();
}

QString DissociateFlow::disabledReason() const
{
    if (QString reason = preflight::whyNoChangeOnSelectedListener(
            m_profile, m_readOnly, *m_controller,
            tr("Select an HTTPS listener, then check the domains to dissociate."));
        !reason.isEmpty())
        return reason;
    const int checked = m_models.certificates->checkedCount();
    if (checked < 1)
        return tr("Check 1 to %1 domains to dissociate.").arg(CertificateListModel::maxChecked);
    if (m_dialog)
        return tr("A confirmation is open already.");
    return {};
}

void DissociateFlow::updateAction()
{
    const QString reason = disabledReason();
    const int checked = m_models.certificates->checkedCount();
    m_action->setEnabled(reason.isEmpty());
    m_action->setToolTip(
        reason.isEmpty()
            ? tr("Dissociate the %n checked domain(s) from listener %1 (Delete)", nullptr, checked)
                  .arg(m_controller->selectedListenerId())
            : reason);
    m_action->setStatusTip(m_action->toolTip());
    m_counter->setText(tr("%1 / %2 checked").arg(checked).arg(CertificateListModel::maxChecked));
    m_counter->setAccessibleName(
        tr("%1 of at most %2 domains checked").arg(checked).arg(CertificateListModel::maxChecked));
}

void DissociateFlow::openDialog()
{
    updateAction();
    if (!m_action->isEnabled())
        return;
    const Listener *listener = m_controller->selectedListener();
    ChangeRequest request;
    request.profile = m_profile;
    request.endpoint = m_controller->client()->endpointText();
    request.production = m_production;
    request.setTarget(listener->acceleratorId.isEmpty() ? m_controller->selectedAcceleratorId()
                                                        : listener->acceleratorId,
                      listener->listenerId, *m_models.accelerators, *m_models.listeners);
    const QStringList checked = m_models.certificates->checkedDomains();
    for (const QString &domain : checked) {
        const ListenerCertificate *certificate
            = m_models.certificates->rowAt(m_models.certificates->rowOf(domain));
        request.domains.append({ domain, certificate ? certificate->certificateId : QString() });
    }

    m_dialog = new ChangeDialog(std::move(request), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog.data()] {
        const ChangeRequest &r = dialog->request();
        // Each domain's certificate goes into the journal with the intent, for Undo.
        QList<ChangeItem> items;
        for (const ChangeRequest::Domain &domain : r.domains)
            items.append({ domain.domain, domain.certificateId, {} });
        m_center->dissociate(m_controller->client(), m_profile, r.acceleratorId, r.listenerId,
                             items);
    });
    connect(m_dialog, &QObject::destroyed, this, &DissociateFlow::updateAction,
            Qt::QueuedConnection);
    m_dialog->open();
    updateAction();
}

void DissociateFlow::onFinished(ChangeOperation *operation)
{
    const OperationRecord &record = operation->record();
    updateAction();
    const int count = int(record.domains().size());
    // Every change's ending is told here, whatever its kind (an Associate: Undo, Add).
    const bool associate = record.kind != ChangeKind::Dissociate;
    const QString &listenerId = record.listenerId;
    QPointer<ChangeOperation> guarded(operation);
    switch (operation->phase()) {
    case Phase::Done:
    case Phase::AcceptedUnwatched:
        if (associate)
            announce(StateTone::Good, tr("Certificates associated"),
                     tr("%n domain(s) have their certificates on listener %1, which is active "
                        "again.",
                        nullptr, count)
                         .arg(listenerId));
        else
            announce(StateTone::Good, tr("Domains dissociated"),
                     tr("%n domain(s) left listener %1, which is active again.", nullptr, count)
                         .arg(record.listenerId));
        break;
    case Phase::Failed:
        m_banner->showError(
            associate ? tr("Associating %n certificate(s) with listener %1 failed.", nullptr, count)
                            .arg(listenerId)
                      : tr("Dissociating %n domain(s) from listener %1 failed.", nullptr, count)
                            .arg(listenerId),
            operation->error());
        announce(StateTone::Bad, associate ? tr("Association failed") : tr("Dissociation failed"),
                 operation->error().toString());
        break;
    case Phase::TimedOut: {
        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        timeout.message = describeOperation(*operation).detail;
        m_banner->showError(associate ? tr("Associating %n certificate(s) with listener %1 is "
                                           "taking longer than expected.",
                                           nullptr, count)
                                            .arg(listenerId)
                                      : tr("Dissociating %n domain(s) from listener %1 is taking "
                                           "longer than expected.",
                                           nullptr, count)
                                            .arg(listenerId),
                            timeout, tr("Keep watching"), [guarded] {
                                if (guarded)
                                    guarded->keepWatching();
                            });
        break;
    }
    case Phase::Unconfirmed:
        m_banner->showError(associate ? tr("Associating %n certificate(s) with listener %1: no "
                                           "answer from GA.",
                                           nullptr, count)
                                            .arg(listenerId)
                                      : tr("Dissociating %n domain(s) from listener %1: no answer "
                                           "from GA.",
                                           nullptr, count)
                                            .arg(listenerId),
                            operation->error(), tr("Send again"), [this, guarded] {
                                if (guarded)
                                    m_center->sendAgain(guarded);
                            });
        break;
    case Phase::Created:
    case Phase::Queued:
    case Phase::Sending:
    case Phase::Watching:
        break;
    }
}

void DissociateFlow::announce(StateTone tone, const QString &title, const QString &message)
{
    emit announced(title, message);
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    auto *tray = m_window->findChild<QSystemTrayIcon *>();
    if (!tray) {
        tray = new QSystemTrayIcon(m_window->windowIcon(), m_window);
        tray->setToolTip(m_window->windowTitle());
    }
    tray->show();
    tray->showMessage(title, message, stateIcon(tone), 8000);
}

} // namespace ga
