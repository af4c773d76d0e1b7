#include "gactloptions.h"

#include <QCoreApplication>
#include <QSet>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::gactl)
};

struct OptionSpec
{
    const char *name;
    bool takesValue;
    const char *commands; // space-separated commands, or "*" for every command
};

// One table for all options, so parsing, checking and usage cannot drift apart. --profile
// applies to every command; for "profile import-aliyun" it names the aliyun CLI profile.
constexpr OptionSpec optionSpecs[] = {
    { "endpoint", true, "*" },
    { "cas-endpoint", true, "*" },
    { "signature", true, "*" },
    { "output", true, "*" },
    { "ca-file", true, "*" },
    { "proxy", true, "*" },
    { "lang", true, "*" },
    { "concurrency", true, "*" },
    { "verbose", false, "*" },
    { "state", true, "accelerators" },
    { "role", true, "certificates" },
    { "details", false, "certificates inventory" },
    { "days", true, "expiring" },
    { "client-token", true, "dissociate associate" },
    { "wait", false, "dissociate associate undo retire replace" },
    { "timeout", true, "dissociate associate undo watch resume retire replace" },
    { "poll-schedule", true, "dissociate associate undo watch resume retire replace" },
    { "yes", false, "dissociate associate undo retire replace" },
    { "plan", false, "retire replace undo" },
    { "accelerator", true, "retire" },
    { "unfinished", false, "operations" },
    { "profile", true, "*" },
    { "access-key-id", true, "profile" },
    { "config", true, "profile" },
    { "read-only", false, "profile" },
    { "production", false, "profile" },
};

struct CommandSpec
{
    const char *name;
    int minArguments;
    int maxArguments; // -1: no limit
    const char *synopsis;
};

constexpr CommandSpec commandSpecs[] = {
    { "accelerators", 0, 0, "accelerators [--state STATE]" },
    { "listeners", 1, 1, "listeners ACCELERATOR_ID" },
    { "certificates", 2, 2,
      "certificates ACCELERATOR_ID LISTENER_ID [--role additional|default|all] [--details]" },
    { "listener", 1, 1, "listener LISTENER_ID" },
    { "inventory", 0, 0, "inventory [--details]" },
    { "expiring", 0, 0, "expiring [--days N]" },
    { "dissociate", 2, -1,
      "dissociate ACCELERATOR_ID LISTENER_ID DOMAIN... [--client-token TOKEN] [--wait] "
      "[--timeout SECONDS] [--yes]" },
    { "associate", 3, -1,
      "associate ACCELERATOR_ID LISTENER_ID DOMAIN=CERTIFICATE_ID... [--client-token TOKEN] "
      "[--wait] [--timeout SECONDS] [--yes]" },
    { "undo", 1, 1, "undo OPERATION_ID|PLAN_ID [--plan|--yes] [--wait] [--timeout SECONDS]" },
    { "retire", 1, -1,
      "retire DOMAIN|*.PATTERN... [--accelerator ID] [--plan|--yes] [--wait] "
      "[--timeout SECONDS]" },
    { "replace", 2, 2,
      "replace OLD_CERT_ID NEW_CERT_ID [--plan|--yes] [--wait] [--timeout SECONDS]" },
    { "watch", 1, 1, "watch LISTENER_ID [--timeout SECONDS]" },
    { "operations", 0, 0, "operations [--unfinished]" },
    { "resume", 0, 0, "resume [--timeout SECONDS]" },
    { "profile", 1, 2,
      // Translated where printed: only the parenthesis has words in it.
      QT_TRANSLATE_NOOP("ga::gactl",
                        "profile list\n"
                        "  profile add NAME --access-key-id ID [--endpoint URL] [--cas-endpoint "
                        "URL]\n"
                        "              [--signature v1|v3] [--read-only]\n"
                        "              [--production]   (the secret is read from stdin or a "
                        "no-echo prompt)\n"
                        "  profile remove NAME\n"
                        "  profile import-aliyun [--config FILE] [--profile NAME]") },
};

// The synopsis in the program's language (see the profile entry above).
QString synopsis(const CommandSpec &spec)
{
    return QCoreApplication::translate("ga::gactl", spec.synopsis);
}

const OptionSpec *findOption(const QString &name)
{
    for (const OptionSpec &spec : optionSpecs) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &spec : commandSpecs) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

bool optionApplies(const OptionSpec &option, const QString &command)
{
    const QString scope = QLatin1String(option.commands);
    return scope == u"*" || scope.split(u' ').contains(command);
}

QString checkValue(const QString &option, const QString &value)
{
    const auto positive = [&](int max) -> QString {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < 1 || number > max)
            return Text::tr("--%1 takes a whole number from 1 to %2, not \"%3\".")
                .arg(option)
                .arg(max)
                .arg(value);
        return {};
    };
    if (option == u"signature" && value != u"v1" && value != u"v3")
        return Text::tr("--signature takes v1 or v3, not \"%1\".").arg(value);
    if (option == u"output" && value != u"json" && value != u"table")
        return Text::tr("--output takes json or table, not \"%1\".").arg(value);
    if (option == u"role" && value != u"additional" && value != u"default" && value != u"all")
        return Text::tr("--role takes additional, default or all, not \"%1\".").arg(value);
    if (option == u"poll-schedule" && value != u"default" && value != u"terraform")
        return Text::tr("--poll-schedule takes default or terraform, not \"%1\".").arg(value);
    if (option == u"concurrency")
        return positive(64);
    if (option == u"timeout")
        return positive(86'400);
    if (option == u"days")
        return positive(3650);
    return {};
}

} // namespace

