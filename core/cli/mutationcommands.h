#pragma once

namespace ga {

struct GactlContext;

// gactl commands that change or follow certificate operations, all through the context's
// OperationCenter, as the console's changes go.
namespace mutationcommands {
void dissociate(GactlContext &context);
void associate(GactlContext &context);
void undo(GactlContext &context);
void watch(GactlContext &context);
void resume(GactlContext &context);
} // namespace mutationcommands

} // namespace ga
