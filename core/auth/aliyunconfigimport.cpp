#include "aliyunconfigimport.h"

#include "logging.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::auth)
};

// Why each mode the CLI knows (config/profile.go knownModes) is not imported as an AccessKey.
QString skipReason(const QString &mode)
{
    const QString m = mode.toLower();
    if (m == u"ramrolearn" || m == u"chainableramrolearn" || m == u"ramrolearnwithrolename") {
        return Text::tr("needs an STS AssumeRole call at run time, which GA Console does "
                        "not make; import its source AK profile instead, or pass the "
                        "role's temporary credentials in ALIBABA_CLOUD_ACCESS_KEY_ID, "
                        "_SECRET and _SECURITY_TOKEN");
    }
    if (m == u"ecsramrole")
        return Text::tr("its credentials come from the ECS instance metadata service at run "
                        "time; there is nothing to import");
    if (m == u"oidc")
        return Text::tr("needs AssumeRoleWithOIDC with a token file at run time, which GA "
                        "Console does not do");
    if (m == u"external" || m == u"credentialsuri")
        return Text::tr("its credentials come from a program or URL at run time; GA "
                        "Console does not run them");
    if (m == u"cloudsso" || m == u"oauth")
        return Text::tr("a browser sign-in session with short-lived cached tokens; sign in "
                        "with the aliyun CLI and pass the temporary credentials in the "
                        "environment instead");
    if (m == u"bearertoken")
        return Text::tr("a bearer token is not an AccessKey, and GA does not accept one");
    if (m == u"rsakeypair")
        return Text::tr("deprecated by the aliyun CLI and not supported");
    if (m == u"anonymous")
        return Text::tr("holds no credentials");
    if (m.isEmpty())
        return Text::tr("has no mode");
    return Text::tr("unknown mode \"%1\"").arg(mode);
}

// Every field GA Console reads must be a string when present; anything else means the file
// is not what the CLI writes, and the whole import stops.
QString stringField(const QJsonObject &object, const char *key, int index, QString *problem)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString() && problem->isEmpty()) {
        *problem = Text::tr("profiles[%1].%2 is not a string.").arg(index).arg(QLatin1String(key));
    }
    return value.toString().trimmed();
}

class ApplyJob final : public Job<QStringList>
{
public:
    ApplyJob(AliyunImportPlan plan, ProfileStore *profiles, SecretStore *secrets, QObject *parent)
        : Job(parent)
        , m_plan(std::move(plan))
        , m_profiles(profiles)
        , m_secrets(secrets)
    { }

    void start()
    {
        QTimer::singleShot(0, this, [this] { writeNextSecret(); });
    }

    void cancel() override
    {
        ApiError error = ApiError::invalidInput(Text::tr("Cancelled."));
        error.kind = ApiError::Kind::Cancelled;
        finish(error);
    }

private:
    void writeNextSecret()
    {
        if (m_written.size() == m_plan.imports.size())
            return saveProfiles();
        const AliyunImportPlan::Import &item = m_plan.imports.at(m_written.size());
        const QString key = item.profile.secretKey();
        m_secrets->write(key, item.secret)->onFinished(this, [this, key](const SecretJob &job) {
            if (!job.ok())
                return rollBack(job.error().message);
            m_written.append(key);
            writeNextSecret();
        });
    }

    void saveProfiles()
    {
        QStringList saved;
        for (const AliyunImportPlan::Import &item : std::as_const(m_plan.imports)) {
            if (const QString problem = m_profiles->save(item.profile); !problem.isEmpty()) {
                for (const QString &name : std::as_const(saved))
                    m_profiles->remove(name);
                return rollBack(problem);
            }
            saved.append(item.profile.name);
        }
        qCInfo(lcAuth) << "imported" << saved.size() << "profiles from" << m_plan.path;
        finish(saved);
    }

    // Deletes the secrets written so far, then fails: nothing stays half-imported.
    void rollBack(const QString &problem)
    {
        if (m_written.isEmpty()) {
            return finish(
                ApiError::invalidInput(Text::tr("Nothing was imported.") + u' ' + problem));
        }
        const QString key = m_written.takeLast();
        m_secrets->remove(key)->onFinished(this, [this, problem](const SecretJob &job) {
            if (!job.ok())
                qCWarning(lcAuth) << "could not undo an imported secret:" << job.error().message;
            rollBack(problem);
        });
    }

    AliyunImportPlan m_plan;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QStringList m_written;
};

} // namespace

