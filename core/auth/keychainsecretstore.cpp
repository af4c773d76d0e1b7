#include "keychainsecretstore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUuid>

#include <qt6keychain/keychain.h>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::auth)
};

enum class Operation { Read, Write, Delete };

// Keys are not secret (profile name and AccessKey ID), but the ID is still masked in logs.
QString describeKey(const QString &key)
{
    const qsizetype colon = key.indexOf(u':');
    return colon < 0 ? key : key.left(colon);
}

// A function, not a constant: the text is in the language chosen at start.
QString unusableAdvice()
{
    return Text::tr(
        "GA Console keeps AccessKey secrets only in the OS keychain. On Linux that is a Secret "
        "Service: install gnome-keyring (or KWallet, or KeePassXC with its Secret Service "
        "integration), make sure it runs in your desktop session and that its login keyring is "
        "unlocked. On a machine without a desktop, start one inside a D-Bus session, for example "
        "dbus-run-session -- sh -c 'gnome-keyring-daemon --unlock --components=secrets; ...'. "
        "Until then, use session-only credentials: the ALIBABA_CLOUD_ACCESS_KEY_ID and "
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET environment variables, kept in memory only.");
}

// QtKeychain 0.13 on Linux reports "no Secret Service" as OtherError, a locked collection as
// AccessDenied on write (EntryNotFound on read), so the kinds here are about what the user
// can do, not about QtKeychain's codes (docs/reliability.md §5.2, §5.3).
SecretError mapError(Operation operation, const QString &key, QKeychain::Error error,
                     const QString &detail)
{
    const QString what = operation == Operation::Read
        ? Text::tr("read", "the OS keychain could not read the secret")
        : operation == Operation::Write
        ? Text::tr("store", "the OS keychain could not store the secret")
        : Text::tr("delete", "the OS keychain could not delete the secret");
    const QString name = describeKey(key);
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return { SecretError::Kind::NotFound,
                 Text::tr("The OS keychain has no secret for \"%1\". If your keyring is "
                          "locked, unlock it (a locked keyring reads as empty); otherwise "
                          "add the profile again to store its secret.")
                     .arg(name) };
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return { SecretError::Kind::Denied,
                 Text::tr("The OS keychain refused to %1 the secret for \"%2\" (%3). Unlock "
                          "your login keyring (for example with Seahorse, or by logging in "
                          "to the desktop) and try again.")
                     .arg(what, name, detail) };
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return { SecretError::Kind::Unavailable,
                 Text::tr("No usable OS keychain: could not %1 the secret for \"%2\" (%3). ")
                         .arg(what, name, detail)
                     + unusableAdvice() };
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return {
        SecretError::Kind::Failed,
        Text::tr("The OS keychain could not %1 the secret for \"%2\": %3").arg(what, name, detail)
    };
}

// Configures a QtKeychain job fully before start() (it starts queued, one job at a time) and
// forwards its outcome to `job`. The QtKeychain job deletes itself; if `job` gave up first
// (timeout, cancel), the connection is gone with it and the late answer is dropped.
template<typename KeychainJob, typename Done>
void startKeychainJob(KeychainJob *keychainJob, const QString &key, SecretJob *job, Done done)
{
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(key);
    QObject::connect(keychainJob, &QKeychain::Job::finished, job,
                     [job, done = std::move(done)](QKeychain::Job *finished) {
                         done(*static_cast<KeychainJob *>(finished), job);
                     });
    keychainJob->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{ }

QString KeychainSecretStore::description() const
{
    return Text::tr("the OS keychain");
}

SecretJob *KeychainSecretStore::newJob()
{
    auto *job = new SecretJob(this);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, job, [job, seconds = m_timeoutMs / 1000] {
        job->fail({ SecretError::Kind::Unavailable,
                    Text::tr("The OS keychain did not answer within %1 s. It may be "
                             "waiting for an unlock prompt that cannot be shown; unlock "
                             "your login keyring and try again. ")
                            .arg(seconds)
                        + unusableAdvice() });
    });
    timer->start(m_timeoutMs);
    return job;
}

SecretJob *KeychainSecretStore::read(const QString &key)
{
    SecretJob *job = newJob();
    qCDebug(lcAuth) << "keychain read" << describeKey(key);
    startKeychainJob(new QKeychain::ReadPasswordJob(m_service), key, job,
                     [key](QKeychain::ReadPasswordJob &done, SecretJob *job) {
                         if (done.error() == QKeychain::NoError)
                             return job->succeed(done.textData());
                         job->fail(
                             mapError(Operation::Read, key, done.error(), done.errorString()));
                     });
    return job;
}

SecretJob *KeychainSecretStore::write(const QString &key, const QString &secret)
{
    SecretJob *job = newJob();
    qCDebug(lcAuth) << "keychain write" << describeKey(key);
    auto *keychainJob = new QKeychain::WritePasswordJob(m_service);
    keychainJob->setTextData(secret);
    startKeychainJob(
        keychainJob, key, job, [key](QKeychain::WritePasswordJob &done, SecretJob *job) {
            if (done.error() == QKeychain::NoError)
                return job->succeed();
            job->fail(mapError(Operation::Write, key, done.error(), done.errorString()));
        });
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &key)
{
    SecretJob *job = newJob();
    qCDebug(lcAuth) << "keychain delete" << describeKey(key);
    startKeychainJob(
        new QKeychain::DeletePasswordJob(m_service), key, job,
        [key](QKeychain::DeletePasswordJob &done, SecretJob *job) {
            if (done.error() == QKeychain::NoError || done.error() == QKeychain::EntryNotFound) {
                return job->succeed();
            }
            job->fail(mapError(Operation::Delete, key, done.error(), done.errorString()));
        });
    return job;
}

SecretJob *KeychainSecretStore::probe()
{
    // One fixed key (no ':' so it can never be a profile's), so an interrupted probe leaves at
    // most one harmless entry behind. Its value is random and worthless.
    const QString key = QStringLiteral("ga-console-probe");
    SecretJob *job = newJob();
    SecretJob *writeJob = write(key, QUuid::createUuid().toString(QUuid::WithoutBraces));
    writeJob->onFinished(job, [this, job, key](const SecretJob &written) {
        if (!written.ok())
            return job->fail(written.error());
        remove(key)->onFinished(job, [job](const SecretJob &removed) {
            if (!removed.ok())
                return job->fail(removed.error());
            job->succeed();
        });
    });
    connect(job, &JobBase::finished, this, [job] {
        if (job->ok())
            qCDebug(lcAuth) << "keychain probe: usable";
        else
            qCInfo(lcAuth) << "keychain probe failed:" << job->error().message;
    });
    return job;
}

} // namespace ga
