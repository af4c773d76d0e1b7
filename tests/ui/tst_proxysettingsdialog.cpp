// The proxy settings dialog, offscreen, over a temporary settings file and the real keychain
// of scripts/test.sh (a test service): bad fields are refused with a message, OK stores the
// settings, and the password ends in the keychain, never in the file.
#include "auth/keychainsecretstore.h"
#include "net/proxysettings.h"
#include "net/proxysettingsstore.h"
#include "proxysettingsdialog.h"
#include "proxystatustext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

namespace {
const QString canary = QStringLiteral("canary-dialog-proxy-password-3f9a");
} // namespace

class TestProxySettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheStoredSettings();
    void manualFieldsFollowTheMode();
    void refusesAnEmptyHostAndABadPort();
    void savesWithThePasswordInTheKeychain();
    void emptyPasswordKeepsTheStoredOne();
    void cancelStoresNothing();
    void statusTexts();

private:
    template<typename T> T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void openDialog();
    void fillManual(const QString &host, int port, const QString &user, const QString &password);
    void clickOk();
    QString readPassword();
    QByteArray fileBytes();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ProxySettingsStore> m_store;
    std::unique_ptr<ProxySettingsDialog> m_dialog;
};

void TestProxySettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("ga-console.conf")),
                                             QSettings::IniFormat);
    m_secrets
        = std::make_unique<KeychainSecretStore>(QStringLiteral("ga-console-test-proxydialog"));
    m_secrets->setTimeout(10'000);
    m_store = std::make_unique<ProxySettingsStore>(m_secrets.get(), m_settings.get());
    openDialog();
}

