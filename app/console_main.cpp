// ga-console: the desktop console. --demo runs it against an emulator inside this process,
// with demo credentials kept in memory only; otherwise the credentials come from a profile
// (the Profiles dialog or gactl profile add) or the ALIBABA_CLOUD_* environment variables.
// The start-up itself is ConsoleSession (app/consolesession.h).
#include "consolesession.h"
#include "gaversion.h"
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

// --help and --version only print: they must work without a display (over ssh, in a
// package's check), so they run under a QCoreApplication, which opens no platform plugin.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QLatin1String arg(argv[i]);
        for (const char *option : { "--help", "-h", "-?", "--help-all", "--version", "-v" }) {
            if (arg == QLatin1String(option))
                return true;
        }
    }
    return false;
}

// The language before any window or even --help's text exists; empty with *error set when
// --lang names no language the program has.
QString installLanguage(const QCoreApplication &app, QString *error)
{
    const QString requested = ga::i18n::requestedLanguage(app.arguments().mid(1));
    const QString language = requested.isEmpty() ? ga::i18n::fromLocale(QLocale::system())
                                                 : ga::i18n::resolve(requested, error);
    ga::i18n::install(language.isEmpty() ? QStringLiteral("en") : language);
    return language;
}

struct ConsoleOptions
{
    QCommandLineOption demo { QStringLiteral("demo"),
                              QObject::tr(
                                  "Run against an embedded emulator with demo credentials.") };
    QCommandLineOption profile { QStringLiteral("profile"), QObject::tr("Use the named profile."),
                                 QStringLiteral("NAME") };
    QCommandLineOption endpoint { QStringLiteral("endpoint"),
                                  QObject::tr("Override the API endpoint."),
                                  QStringLiteral("URL") };
    QCommandLineOption lang {
        QStringLiteral("lang"),
        QObject::tr("Language of the window: en or zh_CN (default: from the system locale)."),
        QStringLiteral("LANGUAGE")
    };
    QCommandLineOption theme { QStringLiteral("theme"),
                               QObject::tr("Colours: system (default), light or dark."),
                               QStringLiteral("THEME") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QObject::tr("Desktop console for Alibaba Cloud Global Accelerator certificates."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({ demo, profile, endpoint, lang, theme });
    }
};

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ga-console"));
    QCoreApplication::setApplicationName(QStringLiteral("ga-console"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ga::versionString()));
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        setNames();
        QString ignored;
        installLanguage(app, &ignored);
        QCommandLineParser parser;
        const ConsoleOptions options;
        options.addTo(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(ga::applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("ga-console"));
    setNames();
    QString languageError;
    const QString language = installLanguage(app, &languageError);

    QCommandLineParser parser;
    const ConsoleOptions options;
    options.addTo(parser);
    parser.process(app);
    if (language.isEmpty()) {
        tellAndQuit(languageError);
        return app.exec();
    }
    if (parser.isSet(options.theme)) {
        const QString problem = ga::applyTheme(parser.value(options.theme));
        if (!problem.isEmpty()) {
            tellAndQuit(problem);
            return app.exec();
        }
    }

    ga::ConsoleSession session;
    if (parser.isSet(options.demo))
        session.startDemo();
    else
        session.startWithProfile(parser.value(options.profile), parser.value(options.endpoint));
    return app.exec();
}
