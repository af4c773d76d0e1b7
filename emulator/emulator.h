#pragma once

#include "emulatoroptions.h"
#include "eventlog.h"
#include "signatureverifier.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace ga::emu {

class GaActions;
class TokenBucket;
class World;

// A local Global Accelerator endpoint on Qt HttpServer: signature checks, throttling, faults,
// latency and the actions of GaActions, in the caller's thread and event loop. Nothing here
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
    // Tests move the server's clock to check timestamp handling; the Date header of every
    // answer follows it.
    // The time the emulator judges signatures by and dates its answers with; the system's
    // when null. The clock must outlive the emulator.
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
                     const QString &requestId) const;
    void send(QTcpSocket *socket, const Reply &reply, bool dropConnection, int latencyMs);
    static void write(QTcpSocket *socket, const Reply &reply);
    bool chance(double rate);
    QDateTime now() const;

    EmulatorOptions m_options;
    EmulatorStats m_stats;
    EventLog m_log;
    std::unique_ptr<SignatureVerifier> m_verifier;
    std::unique_ptr<TokenBucket> m_throttle;
    GaActions *m_actions;
    QElapsedTimer m_monotonic;
    QRandomGenerator m_random;
    QUrl m_baseUrl;
    const Clock *m_clock = nullptr;
    std::function<void(const IncomingRequest &)> m_observer;
};

} // namespace ga::emu
