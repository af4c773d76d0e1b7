// AliyunConfigImport: every mode of the aliyun CLI's config.json, imported or skipped with a
// reason; malformed and unreadable files; never a write to the file; never half an import.
#include "auth/aliyunconfigimport.h"
#include "auth/keychainsecretstore.h"
#include "auth/profilestore.h"
#include "auth/sessionsecretstore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

namespace {

const QString service = QStringLiteral("ga-console-test-import");
const QString allModes = QStringLiteral(GA_TEST_DATA "/aliyun-config-all-modes.json");
const QString malformedFile = QStringLiteral(GA_TEST_DATA "/aliyun-config-malformed.json");

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
        + QFileInfo(path).lastModified().toString(Qt::ISODateWithMs).toUtf8();
}

bool finish(SecretJob *job, QString *secret = nullptr)
{
    bool done = false;
    bool ok = false;
    QObject context;
    job->onFinished(&context, [&](const SecretJob &finished) {
        done = true;
        ok = finished.ok();
        if (secret)
            *secret = finished.secret();
    });
    (void)QTest::qWaitFor([&] { return done; }, 20'000);
    return ok;
}

Result<QStringList> apply(const AliyunImportPlan &plan, ProfileStore *profiles,
                          SecretStore *secrets)
{
    std::optional<Result<QStringList>> outcome;
    QObject context;
    AliyunConfigImport::apply(plan, profiles, secrets, &context)
        ->onFinished(&context, [&outcome](const Result<QStringList> &result) { outcome = result; });
    (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 20'000);
    return outcome.value_or(Result<QStringList>(ApiError::invalidInput(QStringLiteral("hung"))));
}

// A store that fails the n-th write, to show that an import undoes what it already wrote.
class FailingSecretStore final : public SecretStore
{
public:
    explicit FailingSecretStore(int failOnWrite)
        : m_failOnWrite(failOnWrite)
    { }
    bool isPersistent() const override { return false; }
    QString description() const override { return QStringLiteral("failing"); }
    SecretJob *read(const QString &key) override { return m_inner.read(key); }
    SecretJob *write(const QString &key, const QString &secret) override
    {
        if (++m_writes != m_failOnWrite)
            return m_inner.write(key, secret);
        auto *job = new SecretJob(this);
        QMetaObject::invokeMethod(
            job,
            [job] {
                job->fail({ SecretError::Kind::Unavailable, QStringLiteral("injected failure") });
            },
            Qt::QueuedConnection);
        return job;
    }
    SecretJob *remove(const QString &key) override { return m_inner.remove(key); }
    SecretJob *probe() override { return m_inner.probe(); }

private:
    SessionSecretStore m_inner;
    int m_failOnWrite;
    int m_writes = 0;
};

} // namespace

class TestAliyunConfigImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyMode();
    void importsIntoKeychain();
    void oneProfile();
    void malformed_data();
    void malformed();
    void unreadable();
    void failedWriteUndoesEverything();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
};

void TestAliyunConfigImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(allModes));
}

void TestAliyunConfigImport::init()
{
    const QString path
        = m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
}

