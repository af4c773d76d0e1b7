#pragma once

#include "clock.h"
#include "credentials.h"
#include "requestscheduler.h"
#include "requestsigner.h"
#include "retrypolicy.h"
#include "transportoptions.h"

#include <QDateTime>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

namespace ga {

class NetworkPool;

// What every request of one GaClient shares. Owned by the client; its calls hold a pointer.
struct ClientContext
{
    QUrl endpoint;
    Credentials credentials;
    SignatureVersion signatureVersion = SignatureVersion::V3;
    TransportOptions transport;
    QSslConfiguration sslConfiguration;
    RetryPolicy retryPolicy;
    RetryBudget *retryBudget = nullptr;
    const Clock *clock = nullptr; // never null once the client made it
    NetworkPool *network = nullptr;
    RequestScheduler *scheduler = nullptr;
};

} // namespace ga
