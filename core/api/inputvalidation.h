#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

// Checks on what a user typed, made before anything is sent. Messages say what to do.
namespace ga::validate {

inline constexpr int maxDomainsPerRequest = 10; // docs/ga-api.md §2.7

// A resource ID: non-empty, printable ASCII, no spaces. `what` names it in the message.
Result<QString> resourceId(const QString &id, const QString &what);
// "accelerator ID" and "listener ID" in the program's language, for resourceId's `what`.
QString acceleratorIdLabel();
QString listenerIdLabel();

// A host name as GA takes it: labels of letters, digits and hyphens, optionally starting
// with a "*." wildcard. Internationalised names are converted to ASCII (punycode).
Result<QString> domain(const QString &domain);

// 1..10 valid, distinct domains (compared after normalisation).
Result<QStringList> domains(const QStringList &domains);

inline constexpr int maxClientTokenLength = 64; // docs/ga-api.md §2.10

// 1..64 printable ASCII characters, U+0020 (the space) to U+007E (docs/ga-api.md §2.10,
// docs/reliability.md §4.3).
Result<QString> clientToken(const QString &token);

// A certificate ID as GA takes it: "<number>-<region>", e.g. 123456-cn-hangzhou.
Result<QString> certificateId(const QString &id);

// A new ClientToken: "ga-console-" and a random UUID without dashes, 43 characters.
QString newClientToken();

} // namespace ga::validate
