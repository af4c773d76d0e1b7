#pragma once

#include <QString>

namespace ga {

// Why a call failed, with what the service said about it. RequestId is what an admin quotes
// to Alibaba Cloud support, so every path that has one keeps it.
struct ApiError
{
    enum class Kind {
        None, // no error: what an unfinished job or a successful result holds
        Network, // no HTTP response: refused, reset, DNS, proxy
        Tls, // handshake or certificate verification failed
        Timeout, // connect or transfer timeout
        Http, // an HTTP error status without a service error body (redirects too)
        Service, // the service answered with Code / Message
        InvalidResponse, // 2xx but not the JSON we expect
        InvalidInput, // refused locally, before anything was sent
        Cancelled, // the caller gave up
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;
    QString message;
    QString requestId;
    QString endpoint;
    int retryAfterMs = -1; // x-acs-retry-after, when the service sent one

    bool isThrottling() const;
    // The instance or listener is locked by another operation: wait and send again.
    bool isBusy() const;
    bool isTransient() const;

    // "Code: Message (HTTP 400, RequestId ...)" for people and logs; never holds secrets.
    QString toString() const;

    static ApiError invalidInput(const QString &message);
};

QString kindName(ApiError::Kind kind);

} // namespace ga
