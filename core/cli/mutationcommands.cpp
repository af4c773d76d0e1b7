#include "mutationcommands.h"

#include "api/gaclient.h"
#include "api/inputvalidation.h"
#include "gactlcontext.h"
#include "operationreport.h"
#include "ops/changekind.h"
#include "ops/listenerwatcher.h"
#include "ops/operationcenter.h"
#include "ops/watcherregistry.h"
#include "targetcheck.h"

#include <QCoreApplication>
#include <QSharedPointer>

namespace ga::mutationcommands {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::gactl)
};

// Asks unless --yes; false (and finished) when the answer is no or cannot be had.
bool confirmed(GactlContext &context, const QString &question)
{
    if (context.options.has(QStringLiteral("yes")))
        return true;
    const std::optional<bool> answer = context.confirm(question);
    if (!answer.has_value()) {
        context.failWith(ApiError::invalidInput(
            Text::tr("Standard input is not a terminal, so gactl cannot ask for confirmation: "
                     "add --yes to go ahead without asking.")));
        return false;
    }
    if (!*answer) {
        *context.err << "gactl: " << Text::tr("nothing was sent.") << '\n';
        context.finish(exitcode::usage);
        return false;
    }
    return true;
}

// Starts the checked change and finishes gactl when it ends.
void run(GactlContext &context, OperationRecord change)
{
    ChangeOperation *operation
        = context.operations->start(context.client, context.profile, std::move(change));
    QObject::connect(operation, &ChangeOperation::finished, context.client, [&context, operation] {
        context.finish(operationreport::finished(context, *operation));
    });
}

// The change's IDs, ClientToken and items checked as its kind needs, or finished with why.
std::optional<OperationRecord> checkedChange(GactlContext &context, ChangeKind kind,
                                             QList<ChangeItem> items)
{
    const QStringList &args = context.options.arguments;
    OperationRecord change;
    change.kind = kind;
    change.acceleratorId = args.value(0);
    change.listenerId = args.value(1);
    change.items = std::move(items);
    change.operationId
        = context.options.value(QStringLiteral("client-token"), validate::newClientToken());
    Result<OperationRecord> checked = changekind::validated(change);
    if (!checked.ok()) {
        context.failWith(checked.error());
        return std::nullopt;
    }
    return checked.value();
}

void dissociateChecked(GactlContext &context, const OperationRecord &intent);
void associateChecked(GactlContext &context, const OperationRecord &change);
void undoChecked(GactlContext &context, const OperationRecord &record);

} // namespace

void dissociate(GactlContext &context)
{
    // Every check runs before anything is journaled or sent.
    QList<ChangeItem> items;
    for (const QString &domain : context.options.arguments.mid(2))
        items.append({ domain, {}, {} });
    std::optional<OperationRecord> change
        = checkedChange(context, ChangeKind::Dissociate, std::move(items));
    if (!change)
        return;
    // Asked first: an answer that cannot be had is bad input, and sends nothing, not even a
    // read. Then the target's reads, and only then the change.
    const QStringList domains = change->domains();
    if (!confirmed(
            context,
            Text::tr("Dissociate %n domain(s) (%1) from listener %2 of accelerator %3? [y/N] ",
                     nullptr, int(domains.size()))
                .arg(domains.join(QStringLiteral(", ")), change->listenerId,
                     change->acceleratorId)))
        return;
    checkTarget(context, change->acceleratorId, change->listenerId,
                [&context, change = *change] { dissociateChecked(context, change); });
}

