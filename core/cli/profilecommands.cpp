#include "profilecommands.h"

#include "auth/aliyunconfigimport.h"
#include "auth/profilestore.h"
#include "auth/secretstore.h"
#include "gactlcontext.h"
#include "tablewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ga::profilecommands {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::gactl)
};

// Options each subcommand accepts, beyond those gactl takes everywhere.
const QHash<QString, QSet<QString>> allowedOptions = {
    { QStringLiteral("list"), {} },
    { QStringLiteral("add"),
      { QStringLiteral("access-key-id"), QStringLiteral("endpoint"), QStringLiteral("cas-endpoint"),
        QStringLiteral("signature"), QStringLiteral("read-only"), QStringLiteral("production") } },
    { QStringLiteral("remove"), {} },
    { QStringLiteral("import-aliyun"), { QStringLiteral("config"), QStringLiteral("profile") } },
};
const QSet<QString> everywhere = { QStringLiteral("output"), QStringLiteral("verbose") };

void fail(GactlContext &context, const QString &message)
{
    context.failWith(ApiError::invalidInput(message));
}

QString flags(const Profile &profile)
{
    QStringList flags;
    if (profile.readOnly)
        flags << QStringLiteral("read-only");
    if (profile.production)
        flags << QStringLiteral("production");
    return flags.isEmpty() ? QStringLiteral("-") : flags.join(u',');
}

QJsonObject toJson(const Profile &profile)
{
    return { { QStringLiteral("name"), profile.name },
             { QStringLiteral("accessKeyId"), maskAccessKeyId(profile.accessKeyId) },
             { QStringLiteral("endpoint"), profile.endpoint },
             { QStringLiteral("casEndpoint"), profile.casEndpoint },
             { QStringLiteral("signature"), signatureVersionName(profile.signatureVersion) },
             { QStringLiteral("readOnly"), profile.readOnly },
             { QStringLiteral("production"), profile.production } };
}

void list(GactlContext &context, ProfileStore &profiles)
{
    const QString lastUsed = profiles.lastUsed();
    const QList<Profile> all = profiles.profiles();
    if (context.json()) {
        QJsonArray array;
        for (const Profile &profile : all) {
            QJsonObject object = toJson(profile);
            object.insert(QStringLiteral("lastUsed"), profile.name == lastUsed);
            array.append(object);
        }
        context.printJson(QJsonDocument(array));
    } else if (all.isEmpty()) {
        *context.out << Text::tr("No profiles. Add one with: gactl profile add NAME "
                                 "--access-key-id ID")
                     << '\n';
    } else {
        TableWriter table({ Text::tr("NAME"), Text::tr("ACCESS KEY ID"), Text::tr("ENDPOINT"),
                            Text::tr("SIGNATURE"), Text::tr("FLAGS"), Text::tr("LAST USED") });
        for (const Profile &p : all) {
            table.addRow({ p.name, maskAccessKeyId(p.accessKeyId),
                           p.endpoint.isEmpty() ? Text::tr(
                               "(default)", "the default endpoint, in the ENDPOINT column")
                                                : p.endpoint,
                           signatureVersionName(p.signatureVersion), flags(p),
                           p.name == lastUsed ? QStringLiteral("*") : QString() });
        }
        *context.out << table.render();
    }
    context.finish(exitcode::done);
}

