// CredentialChain against the real Secret Service: chosen profile, environment, last-used
// profile, in that order, and errors that name every source. Also the profile life cycle at the
// core level: add, use, rotate, remove.
#include "auth/credentialchain.h"
#include "auth/keychainsecretstore.h"
#include "auth/profilestore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

namespace {

const QString service = QStringLiteral("ga-console-test-chain");

struct Resolved
{
    bool finished = false;
    std::optional<ResolvedCredentials> value;
    QString error;
};

Resolved resolve(CredentialChain chain, const QString &chosen)
{
    Resolved resolved;
    QObject context;
    chain.resolve(chosen, &context)
        ->onFinished(&context, [&resolved](const Result<ResolvedCredentials> &result) {
            resolved.finished = true;
            if (result.ok())
                resolved.value = result.value();
            else
                resolved.error = result.error().message;
        });
    (void)QTest::qWaitFor([&] { return resolved.finished; }, 20'000);
    return resolved;
}

bool finish(SecretJob *job, QString *secret = nullptr, SecretError *error = nullptr)
{
    bool done = false;
    bool ok = false;
    QObject context;
    job->onFinished(&context, [&](const SecretJob &finished) {
        done = true;
        ok = finished.ok();
        if (secret)
            *secret = finished.secret();
        if (error)
            *error = finished.error();
    });
    (void)QTest::qWaitFor([&] { return done; }, 20'000);
    return ok;
}

QProcessEnvironment environment(const QString &id, const QString &secret, const QString &token = {})
{
    QProcessEnvironment env;
    if (!id.isEmpty())
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), id);
    if (!secret.isEmpty())
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), secret);
    if (!token.isEmpty())
        env.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), token);
    return env;
}

} // namespace

class TestCredentialChain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chosenProfileUsesKeychain();
    void chosenProfileNeverFallsBack();
    void environment_data();
    void environment();
    void partialEnvironmentIsAnError();
    void nothingNamesBothSources();
    void lastUsedComesAfterEnvironment();
    void addUseRotateRemove();

private:
    void addProfile(const QString &name, const QString &id, const QString &secret);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainSecretStore> m_secrets;
};

void TestCredentialChain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    KeychainSecretStore store(service);
    SecretError error;
    QVERIFY2(
        finish(store.probe(), nullptr, &error),
        qPrintable(QStringLiteral("Needs the test keyring (scripts/test.sh): ") + error.message));
}

void TestCredentialChain::init()
{
    const QString path
        = m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<KeychainSecretStore>(service);
}

void TestCredentialChain::cleanup()
{
    for (const Profile &profile : m_profiles->profiles())
        finish(m_secrets->remove(profile.secretKey()));
}

void TestCredentialChain::addProfile(const QString &name, const QString &id, const QString &secret)
{
    Profile profile;
    profile.name = name;
    profile.accessKeyId = id;
    QVERIFY(finish(m_secrets->write(profile.secretKey(), secret)));
    QCOMPARE(m_profiles->save(profile), QString());
}

void TestCredentialChain::chosenProfileUsesKeychain()
{
    addProfile(QStringLiteral("prod"), QStringLiteral("LTAI5tChosen0001"),
               QStringLiteral("chosen-secret"));
    // The environment is complete too: a chosen profile still wins.
    const Resolved resolved
        = resolve(CredentialChain(m_profiles.get(), m_secrets.get(),
                                  ::environment(QStringLiteral("LTAIenv"), QStringLiteral("env"))),
                  QStringLiteral("prod"));
    QVERIFY2(resolved.value, qPrintable(resolved.error));
    QCOMPARE(resolved.value->source, ResolvedCredentials::Source::ChosenProfile);
    QCOMPARE(resolved.value->credentials,
             Credentials(QStringLiteral("LTAI5tChosen0001"), QStringLiteral("chosen-secret")));
    QCOMPARE(resolved.value->profile->name, QStringLiteral("prod"));
    QCOMPARE(resolved.value->describe(), QStringLiteral("profile \"prod\""));
}

