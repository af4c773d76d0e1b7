#pragma once

#include <QJsonObject>

namespace ga {

class ChangeOperation;
struct GactlContext;
struct OperationRecord;

// How gactl shows operations: one record as JSON (GA-style field names), the journal as a
// table or JSON, and how one run ended, with the exit code that goes with it.
namespace operationreport {

QJsonObject recordJson(const OperationRecord &record);
// Prints how `operation` ended and returns its exit code.
int finished(GactlContext &context, const ChangeOperation &operation);
// gactl operations [--unfinished]
void list(GactlContext &context);

} // namespace operationreport
} // namespace ga
