#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace ga {

// gactl's command line, parsed and checked before anything else happens. Options may come
// before or after the command; each command accepts only its own options.
struct GactlOptions
{
    QString command;
    QStringList arguments; // positional arguments after the command
    QHash<QString, QString> values; // option name (without --) to value; flags map to "1"

    bool has(const QString &option) const { return values.contains(option); }
    QString value(const QString &option, const QString &fallback = {}) const
    {
        return values.value(option, fallback);
    }
};

struct GactlParseResult
{
    std::optional<GactlOptions> options;
    QString error; // usage error: print it with the usage and exit 2
    bool helpRequested = false;
    bool versionRequested = false;
};

GactlParseResult parseGactlArguments(const QStringList &arguments);
QString gactlUsage();

// Exit codes, as documented in the usage text.
namespace exitcode {
inline constexpr int done = 0;
inline constexpr int found = 1; // gactl expiring: some certificates expire soon
inline constexpr int usage = 2;
inline constexpr int apiError = 3;
inline constexpr int networkError = 4;
inline constexpr int timedOut = 5;
} // namespace exitcode

} // namespace ga