namespace {

void dissociateChecked(GactlContext &context, const OperationRecord &intent)
{
    // The certificate each domain has now goes into the journal with the intent, so that
    // `gactl undo` can put it back; a domain the listener does not have is refused here, as GA
    // would refuse it. The listing is a read: nothing is changed before it. When it fails, the
    // dissociation still goes (an expired certificate should not wait on a read), without Undo.
    context.client
        ->listListenerCertificates(intent.acceleratorId, intent.listenerId,
                                   CertificateRole::Additional)
        ->onFinished(context.client, [&context, intent](const auto &listed) {
            OperationRecord change = intent;
            if (!listed.ok()) {
                *context.err << "gactl: "
                             << Text::tr("could not read the listener's certificates (%1); "
                                         "dissociating without recording them, so this cannot "
                                         "be undone with gactl undo")
                                    .arg(listed.error().toString())
                             << '\n';
                return run(context, std::move(change));
            }
            for (ChangeItem &item : change.items) {
                for (const ListenerCertificate &certificate : listed.value()) {
                    if (certificate.domain == item.domain)
                        item.certificateId = certificate.certificateId;
                }
                if (item.certificateId.isEmpty())
                    return context.failWith(ApiError::invalidInput(
                        Text::tr("%1 has no additional certificate on listener %2, so there is "
                                 "nothing to dissociate (gactl certificates lists them). "
                                 "Nothing was sent.")
                            .arg(item.domain, change.listenerId)));
            }
            run(context, std::move(change));
        });
}

} // namespace

void associate(GactlContext &context)
{
    QList<ChangeItem> items;
    for (const QString &pair : context.options.arguments.mid(2)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0 || equals == pair.size() - 1)
            return context.failWith(
                ApiError::invalidInput(Text::tr("\"%1\" is not DOMAIN=CERTIFICATE_ID, for example "
                                                "www.example.com=123456-cn-hangzhou.")
                                           .arg(pair)));
        items.append({ pair.left(equals), pair.mid(equals + 1), {} });
    }
    std::optional<OperationRecord> change
        = checkedChange(context, ChangeKind::Associate, std::move(items));
    if (!change)
        return;
    checkTarget(context, change->acceleratorId, change->listenerId,
                [&context, change = *change] { associateChecked(context, change); });
}

namespace {

void associateChecked(GactlContext &context, const OperationRecord &change)
{
    // A domain that has an additional certificate already is refused by GA; say so first.
    context.client
        ->listListenerCertificates(change.acceleratorId, change.listenerId,
                                   CertificateRole::Additional)
        ->onFinished(context.client, [&context, change](const auto &listed) {
            if (!listed.ok())
                return context.failWith(listed.error());
            for (const ChangeItem &item : change.items) {
                for (const ListenerCertificate &certificate : listed.value()) {
                    if (certificate.domain == item.domain)
                        return context.failWith(ApiError::invalidInput(
                            Text::tr("%1 has certificate %2 on listener %3 already: dissociate "
                                     "it first, or replace it. Nothing was sent.")
                                .arg(item.domain, certificate.certificateId, change.listenerId)));
                }
            }
            QStringList pairs;
            for (const ChangeItem &item : change.items)
                pairs.append(item.domain + u'=' + item.certificateId);
            if (!confirmed(context,
                           Text::tr("Associate %n certificate(s) (%1) with listener %2 of "
                                    "accelerator %3? [y/N] ",
                                    nullptr, int(pairs.size()))
                               .arg(pairs.join(QStringLiteral(", ")), change.listenerId,
                                    change.acceleratorId)))
                return;
            run(context, change);
        });
}

} // namespace

void undo(GactlContext &context)
{
    const QString operationId = context.options.arguments.value(0);
    QString error;
    const QList<OperationRecord> history = context.operations->history(&error);
    if (!error.isEmpty())
        return context.failWith(ApiError::invalidInput(error));
    const auto found
        = std::find_if(history.cbegin(), history.cend(), [&operationId](const OperationRecord &r) {
              return r.operationId == operationId;
          });
    if (found == history.cend())
        return context.failWith(ApiError::invalidInput(
            Text::tr("There is no operation %1 in the journal: gactl operations lists them.")
                .arg(operationId)));
    // Only the account that made the change may undo it.
    if (found->profile != context.profile)
        return context.failWith(ApiError::invalidInput(
            found->profile.isEmpty()
                ? Text::tr("Operation %1 was made with the environment's credentials: run gactl "
                           "undo without --profile.")
                      .arg(operationId)
                : Text::tr("Operation %1 belongs to profile \"%2\": run gactl --profile %2 undo.")
                      .arg(operationId, found->profile)));
    if (const QString reason = context.operations->whyNotUndoable(*found); !reason.isEmpty())
        return context.failWith(ApiError::invalidInput(reason));
    const QStringList domains = found->domains();
    const QString question = found->kind == ChangeKind::Dissociate
        ? Text::tr("Undo %1: associate %n domain(s) (%2) with listener %3 again? [y/N] ", nullptr,
                   int(domains.size()))
        : Text::tr("Undo %1: change %n domain(s) (%2) on listener %3 back? [y/N] ", nullptr,
                   int(domains.size()));
    if (!confirmed(
            context,
            question.arg(operationId, domains.join(QStringLiteral(", ")), found->listenerId)))
        return;
    checkTarget(context, found->acceleratorId, found->listenerId,
                [&context, record = *found] { undoChecked(context, record); });
}

