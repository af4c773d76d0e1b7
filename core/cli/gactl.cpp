#include "gactl.h"

#include "api/gaclient.h"
#include "auth/credentialchain.h"
#include "auth/keychainsecretstore.h"
#include "auth/profilestore.h"
#include "inventorycommand.h"
#include "logging.h"
#include "mutationcommands.h"
#include "net/environmentproxy.h"
#include "ops/operationjournal.h"
#include "ops/operationqueue.h"
#include "ops/watcherregistry.h"
#include "profilecommands.h"
#include "readcommands.h"

#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace ga {

std::optional<bool> confirmOnTerminal(const QString &question)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    QTextStream err(stderr);
    err << question;
    err.flush();
    char buffer[64] = {};
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return false;
    const QString answer = QString::fromLocal8Bit(buffer).trimmed().toLower();
    return answer == u"y" || answer == u"yes";
}

Gactl::Gactl(GactlOptions options, QProcessEnvironment environment, QTextStream &out,
             QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
{
    m_context.options = std::move(options);
    m_context.out = &out;
    m_context.err = &err;
    m_context.confirm = &confirmOnTerminal;
    m_context.finish = [this](int code) {
        if (m_finished)
            return;
        m_finished = true;
        m_context.out->flush();
        m_context.err->flush();
        // Queued, so a command's own slot returns before the caller tears everything down.
        QTimer::singleShot(0, this, [this, code] { emit finished(code); });
    };
}

Gactl::~Gactl() = default;

void Gactl::setConfirm(std::function<std::optional<bool>(const QString &)> confirm)
{
    m_context.confirm = std::move(confirm);
}

void Gactl::setStores(ProfileStore *profiles, SecretStore *secrets)
{
    m_profiles = profiles;
    m_secrets = secrets;
}

ProfileStore *Gactl::profileStore()
{
    if (!m_profiles) {
        m_ownedProfiles = std::make_unique<ProfileStore>();
        m_profiles = m_ownedProfiles.get();
    }
    return m_profiles;
}

SecretStore *Gactl::secretStore()
{
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(KeychainSecretStore::defaultService(), this);
    return m_secrets;
}

QString Gactl::setUp(const ResolvedCredentials &resolved)
{
    const GactlOptions &options = m_context.options;
    if (options.has(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("ga.*.debug=true"));

    GaClient::Config config;
    // A profile's endpoint and signature belong with its key, so they beat the environment;
    // the command line beats both.
    const std::optional<Profile> &profile = resolved.profile;
    QString endpoint = options.value(QStringLiteral("endpoint"));
    if (endpoint.isEmpty() && profile)
        endpoint = profile->endpoint;
    if (endpoint.isEmpty())
        endpoint = m_environment.value(QStringLiteral("ALIBABA_CLOUD_ENDPOINT_GA"));
    if (endpoint.isEmpty())
        endpoint = GaClient::defaultEndpoint();
    if (!endpoint.contains(QStringLiteral("://")))
        endpoint.prepend(QStringLiteral("https://"));
    config.endpoint = QUrl(endpoint, QUrl::StrictMode);
    config.signatureVersion
        = signatureVersionFromString(options.value(QStringLiteral("signature")))
              .value_or(profile ? profile->signatureVersion : SignatureVersion::V3);
    config.transport.caFile = options.value(QStringLiteral("ca-file"));
    // --proxy, else NO_PROXY and HTTPS_PROXY (net/environmentproxy.h has the order).
    const ProxyDecision proxy
        = decideProxy(config.endpoint, options.value(QStringLiteral("proxy")), m_environment);
    if (proxy.mode == TransportOptions::ProxyMode::Explicit) {
        if (const QString problem = checkProxyUrl(proxy.url); !problem.isEmpty())
            return proxy.source + QStringLiteral(": ") + problem;
    }
    qCDebug(lcApi).noquote() << "proxy:" << proxy.url.toDisplayString(QUrl::RemoveUserInfo)
                             << "from" << proxy.source;
    proxy.applyTo(&config.transport);
    config.maxInFlight = options.value(QStringLiteral("concurrency"), QStringLiteral("4")).toInt();

    config.credentials = resolved.credentials;
    m_context.profile = profile ? profile->name : QString();

    m_context.client = new GaClient(config, this);
    if (!m_context.client->configurationError().isEmpty())
        return m_context.client->configurationError();
    m_journal = std::make_unique<OperationJournal>(m_journalPath);
    m_context.journal = m_journal.get();
    m_context.queue = new OperationQueue(this);
    // --poll-schedule terraform: the same watcher on terraform's schedule, for comparisons.
    const WatchSchedule schedule = options.value(QStringLiteral("poll-schedule")) == u"terraform"
        ? WatchSchedule::terraform()
        : WatchSchedule {};
    m_context.watchers = new WatcherRegistry(m_context.client, schedule, steadyClock(), this);
    return {};
}

void Gactl::run()
{
    const QString &command = m_context.options.command;
    if (command == u"profile")
        return profilecommands::run(m_context, *profileStore(), *secretStore());
    if (command == u"operations") {
        // Reads the local journal only: no credentials, no keychain prompt.
        ResolvedCredentials none;
        none.credentials = Credentials(QStringLiteral("-"), QStringLiteral("-"));
        return start(none);
    }
    CredentialChain(profileStore(), secretStore(), m_environment)
        .resolve(m_context.options.value(QStringLiteral("profile")), this)
        ->onFinished(this, [this](const Result<ResolvedCredentials> &resolved) {
            if (!resolved.ok())
                return m_context.failWith(resolved.error());
            start(resolved.value());
        });
}

void Gactl::start(const ResolvedCredentials &resolved)
{
    const QString &command = m_context.options.command;
    if (const std::optional<Profile> &profile = resolved.profile) {
        if (const QString refusal = profilecommands::refusalForReadOnly(command, *profile);
            !refusal.isEmpty()) {
            return m_context.failWith(ApiError::invalidInput(refusal));
        }
        if (resolved.source == ResolvedCredentials::Source::LastUsedProfile) {
            *m_context.err << "gactl: "
                           << tr("using profile \"%1\" (last used; choose another with "
                                 "--profile NAME)")
                                  .arg(profile->name)
                           << '\n';
        } else {
            profileStore()->setLastUsed(profile->name);
        }
    }
    if (const QString problem = setUp(resolved); !problem.isEmpty())
        return m_context.failWith(ApiError::invalidInput(problem));

    if (command == u"accelerators")
        readcommands::accelerators(m_context);
    else if (command == u"listeners")
        readcommands::listeners(m_context);
    else if (command == u"certificates")
        readcommands::certificates(m_context);
    else if (command == u"listener")
        readcommands::listener(m_context);
    else if (command == u"inventory")
        (new InventoryCommand(m_context, this))->run();
    else if (command == u"dissociate")
        mutationcommands::dissociate(m_context);
    else if (command == u"watch")
        mutationcommands::watch(m_context);
    else if (command == u"operations")
        mutationcommands::operations(m_context);
    else if (command == u"resume")
        mutationcommands::resume(m_context);
}

} // namespace ga
