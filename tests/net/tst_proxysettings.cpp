// ProxySettings (checks, URL, transport) and ProxySettingsStore: the settings in a temporary
// settings file, the password in a SecretStore (memory, then the real keychain of
// scripts/test.sh), never in the file.
#include "auth/keychainsecretstore.h"
#include "auth/sessionsecretstore.h"
#include "net/proxysettings.h"
#include "net/proxysettingsstore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ga;

namespace {

const QString canary = QStringLiteral("canary-proxy-secret-5b0a");

ProxySettings manual(const QString &host = QStringLiteral("proxy.example"), int port = 3128)
{
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Manual;
    settings.host = host;
    settings.port = port;
    return settings;
}

// A keychain that refuses every write, as a locked one does.
class RefusingSecretStore final : public SecretStore
{
public:
    bool isPersistent() const override { return true; }
    QString description() const override { return QStringLiteral("a refusing keychain"); }
    SecretJob *read(const QString &) override { return refuse(); }
    SecretJob *write(const QString &, const QString &) override { return refuse(); }
    SecretJob *remove(const QString &) override { return refuse(); }
    SecretJob *probe() override { return refuse(); }

private:
    SecretJob *refuse()
    {
        auto *job = new SecretJob(this);
        QTimer::singleShot(0, job, [job] {
            job->fail({ SecretError::Kind::Denied, QStringLiteral("The keychain is locked.") });
        });
        return job;
    }
};

} // namespace

class TestProxySettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void validation_data();
    void validation();
    void urlAndTransport();
    void transportReachesTheManager();
    void defaultsWhenNothingIsStored();
    void roundTripKeepsThePasswordOutOfTheFile();
    void keepAndReplaceThePassword();
    void refusedKeychainStoresNothing();
    void unusableStoredSettingsFallBackToSystem();
    void realKeychain();

private:
    QString save(ProxySettingsStore &store, const ProxySettings &settings,
                 ProxySettingsStore::Password password = ProxySettingsStore::Password::Replace);
    std::pair<ProxySettings, QString> loadWithPassword(ProxySettingsStore &store);
    QByteArray fileBytes();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestProxySettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("ga-console.conf")),
                                             QSettings::IniFormat);
}

QString TestProxySettings::save(ProxySettingsStore &store, const ProxySettings &settings,
                                ProxySettingsStore::Password password)
{
    std::optional<QString> result;
    const QString refused = store.save(settings, password, this,
                                       [&result](const QString &problem) { result = problem; });
    if (!refused.isEmpty())
        return refused;
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15'000))
        qFatal("save never finished");
    return *result;
}

std::pair<ProxySettings, QString> TestProxySettings::loadWithPassword(ProxySettingsStore &store)
{
    std::optional<std::pair<ProxySettings, QString>> result;
    store.loadWithPassword(this, [&result](const ProxySettings &settings, const QString &problem) {
        result = std::make_pair(settings, problem);
    });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15'000))
        qFatal("load never finished");
    return *result;
}

QByteArray TestProxySettings::fileBytes()
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestProxySettings::validation_data()
{
    QTest::addColumn<ProxySettings>("settings");
    QTest::addColumn<QString>("messagePart"); // empty: accepted

    QTest::newRow("manual ok") << manual() << "";
    QTest::newRow("ip ok") << manual(QStringLiteral("10.0.0.1")) << "";
    QTest::newRow("ipv6 ok") << manual(QStringLiteral("2001:db8::1")) << "";
    QTest::newRow("port 1") << manual(QStringLiteral("p.example"), 1) << "";
    QTest::newRow("port 65535") << manual(QStringLiteral("p.example"), 65535) << "";
    QTest::newRow("empty host") << manual(QString()) << "host";
    QTest::newRow("blank host") << manual(QStringLiteral("   ")) << "host";
    QTest::newRow("scheme in host") << manual(QStringLiteral("http://proxy.example")) << "scheme";
    QTest::newRow("space in host") << manual(QStringLiteral("proxy example")) << "valid proxy host";
    QTest::newRow("path in host") << manual(QStringLiteral("proxy.example/x"))
                                  << "valid proxy host";
    QTest::newRow("port 0") << manual(QStringLiteral("p.example"), 0) << "1 and 65535";
    QTest::newRow("port -1") << manual(QStringLiteral("p.example"), -1) << "1 and 65535";
    QTest::newRow("port 65536") << manual(QStringLiteral("p.example"), 65536) << "1 and 65535";
    ProxySettings colon = manual();
    colon.user = QStringLiteral("a:b");
    QTest::newRow("colon in user") << colon << "':'";
    ProxySettings passwordOnly = manual();
    passwordOnly.password = canary;
    QTest::newRow("password without user") << passwordOnly << "user";
    ProxySettings none = manual(QString(), 0);
    none.mode = ProxySettings::Mode::None;
    QTest::newRow("none ignores the fields") << none << "";
    ProxySettings system = none;
    system.mode = ProxySettings::Mode::System;
    QTest::newRow("system ignores the fields") << system << "";
}

