#pragma once

#include "secretstore.h"

#include <QHash>

namespace ga {

// Secrets in this process's memory only, for when the OS keychain is unusable and the user
// chose to go on for this session. Nothing here ever touches a file; everything is gone when
// the store is. Jobs still finish asynchronously, so callers cannot tell the two stores apart
// by timing.
class SessionSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    ~SessionSecretStore() override;

    bool isPersistent() const override { return false; }
    QString description() const override;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &secret) override;
    SecretJob *remove(const QString &key) override;
    SecretJob *probe() override;

private:
    template<typename Step> SecretJob *later(Step step);

    QHash<QString, QString> m_secrets;
};

} // namespace ga
