// Bad input (issue 10, item 6), table-driven through the real gactl binary:
// - what the user typed (arguments, domains, IDs, endpoints, CA and config files, missing
//   credentials) is refused with a clear message and exit 2, and nothing reaches the
//   emulator (its request count stays 0) or the journal;
// - what a broken service sent (malformed, truncated, wrong-typed bodies, from a loopback
//   server with canned answers) ends with exit 3 and a message that says what was wrong.
#include "emulatorfixture.h"
#include "gactlharness.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace ga;

namespace {

// Answers every request with the same bytes, for bodies the emulator never produces.
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray response)
        : m_response(std::move(response))
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    ++m_requests;
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    int requests() const { return m_requests; }

private:
    QByteArray m_response;
    int m_requests = 0;
};

QByteArray ok200(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

QStringList dissociate(const QStringList &tail)
{
    return QStringList { QStringLiteral("dissociate"), QStringLiteral("ga-x"),
                         QStringLiteral("lsr-x") }
    + tail;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void localInputExitsTwoAndSendsNothing_data();
    void localInputExitsTwoAndSendsNothing();
    void brokenResponseIsAClearError_data();
    void brokenResponseIsAClearError();

private:
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<test::GactlHarness> m_gactl;
    QTemporaryDir m_files;
};

void TestBadInput::initTestCase()
{
    const auto write = [this](const char *name, const QByteArray &bytes) {
        QFile file(m_files.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write("not-a-pem.pem", "this is not a certificate\n");
    write("truncated.json", R"({"current":"default","profiles":[{"name":"default","mode":"AK")");
    write("wrong-type.json", R"({"profiles":{"name":"default"}})");
    write("id-not-string.json",
          R"({"profiles":[{"name":"a","mode":"AK","access_key_id":42,"access_key_secret":"s"}]})");
    write("empty.json", "");
}

void TestBadInput::init()
{
    m_emulator = test::startEmulator(test::smallWorld());
    m_gactl = std::make_unique<test::GactlHarness>();
}

void TestBadInput::localInputExitsTwoAndSendsNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString files = m_files.path() + u'/';
    QStringList eleven;
    for (int i = 0; i < 11; ++i)
        eleven << QStringLiteral("d%1.example.com").arg(i);
    const QString longLabel = QString(64, u'a') + QStringLiteral(".example.com");

    // Commands and options.
    QTest::newRow("no command") << QStringList {} << "No command";
    QTest::newRow("unknown command") << QStringList { "frobnicate" } << "Unknown command";
    QTest::newRow("unknown option")
        << QStringList { "accelerators", "--force" } << "Unknown option";
    QTest::newRow("option needs a value")
        << QStringList { "accelerators", "--output" } << "needs a value";
    QTest::newRow("flag with a value")
        << dissociate({ "a.example.com", "--yes=1" }) << "takes no value";
    QTest::newRow("option of another command")
        << QStringList { "accelerators", "--yes" } << "does not apply";
    QTest::newRow("too many arguments") << QStringList { "listener", "lsr-a", "lsr-b" } << "Usage";
    QTest::newRow("missing argument") << QStringList { "certificates", "ga-x" } << "Usage";
    QTest::newRow("bad signature")
        << QStringList { "accelerators", "--signature", "v2" } << "v1 or v3";
    QTest::newRow("bad output") << QStringList { "accelerators", "--output", "xml" }
                                << "json or table";
    QTest::newRow("bad role") << QStringList { "certificates", "ga-x", "lsr-x", "--role", "main" }
                              << "additional, default or all";
    QTest::newRow("zero concurrency")
        << QStringList { "inventory", "--concurrency", "0" } << "from 1 to 64";
    QTest::newRow("too much concurrency")
        << QStringList { "inventory", "--concurrency", "65" } << "from 1 to 64";
    QTest::newRow("timeout not a number")
        << dissociate({ "a.example.com", "--yes", "--timeout", "soon" }) << "whole number";
    // Domains.
    QTest::newRow("no domain") << dissociate({ "--yes" }) << "No domain";
    QTest::newRow("eleven domains") << dissociate(eleven + QStringList { "--yes" }) << "at most 10";
    QTest::newRow("duplicate domain")
        << dissociate({ "a.example.com", "A.EXAMPLE.COM", "--yes" }) << "twice";
    QTest::newRow("space in domain")
        << dissociate({ "a b.example.com", "--yes" }) << "not a valid domain";
    QTest::newRow("empty domain") << dissociate({ "", "--yes" }) << "empty";
    QTest::newRow("leading hyphen")
        << dissociate({ "-a.example.com", "--yes" }) << "not a valid domain";
    QTest::newRow("double wildcard")
        << dissociate({ "*.*.example.com", "--yes" }) << "not a valid domain";
    QTest::newRow("url as domain")
        << dissociate({ "https://a.example.com", "--yes" }) << "not a valid domain";
    QTest::newRow("single label") << dissociate({ "localhost", "--yes" }) << "not a valid domain";
    QTest::newRow("label over 63") << dissociate({ longLabel, "--yes" }) << "not a valid domain";
    // IDs and tokens.
    QTest::newRow("empty listener ID")
        << QStringList { "dissociate", "ga-x", "", "a.example.com", "--yes" } << "listener ID";
    QTest::newRow("space in accelerator ID")
        << QStringList { "dissociate", "ga x", "lsr-x", "a.example.com", "--yes" }
        << "accelerator ID";
    QTest::newRow("non-ASCII listener ID")
        << QStringList { "dissociate", "ga-x", "lsr-é", "a.example.com", "--yes" } << "listener ID";
    QTest::newRow("long client token")
        << dissociate({ "a.example.com", "--yes", "--client-token", QString(65, u'x') }) << "64";
    QTest::newRow("client token with a control character")
        << dissociate({ "a.example.com", "--yes", "--client-token", "a\tb" }) << "printable";
    QTest::newRow("no confirmation") << dissociate({ "a.example.com" }) << "--yes";
    // Endpoints, TLS and proxy.
    QTest::newRow("remote http") << QStringList { "accelerators", "--endpoint", "http://192.0.2.1" }
                                 << "https://";
    QTest::newRow("ftp endpoint") << QStringList { "accelerators", "--endpoint", "ftp://127.0.0.1" }
                                  << "not supported";
    QTest::newRow("endpoint not a URL")
        << QStringList { "accelerators", "--endpoint", "https://exa mple.com" }
        << "not a valid URL";
    QTest::newRow("endpoint bad port")
        << QStringList { "accelerators", "--endpoint", "https://127.0.0.1:99999" }
        << "not a valid URL";
    QTest::newRow("missing CA file")
        << QStringList { "accelerators", "--ca-file", "/nonexistent.pem" } << "CA file";
    QTest::newRow("CA file not PEM")
        << QStringList { "accelerators", "--ca-file", files + "not-a-pem.pem" } << "CA file";
    QTest::newRow("bad proxy scheme")
        << QStringList { "accelerators", "--proxy", "ftp://proxy:21" } << "proxy";
    QTest::newRow("proxy without port")
        << QStringList { "accelerators", "--proxy", "http://proxy.example" } << "port";
    // Config files and credentials.
    QTest::newRow("aliyun config missing")
        << QStringList { "profile", "import-aliyun", "--config", files + "absent.json" }
        << "Cannot read";
    QTest::newRow("aliyun config truncated")
        << QStringList { "profile", "import-aliyun", "--config", files + "truncated.json" }
        << "malformed";
    QTest::newRow("aliyun config wrong type")
        << QStringList { "profile", "import-aliyun", "--config", files + "wrong-type.json" }
        << "\"profiles\" array";
    QTest::newRow("aliyun config field type")
        << QStringList { "profile", "import-aliyun", "--config", files + "id-not-string.json" }
        << "not a string";
    QTest::newRow("aliyun config empty")
        << QStringList { "profile", "import-aliyun", "--config", files + "empty.json" }
        << "malformed";
    QTest::newRow("unknown profile")
        << QStringList { "accelerators", "--profile", "nobody" } << "no profile \"nobody\"";
    QTest::newRow("profile add without key ID")
        << QStringList { "profile", "add", "someone" } << "--access-key-id";
    QTest::newRow("half a credential")
        << QStringList { "accelerators", "--unset-secret" } << "only part of a credential";
}

void TestBadInput::localInputExitsTwoAndSendsNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcessEnvironment env = m_gactl->environment(QString::fromLatin1(emu::demoAccessKeyId),
                                                   QString::fromLatin1(emu::demoAccessKeySecret));
    // The emulator is the endpoint unless the row names its own.
    env.insert(QStringLiteral("ALIBABA_CLOUD_ENDPOINT_GA"), m_emulator->baseUrl().toString());
    if (args.removeAll(QStringLiteral("--unset-secret")))
        env.remove(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    const test::GactlRun r = m_gactl->run(args, env);
    QVERIFY2(
        r.exitCode == 2,
        qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY2(r.err.startsWith("gactl: ") || r.err.contains("\ngactl: "), r.err.constData());
    QCOMPARE(m_emulator->stats().requests, 0);
    QVERIFY(m_gactl->journal().isEmpty());
}

void TestBadInput::brokenResponseIsAClearError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("message");
    const QStringList accelerators { QStringLiteral("accelerators") };
    const QStringList listener { QStringLiteral("listener"), QStringLiteral("lsr-x") };
    const QStringList certificates { QStringLiteral("certificates"), QStringLiteral("ga-x"),
                                     QStringLiteral("lsr-x") };

    QTest::newRow("truncated JSON")
        << accelerators << ok200(R"({"Accelerators":[{"Acceler)") << "malformed JSON";
    QTest::newRow("HTML page") << accelerators << ok200("<html><body>Welcome</body></html>")
                               << "malformed JSON";
    QTest::newRow("empty body") << accelerators << ok200("") << "malformed JSON";
    QTest::newRow("JSON array") << accelerators << ok200("[1,2,3]") << "expected a JSON object";
    QTest::newRow("list is a string")
        << accelerators << ok200(R"({"Accelerators":"none","TotalCount":1,"PageNumber":1})")
        << "Accelerators";
    QTest::newRow("count is a word")
        << accelerators << ok200(R"({"Accelerators":[],"TotalCount":"many","PageNumber":1})")
        << "TotalCount";
    QTest::newRow("item without ID")
        << accelerators
        << ok200(R"({"Accelerators":[{"Name":"x","State":"active"}],"TotalCount":1})")
        << "AcceleratorId";
    QTest::newRow("port is a word")
        << listener
        << ok200(
               R"({"ListenerId":"lsr-x","State":"active","PortRanges":[{"FromPort":"low","ToPort":443}]})")
        << "FromPort";
    QTest::newRow("ID is a list") << listener
                                  << ok200(R"({"ListenerId":["lsr-x"],"State":"active"})")
                                  << "ListenerId";
    QTest::newRow("next token is a number")
        << certificates
        << ok200(
               R"({"Certificates":[{"CertificateId":"c-1","Domain":"a.example.com"}],"NextToken":5})")
        << "paging token";
    QTest::newRow("server error page")
        << accelerators
        << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 5\r\nConnection: "
                      "close\r\n\r\noops!")
        << "HTTP 500";
}

void TestBadInput::brokenResponseIsAClearError()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, response);
    QFETCH(QString, message);
    CannedServer server(response);
    QProcessEnvironment env = m_gactl->environment(QString::fromLatin1(emu::demoAccessKeyId),
                                                   QString::fromLatin1(emu::demoAccessKeySecret));
    const test::GactlRun r
        = m_gactl->run(args + QStringList { QStringLiteral("--endpoint"), server.url() }, env);
    QVERIFY2(
        r.exitCode == 3,
        qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY(server.requests() >= 1);
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
