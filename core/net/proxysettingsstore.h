#pragma once

#include "proxysettings.h"

#include <QString>

#include <functional>
#include <memory>

class QObject;
class QSettings;

namespace ga {

class SecretStore;

// The console's proxy settings: mode, type, host, port and user in QSettings, group "proxy";
// the password in the SecretStore under secretKey(), never in the settings file.
class ProxySettingsStore
{
public:
    enum class Password { Keep, Replace }; // Replace with an empty password deletes it

    // `settings` null: ~/.config/ga-console/ga-console.conf (QSettings user scope,
    // organisation and application "ga-console"), owned here; the window's own settings live
    // there too, the profiles apart in profiles.conf. Otherwise the caller keeps ownership.
    explicit ProxySettingsStore(SecretStore *secrets, QSettings *settings = nullptr);
    ~ProxySettingsStore();
    ProxySettingsStore(const ProxySettingsStore &) = delete;
    ProxySettingsStore &operator=(const ProxySettingsStore &) = delete;

    // Never a profile's key (those always hold a ':'), so the two cannot collide.
    static QString secretKey() { return QStringLiteral("ga-console-proxy"); }

    // What is stored, without the password; the defaults (system proxy) when nothing is.
    ProxySettings load() const;
    // load() plus the password from the SecretStore when a manual proxy names a user. `done`
    // gets the settings and, when the password could not be read, why (the settings then have
    // no password). Not called when `context` is gone first.
    void loadWithPassword(QObject *context,
                          std::function<void(const ProxySettings &, const QString &problem)> done);

    // Checks `settings` first: returns the problem and stores nothing when they are not
    // usable. Otherwise writes (or deletes) the password, then the settings, and calls
    // `done` with an empty string, or with why not; a failed password write stores nothing.
    QString save(const ProxySettings &settings, Password password, QObject *context,
                 std::function<void(const QString &problem)> done);

    QString fileName() const;

private:
    QString writeSettings(const ProxySettings &settings);

    SecretStore *m_secrets;
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
};

} // namespace ga
