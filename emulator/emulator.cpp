#include "emulator.h"

#include "api/percentencoding.h"
#include "casactions.h"
#include "casworld.h"
#include "gaactions.h"
#include "logging.h"
#include "productrouter.h"
#include "signatureverifier.h"
#include "tokenbucket.h"
#include "world.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace ga::emu {
namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

// RFC 7231 IMF-fixdate, as every HTTP server sends it in Date.
QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

// The decoded request, with the form body read only when it is one.
IncomingRequest decode(const QHttpServerRequest &request)
{
    IncomingRequest incoming;
    incoming.method = request.method() == QHttpServerRequest::Method::Get ? "GET" : "POST";
    incoming.query = parseQueryString(request.url().query(QUrl::FullyEncoded).toLatin1());
    incoming.body = request.body();
    for (const auto &[name, value] : request.headers())
        incoming.headers[name.toLower()] = value;
    const auto type = incoming.headers.find("content-type");
    if (type != incoming.headers.end()
        && type->second.startsWith("application/x-www-form-urlencoded"))
        incoming.form = parseQueryString(incoming.body);
    return incoming;
}

} // namespace

Emulator::Emulator(EmulatorOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_log(m_options.eventLogPath)
    , m_verifier(std::make_unique<SignatureVerifier>(
          QHash<QString, QString> { { m_options.accessKeyId, m_options.accessKeySecret } }))
    , m_throttle(std::make_unique<TokenBucket>(m_options.qps))
    , m_casThrottle(std::make_unique<TokenBucket>(m_options.casQps.value_or(m_options.qps)))
    , m_datedFromSeconds(QDateTime::currentSecsSinceEpoch())
    , m_random(quint32(m_options.seed))
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_datedFromSeconds, Qt::UTC);
    World world = World::generate({ m_options.seed, m_options.accelerators, m_options.listeners,
                                    m_options.certificates, m_options.certificateQuota, now });
    CasWorld cas = CasWorld::generate(world, { m_options.seed, m_options.certificateHealth, now });
    m_actions = new GaActions(std::move(world), m_options.updateMs, &m_stats, &m_log, this);
    m_actions->operations().setCertificateQuota(m_options.certificateQuota);
    m_cas = std::make_unique<CasActions>(std::move(cas), &m_actions->world(), &m_stats);
    m_cas->setListHidesExpired(m_options.casListHidesExpired);
    m_router = std::make_unique<ProductRouter>(m_actions, m_cas.get());
    m_monotonic.start();
}

Emulator::~Emulator() = default;

World &Emulator::world()
{
    return m_actions->world();
}

CasWorld &Emulator::casWorld()
{
    return m_cas->world();
}

void Emulator::setClock(const Clock *clock)
{
    m_clock = clock;
    m_verifier->setClock(clock);
    m_cas->setClock(clock);
    const qint64 nowSeconds = now().toSecsSinceEpoch();
    m_actions->world().shiftTimes(nowSeconds - m_datedFromSeconds);
    m_cas->world().shiftTimes(nowSeconds - m_datedFromSeconds);
    m_datedFromSeconds = nowSeconds;
}

QDateTime Emulator::now() const
{
    return Clock::orSystem(m_clock).utcNow();
}

void Emulator::setUpdateMs(int updateMs)
{
    m_options.updateMs = updateMs;
    m_actions->setUpdateMs(updateMs);
}

