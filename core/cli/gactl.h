#pragma once

#include "gactlcontext.h"

#include <QObject>
#include <QProcessEnvironment>

#include <memory>

namespace ga {

class ClientFactory;
class InventoryCommand;
class OperationJournal;
class ProfileStore;
class SecretStore;
struct ResolvedCredentials;

// gactl as an object: built from parsed options and an environment, it sets up the client
// (resolveClientConfig, as the console does) and the OperationCenter, runs one command and
// emits finished(exitCode).
class Gactl final : public QObject
{
    Q_OBJECT

public:
    Gactl(GactlOptions options, QProcessEnvironment environment, QTextStream &out, QTextStream &err,
          QObject *parent = nullptr);
    ~Gactl() override;

    // Asked before a dissociation without --yes; the default reads a terminal.
    void setConfirm(std::function<std::optional<bool>(const QString &)> confirm);
    void setJournalPath(const QString &path) { m_journalPath = path; }
    // Where profiles and their secrets live; by default the user's settings and the OS keychain.
    void setStores(ProfileStore *profiles, SecretStore *secrets);

    void run();

signals:
    void finished(int exitCode);

private:
    void start(const ResolvedCredentials &resolved);
    QString setUp(const ResolvedCredentials &resolved);
    ProfileStore *profileStore();
    SecretStore *secretStore();

    GactlContext m_context;
    QProcessEnvironment m_environment;
    QString m_journalPath;
    std::unique_ptr<ClientFactory> m_clients;
    std::unique_ptr<GaClient> m_client;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<ProfileStore> m_ownedProfiles;
    ProfileStore *m_profiles = nullptr;
    SecretStore *m_secrets = nullptr;
    bool m_finished = false;
};

// Reads a yes/no answer from the terminal; nullopt when stdin is not one.
std::optional<bool> confirmOnTerminal(const QString &question);

} // namespace ga