namespace {

void undoChecked(GactlContext &context, const OperationRecord &record)
{
    const Result<ChangeOperation *> started
        = context.operations->undo(context.client, record.operationId);
    if (!started.ok())
        return context.failWith(started.error());
    ChangeOperation *operation = started.value();
    QObject::connect(operation, &ChangeOperation::finished, context.client, [&context, operation] {
        context.finish(operationreport::finished(context, *operation));
    });
}

} // namespace

void watch(GactlContext &context)
{
    // DescribeListener first: it names the accelerator the certificate listing needs.
    const int timeout = context.operations->settings().watchTimeoutMs;
    context.client->describeListener(context.options.arguments.value(0))
        ->onFinished(context.client, [&context, timeout](const Result<Listener> &result) {
            if (!result.ok())
                return context.failWith(result.error());
            const Listener &listener = result.value();
            WatchTicket *ticket = context.operations->watchersFor(context.client)
                                      ->watch(listener.acceleratorId, listener.listenerId, {},
                                              timeout, context.client);
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

void resume(GactlContext &context)
{
    QString error;
    const QList<OperationCenter::ResumeCandidate> candidates = context.operations->resumeCandidates(
        context.profile, context.client->endpointText(), &error);
    if (!error.isEmpty())
        return context.failWith(ApiError::invalidInput(error));
    if (candidates.isEmpty()) {
        *context.out << Text::tr("nothing to resume") << '\n';
        return context.finish(exitcode::done);
    }
    int worst = exitcode::done;
    int resumable = 0;
    for (const OperationCenter::ResumeCandidate &candidate : candidates) {
        if (candidate.skipReason.isEmpty()) {
            ++resumable;
            continue;
        }
        // Another account's or endpoint's operation, or one another process runs: left
        // unfinished, for that profile or process.
        const OperationRecord &record = candidate.record;
        QString advice;
        if (record.endpoint == context.client->endpointText() && record.profile != context.profile)
            advice = record.profile.isEmpty()
                ? Text::tr("run gactl resume without --profile")
                : Text::tr("run gactl --profile %1 resume").arg(record.profile);
        *context.err << "gactl: "
                     << (advice.isEmpty()
                             ? Text::tr("skipping %1").arg(candidate.skipReason)
                             : Text::tr("skipping %1; %2").arg(candidate.skipReason, advice))
                     << '\n';
        worst = exitcode::usage;
    }
    // Counted from what resume() started, not from the candidates: one whose lease another
    // process took in between is skipped there, and must not be waited for.
    const QList<ChangeOperation *> resumed = resumable > 0
        ? context.operations->resume(context.client, context.profile)
        : QList<ChangeOperation *> {};
    if (resumed.size() < resumable) {
        *context.err << "gactl: "
                     << Text::tr("%n operation(s) started running in another process meanwhile; "
                                 "left to it",
                                 nullptr, int(resumable - resumed.size()))
                     << '\n';
        worst = exitcode::usage;
    }
    if (resumed.isEmpty())
        return context.finish(worst);
    auto remaining = QSharedPointer<int>::create(int(resumed.size()));
    auto worstSoFar = QSharedPointer<int>::create(worst);
    for (ChangeOperation *operation : resumed) {
        QObject::connect(operation, &ChangeOperation::finished, context.client,
                         [&context, operation, remaining, worstSoFar] {
                             *worstSoFar = std::max(*worstSoFar,
                                                    operationreport::finished(context, *operation));
                             if (--*remaining == 0)
                                 context.finish(*worstSoFar);
                         });
    }
}

} // namespace ga::mutationcommands
