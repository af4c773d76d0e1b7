#include "emulatoroptions.h"

#include <functional>

namespace ga::emu {
namespace {

struct Flag
{
    const char *name;
    const char *value; // placeholder in the usage text; null for a switch, which takes none
    const char *help;
    std::function<QString(EmulatorOptions &, const QString &)> apply;
};

QString intIn(const QString &flag, const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return QStringLiteral("--%1 takes a whole number from %2 to %3, not \"%4\".")
            .arg(flag)
            .arg(min)
            .arg(max)
            .arg(text);
    *out = value;
    return {};
}

QString doubleIn(const QString &flag, const QString &text, double min, double max, double *out)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < min || value > max)
        return QStringLiteral("--%1 takes a number from %2 to %3, not \"%4\".")
            .arg(flag)
            .arg(min)
            .arg(max)
            .arg(text);
    *out = value;
    return {};
}

const QList<Flag> &flags()
{
    static const QList<Flag> list {
        { "host", "ADDRESS", "address to listen on (default 127.0.0.1)",
          [](EmulatorOptions &o, const QString &v) {
              o.host = v;
              return QString();
          } },
        { "port", "PORT", "port to listen on; 0 picks a free one (default 0)",
          [](EmulatorOptions &o, const QString &v) {
              int port = 0;
              const QString error = intIn(QStringLiteral("port"), v, 0, 65535, &port);
              o.port = quint16(port);
              return error;
          } },
        { "access-key-id", "ID", "the AccessKey ID it accepts (default: the demo one)",
          [](EmulatorOptions &o, const QString &v) {
              o.accessKeyId = v;
              return v.isEmpty() ? QStringLiteral("--access-key-id must not be empty.") : QString();
          } },
        { "access-key-secret", "SECRET", "its secret (default: the demo one)",
          [](EmulatorOptions &o, const QString &v) {
              o.accessKeySecret = v;
              return v.isEmpty() ? QStringLiteral("--access-key-secret must not be empty.")
                                 : QString();
          } },
        { "seed", "N", "seed of the generated world (default 1)",
          [](EmulatorOptions &o, const QString &v) {
              bool ok = false;
              o.seed = v.toULongLong(&ok);
              return ok ? QString()
                        : QStringLiteral("--seed takes a whole number, not \"%1\".").arg(v);
          } },
        { "accelerators", "N", "accelerators in the world (default 6)",
          [](EmulatorOptions &o, const QString &v) {
              return intIn(QStringLiteral("accelerators"), v, 0, 100000, &o.accelerators);
          } },
        { "listeners", "N", "listeners per accelerator (default 4)",
          [](EmulatorOptions &o, const QString &v) {
              return intIn(QStringLiteral("listeners"), v, 0, 1000, &o.listeners);
          } },
        { "certificates", "N",
          "additional-certificate domains per HTTPS listener, 3 per certificate (default 12)",
          [](EmulatorOptions &o, const QString &v) {
              return intIn(QStringLiteral("certificates"), v, 0, 10000, &o.certificates);
          } },
        { "certificate-quota", "N",
          "additional certificates an Associate may bring a listener to, 1-10 (default 10)",
          [](EmulatorOptions &o, const QString &v) {
              return intIn(QStringLiteral("certificate-quota"), v, 1, maxCertificateQuota,
                           &o.certificateQuota);
          } },
        { "update-ms", "MS", "how long a certificate operation takes (default 3000)",
          [](EmulatorOptions &o, const QString &v) {
              return intIn(QStringLiteral("update-ms"), v, 0, 3'600'000, &o.updateMs);
          } },
        { "latency-ms", "MS", "delay added to every response (default 0)",
          [](EmulatorOptions &o, const QString &v) {
              return intIn(QStringLiteral("latency-ms"), v, 0, 600'000, &o.latencyMs);
          } },
        { "qps", "N", "requests per second allowed per AccessKey; 0 = no limit (default 0)",
          [](EmulatorOptions &o, const QString &v) {
              return doubleIn(QStringLiteral("qps"), v, 0, 1e9, &o.qps);
          } },
        { "cas-qps", "N",
          "Certificate Management requests per second per AccessKey, a quota of its own "
          "(default: as --qps)",
          [](EmulatorOptions &o, const QString &v) {
              double qps = 0;
              const QString error = doubleIn(QStringLiteral("cas-qps"), v, 0, 1e9, &qps);
              o.casQps = qps;
              return error;
          } },
        { "certificate-health", "mixed|fine",
          "CAS records of the certificates in use: mixed (some expired, expiring, missing or "
          "not covering their domains) or fine (default mixed)",
          [](EmulatorOptions &o, const QString &v) {
              if (v == u"mixed")
                  o.certificateHealth = CertificateHealth::Mixed;
              else if (v == u"fine")
                  o.certificateHealth = CertificateHealth::Fine;
              else
                  return QStringLiteral("--certificate-health takes mixed or fine, not \"%1\".")
                      .arg(v);
              return QString();
          } },
        { "cas-list-hides-expired", nullptr,
          "ListCertificates without CertificateStatus leaves expired certificates out",
          [](EmulatorOptions &o, const QString &) {
              o.casListHidesExpired = true;
              return QString();
          } },
        { "fault-rate", "R", "share of requests answered 503 ServiceUnavailable (default 0)",
          [](EmulatorOptions &o, const QString &v) {
              return doubleIn(QStringLiteral("fault-rate"), v, 0, 1, &o.faultRate);
          } },
        { "drop-after-apply", "R",
          "share of mutations applied, then the connection closed unanswered (default 0)",
          [](EmulatorOptions &o, const QString &v) {
              return doubleIn(QStringLiteral("drop-after-apply"), v, 0, 1, &o.dropAfterApply);
          } },
        { "event-log", "FILE", "append one JSON line per request and state transition",
          [](EmulatorOptions &o, const QString &v) {
              o.eventLogPath = v;
              return QString();
          } },
        { "tls-cert", "FILE", "serve HTTPS with this PEM certificate (needs --tls-key)",
          [](EmulatorOptions &o, const QString &v) {
              o.tlsCertificatePath = v;
              return QString();
          } },
        { "tls-key", "FILE", "the PEM private key of --tls-cert",
          [](EmulatorOptions &o, const QString &v) {
              o.tlsKeyPath = v;
              return QString();
          } },
    };
    return list;
}

} // namespace

