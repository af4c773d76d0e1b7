#include "plancommand.h"

#include "api/gaclient.h"
#include "certs/certificatecatalog.h"
#include "gactlcontext.h"
#include "inventory/accountinventory.h"
#include "operationreport.h"
#include "ops/changekind.h"
#include "ops/changeoperation.h"
#include "plans/plandryrun.h"
#include "plans/planlauncher.h"
#include "plans/planrun.h"
#include "plans/replaceplanner.h"
#include "plans/retireplanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMetaEnum>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::gactl)
};

QString itemText(const ChangeItem &item, ChangeKind kind)
{
    if (kind == ChangeKind::Update)
        return QStringLiteral("%1 (%2 → %3)")
            .arg(item.domain, item.previousCertificateId, item.certificateId);
    return item.certificateId.isEmpty()
        ? item.domain
        : QStringLiteral("%1 (%2)").arg(item.domain, item.certificateId);
}

} // namespace

PlanCommand::PlanCommand(GactlContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_inventory(new AccountInventory(context.client, this))
{
    connect(m_inventory, &AccountInventory::finished, this, &PlanCommand::onSnapshot);
    connect(m_inventory, &AccountInventory::failed, this,
            [this](const ApiError &error) { m_context.failWith(error); });
}

void PlanCommand::run()
{
    if (m_context.options.command != u"undo")
        return m_inventory->start();
    // An undo plan is built from the journal alone: what the plan removed or replaced.
    Result<CertificatePlan> undo
        = plans::undoPlan(*m_context.operations, m_context.options.arguments.value(0),
                          m_context.client->endpointText());
    if (!undo.ok())
        return m_context.failWith(undo.error());
    checked(std::move(undo.value()));
}

void PlanCommand::onSnapshot(const AccountSnapshot &snapshot)
{
    if (m_context.options.command == u"replace")
        return planReplace(snapshot);
    RetireSelection selection;
    selection.patterns = m_context.options.arguments;
    selection.acceleratorId = m_context.options.value(QStringLiteral("accelerator"));
    Result<CertificatePlan> plan = plans::planRetire(snapshot, selection);
    if (!plan.ok())
        return m_context.failWith(plan.error());
    checked(std::move(plan.value()));
}

void PlanCommand::planReplace(const AccountSnapshot &snapshot)
{
    const QString oldId = m_context.options.arguments.value(0);
    const QString newId = m_context.options.arguments.value(1);
    const QStringList ids = plans::certificatesToLookUp(snapshot, newId);
    m_context.catalog->lookUpThen(ids, this, [this, snapshot, oldId, newId] {
        const CertificateCatalog *catalog = m_context.catalog;
        Result<CertificatePlan> plan = plans::planReplace(
            snapshot, oldId, newId, [catalog](const QString &id) { return catalog->details(id); },
            QDateTime::currentDateTimeUtc());
        if (!plan.ok())
            return m_context.failWith(plan.error());
        // GA's own verdict on each update before the plan is shown; it changes nothing.
        auto *dryRun = new PlanDryRun(m_context.client, plan.value(), this);
        connect(dryRun, &PlanDryRun::finished, this, [this, dryRun] {
            if (!dryRun->refusals().isEmpty())
                return m_context.failWith(ApiError::invalidInput(
                    dryRun->refusals().join(u'\n') + u'\n' + Text::tr("Nothing was changed.")));
            if (!m_context.json())
                *m_context.err << "gactl: "
                               << Text::tr("GA's DryRun passed %n update(s).", nullptr,
                                           dryRun->checksSent())
                               << '\n';
            checked(dryRun->plan());
        });
        dryRun->start();
    });
}

void PlanCommand::checked(CertificatePlan plan)
{
    printPlan(plan);
    if (m_context.options.has(QStringLiteral("plan")))
        return m_context.finish(exitcode::done);
    if (!m_context.options.has(QStringLiteral("yes"))) {
        const std::optional<bool> answer = m_context.confirm(
            Text::tr("Send these %n request(s)? [y/N] ", nullptr, int(plan.requests.size())));
        if (!answer.has_value())
            return m_context.failWith(ApiError::invalidInput(
                Text::tr("Standard input is not a terminal, so gactl cannot ask for "
                         "confirmation: add --yes to send the plan, or --plan to only show it.")));
        if (!*answer) {
            *m_context.err << "gactl: " << Text::tr("nothing was sent.") << '\n';
            return m_context.finish(exitcode::usage);
        }
    }
    launch(std::move(plan));
}

void PlanCommand::printPlan(const CertificatePlan &plan) const
{
    if (m_context.json()) {
        if (m_context.options.has(QStringLiteral("plan")))
            m_context.printJson(QJsonDocument(plan.toJson()));
        return;
    }
    QTextStream &out = *m_context.out;
    const QStringList accelerators = plan.acceleratorIds();
    out << Text::tr("Plan %1: %2 %3").arg(plan.planId, plans::kindName(plan.kind), plan.what)
        << '\n'
        << Text::tr("%n request(s)", nullptr, int(plan.requests.size())) << ", "
        << Text::tr("%n listener(s)", nullptr, plan.listenerCount()) << ", "
        << Text::tr("%n accelerator(s)", nullptr, int(accelerators.size())) << ", "
        << Text::tr("%n domain(s)", nullptr, plan.domainCount()) << '\n';
    for (const QString &acceleratorId : accelerators) {
        const QList<OperationRecord> requests = plan.requestsOn(acceleratorId);
        out << '\n'
            << Text::tr("accelerator %1 %2: %n request(s), one after another", nullptr,
                        int(requests.size()))
                   .arg(acceleratorId, plan.acceleratorNames.value(acceleratorId))
            << '\n';
        int n = 0;
        for (const OperationRecord &request : requests) {
            QStringList items;
            for (const ChangeItem &item : request.items)
                items.append(itemText(item, request.kind));
            out << "  " << ++n << ". " << changekind::name(request.kind) << ' '
                << request.listenerId << ' ' << plan.listenerNames.value(request.listenerId) << ": "
                << items.join(QStringLiteral(", ")) << '\n';
        }
    }
    for (const CertificatePlan::Skipped &skip : plan.skipped)
        out << '\n'
            << Text::tr("skipped: listener %1 of %2 (%3): %4")
                   .arg(skip.listenerId, skip.acceleratorId, skip.domains.join(u','), skip.reason)
            << '\n';
    out.flush();
}

void PlanCommand::launch(CertificatePlan plan)
{
    Result<QList<ChangeOperation *>> started
        = plans::launch(*m_context.operations, m_context.client, m_context.profile, plan);
    if (!started.ok())
        return m_context.failWith(started.error());
    if (!m_context.json())
        *m_context.err << "gactl: "
                       << Text::tr("plan %1 journaled; sending (`gactl resume` finishes it if "
                                   "this run is interrupted)")
                              .arg(plan.planId)
                       << '\n';
    m_context.err->flush();
    m_run = new PlanRun(m_context.operations, std::move(plan), this);
    connect(m_run, &PlanRun::finished, this, &PlanCommand::report);
}

void PlanCommand::report()
{
    const CertificatePlan &plan = m_run->plan();
    int worst = exitcode::done;
    QJsonArray requests;
    for (const OperationRecord &request : plan.requests) {
        const ChangeOperation *operation = m_run->operationFor(request.operationId);
        if (!operation)
            continue;
        const OperationRecord &record = operation->record();
        const bool ok = operation->phase() == ChangeOperation::Phase::Done
            || operation->phase() == ChangeOperation::Phase::AcceptedUnwatched;
        if (!ok && worst == exitcode::done)
            worst = operation->phase() == ChangeOperation::Phase::TimedOut
                ? exitcode::timedOut
                : GactlContext::exitCodeFor(operation->error());
        if (m_context.json()) {
            QJsonObject object = operationreport::recordJson(record);
            object.insert(
                QStringLiteral("Phase"),
                QString::fromLatin1(QMetaEnum::fromType<ChangeOperation::Phase>().valueToKey(
                    int(operation->phase()))));
            requests.append(object);
            continue;
        }
        const QString domains = record.domains().join(u',');
        if (ok)
            *m_context.out << (operation->phase() == ChangeOperation::Phase::Done
                                   ? Text::tr("done: %1 %2 %3 RequestId %4")
                                   : Text::tr("accepted: %1 %2 %3 RequestId %4"))
                                  .arg(record.acceleratorId, record.listenerId, domains,
                                       record.requestId)
                           << '\n';
        else
            *m_context.out << Text::tr("not done: %1 %2 %3: %4")
                                  .arg(record.acceleratorId, record.listenerId, domains,
                                       operation->error().toString())
                           << '\n';
    }
    if (m_context.json()) {
        QJsonObject json = plan.toJson();
        json.insert(QStringLiteral("Results"), requests);
        m_context.printJson(QJsonDocument(json));
    }
    const PlanRun::Counts counts = m_run->counts();
    if (!m_context.json())
        *m_context.out << Text::tr("plan %1: %2 of %n request(s) done", nullptr,
                                   int(plan.requests.size()))
                              .arg(plan.planId)
                              .arg(counts.done)
                       << '\n';
    if (counts.failed > 0)
        *m_context.err << "gactl: "
                       << Text::tr("%n request(s) did not finish; `gactl resume` sends the "
                                   "unconfirmed ones again with their ClientTokens, `gactl "
                                   "operations` lists them.",
                                   nullptr, counts.failed)
                       << '\n';
    m_context.finish(worst);
}

} // namespace ga
