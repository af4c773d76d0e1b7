#pragma once

#include "api/job.h"

#include <QObject>
#include <QString>

namespace ga {

// Why a secret could not be read, written or deleted. `message` says what is missing and how
// to get it; it never contains the secret.
struct SecretError
{
    enum class Kind {
        None,
        NotFound, // nothing stored under the key (or, on Linux, a locked keyring: see probe())
        Unavailable, // no keychain, or one that cannot be used: not running, not unlocked
        Denied, // the keychain is there but refused (locked collection, user said no)
        Failed, // anything else; the message holds the backend's words
        Cancelled,
    };
    Kind kind = Kind::None;
    QString message;

    // The keychain as a whole cannot be used: offer session-only credentials.
    bool keychainUnusable() const { return kind == Kind::Unavailable || kind == Kind::Denied; }
};

// One read, write, delete or probe. Emits finished() once, then deletes itself later, like
// every Job of the project. A read's secret is held only until then.
class SecretJob final : public JobBase
{
    Q_OBJECT

public:
    using JobBase::JobBase;

    bool ok() const { return m_error.kind == SecretError::Kind::None; }
    const SecretError &error() const { return m_error; }
    const QString &secret() const { return m_secret; }

    // Calls `handler(job)` when the job finishes, unless `context` is gone by then.
    template<typename Handler> void onFinished(QObject *context, Handler handler)
    {
        connect(this, &JobBase::finished, context,
                [this, handler = std::move(handler)] { handler(*this); });
    }

    void cancel() override;

    // For SecretStore implementations: the first call wins, later ones are ignored.
    void succeed(QString secret = {});
    void fail(SecretError error);

private:
    QString m_secret;
    SecretError m_error;
};

// Where AccessKey secrets live, one per key (Profile::secretKey()). Two implementations:
// KeychainSecretStore (the OS keychain, persistent) and SessionSecretStore (memory only, for
// when the keychain is unusable and the user chose to go on without one). Nothing ever falls
// back from one to the other on its own: the caller chooses, and says so to the user.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // True when secrets outlive the process.
    virtual bool isPersistent() const = 0;
    // "the OS keychain", "this session only (memory)": for messages to people.
    virtual QString description() const = 0;

    virtual SecretJob *read(const QString &key) = 0;
    virtual SecretJob *write(const QString &key, const QString &secret) = 0;
    // Deleting a key that is not there succeeds.
    virtual SecretJob *remove(const QString &key) = 0;
    // Succeeds only when the store can be written to and deleted from right now. A read cannot
    // tell (a locked keyring reads as "not found"), so this writes and deletes a throw-away key.
    virtual SecretJob *probe() = 0;
};

} // namespace ga
