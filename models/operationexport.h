#pragma once

#include <QByteArray>
#include <QList>

namespace ga {

struct OperationSummary;

// The operations history as a file an admin can keep or attach to a ticket. Only what the
// journal holds goes out: IDs, domains, tokens, states and times; never a credential.
namespace operationexport {

// RFC 4180 CSV with a header row. A cell that a spreadsheet would run as a formula
// (leading =, +, -, @) is prefixed with an apostrophe.
QByteArray toCsv(const QList<OperationSummary> &operations);
// An array of objects, one per operation, indented.
QByteArray toJson(const QList<OperationSummary> &operations);

} // namespace operationexport
} // namespace ga
