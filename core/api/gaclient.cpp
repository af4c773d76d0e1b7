#include "gaclient.h"

#include "casclient.h"
#include "failedjob.h"
#include "inputvalidation.h"
#include "networkpool.h"
#include "pagedjobs.h"
#include "requestscheduler.h"
#include "responseparser.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::api)
};

const QByteArray regionId = QByteArrayLiteral("cn-hangzhou"); // docs/ga-api.md §1.1

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// Runs the checks in order and returns the first error, if any.
std::optional<ApiError> firstError(std::initializer_list<Result<QString>> checks)
{
    for (const Result<QString> &check : checks) {
        if (!check.ok())
            return check.error();
    }
    return std::nullopt;
}

// The checks every mutation shares; on success `params` holds AcceleratorId, ListenerId and
// ClientToken as they will be sent.
std::optional<ApiError> checkMutationTarget(const QString &acceleratorId, const QString &listenerId,
                                            const QString &clientToken, ParamMap *params)
{
    const Result<QString> accelerator
        = validate::resourceId(acceleratorId, validate::acceleratorIdLabel());
    const Result<QString> listener = validate::resourceId(listenerId, validate::listenerIdLabel());
    const Result<QString> token = validate::clientToken(clientToken);
    if (const auto error = firstError({ accelerator, listener, token }))
        return error;
    *params = { { "AcceleratorId", utf8(accelerator.value()) },
                { "ListenerId", utf8(listener.value()) },
                { "ClientToken", utf8(token.value()) } };
    return std::nullopt;
}

std::optional<ApiError> addUpdateParams(const QString &domainName, const QString &certificateId,
                                        ParamMap *params)
{
    const Result<QString> certificate
        = validate::resourceId(certificateId, QStringLiteral("certificate ID"));
    const Result<QString> domain = validate::domain(domainName);
    if (const auto error = firstError({ certificate, domain }))
        return error;
    (*params)["Domain"] = utf8(domain.value());
    (*params)["CertificateId"] = utf8(certificate.value());
    return std::nullopt;
}

// GA reports a DryRun that passes as the error DryRunOperation (docs/ga-api.md §4.2): this
// job turns that answer into a success and every other answer into the failure it is.
class DryRunJob final : public Job<MutationAccepted>
{
public:
    DryRunJob(Job<MutationAccepted> *check, QObject *parent)
        : Job<MutationAccepted>(parent)
        , m_check(check)
    {
        check->setParent(this);
        connect(check, &JobBase::retryScheduled, this, &JobBase::retryScheduled);
        check->onFinished(this, [this](const Result<MutationAccepted> &result) {
            if (!result.ok() && result.error().code == u"DryRunOperation")
                return finish(MutationAccepted { result.error().requestId, {} });
            if (result.ok()) {
                ApiError odd;
                odd.kind = ApiError::Kind::InvalidResponse;
                odd.message = QStringLiteral("GA accepted a DryRun update as a real one.");
                return finish(odd);
            }
            finish(result.error());
        });
    }
    void cancel() override
    {
        if (m_check)
            m_check->cancel();
    }

private:
    QPointer<Job<MutationAccepted>> m_check;
};

} // namespace

QString GaClient::defaultEndpoint()
{
    return QStringLiteral("https://ga.cn-hangzhou.aliyuncs.com");
}

GaClient::GaClient(Config config, QObject *parent)
    : GaApi(parent)
{
    m_context.endpoint = config.endpoint;
    m_context.credentials = std::move(config.credentials);
    m_context.signatureVersion = config.signatureVersion;
    m_context.transport = config.transport;
    m_context.retryPolicy = config.retryPolicy;
    if (!config.retryBudget)
        m_ownBudget = std::make_unique<RetryBudget>();
    m_context.retryBudget = config.retryBudget ? config.retryBudget : m_ownBudget.get();
    m_context.clock = &Clock::orSystem(config.clock);
    m_context.network = new NetworkPool(config.maxInFlight, this);
    m_context.scheduler = new RequestScheduler(config.maxInFlight, this);

    m_configurationError = checkEndpoint(m_context.endpoint);
    if (m_configurationError.isEmpty())
        m_configurationError = m_context.network->configure(m_context.transport);
    if (m_configurationError.isEmpty())
        m_configurationError
            = buildSslConfiguration(m_context.transport, &m_context.sslConfiguration);
    if (m_configurationError.isEmpty() && !m_context.credentials.isComplete())
        m_configurationError = Text::tr("No complete credentials: an AccessKey ID and "
                                        "its secret are both needed.");
    // A refused CAS endpoint is a refused configuration: nothing at all is sent.
    if (m_configurationError.isEmpty() && !config.casEndpoint.isEmpty())
        m_configurationError = checkEndpoint(config.casEndpoint);
    m_cas = new CasClient(&m_context, config.casEndpoint, m_configurationError, this);
}

