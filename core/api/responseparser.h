#pragma once

#include "gatypes.h"
#include "result.h"

#include <QByteArray>

// JSON bodies of GA responses to typed values (docs/ga-api.md §2) and error bodies to ApiError
// (§4.1). Nothing here throws or asserts on what the network sent.
namespace ga::parse {

Result<QJsonObject> jsonObject(const QByteArray &body);

Result<Accelerator> accelerator(const QJsonObject &object);
Result<Listener> listener(const QJsonObject &object);
Result<ListenerCertificate> certificate(const QJsonObject &object);

Result<Page<Accelerator>> acceleratorPage(const QJsonObject &body);
Result<Page<Listener>> listenerPage(const QJsonObject &body);
Result<Page<ListenerCertificate>> certificatePage(const QJsonObject &body);
Result<MutationAccepted> mutationAccepted(const QJsonObject &body);

// An error response: Code/Message/RequestId in either capitalisation the gateways use.
// Without a readable body the error is Kind::Http with the status alone.
ApiError errorBody(int httpStatus, const QByteArray &body);

// For InvalidTimeStamp.Expired: says that the local clock is off and, from the response's
// Date header (RFC 7231, e.g. "Sun, 06 Nov 1994 08:49:37 GMT"), by about how much and in
// which direction, compared with `signedAt`, the time the request was signed with. Other
// errors are left alone.
void explainClockSkew(ApiError &error, const QByteArray &dateHeader, const QDateTime &signedAt);

// "Sun, 06 Nov 1994 08:49:37 GMT" to UTC; invalid when it is not an HTTP date.
QDateTime httpDate(const QByteArray &text);
// "about 3 hours", "about 20 minutes", "about 40 seconds".
QString roughDuration(qint64 seconds);

} // namespace ga::parse
