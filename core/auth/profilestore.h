#pragma once

#include "profile.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace ga {

// Profiles in QSettings, under "profiles/<name>/". Only the fields of Profile are written:
// there is no key for a secret or a token, so none can end up in the settings file.
class ProfileStore
{
public:
    // `settings` null: ~/.config/ga-console/profiles.conf (QSettings user scope, organisation
    // "ga-console"), owned here. A fixed name rather than the default QSettings, so gactl and
    // ga-console share profiles whatever their main() sets, and the file holds nothing else.
    // Otherwise the caller keeps ownership (tests pass a temporary INI file).
    explicit ProfileStore(QSettings *settings = nullptr);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    QList<Profile> profiles() const; // sorted by name
    std::optional<Profile> find(const QString &name) const;
    bool contains(const QString &name) const { return find(name).has_value(); }

    // Validates, writes and syncs. Empty when saved, else why not (nothing is left half-written
    // in the settings file: a failed sync removes the group again).
    QString save(const Profile &profile);
    // Empty when removed or absent, else why the settings could not be written.
    QString remove(const QString &name);

    // The profile a program falls back to when none is chosen; empty when there is none or it
    // was removed since.
    QString lastUsed() const;
    void setLastUsed(const QString &name);

    QString fileName() const;

private:
    QString sync();

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
};

} // namespace ga
