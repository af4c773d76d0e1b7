#pragma once

#include "canonicalquery.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

class QDateTime;

namespace ga {

class Credentials;

enum class SignatureVersion { V1, V3 };
QString signatureVersionName(SignatureVersion version);
std::optional<SignatureVersion> signatureVersionFromString(QStringView text);

inline constexpr char gaApiVersion[] = "2019-11-20";

// One RPC operation with its own parameters (RegionId included), before any signing.
struct ApiCall
{
    QByteArray action;
    ParamMap params;
    QByteArray apiVersion = gaApiVersion;
    // Where to send it; empty: the client's endpoint. Certificate Management calls name
    // their store's endpoint here, so they share the GA client's signer and scheduler.
    QUrl endpoint = {};
};

// The exact HTTP request to send: POST to "/" with every parameter in the query and an
// empty body (docs/architecture.md, Requests). `headers` lists what the caller must set, in order;
// Host is not among them because Qt derives it from the URL, but it is signed as
// hostHeader() gives it.
struct SignedRequest
{
    QByteArray method;
    QByteArray pathAndQuery;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QUrl url(const QUrl &endpoint) const;
};

// Builds and signs requests. Signing is the very last step: the caller sends exactly what
// comes back and, on a retry, signs again with a new timestamp and nonce.
class RequestSigner
{
public:
    static SignedRequest sign(const QUrl &endpoint, const ApiCall &call,
                              const Credentials &credentials, SignatureVersion version,
                              const QDateTime &now, QByteArrayView nonce);

    // 32 lowercase hex digits from OpenSSL's random generator.
    static QByteArray newNonce();
    // yyyy-MM-ddTHH:mm:ssZ in UTC, seconds precision.
    static QByteArray timestamp(const QDateTime &time);
    // host[:port] exactly as Qt writes the Host header for this URL (no port when default).
    static QByteArray hostHeader(const QUrl &endpoint);
};

} // namespace ga