void add(GactlContext &context, ProfileStore &profiles, SecretStore &secrets,
         const SecretReader &secretReader)
{
    const GactlOptions &options = context.options;
    Profile profile;
    profile.name = options.arguments.value(1);
    profile.accessKeyId = options.value(QStringLiteral("access-key-id")).trimmed();
    profile.endpoint = normalizeEndpoint(options.value(QStringLiteral("endpoint")));
    profile.casEndpoint = normalizeEndpoint(options.value(QStringLiteral("cas-endpoint")));
    profile.signatureVersion = signatureVersionFromString(
                                   options.value(QStringLiteral("signature"), QStringLiteral("v3")))
                                   .value_or(SignatureVersion::V3);
    profile.readOnly = options.has(QStringLiteral("read-only"));
    profile.production = options.has(QStringLiteral("production"));
    if (!options.has(QStringLiteral("access-key-id")))
        return fail(context, Text::tr("profile add needs --access-key-id ID."));
    if (const QString problem = profile.validate(); !problem.isEmpty())
        return fail(context, problem);

    const std::optional<QString> secret = secretReader(
        Text::tr("AccessKey secret for %1: ").arg(maskAccessKeyId(profile.accessKeyId)));
    if (!secret || secret->isEmpty()) {
        return fail(context,
                    Text::tr("No AccessKey secret given: pipe it to stdin or type "
                             "it at the prompt. Nothing was saved."));
    }

    // Secret first, profile second, old secret last: a failure at any step leaves the previous
    // profile (if any) working with its own secret.
    const std::optional<Profile> previous = profiles.find(profile.name);
    secrets.write(profile.secretKey(), *secret)
        ->onFinished(
            &secrets, [&context, &profiles, &secrets, profile, previous](const SecretJob &written) {
                if (!written.ok()) {
                    return fail(context,
                                written.error().message + u' ' + Text::tr("Nothing was saved."));
                }
                if (const QString problem = profiles.save(profile); !problem.isEmpty()) {
                    if (!previous || previous->secretKey() != profile.secretKey())
                        secrets.remove(profile.secretKey());
                    return fail(context, problem);
                }
                profiles.setLastUsed(profile.name);
                const auto done = [&context, profile, previous] {
                    QString text = Text::tr("Saved profile \"%1\" (AccessKey ID %2); its secret "
                                            "is in the OS keychain.")
                                       .arg(profile.name, maskAccessKeyId(profile.accessKeyId));
                    if (previous) {
                        text = Text::tr("Replaced profile \"%1\" (AccessKey ID %2, was %3); "
                                        "its secret is in the OS keychain.")
                                   .arg(profile.name, maskAccessKeyId(profile.accessKeyId),
                                        maskAccessKeyId(previous->accessKeyId));
                    }
                    if (context.json()) {
                        QJsonObject object = toJson(profile);
                        object.insert(QStringLiteral("replaced"), previous.has_value());
                        context.printJson(QJsonDocument(object));
                    } else {
                        *context.out << text << '\n';
                    }
                    context.finish(exitcode::done);
                };
                if (!previous || previous->secretKey() == profile.secretKey())
                    return done();
                secrets.remove(previous->secretKey())
                    ->onFinished(&secrets, [&context, done](const SecretJob &removed) {
                        if (!removed.ok()) {
                            *context.err << "gactl: "
                                         << Text::tr("warning: the previous secret stays in "
                                                     "the keychain: %1")
                                                .arg(removed.error().message)
                                         << '\n';
                        }
                        done();
                    });
            });
}

void remove(GactlContext &context, ProfileStore &profiles, SecretStore &secrets)
{
    const QString name = context.options.arguments.value(1);
    const std::optional<Profile> profile = profiles.find(name);
    if (!profile)
        return fail(context, Text::tr("There is no profile \"%1\".").arg(name));
    // The secret goes first: a profile whose secret could not be deleted is kept, so the
    // secret never lingers in the keychain with nothing pointing at it.
    secrets.remove(profile->secretKey())
        ->onFinished(&secrets, [&context, &profiles, name](const SecretJob &removed) {
            if (!removed.ok()) {
                return fail(context,
                            removed.error().message + u' '
                                + Text::tr("The profile was kept; remove it again once the "
                                           "keychain works."));
            }
            if (const QString problem = profiles.remove(name); !problem.isEmpty())
                return fail(context, problem);
            *context.out << Text::tr("Removed profile \"%1\" and its secret.").arg(name) << '\n';
            context.finish(exitcode::done);
        });
}

