#include "mutationcommands.h"

#include "api/gaclient.h"
#include "api/inputvalidation.h"
#include "gactlcontext.h"
#include "ops/dissociateoperation.h"
#include "ops/listenerwatcher.h"
#include "ops/operationjournal.h"
#include "ops/watcherregistry.h"
#include "tablewriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSharedPointer>

namespace ga::mutationcommands {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::gactl)
};

constexpr int defaultTimeoutSeconds = 180;

int timeoutMs(const GactlContext &context)
{
    return context.options.value(QStringLiteral("timeout"), QString::number(defaultTimeoutSeconds))
               .toInt()
        * 1000;
}

DissociateOperation::Services services(const GactlContext &context)
{
    return { context.client, context.journal, context.queue, context.watchers };
}

QJsonObject recordJson(const OperationRecord &record)
{
    QJsonObject object { { QStringLiteral("ClientToken"), record.clientToken() },
                         { QStringLiteral("Status"), statusName(record.status) },
                         { QStringLiteral("AcceleratorId"), record.acceleratorId },
                         { QStringLiteral("ListenerId"), record.listenerId },
                         { QStringLiteral("Domains"), QJsonArray::fromStringList(record.domains) },
                         { QStringLiteral("RequestId"), record.requestId },
                         { QStringLiteral("State"), record.lastState },
                         { QStringLiteral("Profile"), record.profile },
                         { QStringLiteral("Endpoint"), record.endpoint },
                         { QStringLiteral("CreateTime"), record.createdAt.toString(Qt::ISODate) },
                         { QStringLiteral("UpdateTime"), record.updatedAt.toString(Qt::ISODate) } };
    if (!record.errorCode.isEmpty()) {
        object.insert(QStringLiteral("Code"), record.errorCode);
        object.insert(QStringLiteral("Message"), record.errorMessage);
    }
    return object;
}

// Prints how one operation ended and returns its exit code.
int report(GactlContext &context, const DissociateOperation &operation)
{
    const OperationRecord &record = operation.record();
    const double seconds = double(operation.elapsedMs()) / 1000.0;
    switch (operation.phase()) {
    case DissociateOperation::Phase::Done:
    case DissociateOperation::Phase::Sent: {
        const bool done = operation.phase() == DissociateOperation::Phase::Done;
        if (context.json()) {
            QJsonObject object = recordJson(record);
            object.insert(QStringLiteral("Seconds"), seconds);
            context.printJson(QJsonDocument(object));
        } else {
            const QString line = done
                ? Text::tr("done: %1 %2 RequestId %3 ClientToken %4 in %5 s")
                : Text::tr("accepted: %1 %2 RequestId %3 ClientToken %4 in %5 s");
            *context.out << line.arg(record.listenerId, record.domains.join(u','), record.requestId,
                                     record.clientToken(), QString::number(seconds, 'f', 1))
                         << '\n';
            context.out->flush();
        }
        return exitcode::done;
    }
    case DissociateOperation::Phase::TimedOut:
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
    case DissociateOperation::Phase::Unconfirmed:
        *context.err << "gactl: " << operation.error().toString() << '\n'
                     << "gactl: "
                     << Text::tr("it is unknown whether GA received the request; run `gactl "
                                 "resume` to send it again with the same ClientToken %1.")
                            .arg(record.clientToken())
                     << '\n';
        context.err->flush();
        return exitcode::networkError;
    case DissociateOperation::Phase::Failed:
        *context.err << "gactl: " << operation.error().toString() << '\n';
        context.err->flush();
        return GactlContext::exitCodeFor(operation.error());
    case DissociateOperation::Phase::Created:
    case DissociateOperation::Phase::Queued:
    case DissociateOperation::Phase::Sending:
    case DissociateOperation::Phase::Watching:
        break;
    }
    return exitcode::apiError;
}

} // namespace

void dissociate(GactlContext &context)
{
    const QStringList &args = context.options.arguments;
    // Every check runs before anything is journaled or sent.
    const Result<QString> accelerator
        = validate::resourceId(args.value(0), validate::acceleratorIdLabel());
    const Result<QString> listener
        = validate::resourceId(args.value(1), validate::listenerIdLabel());
    const Result<QStringList> domains = validate::domains(args.mid(2));
    const Result<QString> token = validate::clientToken(
        context.options.value(QStringLiteral("client-token"), validate::newClientToken()));
    for (const ApiError *error :
         { &accelerator.error(), &listener.error(), &domains.error(), &token.error() }) {
        if (error->kind == ApiError::Kind::InvalidInput)
            return context.failWith(*error);
    }
    if (!context.options.has(QStringLiteral("yes"))) {
        const QString question
            = Text::tr("Dissociate %n domain(s) (%1) from listener %2 of accelerator %3? [y/N] ",
                       nullptr, int(domains.value().size()))
                  .arg(domains.value().join(QStringLiteral(", ")), listener.value(),
                       accelerator.value());
        const std::optional<bool> answer = context.confirm(question);
        if (!answer.has_value())
            return context.failWith(ApiError::invalidInput(
                Text::tr("Standard input is not a terminal, so gactl cannot ask for "
                         "confirmation: add --yes to dissociate without asking.")));
        if (!*answer) {
            *context.err << "gactl: " << Text::tr("nothing was sent.") << '\n';
            return context.finish(exitcode::usage);
        }
    }

    OperationRecord record;
    record.operationId = token.value();
    record.profile = context.profile;
    record.endpoint = context.client->endpoint().toDisplayString();
    record.acceleratorId = accelerator.value();
    record.listenerId = listener.value();
    record.domains = domains.value();
    DissociateOperation::Options options;
    options.watch = context.options.has(QStringLiteral("wait"));
    options.watchTimeoutMs = timeoutMs(context);
    auto *operation = new DissociateOperation(services(context), record, options, context.client);
    QObject::connect(operation, &DissociateOperation::finished, context.client,
                     [&context, operation] { context.finish(report(context, *operation)); });
    operation->start();
}

