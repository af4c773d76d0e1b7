// TLS through gactl end to end (issue 10, item 4): an emulator serving HTTPS with a
// self-signed certificate is refused, and accepted with --ca-file; a CA file of another
// certificate does not help; plain http:// to a host that is not loopback is refused before
// any connection; a redirect is refused and never followed.
#include "emulatorfixture.h"
#include "gactlharness.h"
#include "tlsfixture.h"
#include "world.h"

#include <QNetworkInterface>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

using namespace ga;

namespace {

// Counts connections; answers each request with fixed bytes (or nothing at all).
class CountingServer : public QTcpServer
{
public:
    explicit CountingServer(QByteArray response = {},
                            const QHostAddress &address = QHostAddress::LocalHost)
        : m_response(std::move(response))
    {
        listen(address);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    int connections() const { return m_connections; }

private:
    QByteArray m_response;
    int m_connections = 0;
};

} // namespace

class TestTlsEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selfSignedRefusedThenAcceptedWithCaFile();
    void plainHttpToARemoteHostNeverConnects();
    void redirectIsRefusedAndNotFollowed();

private:
    QProcessEnvironment environment() const
    {
        return m_gactl.environment(QString::fromLatin1(emu::demoAccessKeyId),
                                   QString::fromLatin1(emu::demoAccessKeySecret));
    }

    test::GactlHarness m_gactl;
    QTemporaryDir m_dir;
};

void TestTlsEndToEnd::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("server")));
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("other")));
    for (const char *name : { "server", "other" }) {
        const QString problem = test::makeCertificate(m_dir.filePath(QLatin1String(name)));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestTlsEndToEnd::selfSignedRefusedThenAcceptedWithCaFile()
{
    emu::EmulatorOptions options = test::smallWorld();
    options.tlsCertificatePath = m_dir.filePath(QStringLiteral("server/cert.pem"));
    options.tlsKeyPath = m_dir.filePath(QStringLiteral("server/key.pem"));
    const auto emulator = test::startEmulator(options);
    const QString endpoint = emulator->baseUrl().toString();
    QVERIFY(endpoint.startsWith(u"https://127.0.0.1:"));

    // Not trusted: a TLS error (exit 4), nothing reaches the API.
    test::GactlRun r = m_gactl.run({ "accelerators", "--endpoint", endpoint }, environment());
    QVERIFY2(r.exitCode == 4, r.err.constData());
    QVERIFY2(r.err.contains("TlsError") || r.err.contains("SSL"), r.err.constData());
    QVERIFY(r.err.contains(endpoint.toLatin1()));
    // The CA file of another self-signed certificate does not make this one trusted.
    r = m_gactl.run({ "accelerators", "--endpoint", endpoint, "--ca-file",
                      m_dir.filePath(QStringLiteral("other/cert.pem")) },
                    environment());
    QVERIFY2(r.exitCode == 4, r.err.constData());
    QCOMPARE(emulator->stats().requests, 0);

    // Trusted with --ca-file: reads and a dissociation go through.
    const QString ca = options.tlsCertificatePath;
    r = m_gactl.run({ "accelerators", "--endpoint", endpoint, "--ca-file", ca }, environment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const emu::EmuAccelerator &accelerator = emulator->world().accelerators().first();
    QVERIFY(r.out.contains(accelerator.acceleratorId.toLatin1()));
    const emu::EmuListener &listener = *emulator->world().listener(accelerator.listenerIds.first());
    r = m_gactl.run({ "dissociate", accelerator.acceleratorId, listener.listenerId,
                      listener.additional.first().domain, "--wait", "--yes", "--endpoint", endpoint,
                      "--ca-file", ca, "--signature", "v1" },
                    environment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(emulator->stats().mutationsApplied, 1);
}

void TestTlsEndToEnd::plainHttpToARemoteHostNeverConnects()
{
    // A server on an address of this machine that is not loopback: gactl must refuse to
    // send it anything in clear text, so it must never see a connection.
    QHostAddress outside;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
            outside = address;
            break;
        }
    }
    if (outside.isNull())
        QSKIP("this machine has no IPv4 address outside loopback to listen on");
    CountingServer server({}, outside);
    QVERIFY(server.isListening());
    const QString endpoint
        = QStringLiteral("http://%1:%2").arg(outside.toString()).arg(server.serverPort());
    for (const QString &command : { QStringLiteral("accelerators"), QStringLiteral("inventory") }) {
        const test::GactlRun r = m_gactl.run({ command, "--endpoint", endpoint }, environment());
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY(r.err.contains("Refusing plain http://"));
    }
    QTest::qWait(100);
    QCOMPARE(server.connections(), 0);
}

void TestTlsEndToEnd::redirectIsRefusedAndNotFollowed()
{
    CountingServer target(QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"));
    for (const QByteArray &status :
         { QByteArray("301 Moved Permanently"), QByteArray("302 Found"),
           QByteArray("307 Temporary Redirect"), QByteArray("308 Permanent Redirect") }) {
        CountingServer redirecting("HTTP/1.1 " + status + "\r\nLocation: http://127.0.0.1:"
                                   + QByteArray::number(target.serverPort())
                                   + "/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        const test::GactlRun r
            = m_gactl.run({ "accelerators", "--endpoint",
                            QStringLiteral("http://127.0.0.1:%1").arg(redirecting.serverPort()) },
                          environment());
        QVERIFY2(r.exitCode == 3, r.err.constData());
        QVERIFY2(r.err.contains("redirect"), r.err.constData());
        QVERIFY(r.err.contains(QByteArray("HTTP " + status.left(3))));
        QCOMPARE(redirecting.connections(), 1); // a redirect is not retried either
    }
    QCOMPARE(target.connections(), 0);
}

QTEST_GUILESS_MAIN(TestTlsEndToEnd)
#include "tst_tls_e2e.moc"
