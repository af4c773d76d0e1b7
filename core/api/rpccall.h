#pragma once

#include "job.h"
#include "requestsigner.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace ga {

struct ClientContext;

// One RPC operation until it succeeds or fails for good: waits for a scheduler slot, signs,
// sends, classifies the answer and retries under the RetryPolicy and the retry budget.
// Every attempt is signed anew (fresh timestamp and nonce); the parameters, and with them
// any ClientToken, stay the same.
class RpcCall final : public Job<QJsonObject>
{
    Q_OBJECT

public:
    RpcCall(ClientContext *context, ApiCall call, QObject *parent);
    ~RpcCall() override;

    void start();
    void cancel() override;

    int attempts() const { return m_attempts; }
    const QString &action() const { return m_actionName; }
    // The call's own endpoint when it names one, else the client's.
    const QUrl &endpoint() const;

private:
    void send();
    void onReplyFinished();
    void onConnectTimeout();
    ApiError errorFromReply(QNetworkReply *reply, const QByteArray &body) const;
    void retryOrFail(ApiError error);
    void succeed(QJsonObject body);
    void fail(ApiError error);

    ClientContext *m_context;
    ApiCall m_call;
    QString m_actionName;
    QPointer<QNetworkReply> m_reply;
    QTimer m_connectTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_busySince;
    QDateTime m_signedAt; // the time the current attempt was signed with
    quint64 m_ticket = 0;
    int m_congestionEpoch = -1; // the scheduler's, when this attempt took its slot
    int m_attempts = 0;
    int m_throttledFailures = 0;
    int m_transientFailures = 0;
    int m_retryCostPaid = 0;
    bool m_timedOut = false;
    bool m_holdsSlot = false;
};

} // namespace ga
