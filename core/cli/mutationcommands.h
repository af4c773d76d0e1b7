#pragma once

namespace ga {

struct GactlContext;

// gactl commands that change or follow certificate operations, all through the journal.
namespace mutationcommands {
void dissociate(GactlContext &context);
void watch(GactlContext &context);
void operations(GactlContext &context);
void resume(GactlContext &context);
} // namespace mutationcommands

} // namespace ga
