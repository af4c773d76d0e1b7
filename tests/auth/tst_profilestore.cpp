// ProfileStore: profiles round-trip through QSettings, bad ones are refused, and the settings
// file never gains anything that looks like a secret.
#include "auth/profilestore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void saveFindList();
    void replaceAndRemove();
    void lastUsed();
    void refusesInvalid_data();
    void refusesInvalid();
    void secretKeyPairsNameAndId();
    void defaultFileIsIsolated();

private:
    Profile sample(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestProfileStore::init()
{
    const QString path
        = m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

Profile TestProfileStore::sample(const QString &name) const
{
    Profile profile;
    profile.name = name;
    profile.accessKeyId = QStringLiteral("LTAI5tSample") + QString::number(name.size());
    profile.endpoint = QStringLiteral("http://127.0.0.1:8080");
    profile.signatureVersion = SignatureVersion::V1;
    profile.readOnly = true;
    return profile;
}

void TestProfileStore::saveFindList()
{
    ProfileStore store(m_settings.get());
    QVERIFY(store.profiles().isEmpty());
    QCOMPARE(store.save(sample(QStringLiteral("zeta"))), QString());
    Profile alpha = sample(QStringLiteral("alpha"));
    alpha.production = true;
    alpha.readOnly = false;
    alpha.endpoint.clear();
    alpha.signatureVersion = SignatureVersion::V3;
    QCOMPARE(store.save(alpha), QString());

    QCOMPARE(store.find(QStringLiteral("alpha")), alpha);
    QCOMPARE(store.find(QStringLiteral("zeta")), sample(QStringLiteral("zeta")));
    QVERIFY(!store.find(QStringLiteral("missing")));
    QVERIFY(!store.find(QStringLiteral("../zeta")));
    const QList<Profile> all = store.profiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("alpha"));
    QCOMPARE(all.at(1).name, QStringLiteral("zeta"));

    // A second store on the same file sees the same profiles.
    QSettings again(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(ProfileStore(&again).find(QStringLiteral("alpha")), alpha);
}

void TestProfileStore::replaceAndRemove()
{
    ProfileStore store(m_settings.get());
    Profile profile = sample(QStringLiteral("p"));
    QCOMPARE(store.save(profile), QString());
    profile.accessKeyId = QStringLiteral("LTAI5tRotated");
    profile.readOnly = false;
    QCOMPARE(store.save(profile), QString());
    QCOMPARE(store.find(QStringLiteral("p")), profile);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.remove(QStringLiteral("p")), QString());
    QVERIFY(!store.contains(QStringLiteral("p")));
    QCOMPARE(store.remove(QStringLiteral("p")), QString()); // absent: fine
}

void TestProfileStore::lastUsed()
{
    ProfileStore store(m_settings.get());
    QCOMPARE(store.lastUsed(), QString());
    QCOMPARE(store.save(sample(QStringLiteral("a"))), QString());
    store.setLastUsed(QStringLiteral("a"));
    QCOMPARE(store.lastUsed(), QStringLiteral("a"));
    // Removing the profile forgets it as last used.
    QCOMPARE(store.remove(QStringLiteral("a")), QString());
    QCOMPARE(store.lastUsed(), QString());
}

void TestProfileStore::refusesInvalid_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty name") << ""
                                << "LTAI1"
                                << ""
                                << "not a valid profile name";
    QTest::newRow("slash") << "a/b"
                           << "LTAI1"
                           << ""
                           << "not a valid profile name";
    QTest::newRow("colon") << "a:b"
                           << "LTAI1"
                           << ""
                           << "not a valid profile name";
    QTest::newRow("space") << "a b"
                           << "LTAI1"
                           << ""
                           << "not a valid profile name";
    QTest::newRow("no id") << "a"
                           << ""
                           << ""
                           << "no AccessKey ID";
    QTest::newRow("id with colon") << "a"
                                   << "LTAI:1"
                                   << ""
                                   << "may hold only";
    QTest::newRow("plain http") << "a"
                                << "LTAI1"
                                << "http://ga.example.com"
                                << "Refusing plain";
    QTest::newRow("bad url") << "a"
                             << "LTAI1"
                             << "https://"
                             << "not a valid URL";
}

void TestProfileStore::refusesInvalid()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QFETCH(QString, endpoint);
    QFETCH(QString, expected);
    ProfileStore store(m_settings.get());
    Profile profile;
    profile.name = name;
    profile.accessKeyId = id;
    profile.endpoint = endpoint;
    const QString problem = store.save(profile);
    QVERIFY2(problem.contains(expected), qPrintable(problem));
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::secretKeyPairsNameAndId()
{
    QCOMPARE(sample(QStringLiteral("prod")).secretKey(), QStringLiteral("prod:LTAI5tSample4"));
    QCOMPARE(normalizeEndpoint(QStringLiteral("ga.example.com")),
             QStringLiteral("https://ga.example.com"));
    QCOMPARE(normalizeEndpoint(QStringLiteral("http://127.0.0.1:1")),
             QStringLiteral("http://127.0.0.1:1"));
}

void TestProfileStore::defaultFileIsIsolated()
{
    // With test mode on, the default store must not point at the developer's own settings.
    ProfileStore store;
    QVERIFY2(store.fileName().contains(QStringLiteral("qttest")), qPrintable(store.fileName()));
    QVERIFY(store.fileName().endsWith(QStringLiteral("ga-console/profiles.conf")));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
