#include "rpccall.h"

#include "clientcontext.h"
#include "logging.h"
#include "networkpool.h"
#include "requestscheduler.h"
#include "responseparser.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::api)
};

} // namespace

RpcCall::RpcCall(ClientContext *context, ApiCall call, QObject *parent)
    : Job<QJsonObject>(parent)
    , m_context(context)
    , m_call(std::move(call))
    , m_actionName(QString::fromLatin1(m_call.action))
{
    m_connectTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &RpcCall::onConnectTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &RpcCall::start);
}

RpcCall::~RpcCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_holdsSlot)
        m_context->scheduler->release(RequestScheduler::Outcome::Failed);
    else if (m_ticket)
        m_context->scheduler->cancel(m_ticket);
}

const QUrl &RpcCall::endpoint() const
{
    return m_call.endpoint.isEmpty() ? m_context->endpoint : m_call.endpoint;
}

void RpcCall::start()
{
    m_ticket = m_context->scheduler->enqueue(this, [this] {
        m_ticket = 0;
        m_holdsSlot = true;
        m_congestionEpoch = m_context->scheduler->congestionEpoch();
        send();
    });
}

void RpcCall::cancel()
{
    m_retryTimer.stop();
    m_connectTimer.stop();
    if (m_ticket) {
        m_context->scheduler->cancel(m_ticket);
        m_ticket = 0;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_holdsSlot) {
        m_holdsSlot = false;
        m_context->scheduler->release(RequestScheduler::Outcome::Failed);
    }
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = Text::tr("%1 was cancelled.").arg(m_actionName);
    error.endpoint = endpoint().toDisplayString();
    fail(error);
}

void RpcCall::send()
{
    ++m_attempts;
    m_timedOut = false;
    m_signedAt = m_context->clock->utcNow();
    const SignedRequest signedRequest
        = RequestSigner::sign(endpoint(), m_call, m_context->credentials,
                              m_context->signatureVersion, m_signedAt, RequestSigner::newNonce());

    QNetworkRequest request(signedRequest.url(endpoint()));
    for (const auto &[name, value] : signedRequest.headers)
        request.setRawHeader(name, value);
    // A redirect would carry a signed request somewhere we did not sign it for.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // HTTP/2 where the endpoint offers it over TLS (ALPN), HTTP/1.1 otherwise: one HTTP/2
    // connection carries the whole window, where HTTP/1.1 needs a connection per request in
    // flight (NetworkPool). The signed host survives either way: Qt 6.4 derives both the
    // HTTP/1.1 Host header (qhttpnetworkconnection.cpp, prepareRequest) and the HTTP/2
    // :authority (qhttp2protocolhandler.cpp, build_headers) from the URL's host and port, and
    // drops any Host header of ours for HTTP/2 (docs/architecture.md, Scheduling and retry).
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setTransferTimeout(m_context->transport.transferTimeoutMs);
    if (endpoint().scheme() == u"https")
        request.setSslConfiguration(m_context->sslConfiguration);

    qCDebug(lcApi).noquote() << m_actionName << "attempt" << m_attempts << "as"
                             << m_context->credentials.maskedAccessKeyId();
    m_reply = m_context->network->post(request, signedRequest.body);
    connect(m_reply, &QNetworkReply::finished, this, &RpcCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::requestSent, &m_connectTimer, &QTimer::stop);
    m_connectTimer.start(m_context->transport.connectTimeoutMs);
}

void RpcCall::onConnectTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

void RpcCall::onReplyFinished()
{
    m_connectTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_holdsSlot = false;

    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        m_context->scheduler->release(RequestScheduler::Outcome::Success, m_congestionEpoch);
        Result<QJsonObject> parsed = parse::jsonObject(body);
        if (!parsed.ok()) {
            ApiError error = parsed.error();
            error.httpStatus = status;
            error.endpoint = endpoint().toDisplayString();
            return fail(error);
        }
        return succeed(std::move(parsed.value()));
    }
    const ApiError error = errorFromReply(reply, body);
    m_context->scheduler->release(error.isThrottling() ? RequestScheduler::Outcome::Throttled
                                                       : RequestScheduler::Outcome::Failed,
                                  m_congestionEpoch);
    retryOrFail(error);
}

