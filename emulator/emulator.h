#pragma once

#include "emulatoroptions.h"
#include "eventlog.h"
#include "signatureverifier.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace ga::emu {

class CasActions;
class CasWorld;
class GaActions;
class ProductRouter;
class TokenBucket;
class World;

// A local Global Accelerator endpoint on Qt HttpServer, with Certificate Management beside it
// on the same URL: signature checks, throttling (a quota per product), faults, latency and the
// actions of GaActions and CasActions, in the caller's thread and event loop. Nothing here
// blocks, so ga-console --demo can run one beside its window.
class Emulator final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit Emulator(EmulatorOptions options, QObject *parent = nullptr);
    ~Emulator() override;

    // Starts listening; false with a message in `error` when it cannot.
    bool start(QString *error);
    QUrl baseUrl() const { return m_baseUrl; }
    const EmulatorOptions &options() const { return m_options; }
    const EmulatorStats &stats() const { return m_stats; }

    World &world();
    GaActions &actions() { return *m_actions; }
    CasWorld &casWorld();
    CasActions &casActions() { return *m_cas; }
    // The time the emulator judges signatures by and dates its answers with; the system's
    // when null. The clock must outlive the emulator. Tests move it to check timestamp
    // handling; the Date header of every answer follows it. The worlds are re-dated to it, as
    // if generated at its now, so their dates (certificate expiry above all) count from there.
    void setClock(const Clock *clock);
    // Tests see every API request as it arrives, before its signature is checked (to learn
    // the signatures that crossed the wire, for instance).
    void setRequestObserver(std::function<void(const IncomingRequest &)> observer)
    {
        m_observer = std::move(observer);
    }
    void setUpdateMs(int updateMs);
    void setFaultRate(double rate) { m_options.faultRate = rate; }
    void setDropAfterApply(double rate) { m_options.dropAfterApply = rate; }
    void setLatencyMs(int latencyMs) { m_options.latencyMs = latencyMs; }

    // What a client's concurrency looks like from here, for tests and bench_gactl (also under
    // "concurrency" in /__emulator/stats): connections open that carried an API request, and
    // API answers held back by --latency-ms, now and at most so far. Over HTTP/1.1 the most
    // answers held at once is the most requests the client had in flight.
    struct Concurrency
    {
        int connections = 0;
        int peakConnections = 0;
        int pending = 0;
        int peakPending = 0;
    };
    const Concurrency &concurrency() const { return m_concurrency; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status = 200;
        QJsonObject body;
        QByteArray extraHeaders;
    };
    Reply process(const QHttpServerRequest &request, bool *dropConnection);
    Reply errorReply(int status, const QString &code, const QString &message,
                     const QString &requestId, const QString &product = QStringLiteral("Ga")) const;
    void send(QTcpSocket *socket, const Reply &reply, bool dropConnection, int latencyMs);
    static void write(QTcpSocket *socket, const Reply &reply);
    bool chance(double rate);
    QDateTime now() const;

    EmulatorOptions m_options;
    EmulatorStats m_stats;
    EventLog m_log;
    std::unique_ptr<SignatureVerifier> m_verifier;
    std::unique_ptr<TokenBucket> m_throttle; // GA's, also for versions no product has
    std::unique_ptr<TokenBucket> m_casThrottle;
    GaActions *m_actions = nullptr;
    std::unique_ptr<CasActions> m_cas;
    std::unique_ptr<ProductRouter> m_router;
    qint64 m_datedFromSeconds; // the now the worlds' dates count from
    QElapsedTimer m_monotonic;
    QRandomGenerator m_random;
    QUrl m_baseUrl;
    const Clock *m_clock = nullptr;
    std::function<void(const IncomingRequest &)> m_observer;
    void noteConnection(QTcpSocket *socket);
    Concurrency m_concurrency;
    QSet<QObject *> m_connections;
};

} // namespace ga::emu
