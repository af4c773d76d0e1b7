// Secrets (issue 10, item 5): a whole gactl session at debug logging, with a profile whose
// secret sits in the keychain and with STS credentials from the environment, then every file
// written under the throw-away HOME and everything printed is searched for the secret, the
// security token, and every signature and Authorization header the emulator received.
// Runs inside scripts/test.sh's D-Bus session with an unlocked gnome-keyring.
#include "emulatorfixture.h"
#include "gactlharness.h"
#include "world.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTcpServer>
#include <QUrlQuery>
#include <QUuid>

using namespace ga;

namespace {

QString canary(const char *what)
{
    return QString::fromLatin1(what) + QUuid::createUuid().toString(QUuid::Id128);
}

// The forms a value can take on its way through URLs, JSON and logs.
QList<QByteArray> spellings(const QByteArray &value)
{
    QList<QByteArray> forms { value, value.toPercentEncoding(),
                              QByteArray(value).replace('/', "\\/") };
    forms.removeAll(QByteArray());
    return forms;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void nothingSecretIsWrittenOrPrinted();
};

void TestSecrets::nothingSecretIsWrittenOrPrinted()
{
    const QString accessKeyId = QStringLiteral("LTAI5tSecretsCanaryKey01");
    const QString secret = canary("canary-secret-");
    const QString token = canary("canary-sts-token-");
    emu::EmulatorOptions options = test::smallWorld(100);
    options.accessKeyId = accessKeyId;
    options.accessKeySecret = secret;
    const auto emulator = test::startEmulator(options);
    // What crossed the wire and must never be printed or stored: signatures and the
    // Authorization headers (the security token is checked on its own).
    QSet<QByteArray> signatures;
    QSet<QByteArray> authorizations;
    int tokensSeen = 0;
    emulator->setRequestObserver([&](const emu::IncomingRequest &request) {
        for (const ParamMap *params : { &request.query, &request.form }) {
            if (const auto it = params->find("Signature"); it != params->end())
                signatures.insert(it->second);
            if (const auto it = params->find("SecurityToken"); it != params->end())
                tokensSeen += it->second == token.toUtf8();
        }
        if (const auto it = request.headers.find("authorization"); it != request.headers.end()) {
            authorizations.insert(it->second);
            const qsizetype at = it->second.indexOf("Signature=");
            if (at >= 0)
                signatures.insert(it->second.mid(at + 10));
        }
        if (const auto it = request.headers.find("x-acs-security-token");
            it != request.headers.end())
            tokensSeen += it->second == token.toUtf8();
    });

    const emu::EmuAccelerator &accelerator = emulator->world().accelerators().first();
    const emu::EmuListener &listener = *emulator->world().listener(accelerator.listenerIds.first());
    const QString endpoint = emulator->baseUrl().toString();
    test::GactlHarness gactl;
    QProcessEnvironment profileEnv = gactl.environment({}, {});
    profileEnv.remove(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"));
    profileEnv.remove(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
    profileEnv.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ga.*.debug=true"));
    QProcessEnvironment stsEnv = gactl.environment(accessKeyId, secret);
    stsEnv.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), token);
    stsEnv.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ga.*.debug=true"));

    // An aliyun CLI config with an AK profile and an StsToken profile, to import.
    QDir(gactl.home()).mkpath(QStringLiteral(".aliyun"));
    QFile config(gactl.home() + QStringLiteral("/.aliyun/config.json"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    const QJsonObject ak { { QStringLiteral("name"), QStringLiteral("cli-ak") },
                           { QStringLiteral("mode"), QStringLiteral("AK") },
                           { QStringLiteral("access_key_id"), accessKeyId },
                           { QStringLiteral("access_key_secret"), secret } };
    QJsonObject sts = ak;
    sts.insert(QStringLiteral("name"), QStringLiteral("cli-sts"));
    sts.insert(QStringLiteral("mode"), QStringLiteral("StsToken"));
    sts.insert(QStringLiteral("sts_token"), token);
    QJsonObject top;
    top.insert(QStringLiteral("current"), QStringLiteral("cli-ak"));
    QJsonArray profiles;
    profiles.append(ak);
    profiles.append(sts);
    top.insert(QStringLiteral("profiles"), profiles);
    config.write(QJsonDocument(top).toJson());
    config.close();
    const QString configPath = config.fileName();

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString deadEndpoint = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();

    struct Step
    {
        const char *what;
        QStringList args;
        const QProcessEnvironment *env;
        QByteArray input;
        int exitCode;
    };
    const QString p = QStringLiteral("secrets-canary");
    const QList<Step> steps {
        { "profile add",
          { "profile", "add", p, "--access-key-id", accessKeyId, "--endpoint", endpoint,
            "--verbose" },
          &profileEnv,
          secret.toUtf8() + '\n',
          0 },
        { "profile list", { "profile", "list", "--verbose" }, &profileEnv, {}, 0 },
        { "profile list json", { "profile", "list", "--output", "json" }, &profileEnv, {}, 0 },
        { "inventory v3", { "--profile", p, "inventory", "--verbose" }, &profileEnv, {}, 0 },
        { "inventory v1 json",
          { "--profile", p, "inventory", "--signature", "v1", "--output", "json", "--verbose" },
          &profileEnv,
          {},
          0 },
        { "dissociate",
          { "--profile", p, "dissociate", accelerator.acceleratorId, listener.listenerId,
            listener.additional.at(0).domain, "--wait", "--yes", "--verbose" },
          &profileEnv,
          {},
          0 },
        { "api error",
          { "--profile", p, "listener", "lsr-doesnotexist", "--verbose" },
          &profileEnv,
          {},
          3 },
        { "operations", { "operations", "--output", "json" }, &profileEnv, {}, 0 },
        { "sts inventory v3",
          { "inventory", "--endpoint", endpoint, "--verbose" },
          &stsEnv,
          {},
          0 },
        { "sts dissociate v1",
          { "dissociate", accelerator.acceleratorId, listener.listenerId,
            listener.additional.at(1).domain, "--wait", "--yes", "--signature", "v1", "--endpoint",
            endpoint, "--verbose" },
          &stsEnv,
          {},
          0 },
        { "sts api error v1",
          { "listener", "lsr-doesnotexist", "--signature", "v1", "--endpoint", endpoint,
            "--verbose" },
          &stsEnv,
          {},
          3 },
        { "sts network error v1",
          { "accelerators", "--signature", "v1", "--endpoint", deadEndpoint, "--verbose" },
          &stsEnv,
          {},
          4 },
        { "sts network error v3",
          { "accelerators", "--endpoint", deadEndpoint, "--verbose" },
          &stsEnv,
          {},
          4 },
        { "import aliyun",
          { "profile", "import-aliyun", "--config", configPath, "--verbose" },
          &profileEnv,
          {},
          0 },
        { "import aliyun json",
          { "profile", "import-aliyun", "--config", configPath, "--output", "json" },
          &profileEnv,
          {},
          0 },
        { "profile remove", { "profile", "remove", p }, &profileEnv, {}, 0 },
        { "imported remove", { "profile", "remove", "cli-ak" }, &profileEnv, {}, 0 },
    };
    QByteArray printed;
    for (const Step &step : steps) {
        const test::GactlRun r = gactl.run(step.args, *step.env, step.input);
        QVERIFY2(r.exitCode == step.exitCode,
                 qPrintable(QStringLiteral("%1: exit %2: %3")
                                .arg(QLatin1String(step.what))
                                .arg(r.exitCode)
                                .arg(QString::fromUtf8(r.err))));
        printed += r.out + r.err;
    }
    QVERIFY(printed.contains("ga.api")); // debug logging was on
    QVERIFY(!signatures.isEmpty());
    QVERIFY(!authorizations.isEmpty());
    QVERIFY(tokensSeen > 0); // the token did travel, so its absence below means something

    QList<QPair<QByteArray, QString>> forbidden;
    for (const QByteArray &form : spellings(secret.toUtf8()))
        forbidden.append({ form, QStringLiteral("the AccessKey secret") });
    for (const QByteArray &form : spellings(token.toUtf8()))
        forbidden.append({ form, QStringLiteral("the security token") });
    for (const QByteArray &signature : std::as_const(signatures)) {
        for (const QByteArray &form : spellings(signature))
            forbidden.append({ form, QStringLiteral("a signature") });
    }
    for (const QByteArray &authorization : std::as_const(authorizations))
        forbidden.append({ authorization, QStringLiteral("an Authorization header") });

    QMap<QString, QByteArray> haystacks { { QStringLiteral("stdout and stderr"), printed } };
    QDirIterator files(gactl.home(), QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    int written = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        if (path == configPath)
            continue; // the user's own aliyun CLI file, read only
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        haystacks.insert(path, file.readAll());
        ++written;
    }
    QVERIFY2(written >= 2, "expected at least the profiles and the journal"); // conf + journal
    QVERIFY(haystacks.keys().join(u' ').contains(u"operations.jsonl"));
    QVERIFY(haystacks.keys().join(u' ').contains(u"profiles.conf"));
    int hits = 0;
    for (auto it = haystacks.cbegin(); it != haystacks.cend(); ++it) {
        for (const auto &[needle, what] : std::as_const(forbidden)) {
            if (it.value().contains(needle)) {
                ++hits;
                qWarning().noquote() << what << "found in" << it.key();
            }
        }
    }
    qInfo().noquote() << "secrets: searched" << haystacks.size() << "outputs and files,"
                      << printed.size() << "bytes printed, for" << forbidden.size() << "values ("
                      << signatures.size() << "signatures," << authorizations.size()
                      << "Authorization headers): " << hits << "hits";
    QCOMPARE(hits, 0);
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
