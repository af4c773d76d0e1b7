#include "profilestore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::auth)
};

const QString groupPrefix = QStringLiteral("profiles/");
const QString lastUsedKey = QStringLiteral("auth/lastUsedProfile");

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_owned(settings
                  ? nullptr
                  : std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("ga-console"),
                                                QStringLiteral("profiles")))
    , m_settings(settings ? settings : m_owned.get())
{ }

ProfileStore::~ProfileStore() = default;

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(QStringLiteral("profiles"));
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    std::sort(names.begin(), names.end());
    QList<Profile> result;
    for (const QString &name : std::as_const(names)) {
        if (std::optional<Profile> profile = find(name))
            result.append(*profile);
    }
    return result;
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    // A name that could not have been saved cannot be found, and must not be used to build a
    // settings path ("a/../b").
    if (!checkProfileName(name).isEmpty())
        return std::nullopt;
    m_settings->beginGroup(groupPrefix + name);
    Profile profile;
    profile.name = name;
    profile.accessKeyId = m_settings->value(QStringLiteral("accessKeyId")).toString();
    profile.endpoint = m_settings->value(QStringLiteral("endpoint")).toString();
    profile.casEndpoint = m_settings->value(QStringLiteral("casEndpoint")).toString();
    profile.signatureVersion
        = signatureVersionFromString(m_settings->value(QStringLiteral("signature")).toString())
              .value_or(SignatureVersion::V3);
    profile.readOnly = m_settings->value(QStringLiteral("readOnly"), false).toBool();
    profile.production = m_settings->value(QStringLiteral("production"), false).toBool();
    m_settings->endGroup();
    if (profile.accessKeyId.isEmpty())
        return std::nullopt;
    return profile;
}

QString ProfileStore::save(const Profile &profile)
{
    if (const QString problem = profile.validate(); !problem.isEmpty())
        return problem;
    m_settings->remove(groupPrefix + profile.name);
    m_settings->beginGroup(groupPrefix + profile.name);
    m_settings->setValue(QStringLiteral("accessKeyId"), profile.accessKeyId);
    m_settings->setValue(QStringLiteral("endpoint"), profile.endpoint);
    if (profile.casEndpoint.isEmpty())
        m_settings->remove(QStringLiteral("casEndpoint"));
    else
        m_settings->setValue(QStringLiteral("casEndpoint"), profile.casEndpoint);
    m_settings->setValue(QStringLiteral("signature"),
                         signatureVersionName(profile.signatureVersion));
    m_settings->setValue(QStringLiteral("readOnly"), profile.readOnly);
    m_settings->setValue(QStringLiteral("production"), profile.production);
    m_settings->endGroup();
    if (const QString problem = sync(); !problem.isEmpty()) {
        m_settings->remove(groupPrefix + profile.name);
        return problem;
    }
    qCDebug(lcAuth) << "saved profile" << profile.name;
    return {};
}

QString ProfileStore::remove(const QString &name)
{
    if (!checkProfileName(name).isEmpty())
        return {};
    m_settings->remove(groupPrefix + name);
    if (m_settings->value(lastUsedKey).toString() == name)
        m_settings->remove(lastUsedKey);
    return sync();
}

QString ProfileStore::lastUsed() const
{
    const QString name = m_settings->value(lastUsedKey).toString();
    return find(name) ? name : QString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    if (m_settings->value(lastUsedKey).toString() == name)
        return;
    m_settings->setValue(lastUsedKey, name);
    // Losing this is harmless: the next run just has no default profile.
    if (const QString problem = sync(); !problem.isEmpty())
        qCWarning(lcAuth) << problem;
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QString ProfileStore::sync()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return Text::tr("Cannot write the settings file %1: check that its folder exists "
                        "and is writable.")
            .arg(m_settings->fileName());
    case QSettings::FormatError:
        return Text::tr("The settings file %1 is malformed; move it aside and try again.")
            .arg(m_settings->fileName());
    }
    return {};
}

} // namespace ga
