// ga-console: the desktop console. --demo runs it against an emulator inside this process,
// with demo credentials kept in memory only; otherwise the credentials come from a profile
// (the Profiles dialog or gactl profile add) or the ALIBABA_CLOUD_* environment variables.
// The start-up itself is ConsoleSession (app/consolesession.h).
#include "consolesession.h"
#include "i18n/translations.h"
#include "stateicon.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>

namespace {

// Shows the problem without a nested event loop; exits with code 2 once read.
void tellAndQuit(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, QObject::tr("GA Console"), message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, qApp, [] { QCoreApplication::exit(2); });
    box->open();
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
        tellAndQuit(languageError);
        return app.exec();
    }
    if (parser.isSet(theme)) {
        const QString problem = ga::applyTheme(parser.value(theme));
        if (!problem.isEmpty()) {
            tellAndQuit(problem);
            return app.exec();
        }
    }

    ga::ConsoleSession session;
    if (parser.isSet(demo))
        session.startDemo();
    else
        session.startWithProfile(parser.value(profile), parser.value(endpoint));
    return app.exec();
}
