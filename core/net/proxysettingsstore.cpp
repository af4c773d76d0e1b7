#include "proxysettingsstore.h"

#include "auth/secretstore.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSettings>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::net)
};

const QString group = QStringLiteral("proxy");

bool needsPassword(const ProxySettings &settings)
{
    return settings.mode == ProxySettings::Mode::Manual && !settings.user.isEmpty();
}

} // namespace

ProxySettingsStore::ProxySettingsStore(SecretStore *secrets, QSettings *settings)
    : m_secrets(secrets)
    , m_owned(settings
                  ? nullptr
                  : std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("ga-console"),
                                                QStringLiteral("ga-console")))
    , m_settings(settings ? settings : m_owned.get())
{ }

ProxySettingsStore::~ProxySettingsStore() = default;

ProxySettings ProxySettingsStore::load() const
{
    ProxySettings settings;
    m_settings->beginGroup(group);
    settings.mode = proxyModeFromName(m_settings->value(QStringLiteral("mode")).toString())
                        .value_or(ProxySettings::Mode::System);
    settings.type = proxyTypeFromName(m_settings->value(QStringLiteral("type")).toString())
                        .value_or(ProxySettings::Type::Http);
    settings.host = m_settings->value(QStringLiteral("host")).toString();
    const int fallbackPort = settings.type == ProxySettings::Type::Socks5
        ? ProxySettings::defaultSocks5Port
        : ProxySettings::defaultHttpPort;
    settings.port = m_settings->value(QStringLiteral("port"), fallbackPort).toInt();
    settings.user = m_settings->value(QStringLiteral("user")).toString();
    m_settings->endGroup();
    // Hand-edited nonsense falls back to the system proxy rather than to a broken one.
    if (!settings.validate().isEmpty()) {
        qCWarning(lcAuth) << "ignoring unusable proxy settings in" << fileName() << ":"
                          << settings.validate();
        return ProxySettings {};
    }
    return settings;
}

void ProxySettingsStore::loadWithPassword(
    QObject *context, std::function<void(const ProxySettings &, const QString &)> done)
{
    ProxySettings settings = load();
    if (!needsPassword(settings))
        return done(settings, {});
    m_secrets->read(secretKey())
        ->onFinished(context, [settings, done = std::move(done)](const SecretJob &job) {
            ProxySettings withPassword = settings;
            if (job.ok()) {
                withPassword.password = job.secret();
                return done(withPassword, {});
            }
            if (job.error().kind == SecretError::Kind::NotFound)
                return done(withPassword, {}); // a proxy user without a password is allowed
            done(withPassword, job.error().message);
        });
}

QString ProxySettingsStore::save(const ProxySettings &settings, Password password, QObject *context,
                                 std::function<void(const QString &)> done)
{
    if (const QString problem = settings.validate(); !problem.isEmpty())
        return problem;
    // No user, or a proxy that is not used: a stored password is of no use any more.
    const bool replace = password == Password::Replace || !needsPassword(settings);
    if (!replace) {
        done(writeSettings(settings));
        return {};
    }
    SecretJob *job = needsPassword(settings) && !settings.password.isEmpty()
        ? m_secrets->write(secretKey(), settings.password)
        : m_secrets->remove(secretKey());
    job->onFinished(context, [this, settings, done = std::move(done)](const SecretJob &job) {
        if (!job.ok())
            return done(job.error().message);
        done(writeSettings(settings));
    });
    return {};
}

QString ProxySettingsStore::writeSettings(const ProxySettings &settings)
{
    m_settings->remove(group);
    m_settings->beginGroup(group);
    m_settings->setValue(QStringLiteral("mode"), proxyModeName(settings.mode));
    if (settings.mode == ProxySettings::Mode::Manual) {
        m_settings->setValue(QStringLiteral("type"), proxyTypeName(settings.type));
        m_settings->setValue(QStringLiteral("host"), settings.host.trimmed());
        m_settings->setValue(QStringLiteral("port"), settings.port);
        m_settings->setValue(QStringLiteral("user"), settings.user);
    }
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        return Text::tr("The proxy settings could not be written to %1: check that the "
                        "folder is writable and the disk is not full.")
            .arg(fileName());
    }
    qCDebug(lcAuth) << "saved proxy settings:" << proxyModeName(settings.mode);
    return {};
}

QString ProxySettingsStore::fileName() const
{
    return m_settings->fileName();
}

} // namespace ga