void TestProxySettingsDialog::cleanup()
{
    m_dialog.reset();
    // Leave nothing behind in the test keychain.
    bool done = false;
    m_secrets->remove(ProxySettingsStore::secretKey())
        ->onFinished(this, [&done](const SecretJob &) { done = true; });
    QVERIFY(QTest::qWaitFor([&done] { return done; }, 10'000));
    m_store.reset();
    m_secrets.reset();
    m_settings.reset();
}

void TestProxySettingsDialog::openDialog()
{
    m_dialog = std::make_unique<ProxySettingsDialog>(m_store.get());
    m_dialog->show();
}

void TestProxySettingsDialog::fillManual(const QString &host, int port, const QString &user,
                                         const QString &password)
{
    child<QRadioButton>("manualProxy")->click();
    child<QLineEdit>("proxyHost")->setText(host);
    child<QSpinBox>("proxyPort")->setValue(port);
    child<QLineEdit>("proxyUser")->setText(user);
    child<QLineEdit>("proxyPassword")->setText(password);
}

void TestProxySettingsDialog::clickOk()
{
    child<QDialogButtonBox>("buttons")->button(QDialogButtonBox::Ok)->click();
}

QString TestProxySettingsDialog::readPassword()
{
    std::optional<QString> value;
    m_secrets->read(ProxySettingsStore::secretKey())->onFinished(this, [&](const SecretJob &job) {
        value = job.ok() ? job.secret() : QString();
    });
    if (!QTest::qWaitFor([&value] { return value.has_value(); }, 10'000))
        qFatal("keychain read never finished");
    return *value;
}

QByteArray TestProxySettingsDialog::fileBytes()
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestProxySettingsDialog::showsTheStoredSettings()
{
    // Nothing stored: the system proxy.
    QVERIFY(child<QRadioButton>("systemProxy")->isChecked());
    QCOMPARE(child<QLineEdit>("proxyPassword")->echoMode(), QLineEdit::Password);

    m_settings->setValue(QStringLiteral("proxy/mode"), QStringLiteral("manual"));
    m_settings->setValue(QStringLiteral("proxy/type"), QStringLiteral("socks5"));
    m_settings->setValue(QStringLiteral("proxy/host"), QStringLiteral("socks.example"));
    m_settings->setValue(QStringLiteral("proxy/port"), 1081);
    m_settings->setValue(QStringLiteral("proxy/user"), QStringLiteral("bob"));
    openDialog();
    QVERIFY(child<QRadioButton>("manualProxy")->isChecked());
    QCOMPARE(child<QComboBox>("proxyType")->currentText(), QStringLiteral("SOCKS5"));
    QCOMPARE(child<QLineEdit>("proxyHost")->text(), QStringLiteral("socks.example"));
    QCOMPARE(child<QSpinBox>("proxyPort")->value(), 1081);
    QCOMPARE(child<QLineEdit>("proxyUser")->text(), QStringLiteral("bob"));
    QCOMPARE(child<QLineEdit>("proxyPassword")->placeholderText(), QStringLiteral("unchanged"));
}

void TestProxySettingsDialog::manualFieldsFollowTheMode()
{
    child<QRadioButton>("noProxy")->click();
    QVERIFY(!child<QLineEdit>("proxyHost")->isEnabled());
    QVERIFY(!child<QLineEdit>("proxyPassword")->isEnabled());
    child<QRadioButton>("manualProxy")->click();
    QVERIFY(child<QLineEdit>("proxyHost")->isEnabled());
    QVERIFY(child<QSpinBox>("proxyPort")->isEnabled());
    // The port follows the type while it is the other type's default.
    QCOMPARE(child<QSpinBox>("proxyPort")->value(), ProxySettings::defaultHttpPort);
    child<QComboBox>("proxyType")->setCurrentIndex(1);
    QCOMPARE(child<QSpinBox>("proxyPort")->value(), ProxySettings::defaultSocks5Port);
    child<QSpinBox>("proxyPort")->setValue(9050);
    child<QComboBox>("proxyType")->setCurrentIndex(0);
    QCOMPARE(child<QSpinBox>("proxyPort")->value(), 9050);
}

void TestProxySettingsDialog::refusesAnEmptyHostAndABadPort()
{
    QSignalSpy saved(m_dialog.get(), &ProxySettingsDialog::settingsSaved);
    fillManual(QString(), 3128, QString(), QString());
    clickOk();
    QVERIFY2(m_dialog->statusText().contains(QStringLiteral("host")),
             qPrintable(m_dialog->statusText()));
    QVERIFY(m_dialog->isVisible());

    fillManual(QStringLiteral("http://proxy.example"), 3128, QString(), QString());
    clickOk();
    QVERIFY2(m_dialog->statusText().contains(QStringLiteral("scheme")),
             qPrintable(m_dialog->statusText()));

    fillManual(QStringLiteral("proxy.example"), 0, QString(), QString());
    clickOk();
    QVERIFY2(m_dialog->statusText().contains(QStringLiteral("65535")),
             qPrintable(m_dialog->statusText()));

    // The spin box itself never holds more than 65535.
    child<QSpinBox>("proxyPort")->setValue(70000);
    QCOMPARE(child<QSpinBox>("proxyPort")->value(), 65535);

    fillManual(QStringLiteral("proxy.example"), 3128, QString(), canary);
    clickOk();
    QVERIFY2(m_dialog->statusText().contains(QStringLiteral("user")),
             qPrintable(m_dialog->statusText()));

    QCOMPARE(saved.size(), 0);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_store->load(), ProxySettings {});
}

void TestProxySettingsDialog::savesWithThePasswordInTheKeychain()
{
    QSignalSpy saved(m_dialog.get(), &ProxySettingsDialog::settingsSaved);
    fillManual(QStringLiteral("proxy.corp.example"), 8080, QStringLiteral("alice"), canary);
    clickOk();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15'000);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());

    const ProxySettings stored = m_store->load();
    QCOMPARE(stored.mode, ProxySettings::Mode::Manual);
    QCOMPARE(stored.type, ProxySettings::Type::Http);
    QCOMPARE(stored.host, QStringLiteral("proxy.corp.example"));
    QCOMPARE(stored.port, 8080);
    QCOMPARE(stored.user, QStringLiteral("alice"));
    QCOMPARE(readPassword(), canary);
    const QByteArray bytes = fileBytes();
    QVERIFY(bytes.contains("proxy.corp.example"));
    QVERIFY(!bytes.contains(canary.toUtf8()));
}

void TestProxySettingsDialog::emptyPasswordKeepsTheStoredOne()
{
    fillManual(QStringLiteral("proxy.example"), 3128, QStringLiteral("alice"), canary);
    clickOk();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 15'000);

    openDialog();
    QVERIFY(child<QLineEdit>("proxyPassword")->text().isEmpty());
    child<QSpinBox>("proxyPort")->setValue(3129);
    clickOk();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 15'000);
    QCOMPARE(m_store->load().port, 3129);
    QCOMPARE(readPassword(), canary);

    // Another user: the old user's password is not theirs, so it goes.
    openDialog();
    child<QLineEdit>("proxyUser")->setText(QStringLiteral("bob"));
    clickOk();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 15'000);
    QCOMPARE(readPassword(), QString());

    // No proxy: nothing of the manual one stays.
    openDialog();
    child<QRadioButton>("noProxy")->click();
    clickOk();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 15'000);
    QCOMPARE(m_store->load().mode, ProxySettings::Mode::None);
    QVERIFY(!fileBytes().contains("proxy.example"));
}

void TestProxySettingsDialog::cancelStoresNothing()
{
    QSignalSpy saved(m_dialog.get(), &ProxySettingsDialog::settingsSaved);
    fillManual(QStringLiteral("proxy.example"), 3128, QStringLiteral("alice"), canary);
    child<QDialogButtonBox>("buttons")->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(saved.size(), 0);
    QCOMPARE(m_store->load(), ProxySettings {});
    QCOMPARE(readPassword(), QString());
}

void TestProxySettingsDialog::statusTexts()
{
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::None;
    QCOMPARE(proxyStatusText(settings), QStringLiteral("Proxy: none"));
    settings.mode = ProxySettings::Mode::System;
    QCOMPARE(proxyStatusText(settings), QStringLiteral("Proxy: system"));
    settings.mode = ProxySettings::Mode::Manual;
    settings.host = QStringLiteral("proxy.example");
    settings.port = 3128;
    settings.user = QStringLiteral("alice");
    settings.password = canary;
    QCOMPARE(proxyStatusText(settings), QStringLiteral("Proxy: HTTP proxy.example:3128"));
    settings.type = ProxySettings::Type::Socks5;
    settings.host = QStringLiteral("2001:db8::1");
    settings.port = 1080;
    QCOMPARE(proxyStatusText(settings), QStringLiteral("Proxy: SOCKS5 [2001:db8::1]:1080"));
}

QTEST_MAIN(TestProxySettingsDialog)
#include "tst_proxysettingsdialog.moc"