void TestAliyunConfigImport::everyMode()
{
    const QByteArray before = fingerprint(allModes);
    const Result<AliyunImportPlan> read = AliyunConfigImport::read(allModes);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    const AliyunImportPlan &plan = read.value();

    QCOMPARE(plan.imports.size(), 2);
    QCOMPARE(plan.imports.at(0).profile.name, QStringLiteral("ak-main"));
    QCOMPARE(plan.imports.at(0).profile.accessKeyId, QStringLiteral("LTAIfixtureMain0001"));
    QCOMPARE(plan.imports.at(0).secret, QStringLiteral("fixture-secret-ak-main"));
    QCOMPARE(plan.imports.at(1).profile.name, QStringLiteral("ak-lower")); // mode "ak"
    // The CLI endpoint is for every product; GA keeps its own default.
    QCOMPARE(plan.imports.at(1).profile.endpoint, QString());

    QCOMPARE(plan.sessionOnly.size(), 1);
    QCOMPARE(plan.sessionOnly.at(0).profile.name, QStringLiteral("sts"));
    QCOMPARE(plan.sessionOnly.at(0).credentials.securityToken(),
             QStringLiteral("fixture-sts-token"));

    const QHash<QString, QString> expectedReason = {
        { QStringLiteral("ak-no-secret"), QStringLiteral("access_key_secret is empty") },
        { QStringLiteral("bad name"), QStringLiteral("not a valid profile name") },
        { QStringLiteral("role"), QStringLiteral("AssumeRole") },
        { QStringLiteral("chain"), QStringLiteral("AssumeRole") },
        { QStringLiteral("role-by-name"), QStringLiteral("AssumeRole") },
        { QStringLiteral("ecs"), QStringLiteral("instance metadata") },
        { QStringLiteral("oidc"), QStringLiteral("OIDC") },
        { QStringLiteral("external"), QStringLiteral("program or URL") },
        { QStringLiteral("uri"), QStringLiteral("program or URL") },
        { QStringLiteral("sso"), QStringLiteral("browser sign-in") },
        { QStringLiteral("oauth"), QStringLiteral("browser sign-in") },
        { QStringLiteral("bearer"), QStringLiteral("bearer token") },
        { QStringLiteral("rsa"), QStringLiteral("deprecated") },
        { QStringLiteral("anon"), QStringLiteral("no credentials") },
        { QStringLiteral("future"), QStringLiteral("unknown mode \"QuantumKey\"") },
    };
    QCOMPARE(plan.skipped.size(), expectedReason.size());
    for (const AliyunImportPlan::Skipped &skipped : plan.skipped) {
        QVERIFY2(expectedReason.contains(skipped.name), qPrintable(skipped.name));
        QVERIFY2(skipped.reason.contains(expectedReason.value(skipped.name)),
                 qPrintable(skipped.name + u": " + skipped.reason));
        QVERIFY(!skipped.mode.isEmpty());
    }
    QCOMPARE(fingerprint(allModes), before);
}

void TestAliyunConfigImport::importsIntoKeychain()
{
    KeychainSecretStore secrets(service);
    QVERIFY2(finish(secrets.probe()), "needs the test keyring (scripts/test.sh)");
    const QByteArray before = fingerprint(allModes);
    const Result<AliyunImportPlan> read = AliyunConfigImport::read(allModes, {}, m_profiles.get());
    QVERIFY(read.ok());
    const Result<QStringList> applied = apply(read.value(), m_profiles.get(), &secrets);
    QVERIFY2(applied.ok(), qPrintable(applied.error().message));
    QCOMPARE(applied.value(), (QStringList { "ak-main", "ak-lower" }));

    QCOMPARE(m_profiles->profiles().size(), 2);
    QString secret;
    QVERIFY(
        finish(secrets.read(m_profiles->find(QStringLiteral("ak-main"))->secretKey()), &secret));
    QCOMPARE(secret, QStringLiteral("fixture-secret-ak-main"));
    // StsToken profiles are never persisted, in either store.
    QVERIFY(!m_profiles->contains(QStringLiteral("sts")));
    QVERIFY(!finish(secrets.read(QStringLiteral("sts:STS.fixture0005"))));

    // A second import sees them as already there.
    const Result<AliyunImportPlan> again = AliyunConfigImport::read(allModes, {}, m_profiles.get());
    QVERIFY(again.value().imports.isEmpty());
    bool sawAlready = false;
    for (const AliyunImportPlan::Skipped &skipped : again.value().skipped)
        sawAlready |= skipped.reason.contains(QStringLiteral("already imported"));
    QVERIFY(sawAlready);

    // The settings file has no secret; the CLI's file is untouched.
    m_settings->sync();
    QFile settingsFile(m_settings->fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains("fixture-secret"));
    QCOMPARE(fingerprint(allModes), before);

    for (const Profile &profile : m_profiles->profiles())
        QVERIFY(finish(secrets.remove(profile.secretKey())));
}