GactlParseResult parseGactlArguments(const QStringList &arguments)
{
    GactlParseResult result;
    GactlOptions options;
    QStringList positional;
    bool onlyPositional = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (onlyPositional || !arg.startsWith(u"--") || arg == u"--") {
            if (arg == u"--" && !onlyPositional)
                onlyPositional = true;
            else
                positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        const bool inlineValue = eq >= 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (name == u"help") {
            result.helpRequested = true;
            return result;
        }
        if (name == u"version") {
            result.versionRequested = true;
            return result;
        }
        const OptionSpec *spec = findOption(name);
        if (!spec) {
            result.error = Text::tr("Unknown option --%1.").arg(name);
            return result;
        }
        if (spec->takesValue && !inlineValue) {
            if (i + 1 >= arguments.size()) {
                result.error = Text::tr("--%1 needs a value.").arg(name);
                return result;
            }
            value = arguments[++i];
        } else if (!spec->takesValue) {
            if (inlineValue) {
                result.error = Text::tr("--%1 takes no value.").arg(name);
                return result;
            }
            value = QStringLiteral("1");
        }
        if (const QString problem = checkValue(name, value); !problem.isEmpty()) {
            result.error = problem;
            return result;
        }
        options.values.insert(name, value);
    }

    if (positional.isEmpty()) {
        result.error = Text::tr("No command given.");
        return result;
    }
    options.command = positional.takeFirst();
    const CommandSpec *command = findCommand(options.command);
    if (!command) {
        result.error = Text::tr("Unknown command \"%1\".").arg(options.command);
        return result;
    }
    for (auto it = options.values.cbegin(); it != options.values.cend(); ++it) {
        if (!optionApplies(*findOption(it.key()), options.command)) {
            result.error = Text::tr("--%1 does not apply to %2.").arg(it.key(), options.command);
            return result;
        }
    }
    if (positional.size() < command->minArguments
        || (command->maxArguments >= 0 && positional.size() > command->maxArguments)) {
        result.error = Text::tr("Usage: gactl %1").arg(synopsis(*command));
        return result;
    }
    options.arguments = positional;
    result.options = options;
    return result;
}

QString gactlUsage()
{
    // One message per paragraph; the translations keep the line breaks and the option names.
    QString text = Text::tr(
        "Usage: gactl [--profile NAME] [--endpoint URL] [--signature v1|v3] [--output json|table]\n"
        "             [--ca-file FILE] [--proxy URL] [--concurrency N] [--lang en|zh_CN]\n"
        "             [--cas-endpoint URL] [--verbose] COMMAND\n");
    text += u'\n' + Text::tr("Commands:") + u'\n';
    for (const CommandSpec &spec : commandSpecs)
        text += QStringLiteral("  ") + synopsis(spec) + u'\n';
    text += u'\n';
    text += Text::tr(
        "Credentials: the --profile NAME (secret from the OS keychain), else\n"
        "ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and, for STS,\n"
        "ALIBABA_CLOUD_SECURITY_TOKEN, else the profile used last. A read-only profile refuses\n"
        "dissociate, associate, undo and resume. Endpoint: --endpoint, else the profile's, else\n"
        "ALIBABA_CLOUD_ENDPOINT_GA, else https://ga.cn-hangzhou.aliyuncs.com. Plain http:// is\n"
        "refused except to loopback hosts.\n");
    text += Text::tr(
        "Certificate details (--details, expiring) come from Certificate Management (CAS):\n"
        "--cas-endpoint URL, else the profile's, else ALIBABA_CLOUD_ENDPOINT_CAS, else each\n"
        "certificate's site (https://cas.aliyuncs.com for -cn-hangzhou IDs,\n"
        "https://cas.ap-southeast-1.aliyuncs.com for -ap-southeast-1). Only calls that return\n"
        "no private key are made.\n");
    text += Text::tr(
        "Proxy: --proxy http://HOST:PORT, socks5://HOST:PORT or none; else https_proxy /\n"
        "HTTPS_PROXY, unless the endpoint host is loopback or listed in NO_PROXY.\n");
    text += u'\n';
    text += Text::tr(
        "Advanced: --poll-schedule default|terraform (--wait, watch, resume) picks\n"
        "when the listener is polled: default polls every 0.5 s for the first 10 s (at most 2\n"
        "DescribeListener calls a second), then backs off to every 5 s; terraform polls at 1 s,\n"
        "+3 s, +6 s, then every 10 s, as terraform-provider-alicloud does (for comparisons).\n");
    text += Text::tr(
        "--concurrency N (1-64, default 32) is the most requests in flight: gactl starts with 4,\n"
        "adds about one per round trip while GA answers and halves on throttling; 1 sends one at\n"
        "a time, 4 keeps a fixed window of 4. HTTP/1.1 needs a connection per request in flight\n"
        "(HTTP/2, where the endpoint offers it, one in all); GA_MAX_CONNECTIONS=N caps them.\n");
    text += u'\n';
    text += Text::tr(
        "Exit codes: 0 done, 2 usage or bad input (nothing sent), 3 API error, 4 network or TLS\n"
        "error (for a change: unknown whether GA got it; run gactl resume), 5 timed out.\n"
        "gactl expiring exits 0 when no certificate expires within --days (default 30), 1 when\n"
        "some do.\n");
    return text;
}

} // namespace ga
