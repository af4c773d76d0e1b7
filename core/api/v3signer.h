#pragma once

#include "canonicalquery.h"

#include <QByteArray>
#include <QString>

// Header-based signature "V3" (ACS3-HMAC-SHA256), docs/signing.md §4.
namespace ga::v3 {

inline constexpr char algorithm[] = "ACS3-HMAC-SHA256";

// Lower-case header names to values.
using HeaderMap = std::map<QByteArray, QByteArray>;

// host, content-type and every x-acs-* header take part in the signature.
bool isSignedHeader(QByteArrayView lowerCaseName);

// Every intermediate of one V3 signature, so tests and the emulator can compare them.
struct Canonical
{
    QByteArray hashedPayload;
    QByteArray canonicalQuery;
    QByteArray canonicalHeaders;
    QByteArray signedHeaders;
    QByteArray canonicalRequest;
    QByteArray hashedCanonicalRequest;
    QByteArray stringToSign;
};

// Builds the canonical request over `headers`: only the signed ones are used, whatever
// else the map holds. `headers` must already carry x-acs-content-sha256 when the caller
// wants it signed; hashPayload() gives its value.
Canonical canonicalize(QByteArrayView method, const ParamMap &query, const HeaderMap &headers,
                       QByteArrayView body);

QByteArray hashPayload(QByteArrayView body);

// lowercase-hex(HMAC-SHA256(secret, stringToSign)).
QByteArray signature(QByteArrayView stringToSign, const QString &accessKeySecret);

QByteArray authorization(QByteArrayView accessKeyId, QByteArrayView signedHeaders,
                         QByteArrayView signature);

// The parts of an Authorization header; ok is false when it does not have the V3 shape.
struct ParsedAuthorization
{
    bool ok = false;
    QByteArray accessKeyId;
    QByteArray signedHeaders;
    QByteArray signature;
};
ParsedAuthorization parseAuthorization(QByteArrayView header);

} // namespace ga::v3
