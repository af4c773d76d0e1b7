#pragma once

#include "gatypes.h"
#include "result.h"

#include <QByteArray>

// JSON bodies of GA responses to typed values (ga-api.md §2) and error bodies to ApiError
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

} // namespace ga::parse
