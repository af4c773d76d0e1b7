#include "operationjournal.h"

#include "api/gatypes.h"
#include "changekind.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <unistd.h>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::ops)
};

const QString kEvent = QStringLiteral("event");
const QString kOperation = QStringLiteral("op");
const QString kTime = QStringLiteral("t");

QDateTime timeOf(const QJsonObject &event)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(event.value(kTime).toDouble()), Qt::UTC);
}

void apply(OperationRecord &record, const QString &type, const QJsonObject &event)
{
    record.updatedAt = timeOf(event);
    if (type == u"sent") {
        record.status = OperationRecord::Status::Accepted;
        record.requestId = event.value(u"requestId").toString();
    } else if (type == u"state") {
        record.lastState = event.value(u"state").toString();
    } else if (type == u"resumed") {
        record.resumed = true;
    } else if (type == u"done") {
        record.status = OperationRecord::Status::Done;
        record.lastState = activeState();
    } else if (type == u"failed") {
        record.status = OperationRecord::Status::Failed;
        record.errorCode = event.value(u"code").toString();
        record.errorMessage = event.value(u"message").toString();
        if (record.requestId.isEmpty())
            record.requestId = event.value(u"requestId").toString();
    }
}

} // namespace

QString statusName(OperationRecord::Status status)
{
    switch (status) {
    case OperationRecord::Status::Pending:
        return QStringLiteral("pending");
    case OperationRecord::Status::Accepted:
        return QStringLiteral("accepted");
    case OperationRecord::Status::Done:
        return QStringLiteral("done");
    case OperationRecord::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

OperationJournal::OperationJournal(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{ }

QString OperationJournal::defaultPath()
{
    // One journal for gactl and ga-console, whatever application and organisation names
    // each process sets: an operation one started, the other can list and resume.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/ga-console/operations.jsonl");
}

QString OperationJournal::append(QJsonObject event)
{
    return appendAll(QList<QJsonObject> { std::move(event) });
}

QString OperationJournal::appendAll(QList<QJsonObject> events)
{
    const double now = double(QDateTime::currentMSecsSinceEpoch());
    QByteArray line;
    for (QJsonObject &event : events) {
        event.insert(kTime, now);
        line += QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
    }

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    // Append mode writes each line at the end even when two programs share the journal.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return Text::tr("Cannot open the operation journal %1: %2").arg(m_path, file.errorString());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(line) != line.size() || !file.flush()) {
        return Text::tr("Cannot write the operation journal %1: %2")
            .arg(m_path, file.errorString());
    }
    if (::fsync(file.handle()) != 0)
        return Text::tr("Cannot sync the operation journal %1 to disk.").arg(m_path);
    return {};
}

namespace {

QJsonObject intentEvent(const OperationRecord &operation)
{
    QJsonArray items;
    for (const ChangeItem &item : operation.items) {
        QJsonObject object { { QStringLiteral("domain"), item.domain } };
        if (!item.certificateId.isEmpty())
            object.insert(QStringLiteral("certificateId"), item.certificateId);
        if (!item.previousCertificateId.isEmpty())
            object.insert(QStringLiteral("previousCertificateId"), item.previousCertificateId);
        items.append(object);
    }
    QJsonObject event { { kEvent, QStringLiteral("intent") },
                        { kOperation, operation.operationId },
                        { QStringLiteral("kind"), changekind::name(operation.kind) },
                        { QStringLiteral("profile"), operation.profile },
                        { QStringLiteral("endpoint"), operation.endpoint },
                        { QStringLiteral("acceleratorId"), operation.acceleratorId },
                        { QStringLiteral("listenerId"), operation.listenerId },
                        { QStringLiteral("items"), items } };
    if (!operation.undoes.isEmpty())
        event.insert(QStringLiteral("undoes"), operation.undoes);
    if (!operation.planId.isEmpty())
        event.insert(QStringLiteral("plan"), operation.planId);
    return event;
}

} // namespace

QString OperationJournal::recordIntent(const OperationRecord &operation)
{
    return append(intentEvent(operation));
}

QString OperationJournal::recordIntents(const QList<OperationRecord> &operations)
{
    QList<QJsonObject> events;
    for (const OperationRecord &operation : operations)
        events.append(intentEvent(operation));
    return appendAll(std::move(events));
}

QString OperationJournal::recordSent(const QString &operationId, const QString &requestId)
{
    return append({ { kEvent, QStringLiteral("sent") },
                    { kOperation, operationId },
                    { QStringLiteral("requestId"), requestId } });
}

QString OperationJournal::recordState(const QString &operationId, const QString &state)
{
    return append({ { kEvent, QStringLiteral("state") },
                    { kOperation, operationId },
                    { QStringLiteral("state"), state } });
}

QString OperationJournal::recordResumed(const QString &operationId)
{
    return append({ { kEvent, QStringLiteral("resumed") }, { kOperation, operationId } });
}

QString OperationJournal::recordDone(const QString &operationId)
{
    return append({ { kEvent, QStringLiteral("done") }, { kOperation, operationId } });
}

QString OperationJournal::recordFailed(const QString &operationId, const QString &code,
                                       const QString &message, const QString &requestId)
{
    return append({ { kEvent, QStringLiteral("failed") },
                    { kOperation, operationId },
                    { QStringLiteral("code"), code },
                    { QStringLiteral("message"), message },
                    { QStringLiteral("requestId"), requestId } });
}

QList<OperationRecord> OperationJournal::operations(QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot read the operation journal %1: %2")
                         .arg(m_path, file.errorString());
        return {};
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    QList<OperationRecord> records;
    QHash<QString, qsizetype> indexById;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        const QString type = event.value(kEvent).toString();
        const QString id = event.value(kOperation).toString();
        if (type.isEmpty() || id.isEmpty()) {
            // The last line may be torn by a crash mid-write; anything else is worth a word.
            if (i != lines.size() - 1)
                qCWarning(lcOps) << "skipping unreadable journal line" << (i + 1);
            continue;
        }
        if (type == u"intent") {
            if (indexById.contains(id))
                continue;
            OperationRecord record;
            record.operationId = id;
            record.profile = event.value(u"profile").toString();
            record.endpoint = event.value(u"endpoint").toString();
            record.acceleratorId = event.value(u"acceleratorId").toString();
            record.listenerId = event.value(u"listenerId").toString();
            // Journals written before kinds existed hold dissociations as a "domains" list.
            record.kind = changekind::fromName(event.value(u"kind").toString())
                              .value_or(ChangeKind::Dissociate);
            record.undoes = event.value(u"undoes").toString();
            record.planId = event.value(u"plan").toString();
            for (const QJsonValue &value : event.value(u"items").toArray()) {
                const QJsonObject item = value.toObject();
                record.items.append({ item.value(u"domain").toString(),
                                      item.value(u"certificateId").toString(),
                                      item.value(u"previousCertificateId").toString() });
            }
            for (const QJsonValue &domain : event.value(u"domains").toArray())
                record.items.append({ domain.toString(), {}, {} });
            record.createdAt = record.updatedAt = timeOf(event);
            indexById.insert(id, records.size());
            records.append(record);
        } else if (const auto it = indexById.constFind(id); it != indexById.cend()) {
            apply(records[*it], type, event);
        }
    }
    return records;
}

QList<OperationRecord> OperationJournal::unfinished(QString *error) const
{
    QList<OperationRecord> open;
    const QList<OperationRecord> all = operations(error);
    for (const OperationRecord &record : all) {
        if (!record.isFinished())
            open.append(record);
    }
    return open;
}

} // namespace ga