bool Emulator::start(QString *error)
{
    if (!m_options.eventLogPath.isEmpty() && !m_log.isOpen()) {
        *error = QStringLiteral("Cannot open the event log %1: %2")
                     .arg(m_options.eventLogPath, m_log.errorString());
        return false;
    }
    QString scheme = QStringLiteral("http");
    if (!m_options.tlsCertificatePath.isEmpty()) {
        QFile certificateFile(m_options.tlsCertificatePath);
        QFile keyFile(m_options.tlsKeyPath);
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("Cannot read the TLS certificate or key.");
            return false;
        }
        const QSslCertificate certificate(&certificateFile, QSsl::Pem);
        QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            keyFile.seek(0);
            key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
        }
        if (certificate.isNull() || key.isNull()) {
            *error = QStringLiteral("The TLS certificate or key is not valid PEM.");
            return false;
        }
        sslSetup(certificate, key);
        scheme = QStringLiteral("https");
    }
    const QHostAddress address(m_options.host == u"localhost" ? QStringLiteral("127.0.0.1")
                                                              : m_options.host);
    if (address.isNull()) {
        *error = QStringLiteral("--host %1 is not an IP address.").arg(m_options.host);
        return false;
    }
    const quint16 port = listen(address, m_options.port);
    if (port == 0) {
        *error = QStringLiteral("Cannot listen on %1:%2.").arg(m_options.host).arg(m_options.port);
        return false;
    }
    m_baseUrl.setScheme(scheme);
    m_baseUrl.setHost(address.toString());
    m_baseUrl.setPort(port);
    return true;
}

bool Emulator::chance(double rate)
{
    return rate > 0 && m_random.generateDouble() < rate;
}

Emulator::Reply Emulator::errorReply(int status, const QString &code, const QString &message,
                                     const QString &requestId, const QString &product) const
{
    // docs/ga-api.md §4.1: the gateway's error body.
    Reply reply;
    reply.status = status;
    reply.body
        = { { QStringLiteral("RequestId"), requestId },
            { QStringLiteral("HostId"), m_baseUrl.host() },
            { QStringLiteral("Code"), code },
            { QStringLiteral("Message"), message },
            { QStringLiteral("Recommend"),
              QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&product=%2&requestId=%3")
                  .arg(code, product, requestId) } };
    return reply;
}

bool Emulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    bool drop = false;
    const Reply reply = process(request, &drop);
    // The stats endpoint is for observers: it answers at once even with --latency-ms.
    const bool isStats = request.url().path() == u"/__emulator/stats";
    if (!isStats)
        noteConnection(socket);
    send(socket, reply, drop, isStats ? 0 : m_options.latencyMs);
    return true;
}

void Emulator::noteConnection(QTcpSocket *socket)
{
    if (m_connections.contains(socket))
        return;
    m_connections.insert(socket);
    m_concurrency.connections = int(m_connections.size());
    m_concurrency.peakConnections
        = std::max(m_concurrency.peakConnections, m_concurrency.connections);
    const auto closed = [this, socket] {
        m_connections.remove(socket);
        m_concurrency.connections = int(m_connections.size());
    };
    connect(socket, &QTcpSocket::disconnected, this, closed);
    connect(socket, &QObject::destroyed, this, closed);
}

void Emulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(socket,
         errorReply(404, QStringLiteral("InvalidAction.NotFound"),
                    QStringLiteral("Specified api is not found, please check your url and method."),
                    newRequestId()),
         false, m_options.latencyMs);
    Q_UNUSED(request)
}

