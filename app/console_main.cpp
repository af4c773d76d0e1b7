// ga-console: the desktop console. The window itself lands with issue 6; until then this
// entry point parses the documented options and says plainly that the GUI is not built yet.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ga-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Desktop console for Alibaba Cloud Global Accelerator certificates."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("demo"),
                       QStringLiteral("Run against an embedded emulator with demo credentials.") });
    parser.addOption({ QStringLiteral("profile"), QStringLiteral("Use the named profile."),
                       QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("endpoint"), QStringLiteral("Override the API endpoint."),
                       QStringLiteral("URL") });
    parser.process(app);

    QTextStream(stderr) << "ga-console: the console window is not built yet (it lands with "
                           "issue 6, after the emulator and the core client).\n"
                           "Nothing was started. The test suite (README.md, second command) "
                           "covers what exists today.\n";
    return 1;
}
