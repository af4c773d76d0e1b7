#pragma once

#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace ga::emu {

// What the emulator counts, for GET /__emulator/stats.
struct EmulatorStats
{
    qint64 requests = 0;
    QHash<QString, qint64> requestsByAction;
    qint64 mutationsAccepted = 0; // mutation requests that started an operation
    qint64 mutationsApplied = 0; // operations whose change was applied
    QSet<QString> appliedClientTokens;
    qint64 idempotentReplays = 0; // same ClientToken, same parameters: nothing applied again
    qint64 signatureFailures = 0;
    qint64 throttled = 0;
    qint64 faults = 0; // 503 answers from --fault-rate
    qint64 dropped = 0; // connections closed after applying (--drop-after-apply)

    QJsonObject toJson() const;
};

// One JSON line per request and per state transition, with the time in milliseconds, so
// tests and benchmarks can measure how long after a transition a client noticed it.
class EventLog
{
public:
    explicit EventLog(const QString &path = {});
    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_file.errorString(); }

    void request(const QString &action, const QString &accessKeyId, bool ok, const QString &code);
    void transition(const QString &kind, const QString &resource, const QString &from,
                    const QString &to);

private:
    void write(QJsonObject event);

    QFile m_file;
};

} // namespace ga::emu
