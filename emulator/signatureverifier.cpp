#include "signatureverifier.h"

#include "api/crypto.h"
#include "api/v1signer.h"

#include <algorithm>

namespace ga::emu {
namespace {

const QList<QByteArray> v1CommonParameters { "AccessKeyId",    "Action",        "Format",
                                             "SecurityToken",  "Signature",     "SignatureMethod",
                                             "SignatureNonce", "SignatureType", "SignatureVersion",
                                             "Timestamp",      "Version" };

ParamMap merged(const IncomingRequest &request)
{
    ParamMap params = request.query;
    for (const auto &[name, value] : request.form)
        params[name] = value;
    return params;
}

} // namespace

Verdict rejection(int httpStatus, const QString &code, const QString &message)
{
    Verdict verdict;
    verdict.httpStatus = httpStatus;
    verdict.code = code;
    verdict.message = message;
    return verdict;
}

SignatureVerifier::SignatureVerifier(QHash<QString, QString> secretsByAccessKeyId,
                                     const Clock *clock)
    : m_secrets(std::move(secretsByAccessKeyId))
    , m_clock(clock)
{ }

QDateTime SignatureVerifier::now() const
{
    return Clock::orSystem(m_clock).utcNow();
}

Verdict SignatureVerifier::verify(const IncomingRequest &request)
{
    const auto authorization = request.headers.find("authorization");
    if (authorization != request.headers.end())
        return verifyV3(request);
    if (request.query.count("Signature") || request.form.count("Signature"))
        return verifyV1(request);
    return rejection(400, QStringLiteral("IncompleteSignature"),
                     QStringLiteral("The request signature does not conform to Aliyun standards."));
}

bool SignatureVerifier::checkTimestamp(const QByteArray &stamp, Verdict &verdict) const
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(stamp), Qt::ISODate);
    if (!time.isValid()) {
        verdict = rejection(
            400, QStringLiteral("InvalidTimeStamp.Format"),
            QStringLiteral("Specified time stamp or date value is not well formatted."));
        return false;
    }
    if (std::abs(time.secsTo(now())) > timestampWindowSeconds) {
        verdict = rejection(400, QStringLiteral("InvalidTimeStamp.Expired"),
                            QStringLiteral("Specified time stamp or date value is expired."));
        return false;
    }
    return true;
}

