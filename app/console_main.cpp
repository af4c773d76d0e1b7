// ga-console: the desktop console. --demo runs it against an emulator inside this process,
// with demo credentials kept in memory only; otherwise the credentials come from a profile
// (gactl profile add) or the ALIBABA_CLOUD_* environment variables.
#include "api/gaclient.h"
#include "auth/credentialchain.h"
#include "auth/keychainsecretstore.h"
#include "auth/profilestore.h"
#include "emulator.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProcessEnvironment>

#include <memory>

namespace {

// Everything the window needs, kept alive until the application quits.
struct Session
{
    std::unique_ptr<ga::emu::Emulator> emulator;
    std::unique_ptr<ga::GaClient> client;
    std::unique_ptr<ga::MainWindow> window;
};

// Shows the problem without a nested event loop and quits with exit code 2 once it is read.
void failLater(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Critical, QObject::tr("GA Console"), message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, qApp, [] { QCoreApplication::exit(2); });
    box->open();
}

void launch(Session &session, const ga::GaClient::Config &config,
            const ga::MainWindow::Options &options)
{
    session.client = std::make_unique<ga::GaClient>(config);
    if (!session.client->configurationError().isEmpty())
        return failLater(session.client->configurationError());
    session.window = std::make_unique<ga::MainWindow>(session.client.get(), options);
    session.window->resize(1200, 760);
    session.window->show();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ga-console"));
    QCoreApplication::setApplicationName(QStringLiteral("ga-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

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
    parser.addOptions({ demo, profile, endpoint });
    parser.process(app);

    Session session;
    ga::ProfileStore profiles;
    ga::KeychainSecretStore secrets;
    ga::CredentialChain chain(&profiles, &secrets, QProcessEnvironment::systemEnvironment());

    if (parser.isSet(demo)) {
        session.emulator = std::make_unique<ga::emu::Emulator>(ga::emu::EmulatorOptions {});
        QString error;
        if (!session.emulator->start(&error)) {
            failLater(QObject::tr("The demo emulator could not start: %1").arg(error));
            return app.exec();
        }
        ga::GaClient::Config config;
        config.endpoint = session.emulator->baseUrl();
        config.credentials = ga::Credentials(QString::fromLatin1(ga::emu::demoAccessKeyId),
                                             QString::fromLatin1(ga::emu::demoAccessKeySecret));
        config.transport.proxyMode = ga::TransportOptions::ProxyMode::None;
        ga::MainWindow::Options options;
        options.titleSuffix = QObject::tr("Demo");
        launch(session, config, options);
        return app.exec();
    }

    // Until the first-run dialog lands, credentials resolve as they do for gactl.
    const QString endpointOverride = parser.value(endpoint);
    chain.resolve(parser.value(profile))
        ->onFinished(
            &app, [&session, endpointOverride](const ga::Result<ga::ResolvedCredentials> &r) {
                if (!r.ok()) {
                    return failLater(r.error().message
                                     + QObject::tr("\n\nTo look around without an account, run "
                                                   "ga-console --demo."));
                }
                ga::GaClient::Config config;
                ga::MainWindow::Options options;
                config.credentials = r.value().credentials;
                if (const auto &chosen = r.value().profile) {
                    if (!chosen->endpoint.isEmpty())
                        config.endpoint = QUrl(chosen->endpoint);
                    config.signatureVersion = chosen->signatureVersion;
                    options.production = chosen->production;
                    options.titleSuffix = chosen->name;
                }
                if (!endpointOverride.isEmpty())
                    config.endpoint = QUrl(endpointOverride);
                launch(session, config, options);
            });
    return app.exec();
}
