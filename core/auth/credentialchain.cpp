#include "credentialchain.h"

#include "logging.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QTimer>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::auth)
};

const QString idVariable = QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID");
const QString secretVariable = QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
const QString tokenVariable = QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN");

class ResolveJob final : public Job<ResolvedCredentials>
{
public:
    using Job::Job;
    void cancel() override
    {
        ApiError error = ApiError::invalidInput(Text::tr("Cancelled."));
        error.kind = ApiError::Kind::Cancelled;
        finish(error);
    }
    void succeed(ResolvedCredentials value) { finish(std::move(value)); }
    void fail(const QString &message) { finish(ApiError::invalidInput(message)); }
};

// Reads the profile's secret. "Not found" is ambiguous on Linux (a locked keyring reads as
// empty), so it is followed by a write probe to tell "never stored" from "keychain unusable".
void readProfileSecret(ResolveJob *job, SecretStore *secrets, const Profile &profile,
                       ResolvedCredentials::Source source)
{
    secrets->read(profile.secretKey())
        ->onFinished(job, [job, secrets, profile, source](const SecretJob &read) {
            if (read.ok() && !read.secret().isEmpty()) {
                ResolvedCredentials resolved;
                resolved.source = source;
                resolved.credentials = Credentials(profile.accessKeyId, read.secret());
                resolved.profile = profile;
                qCDebug(lcAuth) << "credentials from" << resolved.describe()
                                << resolved.credentials;
                return job->succeed(resolved);
            }
            const QString prefix = Text::tr("Profile \"%1\" cannot be used: ").arg(profile.name);
            if (read.error().kind != SecretError::Kind::NotFound)
                return job->fail(prefix + read.error().message);
            secrets->probe()->onFinished(
                job, [job, prefix, secrets, profile](const SecretJob &probe) {
                    if (!probe.ok())
                        return job->fail(prefix + probe.error().message);
                    job->fail(prefix
                              + Text::tr("%1 holds no secret for it (AccessKey ID %2). Add the "
                                         "profile again to store the secret, or use the "
                                         "environment (%3, %4) without choosing a profile.")
                                    .arg(secrets->description(),
                                         maskAccessKeyId(profile.accessKeyId), idVariable,
                                         secretVariable));
                });
        });
}

} // namespace

QString ResolvedCredentials::describe() const
{
    switch (source) {
    case Source::ChosenProfile:
        return QStringLiteral("profile \"%1\"").arg(profile ? profile->name : QString());
    case Source::LastUsedProfile:
        return QStringLiteral("profile \"%1\" (last used)")
            .arg(profile ? profile->name : QString());
    case Source::Environment:
        return QStringLiteral("the environment (%1)").arg(idVariable);
    }
    return {};
}

CredentialChain::CredentialChain(ProfileStore *profiles, SecretStore *secrets,
                                 QProcessEnvironment environment)
    : m_profiles(profiles)
    , m_secrets(secrets)
    , m_environment(std::move(environment))
{ }

std::optional<Credentials> CredentialChain::fromEnvironment(const QProcessEnvironment &environment,
                                                            QString *problem)
{
    const QString id = environment.value(idVariable);
    const QString secret = environment.value(secretVariable);
    const QString token = environment.value(tokenVariable);
    if (id.isEmpty() && secret.isEmpty() && token.isEmpty())
        return std::nullopt;
    QStringList missing;
    if (id.isEmpty())
        missing << idVariable;
    if (secret.isEmpty())
        missing << secretVariable;
    if (!missing.isEmpty()) {
        if (problem) {
            *problem = missing.size() == 1
                ? Text::tr("The environment holds only part of a credential: %1 is not set.")
                      .arg(missing.constFirst())
                : Text::tr("The environment holds only part of a credential: %1 and %2 are "
                           "not set.")
                      .arg(missing.at(0), missing.at(1));
        }
        return std::nullopt;
    }
    return Credentials(id, secret, token);
}

Job<ResolvedCredentials> *CredentialChain::resolve(const QString &chosenProfile, QObject *parent)
{
    auto *job = new ResolveJob(parent);
    // Always finish asynchronously, so callers connect before the result arrives. Copies, not
    // `this`: the chain may be a temporary.
    QTimer::singleShot(
        0, job,
        [profiles = m_profiles, secrets = m_secrets, environment = m_environment, job,
         chosenProfile] {
            if (!chosenProfile.isEmpty()) {
                const std::optional<Profile> profile = profiles->find(chosenProfile);
                if (!profile) {
                    return job->fail(Text::tr("There is no profile \"%1\". List the profiles "
                                              "with gactl profile list, or add one.")
                                         .arg(chosenProfile));
                }
                return readProfileSecret(job, secrets, *profile,
                                         ResolvedCredentials::Source::ChosenProfile);
            }

            QString problem;
            if (std::optional<Credentials> credentials = fromEnvironment(environment, &problem)) {
                ResolvedCredentials resolved;
                resolved.source = ResolvedCredentials::Source::Environment;
                resolved.credentials = *credentials;
                qCDebug(lcAuth) << "credentials from" << resolved.describe()
                                << resolved.credentials;
                return job->succeed(resolved);
            }
            if (!problem.isEmpty())
                return job->fail(problem + u' '
                                 + Text::tr("Set both, or unset them all to use a profile."));

            const QString lastUsed = profiles->lastUsed();
            if (!lastUsed.isEmpty()) {
                return readProfileSecret(job, secrets, *profiles->find(lastUsed),
                                         ResolvedCredentials::Source::LastUsedProfile);
            }
            job->fail(Text::tr("No credentials: no profile was chosen (add one with gactl "
                               "profile add, then pass --profile NAME) and the environment has "
                               "none (set %1 and %2, plus %3 for STS).")
                          .arg(idVariable, secretVariable, tokenVariable));
        });
    return job;
}

} // namespace ga