Emulator::Reply Emulator::process(const QHttpServerRequest &request, bool *dropConnection)
{
    const QString requestId = newRequestId();
    const QString path = request.url().path();
    if (path == u"/__emulator/stats" && request.method() == QHttpServerRequest::Method::Get) {
        Reply reply;
        reply.body = m_stats.toJson();
        reply.body.insert(
            QStringLiteral("concurrency"),
            QJsonObject { { QStringLiteral("connections"), m_concurrency.connections },
                          { QStringLiteral("peakConnections"), m_concurrency.peakConnections },
                          { QStringLiteral("pending"), m_concurrency.pending },
                          { QStringLiteral("peakPending"), m_concurrency.peakPending } });
        return reply;
    }
    if (path != u"/" && !path.isEmpty())
        return errorReply(
            404, QStringLiteral("InvalidAction.NotFound"),
            QStringLiteral("Specified api is not found, please check your url and method."),
            requestId);
    if (request.method() != QHttpServerRequest::Method::Get
        && request.method() != QHttpServerRequest::Method::Post)
        return errorReply(405, QStringLiteral("UnsupportedHTTPMethod"),
                          QStringLiteral("This http method is not supported."), requestId);

    ++m_stats.requests;
    const IncomingRequest incoming = decode(request);
    if (m_observer)
        m_observer(incoming);
    const Verdict verdict = m_verifier->verify(incoming);
    if (!verdict.ok) {
        ++m_stats.signatureFailures;
        m_log.request(verdict.action, verdict.accessKeyId, false, verdict.code);
        return errorReply(verdict.httpStatus, verdict.code, verdict.message, requestId);
    }
    ++m_stats.requestsByAction[verdict.action];
    const auto finish = [&](Reply reply, const QString &code) {
        m_log.request(verdict.action, verdict.accessKeyId, code.isEmpty(), code, verdict.params);
        return reply;
    };
    // Each product has its own quota; a version neither has counts against GA's.
    const Product product = productOf(verdict.apiVersion);
    const QString productName = productCode(product);
    TokenBucket &throttle = product == Product::Cas ? *m_casThrottle : *m_throttle;
    if (!throttle.tryTake(verdict.accessKeyId, m_monotonic.elapsed())) {
        ++m_stats.throttled;
        const QString code = QStringLiteral("Throttling.User");
        return finish(errorReply(400, code,
                                 QStringLiteral("Request was denied due to user flow control."),
                                 requestId, productName),
                      code);
    }
    if (chance(m_options.faultRate)) {
        ++m_stats.faults;
        const QString code = QStringLiteral("ServiceUnavailable");
        return finish(
            errorReply(
                503, code,
                QStringLiteral("The request has failed due to a temporary failure of the server."),
                requestId, productName),
            code);
    }

    const ActionResponse response
        = m_router->handle(verdict.apiVersion, verdict.action, verdict.params, requestId);
    if (!response.code.isEmpty())
        return finish(errorReply(response.httpStatus, response.code, response.message, requestId,
                                 productName),
                      response.code);
    Reply reply;
    reply.body = response.body;
    reply.body.insert(QStringLiteral("RequestId"),
                      response.requestId.isEmpty() ? requestId : response.requestId);
    if (response.appliedMutation && chance(m_options.dropAfterApply)) {
        ++m_stats.dropped;
        *dropConnection = true;
    }
    return finish(reply, {});
}

void Emulator::send(QTcpSocket *socket, const Reply &reply, bool dropConnection, int latencyMs)
{
    QPointer<QTcpSocket> guarded(socket);
    // The Date header tells a client whose timestamp was refused how far off its clock is.
    Reply dated = reply;
    dated.extraHeaders += "Date: " + httpDate(now()) + "\r\n";
    const auto deliver = [guarded, reply = std::move(dated), dropConnection] {
        if (!guarded)
            return; // the client went away meanwhile
        if (dropConnection)
            guarded->abort();
        else
            write(guarded, reply);
    };
    if (latencyMs > 0) {
        ++m_concurrency.pending;
        m_concurrency.peakPending = std::max(m_concurrency.peakPending, m_concurrency.pending);
        QTimer::singleShot(latencyMs, this, [this, deliver] {
            --m_concurrency.pending;
            deliver();
        });
    } else
        deliver();
}

void Emulator::write(QTcpSocket *socket, const Reply &reply)
{
    const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
        + reasonPhrase(reply.status)
        + "\r\nContent-Type: application/json;charset=utf-8\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    const QJsonValue requestId = reply.body.value(QStringLiteral("RequestId"));
    if (requestId.isString())
        head += "x-acs-request-id: " + requestId.toString().toLatin1() + "\r\n";
    head += reply.extraHeaders;
    head += "\r\n";
    socket->write(head + body);
}

} // namespace ga::emu
