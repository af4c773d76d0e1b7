#include "operationcenter.h"

#include "api/gaclient.h"
#include "api/inputvalidation.h"
#include "logging.h"
#include "operationjournal.h"
#include "operationqueue.h"
#include "watcherregistry.h"

namespace ga {

OperationCenter::OperationCenter(OperationJournal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_queue(new OperationQueue(this))
{
    // A queue move changes the position every waiting operation shows.
    connect(m_queue, &OperationQueue::changed, this, [this](const QString &acceleratorId) {
        for (DissociateOperation *operation : std::as_const(m_operations)) {
            if (!operation->isFinished() && operation->record().acceleratorId == acceleratorId)
                emit operationChanged(operation);
        }
    });
}

DissociateOperation *OperationCenter::dissociate(GaClient *client, const QString &profile,
                                                 const QString &acceleratorId,
                                                 const QString &listenerId,
                                                 const QStringList &domains)
{
    OperationRecord record;
    record.operationId = validate::newClientToken();
    record.profile = profile;
    record.endpoint = client->endpoint().toDisplayString();
    record.acceleratorId = acceleratorId;
    record.listenerId = listenerId;
    record.domains = domains;
    return launch(client, std::move(record));
}

QList<DissociateOperation *> OperationCenter::resume(GaClient *client, const QString &profile)
{
    QString error;
    const QList<OperationRecord> unfinished = m_journal->unfinished(&error);
    if (!error.isEmpty())
        qCWarning(lcOps).noquote() << "cannot resume operations:" << error;
    const QString endpoint = client->endpoint().toDisplayString();
    QList<DissociateOperation *> resumed;
    for (const OperationRecord &record : unfinished) {
        // Another account's or endpoint's operation waits until that profile is in use.
        if (record.profile != profile || record.endpoint != endpoint)
            continue;
        if (find(record.operationId))
            continue;
        resumed.append(launch(client, record));
    }
    return resumed;
}

DissociateOperation *OperationCenter::sendAgain(DissociateOperation *operation)
{
    if (!operation || !operation->isFinished() || !m_operations.contains(operation))
        return nullptr;
    OperationRecord record = operation->record();
    record.status = OperationRecord::Status::Pending;
    return launch(operation->client(), std::move(record));
}

DissociateOperation *OperationCenter::find(const QString &operationId) const
{
    for (DissociateOperation *operation : m_operations) {
        if (operation->record().operationId == operationId)
            return operation;
    }
    return nullptr;
}

void OperationCenter::setWatchSchedule(WatchSchedule schedule, MonotonicClock clock)
{
    m_schedule = std::move(schedule);
    m_clock = std::move(clock);
}

DissociateOperation *OperationCenter::launch(GaClient *client, OperationRecord record)
{
    DissociateOperation::Services services;
    services.client = client;
    services.journal = m_journal;
    services.queue = m_queue;
    services.watchers = watchersFor(client);
    DissociateOperation::Options options;
    options.watchTimeoutMs = m_watchTimeoutMs;
    // One entry per intent: a run sent again replaces the one before it.
    for (qsizetype i = 0; i < m_operations.size(); ++i) {
        if (m_operations[i]->record().operationId == record.operationId) {
            m_operations.takeAt(i)->deleteLater();
            break;
        }
    }
    auto *operation = new DissociateOperation(services, std::move(record), options, this);
    m_operations.append(operation);
    const auto changed = [this, operation] { emit operationChanged(operation); };
    connect(operation, &DissociateOperation::phaseChanged, this, changed);
    connect(operation, &DissociateOperation::listenerStateSeen, this, changed);
    connect(operation, &DissociateOperation::retryScheduled, this, changed);
    connect(operation, &DissociateOperation::finished, this,
            [this, operation] { emit operationFinished(operation); });
    emit operationAdded(operation);
    operation->start();
    return operation;
}

WatcherRegistry *OperationCenter::watchersFor(GaClient *client)
{
    QPointer<WatcherRegistry> &registry = m_watchers[client];
    if (!registry) {
        registry = new WatcherRegistry(client, m_schedule, m_clock, this);
        connect(client, &QObject::destroyed, registry, &QObject::deleteLater);
        connect(client, &QObject::destroyed, this, [this, client] { m_watchers.remove(client); });
    }
    return registry;
}

} // namespace ga
