#pragma once

#include <QLoggingCategory>

// One category per area, so `QT_LOGGING_RULES="ga.api.debug=true"` turns on exactly one of them.
// Nothing secret is ever passed to these: see Credentials for how IDs are masked.
namespace ga {
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcOps)
Q_DECLARE_LOGGING_CATEGORY(lcEmu)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
} // namespace ga
