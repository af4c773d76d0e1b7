// gactl: the GA Console core as a command line, for scripts and CI pipelines.
#include "cli/gactl.h"
#include "gaversion.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Shared with ga-console, so both programs see the same operation journal.
    QCoreApplication::setApplicationName(QStringLiteral("ga-console"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ga::versionString()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    // The language first, so that every message, --help included, is in it.
    const QString requested = ga::i18n::requestedLanguage(app.arguments().mid(1));
    QString languageError;
    const QString language = requested.isEmpty() ? ga::i18n::fromLocale(QLocale::system())
                                                 : ga::i18n::resolve(requested, &languageError);
    if (language.isEmpty()) {
        err << "gactl: " << languageError << '\n';
        return ga::exitcode::usage;
    }
    ga::i18n::install(language);
    const ga::GactlParseResult parsed = ga::parseGactlArguments(app.arguments().mid(1));
    if (parsed.helpRequested) {
        out << ga::gactlUsage();
        return ga::exitcode::done;
    }
    if (parsed.versionRequested) {
        out << "gactl " << QCoreApplication::applicationVersion() << '\n';
        return ga::exitcode::done;
    }
    if (!parsed.options) {
        err << "gactl: " << parsed.error << "\n\n" << ga::gactlUsage();
        return ga::exitcode::usage;
    }

    ga::Gactl gactl(*parsed.options, QProcessEnvironment::systemEnvironment(), out, err);
    QObject::connect(&gactl, &ga::Gactl::finished, &app, &QCoreApplication::exit);
    gactl.run();
    return app.exec();
}
