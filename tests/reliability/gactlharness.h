#pragma once

// Runs the real gactl binary with a throw-away HOME and XDG folders while the calling test's
// event loop keeps turning (an in-process emulator or canned server answers meanwhile).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ga::test {

struct GactlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool crashed = false;
};

class GactlHarness
{
public:
    GactlHarness()
        : m_home(std::make_unique<QTemporaryDir>())
    { }

    QString home() const { return m_home->path(); }
    QString journalPath() const
    {
        return m_home->filePath(QStringLiteral("data/ga-console/operations.jsonl"));
    }
    QByteArray journal() const
    {
        QFile file(journalPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The demo credentials from the environment, no proxy, nothing from the caller's HOME.
    QProcessEnvironment environment(const QString &accessKeyId, const QString &secret) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home->filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), accessKeyId);
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), secret);
        for (const char *name :
             { "ALIBABA_CLOUD_SECURITY_TOKEN", "ALIBABA_CLOUD_ENDPOINT_GA", "HTTPS_PROXY",
               "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy" })
            env.remove(QString::fromLatin1(name));
        return env;
    }

    QProcess *start(const QStringList &args, const QProcessEnvironment &env,
                    const QByteArray &input = {}, QObject *parent = nullptr) const
    {
        auto *process = new QProcess(parent);
        process->setProcessEnvironment(env);
        if (input.isEmpty())
            process->setStandardInputFile(QProcess::nullDevice()); // not a terminal
        process->start(QStringLiteral(GACTL_PATH), args);
        if (!input.isEmpty()) {
            process->waitForStarted();
            process->write(input);
            process->closeWriteChannel();
        }
        return process;
    }

    static GactlRun finish(QProcess *process, int timeoutMs = 60'000)
    {
        QSignalSpy finished(process, &QProcess::finished);
        if (!QTest::qWaitFor([process] { return process->state() == QProcess::NotRunning; },
                             timeoutMs))
            process->kill();
        if (process->state() != QProcess::NotRunning)
            (void)finished.wait(5'000);
        GactlRun result { process->exitCode(), process->readAllStandardOutput(),
                          process->readAllStandardError(),
                          process->exitStatus() == QProcess::CrashExit };
        delete process;
        return result;
    }

    GactlRun run(const QStringList &args, const QProcessEnvironment &env,
                 const QByteArray &input = {}, int timeoutMs = 60'000) const
    {
        return finish(start(args, env, input), timeoutMs);
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

} // namespace ga::test
