#include "apierror.h"

#include <QStringList>

namespace ga {

bool ApiError::isThrottling() const
{
    // docs/ga-api.md §4.3: match the code, not the status, which differs by product.
    // A bare 429 from a proxy or a newer gateway is throttling too, whatever its body.
    return (kind == Kind::Service && code.contains(u"Throttling"))
        || ((kind == Kind::Http || kind == Kind::Service) && httpStatus == 429);
}

bool ApiError::isBusy() const
{
    return kind == Kind::Service
        && (code == u"StateError.Accelerator" || code == u"StateError.Listener"
            || code == u"NotActive.Listener");
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::None:
        return false;
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
    case Kind::Service:
        // Qt resends a request by itself when a kept-alive connection closes before the
        // answer; the gateway then sees the same nonce twice. Signing anew fixes that, and the
        // ClientToken keeps a mutation from being applied twice.
        return httpStatus >= 500 || code == u"ServiceUnavailable" || code == u"SignatureNonceUsed";
    case Kind::Tls:
    case Kind::InvalidResponse:
    case Kind::InvalidInput:
    case Kind::Cancelled:
        return false;
    }
    return false;
}

QString ApiError::toString() const
{
    if (kind == Kind::InvalidInput)
        return message;
    QString text = code.isEmpty() ? kindName(kind) : code;
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    QStringList details;
    if (httpStatus > 0)
        details << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!requestId.isEmpty())
        details << QStringLiteral("RequestId %1").arg(requestId);
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + u')';
    return text;
}

ApiError ApiError::invalidInput(const QString &message)
{
    ApiError error;
    error.kind = Kind::InvalidInput;
    error.message = message;
    return error;
}

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("None");
    case ApiError::Kind::Network:
        return QStringLiteral("NetworkError");
    case ApiError::Kind::Tls:
        return QStringLiteral("TlsError");
    case ApiError::Kind::Timeout:
        return QStringLiteral("Timeout");
    case ApiError::Kind::Http:
        return QStringLiteral("HttpError");
    case ApiError::Kind::Service:
        return QStringLiteral("ServiceError");
    case ApiError::Kind::InvalidResponse:
        return QStringLiteral("InvalidResponse");
    case ApiError::Kind::InvalidInput:
        return QStringLiteral("InvalidInput");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}

} // namespace ga
