#pragma once

#include "operationrecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ga {

// An append-only JSON Lines file of operation events (docs/architecture.md, Journal): intent
// (before the first byte is sent: kind, target, and each domain with its certificate IDs), sent
// (GA accepted it, with RequestId), state, resumed, done, failed. Each line is flushed
// and fsynced before append returns, so what was written survives a crash or power loss;
// a torn last line from a crash mid-write is ignored on reading.
class OperationJournal
{
public:
    // `path` empty: ga-console/operations.jsonl under the generic data location (XDG_DATA_HOME).
    explicit OperationJournal(QString path = {});

    static QString defaultPath();
    const QString &path() const { return m_path; }

    // Each returns an empty string on success, else what went wrong (disk full, no access).
    QString recordIntent(const OperationRecord &operation);
    // Every intent of a plan in one write and one fsync: a crash leaves all of them in the
    // journal or none (a torn last line is ignored), so a resumed plan is the whole plan.
    QString recordIntents(const QList<OperationRecord> &operations);
    QString recordSent(const QString &operationId, const QString &requestId);
    QString recordState(const QString &operationId, const QString &state);
    QString recordResumed(const QString &operationId);
    QString recordDone(const QString &operationId);
    QString recordFailed(const QString &operationId, const QString &code, const QString &message,
                         const QString &requestId = {});

    // Every operation in the order its intent was written.
    QList<OperationRecord> operations(QString *error = nullptr) const;
    QList<OperationRecord> unfinished(QString *error = nullptr) const;

private:
    QString append(QJsonObject event);
    QString appendAll(QList<QJsonObject> events);

    QString m_path;
};

} // namespace ga
