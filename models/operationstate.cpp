#include "operationstate.h"

#include "displayformat.h"
#include "ops/dissociateoperation.h"

#include <QCoreApplication>

namespace ga {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ga::OperationState", text, nullptr, n);
}

QString seconds(qint64 ms)
{
    return QString::number((ms + 999) / 1000);
}

} // namespace

OperationStateText describeOperation(const DissociateOperation &operation)
{
    const OperationRecord &record = operation.record();
    using Phase = DissociateOperation::Phase;
    OperationStateText text;
    switch (operation.phase()) {
    case Phase::Created:
    case Phase::Queued: {
        const int ahead = operation.queuePosition();
        text.state = QStringLiteral("queued");
        text.detail = ahead > 0
            ? tr("Waiting for %n earlier operation(s) on accelerator %1 to finish: GA changes "
                 "one thing per accelerator at a time.",
                 ahead)
                  .arg(record.acceleratorId)
            : tr("Queued.");
        break;
    }
    case Phase::Sending:
        if (const qint64 retryIn = operation.retryInMs(); retryIn > 0) {
            text.state = QStringLiteral("waiting");
            text.badge = tr("waiting %1 s").arg(seconds(retryIn));
            text.detail = operation.retryReason().isBusy()
                ? tr("The accelerator is busy with another change (%1); sending again in %2 s. "
                     "This is not a failure.")
                      .arg(operation.retryReason().code, seconds(retryIn))
                : tr("%1; sending again in %2 s.")
                      .arg(operation.retryReason().toString(), seconds(retryIn));
        } else {
            text.state = QStringLiteral("submitted");
            text.detail = tr("Sent to GA; waiting for its answer.");
        }
        break;
    case Phase::Watching:
        text.state = record.lastState.isEmpty() ? QStringLiteral("submitted") : record.lastState;
        text.detail = tr("GA accepted the request (RequestId %1); watching the listener until it "
                         "is active without the domains.")
                          .arg(record.requestId);
        break;
    case Phase::Sent:
        text.state = QStringLiteral("sent");
        text.detail = tr("GA accepted the request (RequestId %1).").arg(record.requestId);
        break;
    case Phase::Done:
        text.state = QStringLiteral("done");
        text.detail = tr("The listener is active and the domains are gone.");
        break;
    case Phase::Failed:
        text.state = QStringLiteral("failed");
        text.detail = operation.error().toString();
        break;
    case Phase::TimedOut:
        text.state = QStringLiteral("timed out");
        text.detail = tr("The listener did not become active in time (last state: %1). GA may "
                         "still finish it: keep watching.")
                          .arg(record.lastState.isEmpty() ? tr("unknown") : record.lastState);
        break;
    case Phase::Unconfirmed:
        text.state = QStringLiteral("unconfirmed");
        text.detail = tr("No answer from GA (%1): it is unknown whether the request arrived. It "
                         "stays in the journal and is sent again with the same ClientToken at "
                         "the next start.")
                          .arg(operation.error().toString());
        break;
    }
    if (text.badge.isEmpty())
        text.badge = display::stateText(text.state);
    if (record.resumed)
        text.detail = tr("Resumed from the journal. ") + text.detail;
    return text;
}

OperationStateText describeRecord(const OperationRecord &record)
{
    switch (record.status) {
    case OperationRecord::Status::Done:
        return { QStringLiteral("done"), display::stateText(QStringLiteral("done")),
                 tr("The listener was active and the domains gone.") };
    case OperationRecord::Status::Failed:
        return { QStringLiteral("failed"), display::stateText(QStringLiteral("failed")),
                 record.errorCode + QStringLiteral(": ") + record.errorMessage };
    case OperationRecord::Status::Pending:
    case OperationRecord::Status::Sent:
        break;
    }
    return { QStringLiteral("unfinished"), display::stateText(QStringLiteral("unfinished")),
             tr("Not finished when the console last stopped; it resumes when profile \"%1\" is "
                "in use.")
                 .arg(record.profile) };
}

} // namespace ga
