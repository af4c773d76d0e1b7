#include "certificateplanactions.h"

#include "accountcertificatemodel.h"
#include "accountcontroller.h"
#include "api/inputvalidation.h"
#include "certs/certificatecatalog.h"
#include "domainsearchdialog.h"
#include "planflow.h"
#include "plans/plandryrun.h"
#include "plans/replaceplanner.h"
#include "plans/retireplanner.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QSet>

namespace ga {

QString shellWord(const QString &word)
{
    static const QString plain
        = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_=/:@");
    for (const QChar c : word) {
        if (!plain.contains(c))
            return u'\'' + QString(word).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
    }
    return word;
}

CertificatePlanActions::CertificatePlanActions(OperationCenter *center,
                                               AccountController *controller,
                                               AccountCertificateModel *model, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_model(model)
    , m_window(window)
    , m_flow(new PlanFlow(center, controller, window))
    , m_retireChecked(new QAction(tr("&Retire checked…"), window))
    , m_retireDomain(new QAction(tr("Retire &domain…"), window))
    , m_counter(new QLabel(window))
{
    m_retireChecked->setObjectName(QStringLiteral("retireCheckedAction"));
    m_retireChecked->setShortcut(QKeySequence::Delete);
    // Delete acts in the view's table only, never while typing in its filter box.
    m_retireChecked->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_retireChecked, &QAction::triggered, this, &CertificatePlanActions::retireChecked);
    m_retireDomain->setObjectName(QStringLiteral("retireDomainAction"));
    connect(m_retireDomain, &QAction::triggered, this, &CertificatePlanActions::retireDomain);
    m_counter->setObjectName(QStringLiteral("accountCheckedCounter"));
    connect(m_model, &AccountCertificateModel::checkedCountChanged, this,
            &CertificatePlanActions::updateActions);
    connect(m_controller, &AccountController::snapshotApplied, this,
            &CertificatePlanActions::updateActions);
    connect(m_flow, &PlanFlow::previewClosed, this, &CertificatePlanActions::updateActions);
    // The checks go once their plan is sent (a cancelled preview keeps them).
    connect(m_flow, &PlanFlow::launched, this, [this](const QString &planId) {
        if (planId == m_checkedPlanId)
            m_model->uncheckAll();
    });
    updateActions();
}

void CertificatePlanActions::setProfile(const QString &profile, bool readOnly, bool production)
{
    m_flow->setProfile(profile, readOnly, production);
    updateActions();
}

DomainSearchDialog *CertificatePlanActions::searchDialog() const
{
    return m_search;
}

void CertificatePlanActions::updateActions()
{
    const QString reason = m_flow->whyNoPlan();
    const int checked = m_model->checkedCount();
    const int listeners = m_model->checkedListenerCount();
    m_retireChecked->setEnabled(reason.isEmpty() && checked > 0);
    //: The first %n is the number of domains; %1 says on how many listeners.
    const QString what = tr("%n domain(s)", nullptr, checked);
    m_retireChecked->setToolTip(
        !reason.isEmpty() ? reason
            : checked == 0
            ? tr("Check the domains to retire: they go as one plan, whatever listeners and "
                 "accelerators they are on.")
            : tr("Retire the %1 checked on %n listener(s) as one plan (Delete)", nullptr, listeners)
                  .arg(what));
    m_retireChecked->setStatusTip(m_retireChecked->toolTip());
    m_retireDomain->setEnabled(reason.isEmpty() && !m_search);
    m_retireDomain->setToolTip(
        reason.isEmpty()
            ? tr("Find where a domain or *. pattern is served, and retire it everywhere")
            : reason);
    m_retireDomain->setStatusTip(m_retireDomain->toolTip());
    m_counter->setText(tr("%1 checked on %n listener(s)", nullptr, listeners).arg(checked));
    m_counter->setAccessibleName(
        tr("%1 domains checked on %n listener(s)", nullptr, listeners).arg(checked));
}

void CertificatePlanActions::retireChecked()
{
    updateActions();
    if (!m_retireChecked->isEnabled())
        return;
    RetireSelection selection;
    for (const AccountCertificateRow *row : m_model->checkedRows())
        selection.picks.append({ row->listenerId, row->domain });
    Result<CertificatePlan> plan = plans::planRetire(m_controller->snapshot(), selection);
    if (!plan.ok())
        return m_flow->refuse(plan.error().toString());
    const QString command = retireCommandForPicks(plan.value());
    m_checkedPlanId = plan.value().planId;
    m_flow->preview(std::move(plan.value()), command);
    updateActions();
}

QString CertificatePlanActions::retireCommandForPicks(const CertificatePlan &plan) const
{
    QStringList domains;
    QSet<QString> seen;
    for (const OperationRecord &request : plan.requests) {
        for (const ChangeItem &item : request.items) {
            if (!seen.contains(item.domain)) {
                seen.insert(item.domain);
                domains.append(item.domain);
            }
        }
    }
    // gactl retire takes a domain off every listener that serves it: the same plan only when
    // nothing more serves the picked domains (on the one accelerator, when they are all there).
    RetireSelection byName;
    byName.patterns = domains;
    const QStringList accelerators = plan.acceleratorIds();
    if (accelerators.size() == 1)
        byName.acceleratorId = accelerators.first();
    QStringList words { QStringLiteral("gactl"), QStringLiteral("retire") };
    for (const QString &domain : std::as_const(domains))
        words.append(shellWord(domain));
    if (!byName.acceleratorId.isEmpty())
        words << QStringLiteral("--accelerator") << byName.acceleratorId;
    words.append(QStringLiteral("--yes"));
    QString command = words.join(u' ');
    const Result<CertificatePlan> wider = plans::planRetire(m_controller->snapshot(), byName);
    if (wider.ok() && wider.value().domainCount() > plan.domainCount())
        command += u'\n'
            + tr("# gactl retire takes these domains off every listener that serves them: %n "
                 "more than checked here.",
                 nullptr, wider.value().domainCount() - plan.domainCount());
    return command;
}

void CertificatePlanActions::retireDomain()
{
    updateActions();
    if (!m_retireDomain->isEnabled())
        return;
    m_search = new DomainSearchDialog(m_controller->snapshot(), m_window);
    m_search->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_search, &QDialog::accepted, this, [this, dialog = m_search.data()] {
        RetireSelection selection;
        selection.patterns = dialog->patterns();
        QStringList words { QStringLiteral("gactl"), QStringLiteral("retire") };
        for (const QString &pattern : std::as_const(selection.patterns))
            words.append(shellWord(pattern));
        words.append(QStringLiteral("--yes"));
        previewRetire(selection, words.join(u' '));
    });
    connect(m_search, &QObject::destroyed, this, &CertificatePlanActions::updateActions,
            Qt::QueuedConnection);
    m_search->open();
    updateActions();
}

