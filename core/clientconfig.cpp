#include "clientconfig.h"

#include "api/retrypolicy.h"
#include "auth/profile.h"
#include "net/environmentproxy.h"
#include "net/proxysettings.h"

namespace ga {

namespace {

// The flag, else the profile's, else the environment's; "" when none is set. An address
// without a scheme is https://.
QString firstEndpoint(const QString &flag, const QString &profile, const QString &environment)
{
    QString endpoint = flag;
    if (endpoint.isEmpty())
        endpoint = profile;
    if (endpoint.isEmpty())
        endpoint = environment;
    if (!endpoint.isEmpty() && !endpoint.contains(QStringLiteral("://")))
        endpoint.prepend(QStringLiteral("https://"));
    return endpoint;
}

} // namespace

ResolvedClientConfig resolveClientConfig(const ClientConfigInputs &inputs)
{
    ResolvedClientConfig resolved;
    GaClient::Config &config = resolved.config;
    const QString endpoint
        = firstEndpoint(inputs.endpointFlag, inputs.profile ? inputs.profile->endpoint : QString(),
                        inputs.environment.value(QStringLiteral("ALIBABA_CLOUD_ENDPOINT_GA")));
    config.endpoint
        = QUrl(endpoint.isEmpty() ? GaClient::defaultEndpoint() : endpoint, QUrl::StrictMode);
    const QString casEndpoint = firstEndpoint(
        inputs.casEndpointFlag, inputs.profile ? inputs.profile->casEndpoint : QString(),
        inputs.environment.value(QStringLiteral("ALIBABA_CLOUD_ENDPOINT_CAS")));
    if (!casEndpoint.isEmpty())
        config.casEndpoint = QUrl(casEndpoint, QUrl::StrictMode);
    config.signatureVersion
        = signatureVersionFromString(inputs.signatureFlag)
              .value_or(inputs.profile ? inputs.profile->signatureVersion : SignatureVersion::V3);
    config.transport.caFile = inputs.caFile;
    if (const QString problem = readMaxConnections(inputs.environment, &config.transport);
        !problem.isEmpty()) {
        resolved.problem = problem;
        return resolved;
    }
    config.maxInFlight = inputs.maxInFlight;
    if (inputs.savedProxy && inputs.proxyFlag.isEmpty()) {
        inputs.savedProxy->applyTo(&config.transport);
        resolved.proxySource = QStringLiteral("proxy settings");
        return resolved;
    }
    const ProxyDecision proxy = decideProxy(config.endpoint, inputs.proxyFlag, inputs.environment);
    if (proxy.mode == TransportOptions::ProxyMode::Explicit) {
        if (const QString problem = checkProxyUrl(proxy.url); !problem.isEmpty()) {
            resolved.problem = proxy.source + QStringLiteral(": ") + problem;
            return resolved;
        }
    }
    proxy.applyTo(&config.transport);
    resolved.proxySource = proxy.source;
    return resolved;
}

ClientFactory::ClientFactory(const Clock *clock)
    : m_budget(std::make_unique<RetryBudget>())
    , m_clock(clock)
{ }

ClientFactory::~ClientFactory() = default;

std::unique_ptr<GaClient> ClientFactory::make(GaClient::Config config, QString *problem) const
{
    config.retryBudget = m_budget.get();
    config.clock = m_clock;
    auto client = std::make_unique<GaClient>(std::move(config));
    if (!client->configurationError().isEmpty()) {
        if (problem)
            *problem = client->configurationError();
        return nullptr;
    }
    return client;
}

} // namespace ga
