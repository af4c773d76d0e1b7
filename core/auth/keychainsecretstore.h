#pragma once

#include "secretstore.h"

namespace ga {

// Secrets in the OS keychain through QtKeychain (on Linux the Secret Service: gnome-keyring,
// KWallet, KeePassXC). The insecure plaintext fallback stays off: there is no path from here
// to a file. QtKeychain types stay in the .cpp.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    static QString defaultService() { return QStringLiteral("ga-console"); }

    // Tests pass their own service so they never touch a developer's real entries.
    explicit KeychainSecretStore(QString service = defaultService(), QObject *parent = nullptr);

    // A keychain waiting on an unlock prompt nobody can see would block forever (QtKeychain
    // runs one job at a time); after this long a job fails as Unavailable instead.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    const QString &service() const { return m_service; }
    bool isPersistent() const override { return true; }
    QString description() const override;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &secret) override;
    SecretJob *remove(const QString &key) override;
    SecretJob *probe() override;

private:
    SecretJob *newJob();

    QString m_service;
    int m_timeoutMs = 30'000;
};

} // namespace ga