ApiError RpcCall::errorFromReply(QNetworkReply *reply, const QByteArray &body) const
{
    ApiError error;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && status.toInt() > 0) {
        const int code = status.toInt();
        if (code >= 300 && code < 400) {
            error.kind = ApiError::Kind::Http;
            error.httpStatus = code;
            error.message = Text::tr("The endpoint answered with a redirect (HTTP %1), "
                                     "which is refused: check the endpoint URL.")
                                .arg(code);
        } else {
            error = parse::errorBody(code, body);
            // A stale timestamp means this machine's clock is off: say so, and by how much.
            parse::explainClockSkew(error, reply->rawHeader("Date"), m_signedAt);
        }
        bool ok = false;
        const int retryAfter = reply->rawHeader("x-acs-retry-after").toInt(&ok);
        if (ok && retryAfter > 0)
            error.retryAfterMs = retryAfter;
    } else {
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            error.kind = ApiError::Kind::Timeout;
            error.message = m_timedOut
                ? Text::tr("No connection within %1 ms.").arg(m_context->transport.connectTimeoutMs)
                : Text::tr("No data moved for %1 ms.").arg(m_context->transport.transferTimeoutMs);
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
            error.kind = ApiError::Kind::Tls;
            break;
        default:
            error.kind = ApiError::Kind::Network;
            break;
        }
        if (error.message.isEmpty()) {
            // Qt's text can quote the request URL, and a V1 URL carries the signature.
            QString text = reply->errorString();
            text.replace(reply->url().toString(), endpoint().toDisplayString());
            text.replace(QString::fromLatin1(reply->url().toEncoded()),
                         endpoint().toDisplayString());
            error.message = text;
        }
    }
    error.endpoint = endpoint().toDisplayString();
    return error;
}

void RpcCall::retryOrFail(ApiError error)
{
    if (error.isBusy() && !m_busySince.isValid())
        m_busySince.start();
    // Throttling and transient failures each count against their own limit: a request that
    // was throttled twice still gets its transient retries when the network then drops it.
    int failuresOfThisKind = m_attempts;
    if (error.isThrottling())
        failuresOfThisKind = ++m_throttledFailures;
    else if (error.isTransient())
        failuresOfThisKind = ++m_transientFailures;
    // The one retry layer (docs/architecture.md, Scheduling and retry): a change that got no
    // answer is sent again here too, under the same jitter and budget, with its ClientToken.
    const bool carriesClientToken = m_call.params.contains("ClientToken");
    RetryDecision decision = m_context->retryPolicy.decide(
        error, failuresOfThisKind, m_busySince.isValid() ? m_busySince.elapsed() : 0,
        carriesClientToken);
    if (decision.retry && decision.reason != RetryDecision::Reason::Busy) {
        const int cost = decision.reason == RetryDecision::Reason::Throttled
            ? RetryBudget::throttleCost
            : RetryBudget::transientCost;
        if (m_context->retryBudget->tryAcquire(cost)) {
            m_retryCostPaid += cost;
        } else {
            qCWarning(lcApi).noquote() << m_actionName << "not retried: retry budget exhausted";
            decision.retry = false;
        }
    }
    if (!decision.retry)
        return fail(error);
    qCDebug(lcApi).noquote() << m_actionName << "attempt" << m_attempts
                             << "failed:" << error.toString() << "- retrying in" << decision.delayMs
                             << "ms";
    m_retryTimer.start(decision.delayMs);
    emit retryScheduled(error, decision.delayMs);
}

void RpcCall::succeed(QJsonObject body)
{
    m_context->retryBudget->refund(m_retryCostPaid > 0 ? m_retryCostPaid : 1);
    finish(std::move(body));
}

void RpcCall::fail(ApiError error)
{
    qCDebug(lcApi).noquote() << m_actionName << "failed after" << m_attempts
                             << "attempt(s):" << error.toString();
    finish(std::move(error));
}

} // namespace ga
