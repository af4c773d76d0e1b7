// ConsoleSession, ga-console's start-up, offscreen: the demo with its own emulator, the
// client configuration resolved as gactl resolves it (--endpoint, else the profile's, else
// ALIBABA_CLOUD_ENDPOINT_GA, else GA's), and one OperationCenter across profile switches.
// Profiles are in a temporary INI file, secrets in memory, the proxy page says "none".
#include "api/gaclient.h"
#include "auth/profilestore.h"
#include "auth/sessionsecretstore.h"
#include "consolesession.h"
#include "emulatorfixture.h"
#include "filterproxymodel.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "net/proxysettingsstore.h"
#include "ops/operationcenter.h"
#include "profiledialog.h"
#include "resourcepane.h"
#include "welcomedialog.h"
#include "world.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

namespace {

QStringList idsIn(const ResourcePane *pane)
{
    QStringList ids;
    for (int row = 0; row < pane->proxy()->rowCount(); ++row)
        ids << pane->proxy()->index(row, 0).data(IdRole).toString();
    ids.sort();
    return ids;
}

QStringList acceleratorIds(emu::Emulator &emulator)
{
    QStringList ids;
    for (const emu::EmuAccelerator &accelerator : emulator.world().accelerators())
        ids << accelerator.acceleratorId;
    ids.sort();
    return ids;
}

QStringList switcherEntries(const MainWindow *window)
{
    QStringList entries;
    const auto *switcher = window->findChild<QComboBox *>(QStringLiteral("profileSwitcher"));
    for (int i = 0; switcher && i < switcher->count(); ++i)
        entries << switcher->itemText(i);
    return entries;
}

bool finish(SecretJob *job)
{
    bool done = false;
    bool ok = false;
    QObject context;
    job->onFinished(&context, [&](const SecretJob &finished) {
        ok = finished.ok();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 10'000) && ok;
}

} // namespace

class TestConsoleSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void demoListsItsEmulatorsAccelerators();
    void profileEndpointBeatsTheEnvironment();
    void environmentEndpointBeatsTheDefault();
    void endpointFlagBeatsTheProfile();
    void switchingProfileKeepsTheOperationCenter();
    void firstRunOffersThreeWays();

private:
    // A profile whose secret is in m_secrets; an empty endpoint means none of its own.
    void saveProfile(const QString &name, const QString &endpoint);
    QProcessEnvironment environmentWith(const QUrl &endpoint) const;
    void waitForClient(ConsoleSession &session);

    QTemporaryDir m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SessionSecretStore> m_secrets;
    std::unique_ptr<emu::Emulator> m_profileEmulator; // named by the profiles
    std::unique_ptr<emu::Emulator> m_environmentEmulator; // by ALIBABA_CLOUD_ENDPOINT_GA
};

void TestConsoleSession::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Before the first QSettings: the proxy page, the window's settings and the journal
    // all go under the temporary home.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("ga-console-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_consolesession"));

