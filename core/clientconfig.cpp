#include "clientconfig.h"

#include "api/retrypolicy.h"
#include "auth/profile.h"
#include "net/environmentproxy.h"
#include "net/proxysettings.h"

namespace ga {

ResolvedClientConfig resolveClientConfig(const ClientConfigInputs &inputs)
{
    ResolvedClientConfig resolved;
    GaClient::Config &config = resolved.config;
    QString endpoint = inputs.endpointFlag;
    if (endpoint.isEmpty() && inputs.profile)
        endpoint = inputs.profile->endpoint;
    if (endpoint.isEmpty())
        endpoint = inputs.environment.value(QStringLiteral("ALIBABA_CLOUD_ENDPOINT_GA"));
    if (endpoint.isEmpty())
        endpoint = GaClient::defaultEndpoint();
    if (!endpoint.contains(QStringLiteral("://")))
        endpoint.prepend(QStringLiteral("https://"));
    config.endpoint = QUrl(endpoint, QUrl::StrictMode);
    config.signatureVersion
        = signatureVersionFromString(inputs.signatureFlag)
              .value_or(inputs.profile ? inputs.profile->signatureVersion : SignatureVersion::V3);
    config.transport.caFile = inputs.caFile;
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
