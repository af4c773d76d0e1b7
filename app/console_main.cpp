// ga-console: the desktop console. --demo runs it against an emulator inside this process,
// with demo credentials kept in memory only; otherwise the credentials come from a profile
// (the Profiles dialog or gactl profile add) or the ALIBABA_CLOUD_* environment variables.
#include "api/gaclient.h"
#include "auth/credentialchain.h"
#include "auth/keychainsecretstore.h"
#include "auth/profilestore.h"
#include "clientconfig.h"
#include "emulator.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "net/proxysettings.h"
#include "net/proxysettingsstore.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "profiledialog.h"
#include "proxysettingsdialog.h"
#include "proxystatustext.h"
#include "stateicon.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace {

// Everything the window needs, kept alive until the application quits.
class Session
{
public:
    Session()
        : m_chain(&m_profiles, &m_secrets, QProcessEnvironment::systemEnvironment())
    { }

    void startDemo();
    void startWithProfile(const QString &profile, const QString &endpointOverride);

private:
    void launch(const ga::GaClient::Config &config, const ga::MainWindow::Options &options,
                const QString &current);
    void switchTo(const QString &profile);
    void openProfiles();
    void openProxySettings();
    QStringList profileNames() const;
    // What the switcher offers: the saved profiles, none in the demo (whose journal and
    // proxy are its own, and which must not turn into a real account's session).
    QStringList switchableProfiles() const;
    void openJournal(const QString &path);

    ga::ProfileStore m_profiles;
    ga::KeychainSecretStore m_secrets;
    ga::CredentialChain m_chain;
    ga::ProxySettingsStore m_proxyStore { &m_secrets };
    ga::ProxySettings m_proxy; // what the next client uses (the demo: always none)
    ga::ClientFactory m_factory; // one retry budget for every client of the process
    std::unique_ptr<ga::emu::Emulator> m_emulator;
    QTemporaryDir m_demoData; // the demo's journal: its emulator's world is new every run
    // Every client made stays until the end: an operation started under a profile goes on
    // with its client after a switch to another.
    std::vector<std::unique_ptr<ga::GaClient>> m_clients;
    std::unique_ptr<ga::OperationJournal> m_journal;
    std::unique_ptr<ga::OperationCenter> m_operations;
    std::unique_ptr<ga::MainWindow> m_window;
    QPointer<ga::ProfileDialog> m_profileDialog;
    QPointer<ga::ProxySettingsDialog> m_proxyDialog;
    ga::GaClient::Config m_config; // the client in use, to make it again with a new proxy
    ga::MainWindow::Options m_options;
    QString m_endpointOverride;
    QString m_current; // what the switcher shows as chosen: a profile, "Demo" or "Environment"
    bool m_firstRunChosen = false;
};

