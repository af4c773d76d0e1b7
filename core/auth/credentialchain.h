#pragma once

#include "api/credentials.h"
#include "api/job.h"
#include "profile.h"

#include <QProcessEnvironment>

#include <optional>

namespace ga {

class ProfileStore;
class SecretStore;

// Credentials together with where they came from, so a program can say which source it used
// (the way credentials-go reports "default/env").
struct ResolvedCredentials
{
    enum class Source {
        ChosenProfile, // the profile the user named
        Environment, // ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / _SECURITY_TOKEN
        LastUsedProfile, // no choice and no environment: the profile used last time
    };
    Source source = Source::Environment;
    Credentials credentials; // an STS token, if any, lives only here, in memory
    std::optional<Profile> profile; // set for both profile sources

    // "profile \"prod\"", "the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ...)": never a secret.
    QString describe() const;
};

// Finds the credentials to use, in this order:
//   1. the chosen profile, with its secret from the SecretStore. A chosen profile that cannot
//      be used is an error, never a silent switch to other credentials (they could belong to
//      another account);
//   2. the environment, when ALIBABA_CLOUD_ACCESS_KEY_ID and _SECRET are both set (plus
//      _SECURITY_TOKEN for STS). Half a credential there is an error, for the same reason;
//   3. the last-used profile from the ProfileStore.
// When none gives a complete credential, the error names every source and how to fill it.
class CredentialChain
{
public:
    CredentialChain(ProfileStore *profiles, SecretStore *secrets, QProcessEnvironment environment);

    // Finishes with ResolvedCredentials or an InvalidInput ApiError; nothing is sent anywhere.
    Job<ResolvedCredentials> *resolve(const QString &chosenProfile, QObject *parent = nullptr);

    // The environment source alone. nullopt when none of the variables is set; an error message
    // in `problem` when some but not all of the needed ones are.
    static std::optional<Credentials> fromEnvironment(const QProcessEnvironment &environment,
                                                      QString *problem);

private:
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QProcessEnvironment m_environment;
};

} // namespace ga
