// The profile dialog, offscreen, over a temporary settings file and an in-memory secret store:
// the secret goes to the store, never to the settings.
#include "auth/profilestore.h"
#include "auth/sessionsecretstore.h"
#include "profiledialog.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

namespace {
const QString canary = QStringLiteral("canary-dialog-secret-91c2");
} // namespace

class TestProfileDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keychainStatusIsShown();
    void addKeepsTheSecretOutOfTheSettings();
    void newProfileNeedsASecret();
    void editKeepsTheSecretWhenLeftEmpty();
    void removeDeletesProfileAndSecret();
    void importsTheAliyunProfilesItCan();

private:
    template<typename T> T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void fill(const QString &name, const QString &id, const QString &secret);
    QString readSecret(const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SessionSecretStore> m_secrets;
    std::unique_ptr<ProfileDialog> m_dialog;
};

void TestProfileDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("profiles.conf")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<SessionSecretStore>();
    m_dialog = std::make_unique<ProfileDialog>(m_profiles.get(), m_secrets.get());
    m_dialog->show();
}

void TestProfileDialog::cleanup()
{
    m_dialog.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_settings.reset();
}

void TestProfileDialog::fill(const QString &name, const QString &id, const QString &secret)
{
    child<QLineEdit>("name")->setText(name);
    child<QLineEdit>("accessKeyId")->setText(id);
    child<QLineEdit>("secret")->setText(secret);
}

QString TestProfileDialog::readSecret(const QString &key)
{
    std::optional<QString> value;
    bool done = false;
    m_secrets->read(key)->onFinished(this, [&](const SecretJob &job) {
        if (job.ok())
            value = job.secret();
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 5'000))
        qFatal("secret read never finished");
    return value.value_or(QString());
}

void TestProfileDialog::keychainStatusIsShown()
{
    QTRY_VERIFY(child<QLabel>("keychainStatus")->text().contains(m_secrets->description()));
    QCOMPARE(child<QLineEdit>("secret")->echoMode(), QLineEdit::Password);
}

void TestProfileDialog::addKeepsTheSecretOutOfTheSettings()
{
    QSignalSpy changed(m_dialog.get(), &ProfileDialog::profilesChanged);
    fill(QStringLiteral("prod"), QStringLiteral("LTAI5tDialogTest0001"), canary);
    child<QCheckBox>("production")->setChecked(true);
    child<QPushButton>("saveProfile")->click();
    QTRY_COMPARE(changed.size(), 1);
    const std::optional<Profile> saved = m_profiles->find(QStringLiteral("prod"));
    QVERIFY(saved.has_value());
    QVERIFY(saved->production);
    QCOMPARE(readSecret(saved->secretKey()), canary);
    QCOMPARE(child<QListWidget>("profileList")->count(), 1);
    QVERIFY(child<QLineEdit>("secret")->text().isEmpty());
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("LTAI5tDialogTest0001"));
    QVERIFY(!stored.contains(canary.toUtf8()));
}

void TestProfileDialog::newProfileNeedsASecret()
{
    fill(QStringLiteral("nosecret"), QStringLiteral("LTAI5tDialogTest0002"), QString());
    child<QPushButton>("saveProfile")->click();
    QVERIFY(m_dialog->statusText().contains(QStringLiteral("secret")));
    QVERIFY(!m_profiles->find(QStringLiteral("nosecret")));

    fill(QStringLiteral("bad name!"), QStringLiteral("LTAI5tDialogTest0002"), canary);
    child<QPushButton>("saveProfile")->click();
    QVERIFY(!m_profiles->find(QStringLiteral("bad name!")));
    QVERIFY(!m_dialog->statusText().isEmpty());
}

void TestProfileDialog::editKeepsTheSecretWhenLeftEmpty()
{
    fill(QStringLiteral("edit"), QStringLiteral("LTAI5tDialogTest0003"), canary);
    child<QPushButton>("saveProfile")->click();
    QTRY_VERIFY(m_profiles->find(QStringLiteral("edit")).has_value());
    QListWidget *list = child<QListWidget>("profileList");
    list->setCurrentRow(0);
    QCOMPARE(child<QLineEdit>("secret")->placeholderText(), QStringLiteral("unchanged"));
    QVERIFY(child<QLineEdit>("name")->isReadOnly());
    child<QCheckBox>("readOnly")->setChecked(true);
    child<QPushButton>("saveProfile")->click();
    QTRY_VERIFY(m_profiles->find(QStringLiteral("edit"))->readOnly);
    QCOMPARE(readSecret(m_profiles->find(QStringLiteral("edit"))->secretKey()), canary);
}

void TestProfileDialog::removeDeletesProfileAndSecret()
{
    fill(QStringLiteral("gone"), QStringLiteral("LTAI5tDialogTest0004"), canary);
    child<QPushButton>("saveProfile")->click();
    QTRY_VERIFY(m_profiles->find(QStringLiteral("gone")).has_value());
    const QString key = m_profiles->find(QStringLiteral("gone"))->secretKey();
    child<QListWidget>("profileList")->setCurrentRow(0);
    child<QPushButton>("removeProfile")->click();
    QTRY_VERIFY(!m_profiles->find(QStringLiteral("gone")).has_value());
    QCOMPARE(readSecret(key), QString());
    QCOMPARE(child<QListWidget>("profileList")->count(), 0);
}

void TestProfileDialog::importsTheAliyunProfilesItCan()
{
    m_dialog->setAliyunConfigPath(QStringLiteral(GA_TEST_DATA "/aliyun-config-all-modes.json"));
    child<QPushButton>("importAliyun")->click();
    QTRY_VERIFY(m_profiles->find(QStringLiteral("ak-main")).has_value());
    QVERIFY(m_profiles->find(QStringLiteral("ak-lower")).has_value());
    QVERIFY(!m_profiles->find(QStringLiteral("sts")).has_value());
    QCOMPARE(readSecret(m_profiles->find(QStringLiteral("ak-main"))->secretKey()),
             QStringLiteral("fixture-secret-ak-main"));
    QVERIFY(m_dialog->statusText().contains(QStringLiteral("Skipped")));
    QVERIFY(m_dialog->statusText().contains(QStringLiteral("sts")));
    QCOMPARE(child<QListWidget>("profileList")->count(), 2);
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