GaClient::~GaClient()
{
    // Calls reach into m_context, which dies before QObject deletes the children: end them
    // now, queued ones first so that ending a running one does not start the next.
    m_context.scheduler->clear();
    const QList<JobBase *> jobs = findChildren<JobBase *>(Qt::FindDirectChildrenOnly);
    for (JobBase *job : jobs)
        delete job;
    delete m_cas; // and with it the CAS calls, which reach into m_context as well
}

CasApi *GaClient::cas() const
{
    return m_cas;
}

RpcCall *GaClient::newCall(const char *action, ParamMap params)
{
    params["RegionId"] = regionId;
    return new RpcCall(&m_context, ApiCall { QByteArray(action), std::move(params) }, this);
}

template<typename T> Job<T> *GaClient::failedJob(const ApiError &error)
{
    return new FailedJob<T>(error, this);
}

Job<QList<Accelerator>> *GaClient::listAccelerators(const QString &state)
{
    if (!m_configurationError.isEmpty())
        return failedJob<QList<Accelerator>>(ApiError::invalidInput(m_configurationError));
    auto makeCall = [this, state](int page) {
        ParamMap params { { "PageNumber", QByteArray::number(page) },
                          { "PageSize", QByteArray::number(pageSize) } };
        if (!state.isEmpty())
            params["State"] = utf8(state);
        return newCall("ListAccelerators", std::move(params));
    };
    return new NumberPagedJob<Accelerator>(makeCall, &parse::acceleratorPage, pageSize, this);
}

Job<Accelerator> *GaClient::describeAccelerator(const QString &acceleratorId)
{
    const Result<QString> id = validate::resourceId(acceleratorId, validate::acceleratorIdLabel());
    if (!m_configurationError.isEmpty())
        return failedJob<Accelerator>(ApiError::invalidInput(m_configurationError));
    if (!id.ok())
        return failedJob<Accelerator>(id.error());
    return new ParsedCallJob<Accelerator>(
        newCall("DescribeAccelerator", { { "AcceleratorId", utf8(id.value()) } }),
        &parse::accelerator, this);
}

Job<QList<Listener>> *GaClient::listListeners(const QString &acceleratorId)
{
    const Result<QString> id = validate::resourceId(acceleratorId, validate::acceleratorIdLabel());
    if (!m_configurationError.isEmpty())
        return failedJob<QList<Listener>>(ApiError::invalidInput(m_configurationError));
    if (!id.ok())
        return failedJob<QList<Listener>>(id.error());
    auto makeCall = [this, accelerator = utf8(id.value())](int page) {
        return newCall("ListListeners",
                       { { "AcceleratorId", accelerator },
                         { "PageNumber", QByteArray::number(page) },
                         { "PageSize", QByteArray::number(pageSize) } });
    };
    return new NumberPagedJob<Listener>(makeCall, &parse::listenerPage, pageSize, this);
}

Job<Listener> *GaClient::describeListener(const QString &listenerId)
{
    const Result<QString> id = validate::resourceId(listenerId, validate::listenerIdLabel());
    if (!m_configurationError.isEmpty())
        return failedJob<Listener>(ApiError::invalidInput(m_configurationError));
    if (!id.ok())
        return failedJob<Listener>(id.error());
    return new ParsedCallJob<Listener>(
        newCall("DescribeListener", { { "ListenerId", utf8(id.value()) } }), &parse::listener,
        this);
}

Job<QList<ListenerCertificate>> *GaClient::listListenerCertificates(const QString &acceleratorId,
                                                                    const QString &listenerId,
                                                                    CertificateRole role)
{
    const Result<QString> accelerator
        = validate::resourceId(acceleratorId, validate::acceleratorIdLabel());
    const Result<QString> listener = validate::resourceId(listenerId, validate::listenerIdLabel());
    if (!m_configurationError.isEmpty())
        return failedJob<QList<ListenerCertificate>>(ApiError::invalidInput(m_configurationError));
    if (const auto error = firstError({ accelerator, listener }))
        return failedJob<QList<ListenerCertificate>>(*error);
    ParamMap base { { "AcceleratorId", utf8(accelerator.value()) },
                    { "ListenerId", utf8(listener.value()) },
                    { "MaxResults", QByteArray::number(pageSize) } };
    if (role == CertificateRole::Additional)
        base["Role"] = "additional";
    else if (role == CertificateRole::Default)
        base["Role"] = "default";
    auto makeCall = [this, base](const QString &token) {
        ParamMap params = base;
        if (!token.isEmpty())
            params["NextToken"] = utf8(token);
        return newCall("ListListenerCertificates", std::move(params));
    };
    return new TokenPagedJob<ListenerCertificate>(makeCall, &parse::certificatePage, this);
}

