#pragma once

#include "api/gaclient.h"

#include <QProcessEnvironment>

#include <memory>
#include <optional>

namespace ga {

struct Profile;
struct ProxySettings;

// What a program knows when it makes a client: the command line, the saved profile in use
// (if any), the saved proxy settings (the console's) and the environment.
struct ClientConfigInputs
{
    QString endpointFlag; // --endpoint
    QString casEndpointFlag; // --cas-endpoint
    QString signatureFlag; // --signature v1|v3
    QString caFile; // --ca-file
    QString proxyFlag; // gactl's --proxy URL|none
    int maxInFlight = RequestScheduler::defaultMaxInFlight; // --concurrency
    const Profile *profile = nullptr;
    // The console's saved proxy page; null for gactl, which reads the environment instead
    // (core/net/environmentproxy.h has the order).
    const ProxySettings *savedProxy = nullptr;
    QProcessEnvironment environment;
};

struct ResolvedClientConfig
{
    GaClient::Config config;
    QString proxySource; // for --verbose: where the proxy came from
    QString problem; // non-empty: refused, nothing may be sent
};

// The one resolution of a client configuration, for gactl and the console alike. The
// endpoint is --endpoint, else the profile's, else ALIBABA_CLOUD_ENDPOINT_GA, else GA's
// public endpoint (an address without a scheme is https://); the signature --signature,
// else the profile's, else V3. A profile's endpoint and signature belong with its key, so
// they beat the environment; the command line beats both. The Certificate Management endpoint
// follows the same order (--cas-endpoint, the profile's, ALIBABA_CLOUD_ENDPOINT_CAS); with none,
// each certificate's store is asked at its site's public endpoint (docs/cas-api.md §1).
ResolvedClientConfig resolveClientConfig(const ClientConfigInputs &inputs);

// Makes every client of one process, all sharing one retry budget (so an outage does not
// become a retry storm however many clients or profiles are in use) and one clock.
class ClientFactory
{
public:
    explicit ClientFactory(const Clock *clock = nullptr);
    ~ClientFactory();

    // The client for `config`, or null with `problem` set when its configuration is refused.
    std::unique_ptr<GaClient> make(GaClient::Config config, QString *problem) const;
    RetryBudget *retryBudget() const { return m_budget.get(); }

private:
    std::unique_ptr<RetryBudget> m_budget;
    const Clock *m_clock;
};

} // namespace ga