void CertificatePlanActions::previewRetire(const RetireSelection &selection, const QString &command)
{
    Result<CertificatePlan> plan = plans::planRetire(m_controller->snapshot(), selection);
    if (!plan.ok())
        return m_flow->refuse(plan.error().toString());
    m_flow->preview(std::move(plan.value()), command);
}

void CertificatePlanActions::replaceCertificate(const QString &oldId)
{
    if (const QString reason = m_flow->whyNoPlan(); !reason.isEmpty())
        return m_flow->refuse(reason);
    // The certificates the catalog knows (those the account uses), with their names, for
    // picking; any other ID can be typed.
    QStringList known;
    const CertificateCatalog *catalog = m_controller->catalog();
    for (const QString &id : m_controller->snapshot().certificateIds()) {
        if (id == oldId)
            continue;
        const CertificateDetails details = catalog ? catalog->details(id) : CertificateDetails();
        known.append(details.status == CertificateDetails::Status::Found
                         ? QStringLiteral("%1  %2").arg(id, details.certificate.name)
                         : id);
    }
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("replaceCertificateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Replace certificate %1").arg(oldId));
    dialog->setLabelText(
        tr("Every domain served by %1 is to be served by this certificate (pick one the account "
           "uses, or type its ID, e.g. 1234-cn-hangzhou). It is checked in Certificate "
           "Management and by GA's DryRun before the plan is shown.")
            .arg(oldId));
    dialog->setComboBoxEditable(true);
    dialog->setComboBoxItems(known);
    dialog->setTextValue(QString());
    dialog->setOkButtonText(tr("Check and preview…"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, oldId](const QString &text) {
        planReplacement(oldId, text.trimmed().section(u' ', 0, 0));
    });
    dialog->open();
}

void CertificatePlanActions::planReplacement(const QString &oldId, const QString &newId)
{
    const Result<QString> checked = validate::certificateId(newId);
    if (!checked.ok())
        return m_flow->refuse(checked.error().toString());
    if (checked.value() == oldId)
        return m_flow->refuse(tr("%1 would replace itself: pick another certificate.").arg(oldId));
    CertificateCatalog *catalog = m_controller->catalog();
    if (!catalog)
        return replaceChecked(oldId, checked.value());
    // Asked of CAS first (what is cached answers at once), so the plan is checked against
    // what CAS says of the replacement and of the listeners' default certificates.
    emit checking(tr("Looking up certificate %1 in Certificate Management…").arg(newId));
    catalog->lookUpThen(plans::certificatesToLookUp(m_controller->snapshot(), checked.value()),
                        this,
                        [this, oldId, newId = checked.value()] { replaceChecked(oldId, newId); });
}

void CertificatePlanActions::replaceChecked(const QString &oldId, const QString &newId)
{
    const QPointer<CertificateCatalog> catalog = m_controller->catalog();
    const plans::DetailsLookup lookup = [catalog](const QString &id) {
        return catalog ? catalog->details(id) : CertificateDetails();
    };
    Result<CertificatePlan> plan = plans::planReplace(m_controller->snapshot(), oldId, newId,
                                                      lookup, QDateTime::currentDateTimeUtc());
    if (!plan.ok())
        return m_flow->refuse(plan.error().toString());
    emit checking(tr("GA checks every update with DryRun…"));
    auto *dryRun = new PlanDryRun(m_controller->client(), std::move(plan.value()), this);
    connect(dryRun, &PlanDryRun::finished, this, [this, dryRun, oldId, newId] {
        dryRun->deleteLater();
        emit checking(QString());
        if (!dryRun->refusals().isEmpty())
            return m_flow->refuse(dryRun->refusals().join(u'\n'));
        m_flow->preview(dryRun->plan(),
                        QStringLiteral("gactl replace %1 %2 --yes").arg(oldId, newId));
    });
    dryRun->start();
}

} // namespace ga