EmulatorOptionsParse parseEmulatorArguments(const QStringList &arguments)
{
    EmulatorOptionsParse result;
    EmulatorOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments[i];
        if (name == u"--help" || name == u"-h") {
            result.helpRequested = true;
            return result;
        }
        if (name == u"--version") {
            result.versionRequested = true;
            return result;
        }
        if (!name.startsWith(u"--")) {
            result.error = QStringLiteral("Unexpected argument \"%1\".").arg(name);
            return result;
        }
        name = name.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        const bool valueInline = eq >= 0;
        if (valueInline) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        }
        const auto &all = flags();
        const auto flag = std::find_if(all.cbegin(), all.cend(), [&name](const Flag &f) {
            return name == QLatin1String(f.name);
        });
        if (flag == all.cend()) {
            result.error = QStringLiteral("Unknown option --%1.").arg(name);
            return result;
        }
        if (!flag->value) {
            if (valueInline) {
                result.error = QStringLiteral("--%1 takes no value.").arg(name);
                return result;
            }
        } else if (!valueInline) {
            if (i + 1 >= arguments.size()) {
                result.error = QStringLiteral("--%1 needs a value.").arg(name);
                return result;
            }
            value = arguments[++i];
        }
        if (const QString problem = flag->apply(options, value); !problem.isEmpty()) {
            result.error = problem;
            return result;
        }
    }
    if (options.tlsCertificatePath.isEmpty() != options.tlsKeyPath.isEmpty()) {
        result.error = QStringLiteral("--tls-cert and --tls-key go together.");
        return result;
    }
    result.options = options;
    return result;
}

QString emulatorUsage()
{
    QString text = QStringLiteral(
        "Usage: ga-emulator [options]\n"
        "A local Alibaba Cloud Global Accelerator endpoint (API 2019-11-20) with Certificate\n"
        "Management (API 2020-04-07) on the same URL, for demos, tests and benchmarks. Prints its\n"
        "base URL on the first line of stdout, then serves until SIGINT or SIGTERM.\n\n"
        "Options:\n");
    for (const Flag &flag : flags()) {
        QString usage = QStringLiteral("  --") + QLatin1String(flag.name);
        if (flag.value)
            usage += u' ' + QLatin1String(flag.value);
        // A long one gets its help on a line of its own, in the same column.
        if (usage.size() < 32)
            text += usage.leftJustified(32);
        else
            text += usage + u'\n' + QString(32, u' ');
        text += QLatin1String(flag.help) + u'\n';
    }
    text += QStringLiteral("  --help                        print this text and exit\n"
                           "  --version                     print the version and exit\n");
    text += QStringLiteral("\nDemo credentials (accepted by default, for the emulator only):\n"
                           "  AccessKey ID     %1\n  AccessKey secret %2\n"
                           "\nGET /__emulator/stats returns request and mutation counts as JSON.\n")
                .arg(QLatin1String(demoAccessKeyId), QLatin1String(demoAccessKeySecret));
    return text;
}

} // namespace ga::emu
