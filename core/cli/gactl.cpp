#include "gactl.h"

#include "api/casapi.h"
#include "api/gaclient.h"
#include "auth/credentialchain.h"
#include "auth/keychainsecretstore.h"
#include "auth/profilestore.h"
#include "certificatecommands.h"
#include "certs/certificatecatalog.h"
#include "clientconfig.h"
#include "inventorycommand.h"
#include "logging.h"
#include "mutationcommands.h"
#include "operationreport.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "plancommand.h"
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

Gactl::~Gactl()
{
    // The operations hold the journal and the client: they go first.
    delete m_context.operations;
}

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

    const std::optional<Profile> &profile = resolved.profile;
    ClientConfigInputs inputs;
    inputs.endpointFlag = options.value(QStringLiteral("endpoint"));
    inputs.casEndpointFlag = options.value(QStringLiteral("cas-endpoint"));
    inputs.signatureFlag = options.value(QStringLiteral("signature"));
    inputs.caFile = options.value(QStringLiteral("ca-file"));
    inputs.proxyFlag = options.value(QStringLiteral("proxy"));
    inputs.maxInFlight = options
                             .value(QStringLiteral("concurrency"),
                                    QString::number(RequestScheduler::defaultMaxInFlight))
                             .toInt();
    inputs.profile = profile ? &*profile : nullptr;
    inputs.environment = m_environment;
    ResolvedClientConfig config = resolveClientConfig(inputs);
    if (!config.problem.isEmpty())
        return config.problem;
    qCDebug(lcApi).noquote() << "proxy:"
                             << config.config.transport.proxyUrl.toDisplayString(
                                    QUrl::RemoveUserInfo)
                             << "from" << config.proxySource;
    config.config.credentials = resolved.credentials;
    m_context.profile = profile ? profile->name : QString();

    m_clients = std::make_unique<ClientFactory>();
    QString problem;
    m_client = m_clients->make(std::move(config.config), &problem);
    if (!m_client)
        return problem;
    m_context.client = m_client.get();
    m_context.catalog = new CertificateCatalog(m_client->cas(), m_client.get());
    m_journal = std::make_unique<OperationJournal>(m_journalPath);
    OperationCenter::Settings settings;
    // --poll-schedule terraform: the same watcher on terraform's schedule, for comparisons.
    if (options.value(QStringLiteral("poll-schedule")) == u"terraform")
        settings.schedule = WatchSchedule::terraform();
    settings.watch = options.has(QStringLiteral("wait")) || m_context.options.command == u"resume";
    settings.watchTimeoutMs
        = options.value(QStringLiteral("timeout"), QStringLiteral("180")).toInt() * 1000;
    // gactl resume reports a change another process runs as skipped (exit 2), and does not
    // wait for that process to end.
    settings.leaseRetryMs = 0;
    m_context.operations = new OperationCenter(m_journal.get(), settings, this);
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
        // A plan only shown (--plan) sends nothing: a read-only profile may look.
        const bool onlyShown = m_context.options.has(QStringLiteral("plan"));
        if (const QString refusal = profilecommands::refusalForReadOnly(command, *profile);
            !refusal.isEmpty() && !onlyShown) {
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
    else if (command == u"certificates" && m_context.options.has(QStringLiteral("details")))
        certificatecommands::certificatesWithDetails(m_context);
    else if (command == u"certificates")
        readcommands::certificates(m_context);
    else if (command == u"listener")
        readcommands::listener(m_context);
    else if (command == u"inventory")
        (new InventoryCommand(m_context, this))->run();
    else if (command == u"expiring")
        certificatecommands::expiring(m_context);
    else if (command == u"dissociate")
        mutationcommands::dissociate(m_context);
    else if (command == u"associate")
        mutationcommands::associate(m_context);
    else if (command == u"undo" && m_context.options.arguments.value(0).startsWith(u"plan-"))
        (new PlanCommand(m_context, this))->run();
    else if (command == u"undo")
        mutationcommands::undo(m_context);
    else if (command == u"watch")
        mutationcommands::watch(m_context);
    else if (command == u"operations")
        operationreport::list(m_context);
    else if (command == u"resume")
        mutationcommands::resume(m_context);
    else if (command == u"retire" || command == u"replace")
        (new PlanCommand(m_context, this))->run();
}

} // namespace ga