bool SignatureVerifier::useNonce(const QByteArray &nonce, Verdict &verdict)
{
    const qint64 nowMs = now().toMSecsSinceEpoch();
    if (m_nonces.size() > m_pruneAbove) {
        m_nonces.removeIf(
            [nowMs](const QHash<QByteArray, qint64>::iterator it) { return it.value() < nowMs; });
        // Nonces live 30 minutes, so a busy server may keep more than the threshold: scan
        // again only once the table has doubled, not on every request.
        m_pruneAbove = std::max<qsizetype>(100'000, m_nonces.size() * 2);
    }
    const auto it = m_nonces.constFind(nonce);
    if (it != m_nonces.cend() && it.value() >= nowMs) {
        verdict = rejection(400, QStringLiteral("SignatureNonceUsed"),
                            QStringLiteral("Specified signature nonce was used already."));
        return false;
    }
    // A nonce only has to be unique while its timestamp could still be accepted.
    m_nonces.insert(nonce, nowMs + 2 * timestampWindowSeconds * 1000);
    return true;
}

Verdict SignatureVerifier::verifyV1(const IncomingRequest &request)
{
    ParamMap params = merged(request);
    for (const char *required : { "AccessKeyId", "Timestamp", "SignatureNonce", "SignatureMethod",
                                  "SignatureVersion", "Action", "Version" }) {
        if (!params.count(required)) {
            return rejection(
                400, QStringLiteral("Missing%1").arg(QLatin1String(required)),
                QStringLiteral("%1 is mandatory for this action.").arg(QLatin1String(required)));
        }
    }
    const QString accessKeyId = QString::fromUtf8(params["AccessKeyId"]);
    if (!m_secrets.contains(accessKeyId))
        return rejection(404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                         QStringLiteral("Specified access key is not found."));
    if (params["SignatureMethod"] != "HMAC-SHA1" || params["SignatureVersion"] != "1.0")
        return rejection(400, QStringLiteral("InvalidSignatureMethod"),
                         QStringLiteral("Specified signature method is not supported."));
    Verdict verdict;
    if (!checkTimestamp(params["Timestamp"], verdict))
        return verdict;

    const QByteArray given = params["Signature"];
    params.erase("Signature");
    const QByteArray stringToSign = v1::stringToSign(request.method, params);
    const QByteArray expected = v1::signature(stringToSign, m_secrets.value(accessKeyId));
    if (!crypto::equalConstantTime(given, expected)) {
        return rejection(400, QStringLiteral("SignatureDoesNotMatch"),
                         QStringLiteral("Specified signature is not matched with our calculation. "
                                        "server string to sign is:%1")
                             .arg(QString::fromUtf8(stringToSign)));
    }
    if (!useNonce(params["SignatureNonce"], verdict))
        return verdict;

    verdict.ok = true;
    verdict.httpStatus = 200;
    verdict.accessKeyId = accessKeyId;
    verdict.action = QString::fromUtf8(params["Action"]);
    verdict.apiVersion = QString::fromUtf8(params["Version"]);
    verdict.signatureVersion = QStringLiteral("v1");
    for (const QByteArray &common : v1CommonParameters)
        params.erase(common);
    verdict.params = std::move(params);
    return verdict;
}

Verdict SignatureVerifier::verifyV3(const IncomingRequest &request)
{
    const v3::ParsedAuthorization auth
        = v3::parseAuthorization(request.headers.at("authorization"));
    if (!auth.ok)
        return rejection(
            400, QStringLiteral("IncompleteSignature"),
            QStringLiteral("The Authorization header is not an ACS3-HMAC-SHA256 signature."));
    const QString accessKeyId = QString::fromUtf8(auth.accessKeyId);
    if (!m_secrets.contains(accessKeyId))
        return rejection(404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                         QStringLiteral("Specified access key is not found."));
    for (const char *required : { "x-acs-action", "x-acs-version", "x-acs-date",
                                  "x-acs-signature-nonce", "x-acs-content-sha256", "host" }) {
        if (!request.headers.count(required))
            return rejection(
                400, QStringLiteral("IncompleteSignature"),
                QStringLiteral("The header %1 is missing.").arg(QLatin1String(required)));
    }
    Verdict verdict;
    if (!checkTimestamp(request.headers.at("x-acs-date"), verdict))
        return verdict;
    if (request.headers.at("x-acs-content-sha256") != v3::hashPayload(request.body))
        return rejection(
            400, QStringLiteral("SignatureDoesNotMatch"),
            QStringLiteral("The x-acs-content-sha256 header does not match the body."));

    // Sign exactly the headers the client says it signed, and require the ones that must be.
    v3::HeaderMap signedHeaders;
    const QList<QByteArray> names = auth.signedHeaders.split(';');
    for (const QByteArray &name : names) {
        const auto it = request.headers.find(name);
        if (it == request.headers.end())
            return rejection(400, QStringLiteral("IncompleteSignature"),
                             QStringLiteral("The signed header %1 was not sent.")
                                 .arg(QString::fromLatin1(name)));
        signedHeaders[name] = it->second;
    }
    // x-acs-* headers change what a request means, so they must be signed. An unsigned
    // content-type is tolerated (docs/signing.md §9 leaves open what the gateway does).
    for (const auto &[name, value] : request.headers) {
        if (name.startsWith("x-acs-") && !signedHeaders.count(name))
            return rejection(
                400, QStringLiteral("IncompleteSignature"),
                QStringLiteral("The header %1 must be signed.").arg(QString::fromLatin1(name)));
    }
    const v3::Canonical canonical
        = v3::canonicalize(request.method, request.query, signedHeaders, request.body);
    const QByteArray expected = v3::signature(canonical.stringToSign, m_secrets.value(accessKeyId));
    if (!crypto::equalConstantTime(auth.signature, expected)) {
        return rejection(400, QStringLiteral("SignatureDoesNotMatch"),
                         QStringLiteral("Specified signature is not matched with our calculation. "
                                        "server string to sign is:%1")
                             .arg(QString::fromUtf8(canonical.stringToSign)));
    }
    if (!useNonce(request.headers.at("x-acs-signature-nonce"), verdict))
        return verdict;

    verdict.ok = true;
    verdict.httpStatus = 200;
    verdict.accessKeyId = accessKeyId;
    verdict.action = QString::fromUtf8(request.headers.at("x-acs-action"));
    verdict.apiVersion = QString::fromUtf8(request.headers.at("x-acs-version"));
    verdict.signatureVersion = QStringLiteral("v3");
    verdict.params = merged(request);
    return verdict;
}

} // namespace ga::emu
