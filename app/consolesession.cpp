#include "consolesession.h"

#include "api/gaclient.h"
#include "auth/credentialchain.h"
#include "auth/keychainsecretstore.h"
#include "auth/profilestore.h"
#include "clientconfig.h"
#include "emulator.h"
#include "mainwindow.h"
#include "net/proxysettings.h"
#include "net/proxysettingsstore.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "profiledialog.h"
#include "proxysettingsdialog.h"
#include "proxystatustext.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>

#include <functional>
#include <optional>
#include <vector>

namespace ga {

namespace {

// Shows the problem without a nested event loop; with `quit`, exits with code 2 once read.
void tell(const QString &message, bool quit)
{
    auto *box = new QMessageBox(QMessageBox::Warning, QObject::tr("GA Console"), message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (quit)
        QObject::connect(box, &QMessageBox::finished, qApp, [] { QCoreApplication::exit(2); });
    box->open();
}

ProxySettings noProxy()
{
    ProxySettings direct;
    direct.mode = ProxySettings::Mode::None;
    return direct;
}

} // namespace

class ConsoleSession::Private
{
public:
    Private(QProcessEnvironment environment, ProfileStore *profiles, SecretStore *secrets)
        : ownedProfiles(profiles ? nullptr : std::make_unique<ProfileStore>())
        , ownedSecrets(secrets ? nullptr : std::make_unique<KeychainSecretStore>())
        , profiles(profiles ? profiles : ownedProfiles.get())
        , secrets(secrets ? secrets : ownedSecrets.get())
        , environment(std::move(environment))
        , chain(this->profiles, this->secrets, this->environment)
        , proxyStore(this->secrets)
    { }

    ~Private()
    {
        // A first-run Profiles dialog has no window to go with; neither outlives the stores.
        delete profileDialog;
        delete proxyDialog;
        delete welcome;
    }

    // What a client is made from, kept to make it again with new proxy settings.
    struct Account
    {
        std::optional<Profile> profile;
        Credentials credentials;
        MainWindow::Options options;
        QString current;
    };

    void launch(const Account &account);
    void switchTo(const QString &profile);
    void openProfiles();
    void openWelcome();
    void openProxySettings();
    QStringList profileNames() const;
    // What the switcher offers: the saved profiles, none in the demo (whose journal and
    // proxy are its own, and which must not turn into a real account's session).
    QStringList switchableProfiles() const;
    void openJournal(const QString &path);

