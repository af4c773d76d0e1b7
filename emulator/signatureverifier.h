#pragma once

#include "api/canonicalquery.h"
#include "api/v3signer.h"
#include "clock.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

namespace ga::emu {

// A request as the gateway sees it, decoded.
struct IncomingRequest
{
    QByteArray method; // GET or POST
    ParamMap query; // URL query parameters
    ParamMap form; // x-www-form-urlencoded body parameters
    v3::HeaderMap headers; // lower-case names
    QByteArray body;
};

// The outcome of checking a request's signature, and what the request asks for.
struct Verdict
{
    bool ok = false;
    int httpStatus = 400;
    QString code;
    QString message;
    QString accessKeyId;
    QString action;
    QString apiVersion;
    QString signatureVersion; // "v1" or "v3"
    ParamMap params; // the operation's parameters, common ones removed
};

// Verifies V1 and V3 signatures the way the gateway does (docs/signing.md §3, §4, §7): unknown
// key, stale timestamp (more than 15 minutes off), reused nonce and a wrong signature each
// get their own code. Reuses the project's own canonicalisation code.
class SignatureVerifier
{
public:
    static constexpr qint64 timestampWindowSeconds = 15 * 60;

    // `clock`: the time stale timestamps are judged by; Clock::system() when null.
    explicit SignatureVerifier(QHash<QString, QString> secretsByAccessKeyId,
                               const Clock *clock = nullptr);

    Verdict verify(const IncomingRequest &request);
    void setClock(const Clock *clock) { m_clock = clock; }

private:
    Verdict verifyV1(const IncomingRequest &request);
    Verdict verifyV3(const IncomingRequest &request);
    bool checkTimestamp(const QByteArray &stamp, Verdict &verdict) const;
    bool useNonce(const QByteArray &nonce, Verdict &verdict);
    QDateTime now() const;

    QHash<QString, QString> m_secrets;
    const Clock *m_clock = nullptr;
    QHash<QByteArray, qint64> m_nonces; // nonce -> when it may be forgotten (ms since epoch)
    qsizetype m_pruneAbove = 100'000; // table size that triggers the next scan for expired ones
};

Verdict rejection(int httpStatus, const QString &code, const QString &message);

} // namespace ga::emu