Job<MutationAccepted> *GaClient::mutation(const char *action, ParamMap params)
{
    if (!m_configurationError.isEmpty())
        return failedJob<MutationAccepted>(ApiError::invalidInput(m_configurationError));
    return new ParsedCallJob<MutationAccepted>(newCall(action, std::move(params)),
                                               &parse::mutationAccepted, this);
}

Job<MutationAccepted> *
GaClient::associateAdditionalCertificates(const QString &acceleratorId, const QString &listenerId,
                                          const QList<QPair<QString, QString>> &certificates,
                                          const QString &clientToken)
{
    ParamMap params;
    if (const auto error = checkMutationTarget(acceleratorId, listenerId, clientToken, &params))
        return failedJob<MutationAccepted>(*error);
    QStringList domainNames;
    for (const auto &[domain, certificateId] : certificates)
        domainNames.append(domain);
    const Result<QStringList> domains = validate::domains(domainNames);
    if (!domains.ok())
        return failedJob<MutationAccepted>(domains.error());
    for (qsizetype i = 0; i < certificates.size(); ++i) {
        const Result<QString> certificateId
            = validate::resourceId(certificates[i].second, QStringLiteral("certificate ID"));
        if (!certificateId.ok())
            return failedJob<MutationAccepted>(certificateId.error());
        const QByteArray prefix = "Certificates." + QByteArray::number(i + 1);
        params[prefix + ".Domain"] = utf8(domains.value()[i]);
        params[prefix + ".Id"] = utf8(certificateId.value());
    }
    return mutation("AssociateAdditionalCertificatesWithListener", std::move(params));
}

Job<MutationAccepted> *GaClient::dissociateAdditionalCertificates(const QString &acceleratorId,
                                                                  const QString &listenerId,
                                                                  const QStringList &domainNames,
                                                                  const QString &clientToken)
{
    ParamMap params;
    if (const auto error = checkMutationTarget(acceleratorId, listenerId, clientToken, &params))
        return failedJob<MutationAccepted>(*error);
    const Result<QStringList> domains = validate::domains(domainNames);
    if (!domains.ok())
        return failedJob<MutationAccepted>(domains.error());
    for (qsizetype i = 0; i < domains.value().size(); ++i)
        params["Domains." + QByteArray::number(i + 1)] = utf8(domains.value()[i]);
    return mutation("DissociateAdditionalCertificatesFromListener", std::move(params));
}

Job<MutationAccepted> *GaClient::updateAdditionalCertificate(const QString &acceleratorId,
                                                             const QString &listenerId,
                                                             const QString &domainName,
                                                             const QString &certificateId,
                                                             const QString &clientToken)
{
    ParamMap params;
    if (const auto error = checkMutationTarget(acceleratorId, listenerId, clientToken, &params))
        return failedJob<MutationAccepted>(*error);
    if (const auto error = addUpdateParams(domainName, certificateId, &params))
        return failedJob<MutationAccepted>(*error);
    return mutation("UpdateAdditionalCertificateWithListener", std::move(params));
}

Job<MutationAccepted> *GaClient::checkUpdateAdditionalCertificate(const QString &acceleratorId,
                                                                  const QString &listenerId,
                                                                  const QString &domainName,
                                                                  const QString &certificateId)
{
    // Any valid token passes the target check; the check itself is sent without one.
    ParamMap params;
    if (const auto error
        = checkMutationTarget(acceleratorId, listenerId, QStringLiteral("dry-run"), &params))
        return failedJob<MutationAccepted>(*error);
    params.erase("ClientToken");
    if (const auto error = addUpdateParams(domainName, certificateId, &params))
        return failedJob<MutationAccepted>(*error);
    params["DryRun"] = "true";
    return new DryRunJob(mutation("UpdateAdditionalCertificateWithListener", std::move(params)),
                         this);
}

} // namespace ga