    // The saved proxy page: none, so loopback requests never meet a proxy of the machine.
    SessionSecretStore secrets;
    ProxySettingsStore proxies(&secrets);
    ProxySettings none;
    none.mode = ProxySettings::Mode::None;
    bool saved = false;
    QString problem
        = proxies.save(none, ProxySettingsStore::Password::Keep, this, [&](const QString &why) {
              problem = why;
              saved = true;
          });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTRY_VERIFY(saved);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestConsoleSession::init()
{
    m_settings = std::make_unique<QSettings>(m_home.filePath(QStringLiteral("profiles.ini")),
                                             QSettings::IniFormat);
    m_settings->clear();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<SessionSecretStore>();
    emu::EmulatorOptions first = test::smallWorld();
    first.seed = 1;
    emu::EmulatorOptions second = test::smallWorld();
    second.seed = 2;
    m_profileEmulator = test::startEmulator(first);
    m_environmentEmulator = test::startEmulator(second);
    // Two worlds apart, so the accelerators shown tell which emulator the window talks to.
    QVERIFY(acceleratorIds(*m_profileEmulator) != acceleratorIds(*m_environmentEmulator));
}

void TestConsoleSession::cleanup()
{
    m_profileEmulator.reset();
    m_environmentEmulator.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_settings.reset();
}

void TestConsoleSession::saveProfile(const QString &name, const QString &endpoint)
{
    Profile profile;
    profile.name = name;
    profile.accessKeyId = QString::fromLatin1(emu::demoAccessKeyId);
    profile.endpoint = endpoint;
    QCOMPARE(m_profiles->save(profile), QString());
    QVERIFY(finish(
        m_secrets->write(profile.secretKey(), QString::fromLatin1(emu::demoAccessKeySecret))));
}

QProcessEnvironment TestConsoleSession::environmentWith(const QUrl &endpoint) const
{
    QProcessEnvironment environment;
    if (!endpoint.isEmpty())
        environment.insert(QStringLiteral("ALIBABA_CLOUD_ENDPOINT_GA"), endpoint.toString());
    return environment;
}

void TestConsoleSession::waitForClient(ConsoleSession &session)
{
    QTRY_VERIFY_WITH_TIMEOUT(session.client() && session.window(), 10'000);
}

void TestConsoleSession::demoListsItsEmulatorsAccelerators()
{
    saveProfile(QStringLiteral("work"), m_profileEmulator->baseUrl().toString());
    // The demo keeps its own emulator whatever the environment names.
    ConsoleSession session(environmentWith(m_environmentEmulator->baseUrl()), m_profiles.get(),
                           m_secrets.get());
    session.startDemo();
    QVERIFY(session.window());
    QVERIFY(session.client());
    QVERIFY(session.operations());
    QCOMPARE(session.current(), QStringLiteral("Demo"));
    const QUrl endpoint = session.client()->endpoint();
    QCOMPARE(endpoint.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(endpoint.port() != m_environmentEmulator->baseUrl().port());
    QVERIFY(endpoint.port() != m_profileEmulator->baseUrl().port());
    // The demo emulator's default world: 6 accelerators.
    QTRY_COMPARE(session.window()->acceleratorPane()->proxy()->rowCount(), 6);
    QCOMPARE(idsIn(session.window()->acceleratorPane()).size(), 6);
    // No real account in the demo's switcher: "Demo" alone, not the saved "work".
    QCOMPARE(switcherEntries(session.window()), QStringList { QStringLiteral("Demo") });
}

void TestConsoleSession::profileEndpointBeatsTheEnvironment()
{
    saveProfile(QStringLiteral("work"), m_profileEmulator->baseUrl().toString());
    ConsoleSession session(environmentWith(m_environmentEmulator->baseUrl()), m_profiles.get(),
                           m_secrets.get());
    session.startWithProfile(QStringLiteral("work"));
    waitForClient(session);
    QCOMPARE(session.current(), QStringLiteral("work"));
    QCOMPARE(session.client()->endpoint(), m_profileEmulator->baseUrl());
    QTRY_COMPARE(idsIn(session.window()->acceleratorPane()), acceleratorIds(*m_profileEmulator));
    QCOMPARE(switcherEntries(session.window()), QStringList { QStringLiteral("work") });
}

void TestConsoleSession::environmentEndpointBeatsTheDefault()
{
    saveProfile(QStringLiteral("plain"), QString());
    ConsoleSession session(environmentWith(m_environmentEmulator->baseUrl()), m_profiles.get(),
                           m_secrets.get());
    session.startWithProfile(QStringLiteral("plain"));
    waitForClient(session);
    QCOMPARE(session.client()->endpoint(), m_environmentEmulator->baseUrl());
    QTRY_COMPARE(idsIn(session.window()->acceleratorPane()),
                 acceleratorIds(*m_environmentEmulator));

    // Without the variable it would be GA's public endpoint: tests/core/tst_clientconfig.cpp
    // holds that, since a window here would send requests to the real service.
}

void TestConsoleSession::endpointFlagBeatsTheProfile()
{
    saveProfile(QStringLiteral("work"), m_profileEmulator->baseUrl().toString());
    ConsoleSession session(QProcessEnvironment(), m_profiles.get(), m_secrets.get());
    session.startWithProfile(QStringLiteral("work"), m_environmentEmulator->baseUrl().toString());
    waitForClient(session);
    QCOMPARE(session.client()->endpoint(), m_environmentEmulator->baseUrl());
    QTRY_COMPARE(idsIn(session.window()->acceleratorPane()),
                 acceleratorIds(*m_environmentEmulator));
}

void TestConsoleSession::switchingProfileKeepsTheOperationCenter()
{
    saveProfile(QStringLiteral("work"), m_profileEmulator->baseUrl().toString());
    saveProfile(QStringLiteral("plain"), QString());
    ConsoleSession session(environmentWith(m_environmentEmulator->baseUrl()), m_profiles.get(),
                           m_secrets.get());
    session.startWithProfile(QStringLiteral("work"));
    waitForClient(session);
    OperationCenter *center = session.operations();
    GaClient *first = session.client();
    MainWindow *window = session.window();
    QVERIFY(center);
    QTRY_COMPARE(idsIn(window->acceleratorPane()), acceleratorIds(*m_profileEmulator));
    QCOMPARE(switcherEntries(window),
             (QStringList { QStringLiteral("plain"), QStringLiteral("work") }));

    emit window->profileRequested(QStringLiteral("plain"));
    QTRY_VERIFY(session.client() != first);
    QCOMPARE(session.current(), QStringLiteral("plain"));
    QCOMPARE(session.window(), window); // the same window, pointed at the new client
    QCOMPARE(session.operations(), center); // and the same operations
    QCOMPARE(session.client()->endpoint(), m_environmentEmulator->baseUrl());
    QTRY_COMPARE(idsIn(window->acceleratorPane()), acceleratorIds(*m_environmentEmulator));
    // The first client is still there for whatever it started.
    QCOMPARE(first->endpoint(), m_profileEmulator->baseUrl());
}

// No profile and nothing in the environment: a welcome page instead of an error box, with
// its three ways in plain words; each leads where it says.
void TestConsoleSession::firstRunOffersThreeWays()
{
    const auto welcomePage = [] {
        WelcomeDialog *found = nullptr;
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            if (auto *page = qobject_cast<WelcomeDialog *>(widget); page && page->isVisible())
                found = page;
        }
        return found;
    };
    const auto visibleProfileDialog = [] {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            if (qobject_cast<ProfileDialog *>(widget) && widget->isVisible())
                return true;
        }
        return false;
    };
    ConsoleSession session(environmentWith({}), m_profiles.get(), m_secrets.get());
    session.startWithProfile(QString());
    QTRY_VERIFY(welcomePage());
    WelcomeDialog *page = welcomePage();
    QVERIFY(!session.window());
    // No error box: nothing about gactl or environment variables.
    for (QWidget *widget : QApplication::topLevelWidgets())
        QVERIFY(!qobject_cast<QMessageBox *>(widget) || !widget->isVisible());
    const auto text = page->findChild<QLabel *>(QStringLiteral("welcomeText"))->text();
    QVERIFY(!text.contains(u"gactl") && !text.contains(u"ALIBABA_CLOUD"));
    QCOMPARE(page->addAccessKeyButton()->text(), QStringLiteral("Add an AccessKey"));
    QCOMPARE(page->importButton()->text(), QStringLiteral("Import the aliyun CLI's profiles"));
    QCOMPARE(page->demoButton()->text(), QStringLiteral("Try the demo"));
    for (auto *button : { page->addAccessKeyButton(), page->importButton(), page->demoButton() })
        QVERIFY(!button->description().isEmpty() && button->isEnabled());

    // Add an AccessKey: the Profiles dialog; closing it comes back to the welcome page.
    page->addAccessKeyButton()->click();
    QTRY_VERIFY(visibleProfileDialog());
    QVERIFY(!page->isVisible());
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<ProfileDialog *>(widget); dialog && dialog->isVisible())
            dialog->reject();
    }
    QTRY_VERIFY(welcomePage() == page);

    // Import: the Profiles dialog again, with the import of ~/.aliyun/config.json under way
    // (there is none in this test's home, which the dialog says).
    page->importButton()->click();
    QTRY_VERIFY(visibleProfileDialog());
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<ProfileDialog *>(widget); dialog && dialog->isVisible()) {
            QTRY_VERIFY(!dialog->statusText().isEmpty());
            dialog->reject();
        }
    }
    QTRY_VERIFY(welcomePage() == page);

    // Try the demo: the window opens on the demo's emulator.
    page->demoButton()->click();
    waitForClient(session);
    QCOMPARE(session.current(), QStringLiteral("Demo"));
    QTRY_VERIFY(session.window()->acceleratorPane()->proxy()->rowCount() > 0);
    QTRY_VERIFY(!welcomePage());
}

QTEST_MAIN(TestConsoleSession)
#include "tst_consolesession.moc"
