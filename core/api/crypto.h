#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Thin wrappers over OpenSSL 3 EVP: raw digests and MACs, no encoding.
namespace ga::crypto {

QByteArray sha256(QByteArrayView data);
QByteArray hmacSha1(QByteArrayView key, QByteArrayView data);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

// Constant-time comparison, for checking signatures without a timing oracle.
bool equalConstantTime(QByteArrayView a, QByteArrayView b);

// Cryptographically random bytes from OpenSSL's DRBG.
QByteArray randomBytes(int count);

} // namespace ga::crypto
