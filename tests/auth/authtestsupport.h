#pragma once

// Helpers for the credential tests: run the real gactl binary with a throw-away HOME, and
// search every file it left there.

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace ga::test {

struct GactlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The test's own environment (it holds the D-Bus session with the keyring), with every
// per-user location moved under `home` and no credentials of the caller's.
inline QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    for (const QString &name : environment.keys()) {
        if (name.startsWith(QStringLiteral("ALIBABA_CLOUD_")))
            environment.remove(name);
    }
    return environment;
}

// Runs gactl and spins the event loop meanwhile, so a server in this process can answer it.
inline GactlRun runGactl(const QStringList &arguments, const QProcessEnvironment &environment,
                         const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GACTL_PATH), arguments);
    GactlRun run;
    if (!process.waitForStarted(10'000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Every file under `directory` whose bytes contain `needle`, as UTF-8 or UTF-16 (QSettings and
// JSON write UTF-8; UTF-16 catches a raw QString dump).
inline QStringList filesContaining(const QString &directory, const QString &needle)
{
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()),
                           needle.size() * qsizetype(sizeof(char16_t)));
    QStringList found;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found.append(path);
    }
    return found;
}

inline QStringList allFiles(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace ga::test