// Shows the problem without a nested event loop; with `quit`, exits with code 2 once read.
void tell(const QString &message, bool quit)
{
    auto *box = new QMessageBox(QMessageBox::Warning, QObject::tr("GA Console"), message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (quit)
        QObject::connect(box, &QMessageBox::finished, qApp, [] { QCoreApplication::exit(2); });
    box->open();
}

QStringList Session::profileNames() const
{
    QStringList names;
    const QList<ga::Profile> profiles = m_profiles.profiles();
    for (const ga::Profile &profile : profiles)
        names << profile.name;
    return names;
}

QStringList Session::switchableProfiles() const
{
    return m_emulator ? QStringList {} : profileNames();
}

void Session::launch(const ga::GaClient::Config &config, const ga::MainWindow::Options &options,
                     const QString &current)
{
    QString problem;
    std::unique_ptr<ga::GaClient> client = m_factory.make(config, &problem);
    if (!client)
        return tell(problem, !m_window);
    m_current = current;
    m_config = config;
    m_options = options;
    if (!m_operations)
        openJournal({});
    ga::GaClient *active = m_clients.emplace_back(std::move(client)).get();
    // The demo talks to its in-process emulator directly: say so, whatever is configured.
    ga::ProxySettings direct;
    direct.mode = ga::ProxySettings::Mode::None;
    const QString proxyStatus = ga::proxyStatusText(m_emulator ? direct : m_proxy);
    if (m_window) {
        m_window->setClient(active, options);
        m_window->setProfiles(switchableProfiles(), current);
        m_window->setProxyStatus(proxyStatus);
        return;
    }
    m_window = std::make_unique<ga::MainWindow>(active, options, m_operations.get());
    m_window->setProxyStatus(proxyStatus);
    QObject::connect(m_window.get(), &ga::MainWindow::proxySettingsRequested, m_window.get(),
                     [this] { openProxySettings(); });
    m_window->setProfiles(switchableProfiles(), current);
    QObject::connect(m_window.get(), &ga::MainWindow::profileRequested, m_window.get(),
                     [this](const QString &name) { switchTo(name); });
    QObject::connect(m_window.get(), &ga::MainWindow::manageProfilesRequested, m_window.get(),
                     [this] { openProfiles(); });
    m_window->show();
}

void Session::openJournal(const QString &path)
{
    m_journal = std::make_unique<ga::OperationJournal>(path);
    m_operations = std::make_unique<ga::OperationCenter>(m_journal.get());
}

void Session::startDemo()
{
    if (!m_demoData.isValid())
        return tell(QObject::tr("The demo could not create its temporary folder."), true);
    openJournal(m_demoData.filePath(QStringLiteral("operations.jsonl")));
    m_emulator = std::make_unique<ga::emu::Emulator>(ga::emu::EmulatorOptions {});
    QString error;
    if (!m_emulator->start(&error))
        return tell(QObject::tr("The demo emulator could not start: %1").arg(error), true);
    ga::GaClient::Config config;
    config.endpoint = m_emulator->baseUrl();
    config.credentials = ga::Credentials(QString::fromLatin1(ga::emu::demoAccessKeyId),
                                         QString::fromLatin1(ga::emu::demoAccessKeySecret));
    config.transport.proxyMode = ga::TransportOptions::ProxyMode::None;
    ga::MainWindow::Options options;
    options.titleSuffix = QObject::tr("Demo");
    launch(config, options, options.titleSuffix);
}

void Session::startWithProfile(const QString &profile, const QString &endpointOverride)
{
    m_endpointOverride = endpointOverride;
    // The proxy first (its password may come from the keychain), then the account.
    m_proxyStore.loadWithPassword(
        qApp, [this, profile](const ga::ProxySettings &proxy, const QString &problem) {
            m_proxy = proxy;
            if (!problem.isEmpty())
                tell(problem, false);
            switchTo(profile);
        });
}

void Session::openProxySettings()
{
    if (!m_proxyDialog) {
        m_proxyDialog = new ga::ProxySettingsDialog(&m_proxyStore, m_window.get());
        m_proxyDialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(m_proxyDialog, &ga::ProxySettingsDialog::settingsSaved, qApp, [this] {
            m_proxyStore.loadWithPassword(
                qApp, [this](const ga::ProxySettings &proxy, const QString &problem) {
                    m_proxy = proxy;
                    if (!problem.isEmpty())
                        tell(problem, false);
                    if (m_emulator)
                        return; // the demo talks to its own emulator, never through a proxy
                    // A new client with the new proxy; running operations keep theirs.
                    ga::GaClient::Config config = m_config;
                    m_proxy.applyTo(&config.transport);
                    launch(config, m_options, m_current);
                });
        });
    }
    m_proxyDialog->open();
}

void Session::switchTo(const QString &profile)
{
    m_chain.resolve(profile)->onFinished(
        qApp, [this](const ga::Result<ga::ResolvedCredentials> &r) {
            if (!r.ok()) {
                if (m_window)
                    return tell(r.error().message, false);
                // Nothing to show yet: offer to create a profile, or to look around in the demo.
                tell(r.error().message
                         + QObject::tr(
                             "\n\nAdd or import a profile in the dialog that opens now; or run "
                             "ga-console --demo to look around without an account."),
                     false);
                return openProfiles();
            }
            // The same resolution as gactl's: --endpoint, else the profile's, else
            // ALIBABA_CLOUD_ENDPOINT_GA, else GA's public endpoint; the saved proxy page.
            const auto &chosen = r.value().profile;
            ga::ClientConfigInputs inputs;
            inputs.endpointFlag = m_endpointOverride;
            inputs.profile = chosen ? &*chosen : nullptr;
            inputs.savedProxy = &m_proxy;
            inputs.environment = QProcessEnvironment::systemEnvironment();
            ga::ResolvedClientConfig resolved = ga::resolveClientConfig(inputs);
            if (!resolved.problem.isEmpty())
                return tell(resolved.problem, !m_window);
            ga::GaClient::Config config = std::move(resolved.config);
            config.credentials = r.value().credentials;
            ga::MainWindow::Options options;
            QString current;
            if (chosen) {
                options.production = chosen->production;
                options.readOnly = chosen->readOnly;
                options.profile = chosen->name;
                options.titleSuffix = current = chosen->name;
            } else {
                options.titleSuffix = current = QObject::tr("Environment");
            }
            launch(config, options, current);
        });
}

void Session::openProfiles()
{
    if (!m_profileDialog) {
        m_profileDialog = new ga::ProfileDialog(&m_profiles, &m_secrets, m_window.get());
        m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(m_profileDialog, &ga::ProfileDialog::profilesChanged, m_profileDialog,
                         [this] {
                             if (m_window)
                                 m_window->setProfiles(switchableProfiles(), m_current);
                         });
        if (!m_window) {
            // First run: the first profile saved or imported opens the console with it.
            QObject::connect(m_profileDialog, &ga::ProfileDialog::profilesChanged, qApp, [this] {
                const QString chosen = m_profiles.lastUsed();
                if (m_window || m_firstRunChosen || chosen.isEmpty())
                    return;
                m_firstRunChosen = true;
                m_profileDialog->accept();
                switchTo(chosen);
            });
            QObject::connect(m_profileDialog, &QDialog::finished, qApp, [this] {
                if (!m_window && !m_firstRunChosen)
                    QCoreApplication::exit(2);
            });
        }
    }
    m_profileDialog->open();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(ga::applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("ga-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("ga-console"));
    QCoreApplication::setApplicationName(QStringLiteral("ga-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // The language and the theme before any window or even --help's text exists.
    const QString requested = ga::i18n::requestedLanguage(app.arguments().mid(1));
    QString languageError;
    const QString language = requested.isEmpty() ? ga::i18n::fromLocale(QLocale::system())
                                                 : ga::i18n::resolve(requested, &languageError);
    ga::i18n::install(language.isEmpty() ? QStringLiteral("en") : language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Desktop console for Alibaba Cloud Global Accelerator certificates."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QObject::tr("Run against an embedded emulator with demo credentials."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QObject::tr("Use the named profile."), QStringLiteral("NAME"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      QObject::tr("Override the API endpoint."),
                                      QStringLiteral("URL"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QObject::tr("Language of the window: en or zh_CN (default: from the system locale)."),
        QStringLiteral("LANGUAGE"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QObject::tr("Colours: system (default), light or dark."),
                                   QStringLiteral("THEME"));
    parser.addOptions({ demo, profile, endpoint, lang, theme });
    parser.process(app);
    if (language.isEmpty()) {
        tell(languageError, true);
        return app.exec();
    }
    if (parser.isSet(theme)) {
        const QString problem = ga::applyTheme(parser.value(theme));
        if (!problem.isEmpty()) {
            tell(problem, true);
            return app.exec();
        }
    }

    Session session;
    if (parser.isSet(demo))
        session.startDemo();
    else
        session.startWithProfile(parser.value(profile), parser.value(endpoint));
    return app.exec();
}
