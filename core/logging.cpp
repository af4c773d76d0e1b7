#include "logging.h"

namespace ga {
Q_LOGGING_CATEGORY(lcApi, "ga.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "ga.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOps, "ga.ops", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEmu, "ga.emu", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "ga.ui", QtInfoMsg)
} // namespace ga