void watch(GactlContext &context)
{
    // DescribeListener first: it names the accelerator the certificate listing needs.
    const int timeout = timeoutMs(context);
    context.client->describeListener(context.options.arguments.value(0))
        ->onFinished(context.client, [&context, timeout](const Result<Listener> &result) {
            if (!result.ok())
                return context.failWith(result.error());
            const Listener &listener = result.value();
            WatchTicket *ticket = context.watchers->watch(
                listener.acceleratorId, listener.listenerId, {}, timeout, context.client);
            QObject::connect(ticket, &WatchTicket::stateSeen, context.client,
                             [&context](const QString &state) {
                                 if (!context.json())
                                     *context.err << Text::tr("state: %1").arg(state) << '\n';
                                 context.err->flush();
                             });
            QObject::connect(ticket, &WatchTicket::finished, context.client, [&context, ticket] {
                const WatchOutcome &outcome = ticket->outcome();
                if (outcome.status == WatchOutcome::Status::Failed)
                    return context.failWith(outcome.error);
                if (outcome.status != WatchOutcome::Status::Done) {
                    *context.err << "gactl: "
                                 << Text::tr("timed out; last state %1").arg(outcome.lastState)
                                 << '\n';
                    return context.finish(exitcode::timedOut);
                }
                *context.out << Text::tr("active after %1 s")
                                    .arg(QString::number(outcome.elapsedMs / 1000.0, 'f', 1))
                             << '\n';
                context.finish(exitcode::done);
            });
        });
}

void operations(GactlContext &context)
{
    QString error;
    const QList<OperationRecord> records = context.options.has(QStringLiteral("unfinished"))
        ? context.journal->unfinished(&error)
        : context.journal->operations(&error);
    if (!error.isEmpty())
        return context.failWith(ApiError::invalidInput(error));
    if (context.json()) {
        QJsonArray array;
        for (const OperationRecord &record : records)
            array.append(recordJson(record));
        context.printJson(QJsonDocument(QJsonObject { { QStringLiteral("Operations"), array } }));
    } else {
        TableWriter table({ Text::tr("CREATED"), Text::tr("STATUS"), Text::tr("ACCELERATOR ID"),
                            Text::tr("LISTENER ID"), Text::tr("DOMAINS"), Text::tr("REQUEST ID"),
                            Text::tr("CLIENT TOKEN") });
        for (const OperationRecord &r : records) {
            table.addRow({ formatTime(r.createdAt), statusName(r.status), r.acceleratorId,
                           r.listenerId, r.domains.join(u','),
                           r.requestId.isEmpty() ? QStringLiteral("-") : r.requestId,
                           r.clientToken() });
        }
        *context.out << table.render();
    }
    context.finish(exitcode::done);
}

void resume(GactlContext &context)
{
    QString error;
    const QList<OperationRecord> records = context.journal->unfinished(&error);
    if (!error.isEmpty())
        return context.failWith(ApiError::invalidInput(error));
    if (records.isEmpty()) {
        *context.out << Text::tr("nothing to resume") << '\n';
        return context.finish(exitcode::done);
    }
    const QString endpoint = context.client->endpoint().toDisplayString();
    auto remaining = QSharedPointer<int>::create(int(records.size()));
    auto worst = QSharedPointer<int>::create(exitcode::done);
    for (const OperationRecord &record : records) {
        if (!record.endpoint.isEmpty() && record.endpoint != endpoint) {
            *context.err << "gactl: "
                         << Text::tr("skipping %1: it was sent to %2, not %3")
                                .arg(record.clientToken(), record.endpoint, endpoint)
                         << '\n';
            *worst = std::max(*worst, int(exitcode::usage));
            if (--*remaining == 0)
                context.finish(*worst);
            continue;
        }
        // Another account's operation: its credentials, not these, may send it again.
        if (record.profile != context.profile) {
            *context.err << "gactl: "
                         << (record.profile.isEmpty()
                                 ? Text::tr("skipping %1: it was started with the environment's "
                                            "credentials; run gactl resume without --profile")
                                       .arg(record.clientToken())
                                 : Text::tr("skipping %1: it belongs to profile \"%2\"; run "
                                            "gactl --profile %2 resume")
                                       .arg(record.clientToken(), record.profile))
                         << '\n';
            *worst = std::max(*worst, int(exitcode::usage));
            if (--*remaining == 0)
                context.finish(*worst);
            continue;
        }
        DissociateOperation::Options options;
        options.watchTimeoutMs = timeoutMs(context);
        auto *operation
            = new DissociateOperation(services(context), record, options, context.client);
        QObject::connect(operation, &DissociateOperation::finished, context.client,
                         [&context, operation, remaining, worst] {
                             *worst = std::max(*worst, report(context, *operation));
                             if (--*remaining == 0)
                                 context.finish(*worst);
                         });
        operation->start();
    }
}

} // namespace ga::mutationcommands