void TestCredentialChain::chosenProfileNeverFallsBack()
{
    const QProcessEnvironment env = ::environment(QStringLiteral("LTAIenv"), QStringLiteral("env"));
    Resolved resolved
        = resolve(CredentialChain(m_profiles.get(), m_secrets.get(), env), QStringLiteral("nope"));
    QVERIFY(!resolved.value);
    QVERIFY2(resolved.error.contains(QStringLiteral("no profile \"nope\"")),
             qPrintable(resolved.error));

    // A profile whose secret is not in the keychain: the probe says the keychain works, so the
    // error is "no secret", and it names the other source.
    Profile orphan;
    orphan.name = QStringLiteral("orphan");
    orphan.accessKeyId = QStringLiteral("LTAI5tOrphan0001");
    QCOMPARE(m_profiles->save(orphan), QString());
    resolved = resolve(CredentialChain(m_profiles.get(), m_secrets.get(), env),
                       QStringLiteral("orphan"));
    QVERIFY(!resolved.value);
    QVERIFY2(resolved.error.contains(QStringLiteral("holds no secret")),
             qPrintable(resolved.error));
    QVERIFY(resolved.error.contains(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")));
    QVERIFY(resolved.error.contains(QStringLiteral("LTAI****0001")));
}

void TestCredentialChain::environment_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("access key") << QString();
    QTest::newRow("sts") << QStringLiteral("sts-token-in-memory");
}

void TestCredentialChain::environment()
{
    QFETCH(QString, token);
    const Resolved resolved
        = resolve(CredentialChain(m_profiles.get(), m_secrets.get(),
                                  ::environment(QStringLiteral("LTAIenv1"),
                                                QStringLiteral("env-secret"), token)),
                  QString());
    QVERIFY2(resolved.value, qPrintable(resolved.error));
    QCOMPARE(resolved.value->source, ResolvedCredentials::Source::Environment);
    QCOMPARE(resolved.value->credentials,
             Credentials(QStringLiteral("LTAIenv1"), QStringLiteral("env-secret"), token));
    QVERIFY(!resolved.value->profile);
}

void TestCredentialChain::partialEnvironmentIsAnError()
{
    addProfile(QStringLiteral("last"), QStringLiteral("LTAI5tLast000001"), QStringLiteral("s"));
    m_profiles->setLastUsed(QStringLiteral("last"));
    // Half a credential is a mistake to report, not a reason to use some other account.
    const Resolved resolved
        = resolve(CredentialChain(m_profiles.get(), m_secrets.get(),
                                  ::environment(QStringLiteral("LTAIenv1"), QString())),
                  QString());
    QVERIFY(!resolved.value);
    QVERIFY2(resolved.error.contains(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET is not set")),
             qPrintable(resolved.error));
}

void TestCredentialChain::nothingNamesBothSources()
{
    const Resolved resolved
        = resolve(CredentialChain(m_profiles.get(), m_secrets.get(), {}), QString());
    QVERIFY(!resolved.value);
    QVERIFY2(resolved.error.contains(QStringLiteral("--profile")), qPrintable(resolved.error));
    QVERIFY(resolved.error.contains(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")));
    QVERIFY(resolved.error.contains(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")));
}

void TestCredentialChain::lastUsedComesAfterEnvironment()
{
    addProfile(QStringLiteral("last"), QStringLiteral("LTAI5tLast000001"),
               QStringLiteral("last-secret"));
    m_profiles->setLastUsed(QStringLiteral("last"));
    Resolved resolved = resolve(
        CredentialChain(m_profiles.get(), m_secrets.get(),
                        ::environment(QStringLiteral("LTAIenv1"), QStringLiteral("env-secret"))),
        QString());
    QCOMPARE(resolved.value->source, ResolvedCredentials::Source::Environment);

    resolved = resolve(CredentialChain(m_profiles.get(), m_secrets.get(), {}), QString());
    QVERIFY2(resolved.value, qPrintable(resolved.error));
    QCOMPARE(resolved.value->source, ResolvedCredentials::Source::LastUsedProfile);
    QCOMPARE(resolved.value->credentials.accessKeySecret(), QStringLiteral("last-secret"));
    QVERIFY(resolved.value->describe().contains(QStringLiteral("last used")));
}

void TestCredentialChain::addUseRotateRemove()
{
    const QString name = QStringLiteral("cycle");
    addProfile(name, QStringLiteral("LTAI5tOldKey0001"), QStringLiteral("old-secret"));
    Resolved resolved = resolve(CredentialChain(m_profiles.get(), m_secrets.get(), {}), name);
    QCOMPARE(resolved.value->credentials.accessKeySecret(), QStringLiteral("old-secret"));

    // Rotation as gactl does it: new secret first, then the profile, then the old secret goes.
    const Profile old = *m_profiles->find(name);
    addProfile(name, QStringLiteral("LTAI5tNewKey0002"), QStringLiteral("new-secret"));
    QVERIFY(finish(m_secrets->remove(old.secretKey())));
    resolved = resolve(CredentialChain(m_profiles.get(), m_secrets.get(), {}), name);
    QVERIFY2(resolved.value, qPrintable(resolved.error));
    QCOMPARE(resolved.value->credentials,
             Credentials(QStringLiteral("LTAI5tNewKey0002"), QStringLiteral("new-secret")));
    SecretError error;
    QVERIFY(!finish(m_secrets->read(old.secretKey()), nullptr, &error));
    QCOMPARE(error.kind, SecretError::Kind::NotFound);

    const Profile current = *m_profiles->find(name);
    QVERIFY(finish(m_secrets->remove(current.secretKey())));
    QCOMPARE(m_profiles->remove(name), QString());
    resolved = resolve(CredentialChain(m_profiles.get(), m_secrets.get(), {}), name);
    QVERIFY(!resolved.value);
    QVERIFY(!finish(m_secrets->read(current.secretKey()), nullptr, &error));
    QCOMPARE(error.kind, SecretError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestCredentialChain)
#include "tst_credentialchain.moc"
