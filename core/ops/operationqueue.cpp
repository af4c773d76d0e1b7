#include "operationqueue.h"

#include "changeoperation.h"

namespace ga {

void OperationQueue::enqueue(ChangeOperation *operation)
{
    const QString accelerator = operation->record().acceleratorId;
    connect(operation, &ChangeOperation::finished, this,
            [this, accelerator] { onFinished(accelerator); });
    // An operation deleted while waiting must not block the ones after it.
    connect(operation, &QObject::destroyed, this, [this, accelerator] { onFinished(accelerator); });
    m_waiting[accelerator].append(operation);
    beginNext(accelerator);
    emit changed(accelerator);
}

int OperationQueue::positionOf(const ChangeOperation *operation) const
{
    const QString accelerator = operation->record().acceleratorId;
    const QList<QPointer<ChangeOperation>> waiting = m_waiting.value(accelerator);
    for (qsizetype i = 0; i < waiting.size(); ++i) {
        if (waiting[i] == operation)
            return int(i) + 1;
    }
    return 0;
}

bool OperationQueue::isBusy(const QString &acceleratorId) const
{
    const QPointer<ChangeOperation> running = m_running.value(acceleratorId);
    return running && !running->isFinished();
}

void OperationQueue::onFinished(const QString &acceleratorId)
{
    m_waiting[acceleratorId].removeIf(
        [](const QPointer<ChangeOperation> &op) { return !op || op->isFinished(); });
    beginNext(acceleratorId);
    emit changed(acceleratorId);
}

void OperationQueue::beginNext(const QString &acceleratorId)
{
    if (isBusy(acceleratorId))
        return;
    QList<QPointer<ChangeOperation>> &waiting = m_waiting[acceleratorId];
    while (!waiting.isEmpty()) {
        QPointer<ChangeOperation> next = waiting.takeFirst();
        if (!next || next->isFinished())
            continue;
        m_running[acceleratorId] = next;
        next->begin();
        return;
    }
    m_running.remove(acceleratorId);
    m_waiting.remove(acceleratorId);
}

} // namespace ga
