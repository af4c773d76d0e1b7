// No Secret Service at all (ctest points DBUS_SESSION_BUS_ADDRESS nowhere): the keychain says
// plainly what is missing and how to get it, the session-only store is there for whoever chooses
// it, and no secret reaches the disk.
#include "auth/credentialchain.h"
#include "auth/keychainsecretstore.h"
#include "auth/profilestore.h"
#include "auth/sessionsecretstore.h"
#include "authtestsupport.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ga;
using namespace ga::test;

namespace {

const QString canary = QStringLiteral("canary-secret-nokeychain-9e4f");

void waited(SecretJob *job, bool *ok, SecretError *error)
{
    bool done = false;
    QObject context;
    job->onFinished(&context, [&](const SecretJob &finished) {
        done = true;
        *ok = finished.ok();
        *error = finished.error();
    });
    (void)QTest::qWaitFor([&] { return done; }, 20'000);
}

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void probeSaysWhatIsMissing();
    void readIsNotMistakenForEmpty();
    void chosenProfileNamesTheProblem();
    void sessionStoreIsTheExplicitWayOn();
    void gactlWritesNothing();

private:
    QTemporaryDir m_home;
};

void TestNoKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"));
}

void TestNoKeychain::probeSaysWhatIsMissing()
{
    KeychainSecretStore store(QStringLiteral("ga-console-test-none"));
    bool ok = true;
    SecretError error;
    waited(store.probe(), &ok, &error);
    QVERIFY(!ok);
    QCOMPARE(error.kind, SecretError::Kind::Unavailable);
    QVERIFY(error.keychainUnusable());
    for (const char *words : { "No usable OS keychain", "gnome-keyring", "KWallet", "unlocked",
                               "session-only", "ALIBABA_CLOUD_ACCESS_KEY_ID" }) {
        QVERIFY2(error.message.contains(QLatin1String(words)), qPrintable(error.message));
    }
}

void TestNoKeychain::readIsNotMistakenForEmpty()
{
    KeychainSecretStore store(QStringLiteral("ga-console-test-none"));
    bool ok = true;
    SecretError error;
    waited(store.write(QStringLiteral("p:LTAI5tNone00001"), canary), &ok, &error);
    QVERIFY(!ok);
    QCOMPARE(error.kind, SecretError::Kind::Unavailable);
    QVERIFY(!error.message.contains(canary));
    waited(store.read(QStringLiteral("p:LTAI5tNone00001")), &ok, &error);
    QVERIFY(!ok);
    QVERIFY(error.keychainUnusable());
}

void TestNoKeychain::chosenProfileNamesTheProblem()
{
    QSettings settings(m_home.filePath(QStringLiteral("chain.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    Profile profile;
    profile.name = QStringLiteral("prod");
    profile.accessKeyId = QStringLiteral("LTAI5tNone00001");
    QCOMPARE(profiles.save(profile), QString());
    KeychainSecretStore secrets(QStringLiteral("ga-console-test-none"));
    QString message;
    bool done = false;
    QObject context;
    CredentialChain(&profiles, &secrets, {})
        .resolve(QStringLiteral("prod"), &context)
        ->onFinished(&context, [&](const Result<ResolvedCredentials> &result) {
            done = true;
            message = result.ok() ? QString() : result.error().message;
        });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 20'000));
    QVERIFY2(message.contains(QStringLiteral("Profile \"prod\" cannot be used")),
             qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("No usable OS keychain")));
}

void TestNoKeychain::sessionStoreIsTheExplicitWayOn()
{
    SessionSecretStore secrets;
    QSettings settings(m_home.filePath(QStringLiteral("session.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    Profile profile;
    profile.name = QStringLiteral("temp");
    profile.accessKeyId = QStringLiteral("LTAI5tSession001");
    QCOMPARE(profiles.save(profile), QString());
    bool ok = false;
    SecretError error;
    waited(secrets.write(profile.secretKey(), canary), &ok, &error);
    QVERIFY(ok);
    std::optional<ResolvedCredentials> resolved;
    QObject context;
    CredentialChain(&profiles, &secrets, {})
        .resolve(QStringLiteral("temp"), &context)
        ->onFinished(&context, [&](const Result<ResolvedCredentials> &result) {
            if (result.ok())
                resolved = result.value();
        });
    QVERIFY(QTest::qWaitFor([&] { return resolved.has_value(); }, 20'000));
    QCOMPARE(resolved->credentials.accessKeySecret(), canary);
    settings.sync();
    QVERIFY(filesContaining(m_home.path(), canary).isEmpty());
}

void TestNoKeychain::gactlWritesNothing()
{
    QTemporaryDir home;
    const QProcessEnvironment environment = isolatedEnvironment(home.path());
    QVERIFY(environment.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).contains(u"nonexistent"));
    GactlRun run = runGactl({ "profile", "add", "prod", "--access-key-id", "LTAI5tNone00001" },
                            environment, canary.toUtf8() + '\n');
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("No usable OS keychain"), run.err.constData());
    QVERIFY(run.err.contains("Nothing was saved"));
    QVERIFY(!run.err.contains(canary.toUtf8()) && !run.out.contains(canary.toUtf8()));

    run = runGactl({ "profile", "list", "--output", "json" }, environment);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("[\n]"));
    QVERIFY2(filesContaining(home.path(), canary).isEmpty(),
             qPrintable(filesContaining(home.path(), canary).join(u' ')));
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
