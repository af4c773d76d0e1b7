// gactl profile add | list | remove | import-aliyun and --profile, run as the real binary with a
// throw-away HOME against the real Secret Service. A loopback server stands in for GA: it checks
// that requests are signed with the secret from the keychain and answers with an error, so
// nothing here needs the emulator. At the end every file gactl wrote is searched for the
// secrets.
#include "api/credentials.h"
#include "api/requestsigner.h"
#include "auth/keychainsecretstore.h"
#include "authtestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace ga;
using namespace ga::test;

namespace {

const QString canaryOld = QStringLiteral("canary-secret-0ld-7f3a9c");
const QString canaryNew = QStringLiteral("canary-secret-n3w-51d2e8");
const QString canaryReadOnly = QStringLiteral("canary-secret-r0-a4b6c1");

struct SeenRequest
{
    QByteArray pathAndQuery;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

// Accepts HTTP/1.1 requests on 127.0.0.1, records them and answers 400 with a GA error body, so
// gactl fails fast (exit 3) without retrying.
class RecordingServer : public QObject
{
public:
    RecordingServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }
    QString endpoint() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }
    QList<SeenRequest> requests;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        SeenRequest request;
        request.pathAndQuery = lines.value(0).split(' ').value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
        }
        requests.append(request);
        buffer.clear();
        const QByteArray body = R"({"Code":"Forbidden.Test","Message":"recording server",)"
                                R"("RequestId":"REQ-TEST-1"})";
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// Recomputes the V3 Authorization header of a recorded request with the secret we expect the
// keychain to have supplied.
QByteArray expectedAuthorization(const SeenRequest &seen, const QString &endpoint,
                                 const QString &id, const QString &secret)
{
    ApiCall call;
    call.action = seen.headers.value("x-acs-action");
    call.apiVersion = seen.headers.value("x-acs-version");
    const qsizetype q = seen.pathAndQuery.indexOf('?');
    call.params = parseQueryString(q < 0 ? QByteArrayView() : seen.pathAndQuery.sliced(q + 1));
    const QDateTime when
        = QDateTime::fromString(QString::fromLatin1(seen.headers.value("x-acs-date")), Qt::ISODate);
    const SignedRequest request
        = RequestSigner::sign(QUrl(endpoint), call, Credentials(id, secret), SignatureVersion::V3,
                              when, seen.headers.value("x-acs-signature-nonce"));
    for (const auto &[name, value] : request.headers) {
        if (name.toLower() == "authorization")
            return value;
    }
    return {};
}

} // namespace

class TestGactlProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addUseRotateRemove();
    void readOnlyRefusesMutations();
    void importAliyun();
    void importMalformed();
    void badInputSavesNothing();
    void noSecretInAnyFileWritten();

private:
    GactlRun gactl(const QStringList &arguments, const QByteArray &input = {})
    {
        GactlRun run = runGactl(arguments, isolatedEnvironment(m_home.path()), input);
        m_output += run.out + run.err;
        return run;
    }
    QJsonArray listProfiles()
    {
        const GactlRun run = gactl({ "profile", "list", "--output", "json" });
        return QJsonDocument::fromJson(run.out).array();
    }
    bool keychainHas(const QString &key)
    {
        KeychainSecretStore store;
        bool done = false;
        bool ok = false;
        store.read(key)->onFinished(this, [&](const SecretJob &job) {
            done = true;
            ok = job.ok();
        });
        (void)QTest::qWaitFor([&] { return done; }, 20'000);
        return ok;
    }

    QTemporaryDir m_home;
    QByteArray m_output; // everything gactl printed, searched at the end
};

void TestGactlProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(GACTL_PATH)));
}

void TestGactlProfiles::addUseRotateRemove()
{
    RecordingServer server;
    const QString oldId = QStringLiteral("LTAI5tCycleOld01");
    const QString newId = QStringLiteral("LTAI5tCycleNew02");

    // add: the secret comes from stdin, never from argv.
    GactlRun run = gactl(
        { "profile", "add", "cycle", "--access-key-id", oldId, "--endpoint", server.endpoint() },
        canaryOld.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("LTAI****ld01"));
    QVERIFY(keychainHas(QStringLiteral("cycle:") + oldId));
    QJsonArray profiles = listProfiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0)[u"name"].toString(), QStringLiteral("cycle"));
    QCOMPARE(profiles.at(0)[u"accessKeyId"].toString(), QStringLiteral("LTAI****ld01"));

    // use: the request is signed with the keychain's secret.
    run = gactl({ "--profile", "cycle", "accelerators", "--verbose" });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("Forbidden.Test"), run.err.constData());
    QCOMPARE(server.requests.size(), 1);
    const SeenRequest first = server.requests.at(0);
    QVERIFY(first.headers.value("authorization")
                .contains(QByteArray("Credential=" + oldId.toLatin1())));
    QCOMPARE(first.headers.value("authorization"),
             expectedAuthorization(first, server.endpoint(), oldId, canaryOld));

    // rotate: add again with a new key pair; the old secret leaves the keychain.
    run = gactl(
        { "profile", "add", "cycle", "--access-key-id", newId, "--endpoint", server.endpoint() },
        canaryNew.toUtf8());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Replaced"));
    QVERIFY(!keychainHas(QStringLiteral("cycle:") + oldId));
    QVERIFY(keychainHas(QStringLiteral("cycle:") + newId));
    // No --profile now: the last-used profile is taken, and gactl says so.
    run = gactl({ "accelerators" });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("using profile \"cycle\" (last used"), run.err.constData());
    QCOMPARE(server.requests.size(), 2);
    const SeenRequest second = server.requests.at(1);
    QCOMPARE(second.headers.value("authorization"),
             expectedAuthorization(second, server.endpoint(), newId, canaryNew));

    // A journal entry too, so the final search covers it: a dissociation that GA refuses.
    run = gactl(
        { "--profile", "cycle", "dissociate", "ga-test1", "lsr-test1", "a.example.com", "--yes" });
    QVERIFY2(run.exitCode == 3, run.err.constData());

    // remove: profile and secret both go.
    run = gactl({ "profile", "remove", "cycle" });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(listProfiles().isEmpty());
    QVERIFY(!keychainHas(QStringLiteral("cycle:") + newId));
    run = gactl({ "--profile", "cycle", "accelerators" });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("no profile \"cycle\""));
    // The dissociation's four requests (the accelerator and the listener read for the
    // preflight, its certificate listing, all refused, then the change itself), nothing since.
    QCOMPARE(server.requests.size(), 6);
}

