#pragma once

#include "clientcontext.h"
#include "gaapi.h"

#include <memory>

class QNetworkAccessManager;

namespace ga {

class CasApi;
class CasClient;
class NetworkPool;
class RequestScheduler;
class RpcCall;

// Typed Global Accelerator calls over one NetworkPool (docs/architecture.md, Requests).
// Each call returns a job that finishes once with the value or an ApiError and then
// deletes itself. Bad input and a refused configuration fail the job without sending.
class GaClient final : public GaApi
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl endpoint = QUrl(QStringLiteral("https://ga.cn-hangzhou.aliyuncs.com"));
        // Certificate Management for every store; empty: each store's public endpoint
        // (docs/cas-api.md §1).
        QUrl casEndpoint;
        Credentials credentials;
        SignatureVersion signatureVersion = SignatureVersion::V3;
        TransportOptions transport;
        int maxInFlight = RequestScheduler::defaultMaxInFlight; // the window's cap
        RetryPolicy retryPolicy;
        // Shared by every client of a process (ClientFactory injects one), so an outage does
        // not turn into a retry storm; a client of its own when null.
        RetryBudget *retryBudget = nullptr;
        const Clock *clock = nullptr; // signs with Clock::system()'s time when null
    };

    static constexpr int pageSize = 50;
    static QString defaultEndpoint();

    explicit GaClient(Config config, QObject *parent = nullptr);
    ~GaClient() override;

    // Non-empty when the endpoint, CA file or proxy was refused: every call then fails with
    // this message and nothing is sent.
    const QString &configurationError() const { return m_configurationError; }
    const QUrl &endpoint() const { return m_context.endpoint; }
    QString endpointText() const override { return m_context.endpoint.toDisplayString(); }
    const Credentials &credentials() const { return m_context.credentials; }
    RequestScheduler *scheduler() const { return m_context.scheduler; }
    NetworkPool *network() const { return m_context.network; }
    // Certificate Management, over this client's signer, scheduler and credentials.
    CasApi *cas() const;

    Job<QList<Accelerator>> *listAccelerators(const QString &state = {}) override;
    Job<Accelerator> *describeAccelerator(const QString &acceleratorId) override;
    Job<QList<Listener>> *listListeners(const QString &acceleratorId) override;
    Job<Listener> *describeListener(const QString &listenerId) override;
    Job<QList<ListenerCertificate>> *listListenerCertificates(const QString &acceleratorId,
                                                              const QString &listenerId,
                                                              CertificateRole role) override;
    Job<MutationAccepted> *
    associateAdditionalCertificates(const QString &acceleratorId, const QString &listenerId,
                                    const QList<QPair<QString, QString>> &certificates,
                                    const QString &clientToken) override;
    Job<MutationAccepted> *dissociateAdditionalCertificates(const QString &acceleratorId,
                                                            const QString &listenerId,
                                                            const QStringList &domains,
                                                            const QString &clientToken) override;
    Job<MutationAccepted> *updateAdditionalCertificate(const QString &acceleratorId,
                                                       const QString &listenerId,
                                                       const QString &domain,
                                                       const QString &certificateId,
                                                       const QString &clientToken) override;
    Job<MutationAccepted> *checkUpdateAdditionalCertificate(const QString &acceleratorId,
                                                            const QString &listenerId,
                                                            const QString &domain,
                                                            const QString &certificateId) override;

private:
    RpcCall *newCall(const char *action, ParamMap params);
    template<typename T> Job<T> *failedJob(const ApiError &error);
    Job<MutationAccepted> *mutation(const char *action, ParamMap params);

    std::unique_ptr<RetryBudget> m_ownBudget;
    ClientContext m_context;
    QString m_configurationError;
    CasClient *m_cas = nullptr;
};

} // namespace ga