QString AliyunConfigImport::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.aliyun/config.json");
}

Result<AliyunImportPlan> AliyunConfigImport::read(const QString &path, const QString &onlyProfile,
                                                  const ProfileStore *existing)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return ApiError::invalidInput(
            Text::tr("Cannot read the aliyun CLI configuration %1: %2. Nothing was "
                     "imported.")
                .arg(path, file.errorString()));
    }
    const QByteArray json = file.readAll();
    file.close();
    return parse(json, path, onlyProfile, existing);
}

Result<AliyunImportPlan> AliyunConfigImport::parse(const QByteArray &json, const QString &path,
                                                   const QString &onlyProfile,
                                                   const ProfileStore *existing)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const auto malformed = [&path](const QString &what) {
        return ApiError::invalidInput(
            Text::tr("The aliyun CLI configuration %1 is malformed: %2 Nothing was "
                     "imported.")
                .arg(path, what));
    };
    if (parseError.error != QJsonParseError::NoError) {
        return malformed(
            Text::tr("%1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject())
        return malformed(Text::tr("the top level is not a JSON object."));
    const QJsonValue profilesValue = document.object().value(QStringLiteral("profiles"));
    if (!profilesValue.isArray())
        return malformed(Text::tr("it has no \"profiles\" array."));

    AliyunImportPlan plan;
    plan.path = path;
    const QJsonArray profiles = profilesValue.toArray();
    QStringList seen;
    bool found = onlyProfile.isEmpty();
    for (int i = 0; i < profiles.size(); ++i) {
        if (!profiles.at(i).isObject())
            return malformed(Text::tr("profiles[%1] is not an object.").arg(i));
        const QJsonObject object = profiles.at(i).toObject();
        QString problem;
        const QString name = stringField(object, "name", i, &problem);
        const QString mode = stringField(object, "mode", i, &problem);
        const QString id = stringField(object, "access_key_id", i, &problem);
        const QString secret = stringField(object, "access_key_secret", i, &problem);
        const QString token = stringField(object, "sts_token", i, &problem);
        if (!problem.isEmpty())
            return malformed(problem);
        if (name.isEmpty())
            return malformed(Text::tr("profiles[%1] has no name.").arg(i));
        if (!onlyProfile.isEmpty() && name != onlyProfile)
            continue;
        found = true;

        const auto skip = [&plan, &name, &mode](const QString &reason) {
            plan.skipped.append({ name, mode, reason });
        };
        if (seen.contains(name)) {
            skip(Text::tr("a profile of this name came earlier in the file"));
            continue;
        }
        seen.append(name);
        const QString lowerMode = mode.toLower();
        if (lowerMode != u"ak" && lowerMode != u"ststoken") {
            skip(skipReason(mode));
            continue;
        }
        if (const QString bad = checkProfileName(name); !bad.isEmpty()) {
            skip(bad);
            continue;
        }
        if (id.isEmpty() || secret.isEmpty()) {
            skip(Text::tr("access_key_id or access_key_secret is empty"));
            continue;
        }
        Profile profile;
        profile.name = name;
        profile.accessKeyId = id;
        if (const QString bad = profile.validate(); !bad.isEmpty()) {
            skip(bad);
            continue;
        }
        if (lowerMode == u"ststoken") {
            if (token.isEmpty()) {
                skip(Text::tr("StsToken profile without sts_token"));
                continue;
            }
            plan.sessionOnly.append({ profile, Credentials(id, secret, token) });
            continue;
        }
        if (existing) {
            if (const std::optional<Profile> taken = existing->find(name)) {
                skip(taken->accessKeyId == id
                         ? Text::tr("already imported (same AccessKey ID)")
                         : Text::tr("GA Console already has a profile \"%1\" with another "
                                    "AccessKey ID (%2); remove it first to replace it")
                               .arg(name, maskAccessKeyId(taken->accessKeyId)));
                continue;
            }
        }
        plan.imports.append({ profile, secret });
    }
    if (!found) {
        return ApiError::invalidInput(
            Text::tr("The aliyun CLI configuration %1 has no profile \"%2\". Nothing was "
                     "imported.")
                .arg(path, onlyProfile));
    }
    return plan;
}

Job<QStringList> *AliyunConfigImport::apply(const AliyunImportPlan &plan, ProfileStore *profiles,
                                            SecretStore *secrets, QObject *parent)
{
    auto *job = new ApplyJob(plan, profiles, secrets, parent);
    job->start();
    return job;
}

} // namespace ga
