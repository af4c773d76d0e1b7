#pragma once

#include "clientcontext.h"
#include "gatypes.h"
#include "job.h"

#include <QObject>
#include <QPair>

class QNetworkAccessManager;

namespace ga {

class RequestScheduler;
class RpcCall;

enum class CertificateRole { Additional, Default, All };

// Typed Global Accelerator calls over one QNetworkAccessManager (docs/architecture.md, Requests).
// Each call returns a job that finishes once with the value or an ApiError and then
// deletes itself. Bad input and a refused configuration fail the job without sending.
class GaClient final : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl endpoint = QUrl(QStringLiteral("https://ga.cn-hangzhou.aliyuncs.com"));
        Credentials credentials;
        SignatureVersion signatureVersion = SignatureVersion::V3;
        TransportOptions transport;
        int maxInFlight = 4;
        RetryPolicy retryPolicy;
        RetryBudget *retryBudget = nullptr; // the process-wide one when null
        std::function<QDateTime()> clock; // current UTC time when null
    };

    static constexpr int pageSize = 50;
    static QString defaultEndpoint();

    explicit GaClient(Config config, QObject *parent = nullptr);
    ~GaClient() override;

    // Non-empty when the endpoint, CA file or proxy was refused: every call then fails with
    // this message and nothing is sent.
    const QString &configurationError() const { return m_configurationError; }
    const QUrl &endpoint() const { return m_context.endpoint; }
    const Credentials &credentials() const { return m_context.credentials; }
    RequestScheduler *scheduler() const { return m_context.scheduler; }

    Job<QList<Accelerator>> *listAccelerators(const QString &state = {});
    Job<Accelerator> *describeAccelerator(const QString &acceleratorId);
    Job<QList<Listener>> *listListeners(const QString &acceleratorId);
    Job<Listener> *describeListener(const QString &listenerId);
    Job<QList<ListenerCertificate>> *listListenerCertificates(const QString &acceleratorId,
                                                              const QString &listenerId,
                                                              CertificateRole role);
    // certificates: (domain, certificate ID) pairs, at most 10.
    Job<MutationAccepted> *
    associateAdditionalCertificates(const QString &acceleratorId, const QString &listenerId,
                                    const QList<QPair<QString, QString>> &certificates,
                                    const QString &clientToken);
    Job<MutationAccepted> *dissociateAdditionalCertificates(const QString &acceleratorId,
                                                            const QString &listenerId,
                                                            const QStringList &domains,
                                                            const QString &clientToken);
    Job<MutationAccepted> *updateAdditionalCertificate(const QString &acceleratorId,
                                                       const QString &listenerId,
                                                       const QString &domain,
                                                       const QString &certificateId,
                                                       const QString &clientToken);

private:
    RpcCall *newCall(const char *action, ParamMap params);
    template<typename T> Job<T> *failedJob(const ApiError &error);
    Job<MutationAccepted> *mutation(const char *action, ParamMap params);

    ClientContext m_context;
    QString m_configurationError;
};

} // namespace ga
