#pragma once

#include "credentials.h"
#include "requestsigner.h"
#include "retrypolicy.h"
#include "transportoptions.h"

#include <QDateTime>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace ga {

class RequestScheduler;

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
    std::function<QDateTime()> clock;
    QNetworkAccessManager *network = nullptr;
    RequestScheduler *scheduler = nullptr;
};

} // namespace ga
