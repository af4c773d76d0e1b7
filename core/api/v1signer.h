#pragma once

#include "canonicalquery.h"

#include <QByteArray>
#include <QString>

namespace ga {
class Credentials;
}

// RPC signature "V1" (SignatureVersion 1.0, HMAC-SHA1), docs/signing.md §3.
namespace ga::v1 {

// The common parameters a V1 request carries besides the operation's own: Action, Version,
// Format, AccessKeyId, SignatureMethod, SignatureVersion, SignatureNonce, Timestamp, and
// SecurityToken with STS credentials.
ParamMap commonParameters(const Credentials &credentials, QByteArrayView action,
                          QByteArrayView apiVersion, QByteArrayView timestamp,
                          QByteArrayView nonce);

// METHOD&%2F&enc(canonicalised query), over every parameter except Signature.
QByteArray stringToSign(QByteArrayView method, const ParamMap &params);

// Base64(HMAC-SHA1(secret + "&", stringToSign)).
QByteArray signature(QByteArrayView stringToSign, const QString &accessKeySecret);

} // namespace ga::v1
