#pragma once

#include "api/gaapi.h"

namespace ga {

struct GactlContext;

// The read-only gactl commands: one call each, printed as JSON or a table.
namespace readcommands {
void accelerators(GactlContext &context);
void listeners(GactlContext &context);
void certificates(GactlContext &context);
// --role additional|default|all (all when not given).
CertificateRole roleOption(const GactlContext &context);
void listener(GactlContext &context);
} // namespace readcommands

} // namespace ga
