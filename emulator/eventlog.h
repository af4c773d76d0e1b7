#pragma once

#include "api/canonicalquery.h"

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
    qint64 dryRunsPassed = 0; // updates with DryRun=true that would have been accepted
    qint64 idempotentReplays = 0; // same ClientToken, same parameters: nothing applied again
    qint64 signatureFailures = 0;
    qint64 throttled = 0;
    qint64 faults = 0; // 503 answers from --fault-rate
    qint64 dropped = 0; // connections closed after applying (--drop-after-apply)
    // GetUserCertificateDetail answers that carried a private key (asked without
    // CertFilter=true): a client that never downloads keys keeps this at 0.
    qint64 privateKeysServed = 0;

    QJsonObject toJson() const;
};

// One JSON line per request and per state transition, with the time in milliseconds, so
// tests and benchmarks can measure how long after a transition a client noticed it. A request
// line carries the operation's parameters with anything that could be key material or a
// certificate body replaced (scrubbed()); answers are never logged.
class EventLog
{
public:
    explicit EventLog(const QString &path = {});
    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_file.errorString(); }

    void request(const QString &action, const QString &accessKeyId, bool ok, const QString &code,
                 const ParamMap &params = {});
    void transition(const QString &kind, const QString &resource, const QString &from,
                    const QString &to);

    // The parameters as a log may show them: the value of a Key-like name (Key, PrivateKey,
    // SignPrivateKey, ...), a secret or password, a certificate body (Cert, EncryptCert,
    // SignCert) or any value holding PEM is replaced by scrubbedValue.
    static QJsonObject scrubbed(const ParamMap &params);
    static constexpr char scrubbedValue[] = "[scrubbed]";

private:
    void write(QJsonObject event);

    QFile m_file;
};

} // namespace ga::emu