void TestProxySettings::validation()
{
    QFETCH(ProxySettings, settings);
    QFETCH(QString, messagePart);
    const QString problem = settings.validate();
    if (messagePart.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(messagePart), qPrintable(problem));
    QVERIFY(!problem.contains(canary));
}

void TestProxySettings::urlAndTransport()
{
    ProxySettings settings = manual();
    settings.user = QStringLiteral("alice@corp");
    settings.password = QStringLiteral("p@ss:w/rd");
    QCOMPARE(settings.url().scheme(), QStringLiteral("http"));
    QCOMPARE(settings.url().userName(), settings.user);
    QCOMPARE(settings.url().password(), settings.password);
    TransportOptions transport;
    settings.applyTo(&transport);
    QCOMPARE(transport.proxyMode, TransportOptions::ProxyMode::Explicit);
    QCOMPARE(transport.proxyUrl.host(), QStringLiteral("proxy.example"));
    QCOMPARE(transport.proxyUrl.port(), 3128);

    settings.type = ProxySettings::Type::Socks5;
    QCOMPARE(settings.url().scheme(), QStringLiteral("socks5"));

    settings.mode = ProxySettings::Mode::None;
    settings.applyTo(&transport);
    QCOMPARE(transport.proxyMode, TransportOptions::ProxyMode::None);
    QVERIFY(transport.proxyUrl.isEmpty());
    settings.mode = ProxySettings::Mode::System;
    settings.applyTo(&transport);
    QCOMPARE(transport.proxyMode, TransportOptions::ProxyMode::System);
    QVERIFY(transport.proxyUrl.isEmpty());
}