void TestAliyunConfigImport::oneProfile()
{
    Result<AliyunImportPlan> read = AliyunConfigImport::read(allModes, QStringLiteral("ak-lower"));
    QVERIFY(read.ok());
    QCOMPARE(read.value().imports.size(), 1);
    QCOMPARE(read.value().skipped.size(), 0);

    read = AliyunConfigImport::read(allModes, QStringLiteral("ecs"));
    QVERIFY(read.ok());
    QCOMPARE(read.value().imports.size(), 0);
    QCOMPARE(read.value().skipped.size(), 1);

    read = AliyunConfigImport::read(allModes, QStringLiteral("absent"));
    QVERIFY(!read.ok());
    QVERIFY(read.error().message.contains(QStringLiteral("no profile \"absent\"")));
}

void TestAliyunConfigImport::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QFile truncated(malformedFile);
    QVERIFY(truncated.open(QIODevice::ReadOnly));
    QTest::newRow("truncated fixture") << truncated.readAll() << "malformed";
    QTest::newRow("array") << QByteArray("[]") << "not a JSON object";
    QTest::newRow("no profiles") << QByteArray(R"({"current":"x"})") << "no \"profiles\" array";
    QTest::newRow("profile not object") << QByteArray(R"({"profiles":[1]})") << "profiles[0]";
    QTest::newRow("id not string")
        << QByteArray(R"({"profiles":[{"name":"a","mode":"AK","access_key_id":5,
                          "access_key_secret":"fixture-secret-x"}]})")
        << "profiles[0].access_key_id is not a string";
    // A good AK profile before a bad entry: still nothing at all.
    QTest::newRow("good then nameless")
        << QByteArray(R"({"profiles":[{"name":"a","mode":"AK","access_key_id":"LTAIa",
                          "access_key_secret":"fixture-secret-a"},{"mode":"AK"}]})")
        << "profiles[1] has no name";
}

void TestAliyunConfigImport::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    const QByteArray before = fingerprint(path);
    const Result<AliyunImportPlan> read = AliyunConfigImport::read(path, {}, m_profiles.get());
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(expected), qPrintable(read.error().message));
    QVERIFY(read.error().message.contains(QStringLiteral("Nothing was imported")));
    QVERIFY(read.error().message.contains(path));
    QVERIFY(read.error().kind == ApiError::Kind::InvalidInput);
    QVERIFY(m_profiles->profiles().isEmpty());
    QCOMPARE(fingerprint(path), before);
}

void TestAliyunConfigImport::unreadable()
{
    const QString path = m_dir.filePath(QStringLiteral("absent/config.json"));
    const Result<AliyunImportPlan> read = AliyunConfigImport::read(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QStringLiteral("Cannot read")),
             qPrintable(read.error().message));
    QVERIFY(!QFile::exists(path)); // and it was not created
}

void TestAliyunConfigImport::failedWriteUndoesEverything()
{
    FailingSecretStore secrets(2);
    const Result<AliyunImportPlan> read = AliyunConfigImport::read(allModes);
    QVERIFY(read.ok());
    const Result<QStringList> applied = apply(read.value(), m_profiles.get(), &secrets);
    QVERIFY(!applied.ok());
    QVERIFY2(applied.error().message.contains(QStringLiteral("Nothing was imported")),
             qPrintable(applied.error().message));
    QVERIFY(applied.error().message.contains(QStringLiteral("injected failure")));
    QVERIFY(m_profiles->profiles().isEmpty());
    // The first secret, written before the failure, was taken back.
    QVERIFY(!finish(secrets.read(read.value().imports.at(0).profile.secretKey())));
}

QTEST_GUILESS_MAIN(TestAliyunConfigImport)
#include "tst_aliyunconfigimport.moc"
