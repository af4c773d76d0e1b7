#include "operationreport.h"

#include "gactlcontext.h"
#include "ops/changekind.h"
#include "ops/changeoperation.h"
#include "ops/operationcenter.h"
#include "tablewriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ga::operationreport {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::gactl)
};

} // namespace

QJsonObject recordJson(const OperationRecord &record)
{
    QJsonObject object { { QStringLiteral("ClientToken"), record.operationId },
                         { QStringLiteral("Kind"), changekind::name(record.kind) },
                         { QStringLiteral("Status"), statusName(record.status) },
                         { QStringLiteral("AcceleratorId"), record.acceleratorId },
                         { QStringLiteral("ListenerId"), record.listenerId },
                         { QStringLiteral("Domains"),
                           QJsonArray::fromStringList(record.domains()) },
                         { QStringLiteral("RequestId"), record.requestId },
                         { QStringLiteral("State"), record.lastState },
                         { QStringLiteral("Profile"), record.profile },
                         { QStringLiteral("Endpoint"), record.endpoint },
                         { QStringLiteral("CreateTime"), record.createdAt.toString(Qt::ISODate) },
                         { QStringLiteral("UpdateTime"), record.updatedAt.toString(Qt::ISODate) } };
    object.insert(QStringLiteral("Items"), changekind::itemsJson(record.items));
    if (!record.undoes.isEmpty())
        object.insert(QStringLiteral("Undoes"), record.undoes);
    if (!record.planId.isEmpty())
        object.insert(QStringLiteral("PlanId"), record.planId);
    if (!record.errorCode.isEmpty()) {
        object.insert(QStringLiteral("Code"), record.errorCode);
        object.insert(QStringLiteral("Message"), record.errorMessage);
    }
    return object;
}

int finished(GactlContext &context, const ChangeOperation &operation)
{
    const OperationRecord &record = operation.record();
    const double seconds = double(operation.elapsedMs()) / 1000.0;
    switch (operation.phase()) {
    case ChangeOperation::Phase::Done:
    case ChangeOperation::Phase::AcceptedUnwatched: {
        const bool done = operation.phase() == ChangeOperation::Phase::Done;
        if (context.json()) {
            QJsonObject object = recordJson(record);
            object.insert(QStringLiteral("Seconds"), seconds);
            context.printJson(QJsonDocument(object));
        } else {
            const QString line = done
                ? Text::tr("done: %1 %2 RequestId %3 ClientToken %4 in %5 s")
                : Text::tr("accepted: %1 %2 RequestId %3 ClientToken %4 in %5 s");
            *context.out << line.arg(record.listenerId, record.domains().join(u','),
                                     record.requestId, record.operationId,
                                     QString::number(seconds, 'f', 1))
                         << '\n';
            context.out->flush();
        }
        return exitcode::done;
    }
    case ChangeOperation::Phase::TimedOut:
        *context.err << "gactl: "
                     << Text::tr("timed out waiting for listener %1 (last state: %2). The "
                                 "operation stays in the journal: run `gactl resume` to keep "
                                 "watching.")
                            .arg(record.listenerId,
                                 record.lastState.isEmpty() ? Text::tr("unknown")
                                                            : record.lastState)
                     << '\n';
        context.err->flush();
        return exitcode::timedOut;
    case ChangeOperation::Phase::Unconfirmed:
        *context.err << "gactl: " << operation.error().toString() << '\n'
                     << "gactl: "
                     << Text::tr("it is unknown whether GA received the request; run `gactl "
                                 "resume` to send it again with the same ClientToken %1.")
                            .arg(record.operationId)
                     << '\n';
        context.err->flush();
        return exitcode::networkError;
    case ChangeOperation::Phase::Failed:
        *context.err << "gactl: " << operation.error().toString() << '\n';
        context.err->flush();
        return GactlContext::exitCodeFor(operation.error());
    case ChangeOperation::Phase::Created:
    case ChangeOperation::Phase::Queued:
    case ChangeOperation::Phase::Sending:
    case ChangeOperation::Phase::Watching:
        break;
    }
    return exitcode::apiError;
}

void list(GactlContext &context)
{
    QString error;
    QList<OperationRecord> records = context.operations->history(&error);
    if (context.options.has(QStringLiteral("unfinished")))
        records.removeIf([](const OperationRecord &record) { return record.isFinished(); });
    if (!error.isEmpty())
        return context.failWith(ApiError::invalidInput(error));
    if (context.json()) {
        QJsonArray array;
        for (const OperationRecord &record : records)
            array.append(recordJson(record));
        context.printJson(QJsonDocument(QJsonObject { { QStringLiteral("Operations"), array } }));
    } else {
        TableWriter table({ Text::tr("CREATED"), Text::tr("KIND"), Text::tr("STATUS"),
                            Text::tr("ACCELERATOR ID"), Text::tr("LISTENER ID"),
                            Text::tr("DOMAINS"), Text::tr("REQUEST ID"),
                            Text::tr("CLIENT TOKEN") });
        for (const OperationRecord &r : records) {
            table.addRow({ formatTime(r.createdAt), changekind::name(r.kind), statusName(r.status),
                           r.acceleratorId, r.listenerId, r.domains().join(u','),
                           r.requestId.isEmpty() ? QStringLiteral("-") : r.requestId,
                           r.operationId });
        }
        *context.out << table.render();
    }
    context.finish(exitcode::done);
}

} // namespace ga::operationreport
