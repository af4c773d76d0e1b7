#pragma once

#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace ga {

class GaClient;
class MainWindow;
class OperationCenter;
class ProfileStore;
class SecretStore;

// ga-console's composition root: the stores, the one ClientFactory (one retry budget for the
// process), the one OperationJournal and OperationCenter, every client made, and the window.
// Each client's configuration comes from resolveClientConfig() (core/clientconfig.h), as
// gactl's does. Everything stays alive until the session goes: an operation started under
// one profile goes on with its client after a switch to another.
class ConsoleSession
{
public:
    // The system environment, the profiles in ~/.config/ga-console and the OS keychain.
    ConsoleSession();
    // For tests: `profiles` and `secrets` stay the caller's and must outlive the session; a
    // null store means the default one.
    ConsoleSession(QProcessEnvironment environment, ProfileStore *profiles, SecretStore *secrets);
    ~ConsoleSession();
    ConsoleSession(const ConsoleSession &) = delete;
    ConsoleSession &operator=(const ConsoleSession &) = delete;

    // The in-process emulator with demo credentials kept in memory, a temporary journal, no
    // proxy and no real profiles in the switcher.
    void startDemo();
    // The saved proxy settings first, then the credentials of `profile` (empty: the
    // environment, else the profile used last). `endpointFlag` is --endpoint; empty when not
    // given. With no usable credentials the Profiles dialog opens.
    void startWithProfile(const QString &profile, const QString &endpointFlag = {});

    // Null until the first client is made.
    MainWindow *window() const;
    // The client the window uses now; null before the first.
    GaClient *client() const;
    // Made at the start and kept across profile switches.
    OperationCenter *operations() const;
    // What the switcher shows as chosen: a profile's name, "Demo" or "Environment".
    QString current() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ga
