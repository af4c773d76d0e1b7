#include "undoflow.h"

#include "acceleratortablemodel.h"
#include "api/gaapi.h"
#include "changedialog.h"
#include "changepreflight.h"
#include "displayformat.h"
#include "errorbanner.h"
#include "listenertablemodel.h"
#include "noticebar.h"
#include "ops/changekind.h"
#include "ops/operationcenter.h"
#include "ops/targetpreflight.h"

#include <QWidget>

namespace ga {

UndoFlow::UndoFlow(OperationCenter *center, ConsoleController *controller,
                   ConsoleController::Models models, ErrorBanner *banner, NoticeBar *notice,
                   QWidget *window)
    : QObject(window)
    , m_center(center)
    , m_controller(controller)
    , m_models(models)
    , m_banner(banner)
    , m_notice(notice)
    , m_window(window)
{
    connect(m_center, &OperationCenter::operationFinished, this, &UndoFlow::onFinished);
}

ChangeDialog *UndoFlow::dialog() const
{
    return m_dialog;
}

void UndoFlow::setProfile(const QString &profile, bool readOnly, bool production)
{
    m_profile = profile;
    m_readOnly = readOnly;
    m_production = production;
}

QString UndoFlow::actionText(const OperationRecord &record)
{
    return record.kind == ChangeKind::Dissociate ? tr("Re-associate…") : tr("Undo…");
}

QString UndoFlow::whyNot(const OperationRecord &record) const
{
    GaApi *api = m_controller->client();
    if (QString reason = preflight::whyNoChange(m_profile, m_readOnly, api); !reason.isEmpty())
        return reason;
    // Only the account that made the change may undo it, on the endpoint it was sent to.
    if (record.profile != m_profile || record.endpoint != api->endpointText())
        return tr("Operation %1 was made with another profile or endpoint: switch to it to "
                  "undo it.")
            .arg(record.operationId);
    // GA would refuse the undo too while the accelerator is locked (known from the models).
    const int row = m_models.accelerators->rowOf(record.acceleratorId);
    if (const Accelerator *accelerator = row < 0 ? nullptr : m_models.accelerators->rowAt(row)) {
        if (QString reason = preflight::whyAcceleratorRefuses(*accelerator); !reason.isEmpty())
            return reason;
    }
    return m_center->whyNotUndoable(record);
}

ChangeDialog *UndoFlow::requestUndo(const OperationRecord &record)
{
    const QString reason = whyNot(record);
    const Result<OperationRecord> undo = changekind::undoOf(record);
    if (!reason.isEmpty() || !undo.ok()) {
        m_banner->showError(
            tr("Operation %1 cannot be undone.").arg(record.operationId),
            ApiError::invalidInput(reason.isEmpty() ? undo.error().message : reason));
        return nullptr;
    }
    if (m_dialog)
        return m_dialog;
    ChangeRequest request;
    request.kind = undo.value().kind;
    request.undoes = record.operationId;
    request.profile = m_profile;
    request.endpoint = record.endpoint;
    request.production = m_production;
    request.setTarget(record.acceleratorId, record.listenerId, *m_models.accelerators,
                      *m_models.listeners);
    for (const ChangeItem &item : undo.value().items)
        request.domains.append({ item.domain, item.certificateId });
    m_dialog = new ChangeDialog(std::move(request), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, operationId = record.operationId] {
        GaApi *api = m_controller->client();
        const Result<ChangeOperation *> started = api
            ? m_center->undo(api, operationId)
            : Result<ChangeOperation *>(ApiError::invalidInput(tr("Not connected.")));
        if (!started.ok())
            m_banner->showError(tr("Operation %1 cannot be undone.").arg(operationId),
                                started.error());
    });
    m_dialog->open();
    return m_dialog;
}

void UndoFlow::onFinished(ChangeOperation *operation)
{
    const OperationRecord &record = operation->record();
    if (operation->phase() != ChangeOperation::Phase::Done || !record.undoes.isEmpty()
        || record.kind != ChangeKind::Dissociate)
        return;
    const int count = int(record.items.size());
    const QString text = tr("%n domain(s) left listener %1, which is active again.", nullptr, count)
                             .arg(record.listenerId);
    if (!whyNot(record).isEmpty())
        return m_notice->showNotice(text);
    m_notice->showNotice(text, actionText(record), [this, record] { requestUndo(record); });
}

} // namespace ga