    std::unique_ptr<ProfileStore> ownedProfiles;
    std::unique_ptr<KeychainSecretStore> ownedSecrets;
    ProfileStore *profiles;
    SecretStore *secrets;
    QProcessEnvironment environment;
    CredentialChain chain;
    ProxySettingsStore proxyStore;
    ProxySettings proxy; // what the next client uses (the demo: always none)
    ClientFactory factory; // one retry budget for every client of the process
    std::unique_ptr<emu::Emulator> emulator;
    QTemporaryDir demoData; // the demo's journal: its emulator's world is new every run
    // Every client made stays until the end: an operation started under a profile goes on
    // with its client after a switch to another.
    std::vector<std::unique_ptr<GaClient>> clients;
    GaClient *active = nullptr;
    std::unique_ptr<OperationJournal> journal;
    std::unique_ptr<OperationCenter> operations;
    std::unique_ptr<MainWindow> window;
    QPointer<ProfileDialog> profileDialog;
    QPointer<ProxySettingsDialog> proxyDialog;
    QPointer<WelcomeDialog> welcome;
    std::function<void()> startDemo; // ConsoleSession::startDemo(), for the welcome page
    Account account; // the client in use
    QString endpointFlag; // --endpoint; the demo's emulator
    bool firstRunChosen = false;
    // The context of every asynchronous answer: declared last, so it goes first and no answer
    // arrives at a half-destroyed session.
    QObject context;
};

QStringList ConsoleSession::Private::profileNames() const
{
    QStringList names;
    const QList<Profile> saved = profiles->profiles();
    for (const Profile &profile : saved)
        names << profile.name;
    return names;
}

QStringList ConsoleSession::Private::switchableProfiles() const
{
    return emulator ? QStringList {} : profileNames();
}

void ConsoleSession::Private::launch(const Account &chosen)
{
    // The same resolution as gactl's: --endpoint, else the profile's, else
    // ALIBABA_CLOUD_ENDPOINT_GA, else GA's public endpoint; the saved proxy page. The demo
    // talks to its in-process emulator directly, whatever is configured.
    const ProxySettings direct = noProxy();
    ClientConfigInputs inputs;
    inputs.endpointFlag = endpointFlag;
    // The demo's emulator serves Certificate Management beside GA, on the same address.
    if (emulator)
        inputs.casEndpointFlag = endpointFlag;
    inputs.profile = chosen.profile ? &*chosen.profile : nullptr;
    inputs.savedProxy = emulator ? &direct : &proxy;
    inputs.environment = environment;
    ResolvedClientConfig resolved = resolveClientConfig(inputs);
    if (!resolved.problem.isEmpty())
        return tell(resolved.problem, !window);
    resolved.config.credentials = chosen.credentials;
    QString problem;
    std::unique_ptr<GaClient> client = factory.make(std::move(resolved.config), &problem);
    if (!client)
        return tell(problem, !window);
    account = chosen;
    if (!operations)
        openJournal({});
    active = clients.emplace_back(std::move(client)).get();
    const QString proxyStatus = proxyStatusText(*inputs.savedProxy);
    if (window) {
        window->setClient(active, chosen.options);
        window->setProfiles(switchableProfiles(), chosen.current);
        window->setProxyStatus(proxyStatus);
        return;
    }
    window = std::make_unique<MainWindow>(active, chosen.options, operations.get());
    window->setProxyStatus(proxyStatus);
    QObject::connect(window.get(), &MainWindow::proxySettingsRequested, window.get(),
                     [this] { openProxySettings(); });
    window->setProfiles(switchableProfiles(), chosen.current);
    QObject::connect(window.get(), &MainWindow::profileRequested, window.get(),
                     [this](const QString &name) { switchTo(name); });
    QObject::connect(window.get(), &MainWindow::manageProfilesRequested, window.get(),
                     [this] { openProfiles(); });
    window->show();
}

void ConsoleSession::Private::openJournal(const QString &path)
{
    journal = std::make_unique<OperationJournal>(path);
    operations = std::make_unique<OperationCenter>(journal.get());
}

void ConsoleSession::Private::openProxySettings()
{
    if (!proxyDialog) {
        proxyDialog = new ProxySettingsDialog(&proxyStore, window.get());
        proxyDialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(proxyDialog, &ProxySettingsDialog::settingsSaved, &context, [this] {
            proxyStore.loadWithPassword(
                &context, [this](const ProxySettings &loaded, const QString &problem) {
                    proxy = loaded;
                    if (!problem.isEmpty())
                        tell(problem, false);
                    if (emulator)
                        return; // the demo talks to its own emulator, never through a proxy
                    // A new client with the new proxy; running operations keep theirs.
                    launch(account);
                });
        });
    }
    proxyDialog->open();
}

void ConsoleSession::Private::switchTo(const QString &profile)
{
    chain.resolve(profile)->onFinished(
        &context, [this, requested = profile](const Result<ResolvedCredentials> &r) {
            if (!r.ok()) {
                if (window)
                    return tell(r.error().message, false);
                // The first run (no profile asked for, none saved): a welcome page in plain words
                // rather than the resolver's message about gactl and environment variables.
                if (requested.isEmpty() && profiles->profiles().isEmpty())
                    return openWelcome();
                // Nothing to show yet: offer to create a profile, or to look around in the demo.
                tell(r.error().message
                         + QObject::tr(
                             "\n\nAdd or import a profile in the dialog that opens now; or run "
                             "ga-console --demo to look around without an account."),
                     false);
                return openProfiles();
            }
            Account chosen;
            chosen.profile = r.value().profile;
            chosen.credentials = r.value().credentials;
            if (const auto &profile = chosen.profile) {
                chosen.options.production = profile->production;
                chosen.options.readOnly = profile->readOnly;
                chosen.options.profile = profile->name;
                chosen.options.titleSuffix = chosen.current = profile->name;
            } else {
                chosen.options.titleSuffix = chosen.current = QObject::tr("Environment");
            }
            launch(chosen);
        });
}

void ConsoleSession::Private::openProfiles()
{
    if (!profileDialog) {
        profileDialog = new ProfileDialog(profiles, secrets, window.get());
        profileDialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(profileDialog, &ProfileDialog::profilesChanged, profileDialog, [this] {
            if (window)
                window->setProfiles(switchableProfiles(), account.current);
        });
        if (!window) {
            // First run: the first profile saved or imported opens the console with it.
            QObject::connect(profileDialog, &ProfileDialog::profilesChanged, &context, [this] {
                const QString chosen = profiles->lastUsed();
                if (window || firstRunChosen || chosen.isEmpty())
                    return;
                firstRunChosen = true;
                profileDialog->accept();
                switchTo(chosen);
            });
            QObject::connect(profileDialog, &QDialog::finished, &context, [this] {
                if (window || firstRunChosen)
                    return;
                // Back to the welcome page when it sent the admin here; else nothing is left.
                if (welcome)
                    welcome->open();
                else
                    QCoreApplication::exit(2);
            });
        }
    }
    profileDialog->open();
}

void ConsoleSession::Private::openWelcome()
{
    welcome = new WelcomeDialog;
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    const auto choose = [this](auto then) {
        return [this, then] {
            welcome->hide();
            then();
        };
    };
    QObject::connect(welcome, &WelcomeDialog::addAccessKeyChosen, &context,
                     choose([this] { openProfiles(); }));
    QObject::connect(welcome, &WelcomeDialog::importChosen, &context, choose([this] {
                         openProfiles();
                         profileDialog->importAliyun();
                     }));
    QObject::connect(welcome, &WelcomeDialog::demoChosen, &context, choose([this] {
                         welcome->close();
                         startDemo();
                     }));
    // Closed without a choice, and no window to go on with: the program ends.
    QObject::connect(welcome, &QDialog::rejected, &context, [this] {
        if (!window && !profileDialog)
            QCoreApplication::exit(2);
    });
    welcome->open();
}

ConsoleSession::ConsoleSession()
    : ConsoleSession(QProcessEnvironment::systemEnvironment(), nullptr, nullptr)
{ }

ConsoleSession::ConsoleSession(QProcessEnvironment environment, ProfileStore *profiles,
                               SecretStore *secrets)
    : d(std::make_unique<Private>(std::move(environment), profiles, secrets))
{
    d->startDemo = [this] { startDemo(); };
}

ConsoleSession::~ConsoleSession() = default;

void ConsoleSession::startDemo()
{
    if (!d->demoData.isValid())
        return tell(QObject::tr("The demo could not create its temporary folder."), true);
    d->openJournal(d->demoData.filePath(QStringLiteral("operations.jsonl")));
    d->emulator = std::make_unique<emu::Emulator>(emu::EmulatorOptions {});
    QString error;
    if (!d->emulator->start(&error))
        return tell(QObject::tr("The demo emulator could not start: %1").arg(error), true);
    d->endpointFlag = d->emulator->baseUrl().toString();
    Private::Account demo;
    demo.credentials = Credentials(QString::fromLatin1(emu::demoAccessKeyId),
                                   QString::fromLatin1(emu::demoAccessKeySecret));
    demo.options.titleSuffix = demo.current = QObject::tr("Demo");
    d->launch(demo);
}

void ConsoleSession::startWithProfile(const QString &profile, const QString &endpointFlag)
{
    d->endpointFlag = endpointFlag;
    // The proxy first (its password may come from the keychain), then the account.
    d->proxyStore.loadWithPassword(
        &d->context, [this, profile](const ProxySettings &proxy, const QString &problem) {
            d->proxy = proxy;
            if (!problem.isEmpty())
                tell(problem, false);
            d->switchTo(profile);
        });
}

MainWindow *ConsoleSession::window() const
{
    return d->window.get();
}

GaClient *ConsoleSession::client() const
{
    return d->active;
}

OperationCenter *ConsoleSession::operations() const
{
    return d->operations.get();
}

QString ConsoleSession::current() const
{
    return d->account.current;
}

} // namespace ga
