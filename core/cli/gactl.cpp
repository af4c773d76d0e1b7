#include "gactl.h"

#include "api/gaclient.h"
#include "inventorycommand.h"
#include "mutationcommands.h"
#include "ops/operationjournal.h"
#include "ops/operationqueue.h"
#include "ops/watcherregistry.h"
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

QString Gactl::setUp()
{
    const GactlOptions &options = m_context.options;
    if (options.has(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("ga.*.debug=true"));

    GaClient::Config config;
    QString endpoint = options.value(QStringLiteral("endpoint"));
    if (endpoint.isEmpty())
        endpoint = m_environment.value(QStringLiteral("ALIBABA_CLOUD_ENDPOINT_GA"));
    if (endpoint.isEmpty())
        endpoint = GaClient::defaultEndpoint();
    if (!endpoint.contains(QStringLiteral("://")))
        endpoint.prepend(QStringLiteral("https://"));
    config.endpoint = QUrl(endpoint, QUrl::StrictMode);
    config.signatureVersion = signatureVersionFromString(
                                  options.value(QStringLiteral("signature"), QStringLiteral("v3")))
                                  .value_or(SignatureVersion::V3);
    config.transport.caFile = options.value(QStringLiteral("ca-file"));
    if (options.has(QStringLiteral("proxy"))) {
        config.transport.proxyMode = TransportOptions::ProxyMode::Explicit;
        config.transport.proxyUrl = QUrl(options.value(QStringLiteral("proxy")));
    }
    config.maxInFlight = options.value(QStringLiteral("concurrency"), QStringLiteral("4")).toInt();

    const QString id = m_environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"));
    const QString secret = m_environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    const QString token = m_environment.value(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"));
    const bool needsCredentials = options.command != u"operations";
    if (needsCredentials && (id.isEmpty() || secret.isEmpty())) {
        return QStringLiteral("No credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                              "ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN "
                              "for STS).");
    }
    config.credentials = Credentials(id, secret, token);
    if (!needsCredentials)
        config.credentials = Credentials(QStringLiteral("-"), QStringLiteral("-"));

    m_context.client = new GaClient(config, this);
    if (!m_context.client->configurationError().isEmpty())
        return m_context.client->configurationError();
    m_journal = std::make_unique<OperationJournal>(m_journalPath);
    m_context.journal = m_journal.get();
    m_context.queue = new OperationQueue(this);
    m_context.watchers = new WatcherRegistry(m_context.client, WatchSchedule {}, this);
    return {};
}

void Gactl::run()
{
    if (const QString problem = setUp(); !problem.isEmpty())
        return m_context.failWith(ApiError::invalidInput(problem));

    const QString &command = m_context.options.command;
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