void TestProxySettings::transportReachesTheManager()
{
    // The settings end in applyProxy(), which builds the manager's QNetworkProxy.
    ProxySettings settings = manual(QStringLiteral("10.1.2.3"), 1080);
    settings.type = ProxySettings::Type::Socks5;
    settings.user = QStringLiteral("bob");
    settings.password = QStringLiteral("s3cr%t");
    TransportOptions transport;
    settings.applyTo(&transport);
    QNetworkAccessManager manager;
    QCOMPARE(applyProxy(manager, transport), QString());
    QCOMPARE(manager.proxy().type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(manager.proxy().hostName(), QStringLiteral("10.1.2.3"));
    QCOMPARE(manager.proxy().port(), quint16(1080));
    QCOMPARE(manager.proxy().user(), QStringLiteral("bob"));
    QCOMPARE(manager.proxy().password(), QStringLiteral("s3cr%t"));
}

void TestProxySettings::defaultsWhenNothingIsStored()
{
    SessionSecretStore secrets;
    ProxySettingsStore store(&secrets, m_settings.get());
    QCOMPARE(store.load(), ProxySettings {});
    QCOMPARE(store.load().mode, ProxySettings::Mode::System);
    const auto [settings, problem] = loadWithPassword(store);
    QCOMPARE(settings, ProxySettings {});
    QCOMPARE(problem, QString());
}

void TestProxySettings::roundTripKeepsThePasswordOutOfTheFile()
{
    SessionSecretStore secrets;
    ProxySettingsStore store(&secrets, m_settings.get());
    ProxySettings chosen = manual(QStringLiteral("proxy.corp.example"), 8080);
    chosen.type = ProxySettings::Type::Socks5;
    chosen.user = QStringLiteral("alice");
    chosen.password = canary;
    QCOMPARE(save(store, chosen), QString());

    ProxySettings expected = chosen;
    expected.password.clear();
    QCOMPARE(store.load(), expected);
    const auto [loaded, problem] = loadWithPassword(store);
    QCOMPARE(problem, QString());
    QCOMPARE(loaded, chosen);

    const QByteArray bytes = fileBytes();
    QVERIFY(bytes.contains("[proxy]"));
    QVERIFY(bytes.contains("proxy.corp.example"));
    QVERIFY(bytes.contains("alice"));
    QVERIFY(!bytes.contains(canary.toUtf8()));
}

void TestProxySettings::keepAndReplaceThePassword()
{
    SessionSecretStore secrets;
    ProxySettingsStore store(&secrets, m_settings.get());
    ProxySettings chosen = manual();
    chosen.user = QStringLiteral("alice");
    chosen.password = canary;
    QCOMPARE(save(store, chosen), QString());

    // Keep: the host changes, the stored password stays.
    ProxySettings edited = chosen;
    edited.host = QStringLiteral("other.example");
    edited.password.clear();
    QCOMPARE(save(store, edited, ProxySettingsStore::Password::Keep), QString());
    QCOMPARE(loadWithPassword(store).first.password, canary);

    // No user any more: the password goes, even when asked to keep it.
    edited.user.clear();
    QCOMPARE(save(store, edited, ProxySettingsStore::Password::Keep), QString());
    edited.user = QStringLiteral("alice");
    QCOMPARE(save(store, edited, ProxySettingsStore::Password::Keep), QString());
    QCOMPARE(loadWithPassword(store).first.password, QString());

    // Another mode: the manual fields and the password go.
    chosen.password = canary;
    QCOMPARE(save(store, chosen), QString());
    ProxySettings none;
    none.mode = ProxySettings::Mode::None;
    QCOMPARE(save(store, none, ProxySettingsStore::Password::Keep), QString());
    QCOMPARE(store.load().mode, ProxySettings::Mode::None);
    QVERIFY(store.load().host.isEmpty());
    chosen.password.clear();
    QCOMPARE(save(store, chosen, ProxySettingsStore::Password::Keep), QString());
    QCOMPARE(loadWithPassword(store).first.password, QString());
}

void TestProxySettings::refusedKeychainStoresNothing()
{
    RefusingSecretStore secrets;
    ProxySettingsStore store(&secrets, m_settings.get());
    ProxySettings chosen = manual();
    chosen.user = QStringLiteral("alice");
    chosen.password = canary;
    const QString problem = save(store, chosen);
    QVERIFY2(problem.contains(QStringLiteral("locked")), qPrintable(problem));
    QCOMPARE(store.load(), ProxySettings {});
    QVERIFY(!fileBytes().contains(canary.toUtf8()));

    // A refused check stores nothing either, and never reaches the keychain.
    chosen.port = 0;
    QVERIFY(save(store, chosen).contains(QStringLiteral("65535")));
}

void TestProxySettings::unusableStoredSettingsFallBackToSystem()
{
    m_settings->setValue(QStringLiteral("proxy/mode"), QStringLiteral("manual"));
    m_settings->setValue(QStringLiteral("proxy/host"), QString());
    m_settings->setValue(QStringLiteral("proxy/port"), 99999);
    SessionSecretStore secrets;
    ProxySettingsStore store(&secrets, m_settings.get());
    QCOMPARE(store.load(), ProxySettings {});
    m_settings->setValue(QStringLiteral("proxy/mode"), QStringLiteral("bogus"));
    QCOMPARE(store.load().mode, ProxySettings::Mode::System);
}

void TestProxySettings::realKeychain()
{
    KeychainSecretStore secrets(QStringLiteral("ga-console-test-proxysettings"));
    secrets.setTimeout(10'000);
    ProxySettingsStore store(&secrets, m_settings.get());
    ProxySettings chosen = manual();
    chosen.user = QStringLiteral("alice");
    chosen.password = canary;
    const QString problem = save(store, chosen);
    QVERIFY2(problem.isEmpty(),
             qPrintable(problem + u" (these tests need the Secret Service of scripts/test.sh)"));
    QCOMPARE(loadWithPassword(store).first.password, canary);
    QVERIFY(!fileBytes().contains(canary.toUtf8()));

    ProxySettings none;
    none.mode = ProxySettings::Mode::None;
    QCOMPARE(save(store, none), QString());
    chosen.password.clear();
    QCOMPARE(save(store, chosen, ProxySettingsStore::Password::Keep), QString());
    QCOMPARE(loadWithPassword(store).first.password, QString()); // deleted from the keychain
    QCOMPARE(save(store, none), QString());
}

QTEST_GUILESS_MAIN(TestProxySettings)
#include "tst_proxysettings.moc"
