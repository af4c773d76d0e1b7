// ga-emulator: a faithful local Global Accelerator endpoint on loopback.
#include "emulator.h"
#include "emulatoroptions.h"
#include "gaversion.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ga-emulator"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const ga::emu::EmulatorOptionsParse parsed
        = ga::emu::parseEmulatorArguments(app.arguments().mid(1));
    if (parsed.helpRequested) {
        out << ga::emu::emulatorUsage();
        return 0;
    }
    if (parsed.versionRequested) {
        out << "ga-emulator " << ga::versionString() << '\n';
        return 0;
    }
    if (!parsed.options) {
        err << "ga-emulator: " << parsed.error << "\nRun ga-emulator --help for the options.\n";
        return 2;
    }

    ga::emu::Emulator emulator(*parsed.options);
    QString error;
    if (!emulator.start(&error)) {
        err << "ga-emulator: " << error << '\n';
        return 1;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        err << "ga-emulator: cannot set up signal handling\n";
        return 1;
    }
    QSocketNotifier notifier(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    // The first line is the base URL alone, so scripts can read it and connect.
    out << emulator.baseUrl().toString() << Qt::endl;
    return app.exec();
}
