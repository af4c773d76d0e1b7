#include "sessionsecretstore.h"

#include <QCoreApplication>
#include <QTimer>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::auth)
};

} // namespace

SessionSecretStore::~SessionSecretStore()
{
    // Best effort: overwrite the buffers we own alone before they go back to the allocator.
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it.value().fill(QChar(u'\0'));
}

QString SessionSecretStore::description() const
{
    return Text::tr("this session only (memory; gone when the program exits)");
}

template<typename Step> SecretJob *SessionSecretStore::later(Step step)
{
    auto *job = new SecretJob(this);
    QTimer::singleShot(0, job, [job, step = std::move(step)] { step(job); });
    return job;
}

SecretJob *SessionSecretStore::read(const QString &key)
{
    return later([this, key](SecretJob *job) {
        const auto it = m_secrets.constFind(key);
        if (it != m_secrets.cend())
            return job->succeed(*it);
        job->fail({ SecretError::Kind::NotFound,
                    Text::tr("No session secret for \"%1\": session-only secrets are kept "
                             "in memory and are gone when the program exits.")
                        .arg(key.left(key.indexOf(u':'))) });
    });
}

SecretJob *SessionSecretStore::write(const QString &key, const QString &secret)
{
    return later([this, key, secret](SecretJob *job) {
        m_secrets.insert(key, secret);
        job->succeed();
    });
}

SecretJob *SessionSecretStore::remove(const QString &key)
{
    return later([this, key](SecretJob *job) {
        m_secrets.remove(key);
        job->succeed();
    });
}

SecretJob *SessionSecretStore::probe()
{
    return later([](SecretJob *job) { job->succeed(); });
}

} // namespace ga
