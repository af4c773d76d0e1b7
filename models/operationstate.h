#pragma once

#include <QString>

namespace ga {

class DissociateOperation;
struct OperationRecord;

// How an operation reads to an admin: `badge` is the short state a badge shows ("queued",
// "waiting 12 s", "updating", "done"), `detail` the sentence behind it.
struct OperationStateText
{
    QString badge;
    QString detail;
};

// A running (or just finished) operation of this session.
OperationStateText describeOperation(const DissociateOperation &operation);
// An operation known only from the journal.
OperationStateText describeRecord(const OperationRecord &record);

} // namespace ga