void importAliyun(GactlContext &context, ProfileStore &profiles, SecretStore &secrets)
{
    const QString path
        = context.options.value(QStringLiteral("config"), AliyunConfigImport::defaultPath());
    Result<AliyunImportPlan> read = AliyunConfigImport::read(
        path, context.options.value(QStringLiteral("profile")), &profiles);
    if (!read.ok())
        return context.failWith(read.error());
    const AliyunImportPlan plan = read.value();
    const bool onlyOne = context.options.has(QStringLiteral("profile"));

    const auto report = [&context, plan, onlyOne](const QStringList &imported) {
        const QString sessionReason = Text::tr(
            "StsToken: STS tokens stay in memory only and gactl ends with this command, so it "
            "was not saved; pass its credentials in ALIBABA_CLOUD_ACCESS_KEY_ID, _SECRET and "
            "_SECURITY_TOKEN instead");
        if (context.json()) {
            QJsonArray skipped;
            for (const AliyunImportPlan::Skipped &s : plan.skipped) {
                skipped.append(QJsonObject { { QStringLiteral("name"), s.name },
                                             { QStringLiteral("mode"), s.mode },
                                             { QStringLiteral("reason"), s.reason } });
            }
            for (const AliyunImportPlan::SessionOnly &s : plan.sessionOnly) {
                skipped.append(QJsonObject { { QStringLiteral("name"), s.profile.name },
                                             { QStringLiteral("mode"), QStringLiteral("StsToken") },
                                             { QStringLiteral("reason"), sessionReason } });
            }
            context.printJson(QJsonDocument(
                QJsonObject { { QStringLiteral("config"), plan.path },
                              { QStringLiteral("imported"), QJsonArray::fromStringList(imported) },
                              { QStringLiteral("skipped"), skipped } }));
        } else {
            *context.out << Text::tr("From %1 (read only, not changed):").arg(plan.path) << '\n';
            for (const QString &name : imported)
                *context.out << Text::tr("  imported  %1").arg(name) << '\n';
            for (const AliyunImportPlan::SessionOnly &s : plan.sessionOnly) {
                *context.out << Text::tr("  skipped   %1: %2").arg(s.profile.name, sessionReason)
                             << '\n';
            }
            for (const AliyunImportPlan::Skipped &s : plan.skipped) {
                *context.out << Text::tr("  skipped   %1 (%2): %3")
                                    .arg(s.name, s.mode.isEmpty() ? QStringLiteral("-") : s.mode,
                                         s.reason)
                             << '\n';
            }
        }
        // Asked for one profile and did not get it: a script must see that.
        context.finish(onlyOne && imported.isEmpty() ? exitcode::usage : exitcode::done);
    };
    if (plan.imports.isEmpty())
        return report({});
    AliyunConfigImport::apply(plan, &profiles, &secrets)
        ->onFinished(&secrets, [&context, report](const Result<QStringList> &applied) {
            if (!applied.ok())
                return context.failWith(applied.error());
            report(applied.value());
        });
}

} // namespace

std::optional<QString> readSecret(const QString &prompt)
{
    QByteArray line;
    if (!::isatty(STDIN_FILENO)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return std::nullopt;
        line = in.readLine(4096);
    } else {
        QTextStream err(stderr);
        err << prompt;
        err.flush();
        termios saved {};
        const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (haveTerminal) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        char buffer[4096] = {};
        const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
        if (haveTerminal)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << '\n';
        err.flush();
        if (got)
            line = QByteArray(buffer);
        // Do not leave the secret in a stack buffer we no longer need.
        volatile char *wipe = buffer;
        for (size_t i = 0; i < sizeof buffer; ++i)
            wipe[i] = 0;
        if (!got)
            return std::nullopt;
    }
    QString secret = QString::fromUtf8(line).trimmed();
    line.fill('\0');
    return secret;
}

void run(GactlContext &context, ProfileStore &profiles, SecretStore &secrets,
         const SecretReader &secretReader)
{
    const GactlOptions &options = context.options;
    const QString sub = options.arguments.value(0);
    const auto allowed = allowedOptions.constFind(sub);
    if (allowed == allowedOptions.cend()) {
        return fail(context,
                    Text::tr("Unknown profile command \"%1\": use list, add, "
                             "remove or import-aliyun.")
                        .arg(sub));
    }
    for (auto it = options.values.cbegin(); it != options.values.cend(); ++it) {
        if (!everywhere.contains(it.key()) && !allowed->contains(it.key()))
            return fail(context, Text::tr("--%1 does not apply to profile %2.").arg(it.key(), sub));
    }
    const int wanted = (sub == u"add" || sub == u"remove") ? 2 : 1;
    if (options.arguments.size() != wanted) {
        return fail(context,
                    wanted == 2 ? Text::tr("Usage: gactl profile %1 NAME").arg(sub)
                                : Text::tr("profile %1 takes no NAME.").arg(sub));
    }
    if (sub == u"list")
        list(context, profiles);
    else if (sub == u"add")
        add(context, profiles, secrets, secretReader);
    else if (sub == u"remove")
        remove(context, profiles, secrets);
    else
        importAliyun(context, profiles, secrets);
}

QString refusalForReadOnly(const QString &command, const Profile &profile)
{
    static const QStringList changes { QStringLiteral("dissociate"), QStringLiteral("associate"),
                                       QStringLiteral("undo"),       QStringLiteral("resume"),
                                       QStringLiteral("retire"),     QStringLiteral("replace") };
    if (!profile.readOnly || !changes.contains(command))
        return {};
    return Text::tr("Profile \"%1\" is read-only: gactl %2 is refused and nothing was sent. "
                    "Use a profile without --read-only for changes.")
        .arg(profile.name, command);
}

} // namespace ga::profilecommands