void TestGactlProfiles::readOnlyRefusesMutations()
{
    RecordingServer server;
    GactlRun run = gactl({ "profile", "add", "viewer", "--access-key-id", "LTAI5tViewer0001",
                           "--endpoint", server.endpoint(), "--read-only" },
                         canaryReadOnly.toUtf8());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(listProfiles().at(0)[u"readOnly"].toBool());

    run = gactl({ "--profile", "viewer", "dissociate", "ga-1", "lsr-1", "a.example.com", "--yes" });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("read-only"), run.err.constData());
    run = gactl({ "--profile", "viewer", "resume" });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("read-only"));
    // A plan is refused whole, before even the account is read for it.
    run = gactl({ "--profile", "viewer", "retire", "a.example.com", "--yes" });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("read-only"), run.err.constData());
    run = gactl({ "--profile", "viewer", "replace", "1-cn-hangzhou", "2-cn-hangzhou", "--yes" });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("read-only"), run.err.constData());
    QCOMPARE(server.requests.size(), 0); // refused before anything was sent

    // Reading is fine.
    run = gactl({ "--profile", "viewer", "accelerators" });
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(server.requests.size(), 1);

    QCOMPARE(gactl({ "profile", "remove", "viewer" }).exitCode, 0);
}

void TestGactlProfiles::importAliyun()
{
    const QString config = QStringLiteral(GA_TEST_DATA "/aliyun-config-all-modes.json");
    QFile file(config);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();

    GactlRun run = gactl({ "profile", "import-aliyun", "--config", config, "--output", "json" });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report[u"imported"].toArray(), (QJsonArray { "ak-main", "ak-lower" }));
    QCOMPARE(report[u"skipped"].toArray().size(), 16);
    QVERIFY(!run.out.contains("fixture-secret"));
    QVERIFY(!run.out.contains("fixture-sts-token"));
    QCOMPARE(listProfiles().size(), 2);

    // One profile by name: a skipped one is an error a script can see.
    run = gactl({ "profile", "import-aliyun", "--config", config, "--profile", "sts" });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains("STS tokens stay in memory only"), run.out.constData());

    QVERIFY(file.seek(0));
    QCOMPARE(file.readAll(), before);
    for (const char *name : { "ak-main", "ak-lower" })
        QCOMPARE(gactl({ "profile", "remove", QLatin1String(name) }).exitCode, 0);
}

void TestGactlProfiles::importMalformed()
{
    const GactlRun run = gactl({ "profile", "import-aliyun", "--config",
                                 QStringLiteral(GA_TEST_DATA "/aliyun-config-malformed.json") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("malformed"), run.err.constData());
    QVERIFY(run.err.contains("Nothing was imported"));
    QVERIFY(listProfiles().isEmpty());
    QVERIFY(!keychainHas(QStringLiteral("default:LTAIfixtureMalformed")));
}

void TestGactlProfiles::badInputSavesNothing()
{
    GactlRun run = gactl({ "profile", "add", "empty", "--access-key-id", "LTAI5tEmpty00001" }, "");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("No AccessKey secret"));
    run = gactl({ "profile", "add", "bad/name", "--access-key-id", "LTAI5tBad0000001" }, "x\n");
    QCOMPARE(run.exitCode, 2);
    run = gactl({ "profile", "add", "nokey" }, "x\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--access-key-id"));
    run = gactl({ "profile", "list", "--read-only" });
    QCOMPARE(run.exitCode, 2);
    run = gactl({ "profile", "frobnicate" });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(listProfiles().isEmpty());
}

void TestGactlProfiles::noSecretInAnyFileWritten()
{
    const QStringList files = allFiles(m_home.path());
    // The settings and the journal were both written, so the search below means something.
    QVERIFY2(files.filter(QStringLiteral("profiles.conf")).size() == 1,
             qPrintable(files.join(u'\n')));
    QVERIFY2(files.filter(QStringLiteral("operations.jsonl")).size() == 1,
             qPrintable(files.join(u'\n')));
    for (const QString &secret :
         { canaryOld, canaryNew, canaryReadOnly, QStringLiteral("fixture-secret-ak-main"),
           QStringLiteral("fixture-secret-ak-lower"), QStringLiteral("fixture-sts-token") }) {
        QVERIFY2(filesContaining(m_home.path(), secret).isEmpty(),
                 qPrintable(secret + u" in " + filesContaining(m_home.path(), secret).join(u' ')));
        QVERIFY2(!m_output.contains(secret.toUtf8()), qPrintable(secret + u" printed"));
    }
}

QTEST_GUILESS_MAIN(TestGactlProfiles)
#include "tst_gactlprofiles.moc"
