#include "operationstate.h"

#include "displayformat.h"
#include "ops/changeoperation.h"

#include <QCoreApplication>

namespace ga {
namespace {

// lupdate reads the context from here: ga::OperationState.
class OperationState
{
    Q_DECLARE_TR_FUNCTIONS(ga::OperationState)
};

QString seconds(qint64 ms)
{
    return QString::number((ms + 999) / 1000);
}

} // namespace

OperationStateText describeOperation(const ChangeOperation &operation)
{
    const OperationRecord &record = operation.record();
    using Phase = ChangeOperation::Phase;
    OperationStateText text;
    switch (operation.phase()) {
    case Phase::Created:
    case Phase::Queued: {
        const int ahead = operation.queuePosition();
        text.state = stateWord(DisplayState::Queued);
        text.detail = ahead > 0
            ? OperationState::tr(
                  "Waiting for %n earlier operation(s) on accelerator %1 to finish: GA changes "
                  "one thing per accelerator at a time.",
                  nullptr, ahead)
                  .arg(record.acceleratorId)
            : OperationState::tr("Queued.");
        break;
    }
    case Phase::Sending:
        if (const qint64 retryIn = operation.retryInMs(); retryIn > 0) {
            text.state = stateWord(DisplayState::Waiting);
            text.badge = OperationState::tr("waiting %1 s").arg(seconds(retryIn));
            text.detail = operation.retryReason().isBusy()
                ? OperationState::tr(
                      "The accelerator is busy with another change (%1); sending again in %2 s. "
                      "This is not a failure.")
                      .arg(operation.retryReason().code, seconds(retryIn))
                : OperationState::tr("%1; sending again in %2 s.")
                      .arg(operation.retryReason().toString(), seconds(retryIn));
        } else {
            text.state = stateWord(DisplayState::Submitted);
            text.detail = OperationState::tr("Sent to GA; waiting for its answer.");
        }
        break;
    case Phase::Watching:
        text.state
            = record.lastState.isEmpty() ? stateWord(DisplayState::Submitted) : record.lastState;
        text.detail = OperationState::tr(
                          "GA accepted the request (RequestId %1); watching the listener until it "
                          "is active without the domains.")
                          .arg(record.requestId);
        break;
    case Phase::AcceptedUnwatched:
        text.state = stateWord(DisplayState::Accepted);
        text.detail
            = OperationState::tr("GA accepted the request (RequestId %1).").arg(record.requestId);
        break;
    case Phase::Done:
        text.state = stateWord(DisplayState::Done);
        text.detail = OperationState::tr("The listener is active and the domains are gone.");
        break;
    case Phase::Failed:
        text.state = stateWord(DisplayState::Failed);
        text.detail = operation.error().toString();
        break;
    case Phase::TimedOut:
        text.state = stateWord(DisplayState::TimedOut);
        text.detail = OperationState::tr(
                          "The listener did not become active in time (last state: %1). GA may "
                          "still finish it: keep watching.")
                          .arg(display::stateText(record.lastState));
        break;
    case Phase::Unconfirmed:
        text.state = stateWord(DisplayState::Unconfirmed);
        text.detail = OperationState::tr(
                          "No answer from GA (%1): it is unknown whether the request arrived. It "
                          "stays in the journal and is sent again with the same ClientToken at "
                          "the next start.")
                          .arg(operation.error().toString());
        break;
    }
    if (text.badge.isEmpty())
        text.badge = display::stateText(text.state);
    if (record.resumed)
        text.detail = OperationState::tr("Resumed from the journal. ") + text.detail;
    return text;
}

OperationStateText describeRecord(const OperationRecord &record, qint64 runningElsewherePid)
{
    switch (record.status) {
    case OperationRecord::Status::Done:
        return { stateWord(DisplayState::Done), display::stateText(stateWord(DisplayState::Done)),
                 OperationState::tr("The listener was active and the domains gone.") };
    case OperationRecord::Status::Failed:
        return { stateWord(DisplayState::Failed),
                 display::stateText(stateWord(DisplayState::Failed)),
                 record.errorCode + QStringLiteral(": ") + record.errorMessage };
    case OperationRecord::Status::Pending:
    case OperationRecord::Status::Accepted:
        break;
    }
    if (runningElsewherePid != 0)
        return { stateWord(DisplayState::RunningElsewhere),
                 display::stateText(stateWord(DisplayState::RunningElsewhere)),
                 OperationState::tr("Another process (PID %1: gactl, or another console) is "
                                    "sending or watching it now; this console follows the "
                                    "journal, and resumes it if that process stops first.")
                     .arg(runningElsewherePid) };
    return { stateWord(DisplayState::Unfinished),
             display::stateText(stateWord(DisplayState::Unfinished)),
             OperationState::tr(
                 "Not finished when the console last stopped; it resumes when profile \"%1\" is "
                 "in use.")
                 .arg(record.profile) };
}

} // namespace ga
