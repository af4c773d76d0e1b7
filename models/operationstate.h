#pragma once

#include <QString>

namespace ga {

class ChangeOperation;
struct OperationRecord;

// How an operation reads to an admin: `state` the word a badge's tone follows ("queued",
// "waiting", "updating", "done", "running elsewhere"; never translated, exported as is), `badge`
// what the badge says in the UI language ("waiting 12 s"), `detail` the sentence behind it.
struct OperationStateText
{
    QString state;
    QString badge;
    QString detail;
};

// A running (or just finished) operation of this session.
OperationStateText describeOperation(const ChangeOperation &operation);
// An operation known only from the journal. `runningElsewherePid`: the process that holds
// its lease (core/ops/operationlease.h) and runs it now; an unfinished operation then reads
// "running elsewhere" instead of "unfinished".
OperationStateText describeRecord(const OperationRecord &record, qint64 runningElsewherePid = 0);

} // namespace ga
