#include "crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <stdexcept>

namespace ga::crypto {
namespace {

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

QByteArray hmac(const char *digest, QByteArrayView key, QByteArrayView data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t length = 0;
    // EVP_Q_mac rejects a null key pointer even when the length is 0.
    static const unsigned char emptyKey = 0;
    const unsigned char *keyBytes = key.isEmpty() ? &emptyKey : bytes(key);
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, digest, nullptr, keyBytes, size_t(key.size()),
                   bytes(data), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()),
                   size_t(out.size()), &length)) {
        throw std::runtime_error("OpenSSL HMAC failed");
    }
    out.truncate(qsizetype(length));
    return out;
}

} // namespace

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()),
                    &length, EVP_sha256(), nullptr)) {
        throw std::runtime_error("OpenSSL SHA-256 failed");
    }
    out.truncate(qsizetype(length));
    return out;
}

QByteArray hmacSha1(QByteArrayView key, QByteArrayView data)
{
    return hmac("SHA1", key, data);
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    return hmac("SHA256", key, data);
}

bool equalConstantTime(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        throw std::runtime_error("OpenSSL RAND_bytes failed");
    return out;
}

} // namespace ga::crypto
