#pragma once

#include "api/canonicalquery.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// What every action handler of the emulator shares: the answer type and the reading of
// parameters the way the gateway does.
namespace ga::emu {

struct ActionResponse
{
    int httpStatus = 200;
    QJsonObject body; // without RequestId: the server adds it
    QString code; // error code; empty on success
    QString message;
    QString requestId; // set when an idempotent replay must answer with the first one
    bool appliedMutation = false; // a new operation was started by this call
};

ActionResponse actionError(int httpStatus, const QString &code, const QString &message);

namespace action {

QString text(const ParamMap &params, const char *name);
// Missing<Name>, as GA names a missing parameter (docs/ga-api.md §4.1).
ActionResponse missing(const char *name);
// An optional integer parameter from 1 to max; nullopt with `error` set when it is bad.
std::optional<int> integer(const ParamMap &params, const char *name, int fallback, int max,
                           ActionResponse *error);
// Name.1, Name.2, ... (1-based, without gaps), as the SDKs flatten lists.
QStringList repeated(const ParamMap &params, const QByteArray &prefix,
                     const QByteArray &suffix = {});
ActionResponse ok(QJsonObject body);
// InvalidAction.NotFound: an action the product named by the version does not have.
ActionResponse unknownAction();
ActionResponse noSuchAccelerator();
ActionResponse noSuchListener();

} // namespace action
} // namespace ga::emu
