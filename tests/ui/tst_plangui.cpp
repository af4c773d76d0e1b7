// Plans from the Certificates view, offscreen, against the in-process emulator over loopback:
// a domain on 6 listeners of 3 accelerators is found by "Retire domain…", previewed as one
// plan of 6 requests, followed request by request in the progress window until every
// listener is active without it (the other domains untouched), and put back by "Undo plan".
// "Replace certificate…" looks the new certificate up in the emulator's CAS, has GA dry-run
// every update, previews and sends them; a replacement that does not cover the domain or has
// expired is refused in plain words with nothing sent. A read-only profile refuses before any
// dialog opens; a production profile waits for the number of domains to be typed.
#include "accountcertificatemodel.h"
#include "accountcontroller.h"
#include "api/gaclient.h"
#include "casworld.h"
#include "certificateplanactions.h"
#include "certificatespane.h"
#include "domainsearchdialog.h"
#include "emulatorfixture.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "operationsdock.h"
#include "operationstate.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "planflow.h"
#include "planpreviewdialog.h"
#include "planprogressdialog.h"
#include "planprogressmodel.h"
#include "plans/planrun.h"
#include "plans/retireplanner.h"
#include "world.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ga;

namespace {

const QString retired = QStringLiteral("retire.example.org");
const QString retiredCertificate = emu::certificateIdentifier(555'001);
// In the emulator's CAS: one that covers the retired domain, one that does not, one expired.
constexpr qint64 coveringNumber = 555'002;
constexpr qint64 otherNumber = 555'003;
constexpr qint64 expiredNumber = 555'004;

emu::CasRecord casRecord(qint64 number, const QString &domain, qint64 notAfterDays)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    emu::CasRecord record;
    record.id = number;
    record.site = emu::casSiteOfNumber(number);
    record.name = QStringLiteral("renewed-%1").arg(number);
    record.subjectAlternativeNames = { domain };
    record.issuer = QStringLiteral("DigiCert");
    record.notBeforeMs = now - 400LL * 86'400'000;
    record.notAfterMs = now + notAfterDays * 86'400'000;
    record.source = QStringLiteral("UPLOAD");
    record.algorithm = QStringLiteral("ECC"); // suits any default certificate (GA's rule)
    record.keySize = 256;
    return record;
}

// Every state word each request of a progress model showed, in order, without repeats.
class StateRecorder : public QObject
{
public:
    explicit StateRecorder(PlanProgressModel *model)
        : m_model(model)
    {
        connect(model, &QAbstractItemModel::dataChanged, this, &StateRecorder::record);
        record();
    }
    QHash<QString, QStringList> states;

private:
    void record()
    {
        for (const OperationRecord &request : m_model->run()->plan().requests) {
            const QString state = m_model->requestState(request.operationId);
            QStringList &seen = states[request.operationId];
            if (!state.isEmpty() && (seen.isEmpty() || seen.last() != state))
                seen.append(state);
        }
    }
    PlanProgressModel *m_model;
};

} // namespace

class TestPlanGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void domainOnSixListenersRetiredInOnePlanAndUndone();
    void failedRequestIsSentAgainAloneAndTheRestGoOn();
    void busyListenerShowsWaitingWithACountdown();
    void replaceCertificateChecksDryRunsAndSends();
    void replacementThatDoesNotCoverOrHasExpiredIsRefused();
    void readOnlyProfileRefusesBeforeAnyDialog();
    void productionWaitsForTheNumberOfDomains();
    void patternWithoutMatchCannotBeRetired();
    void thirteenCheckedOnOneListenerAreTwoRequests();
    void operationsDockShowsThePlanOfARequest();

private:
    void openView(MainWindow::Options options = {});
    // Every (listener, domain → certificate) of the emulator but the retired domain.
    QMap<QString, QString> otherDomains() const;
    // Confirms the preview now open; returns the progress window it opens.
    PlanProgressDialog *confirmPreview(int expectedRequests);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<GaClient> m_client;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<OperationCenter> m_center;
    std::unique_ptr<MainWindow> m_window;
    CertificatesPane *m_view = nullptr;
    QStringList m_listeners; // the six that serve `retired`
};

void TestPlanGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ga-console-test"));
}

void TestPlanGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_emulator = test::startEmulator(test::smallWorld(300));
    // The domain on both HTTPS listeners of the first three accelerators (all active).
    m_listeners.clear();
    for (const emu::EmuAccelerator &accelerator : m_emulator->world().accelerators()) {
        if (m_listeners.size() == 6)
            break;
        QVERIFY(accelerator.state == u"active");
        int added = 0;
        for (const QString &listenerId : accelerator.listenerIds) {
            emu::EmuListener *listener = m_emulator->world().listener(listenerId);
            if (!listener->isHttps() || added == 2)
                continue;
            listener->additional.append({ retiredCertificate, retired, QStringLiteral("active") });
            m_listeners.append(listenerId);
            ++added;
        }
        QCOMPARE(added, 2);
    }
    QCOMPARE(m_listeners.size(), 6);
    m_emulator->casWorld().add(casRecord(coveringNumber, retired, 300));
    m_emulator->casWorld().add(casRecord(otherNumber, QStringLiteral("other.example.com"), 300));
    m_emulator->casWorld().add(casRecord(expiredNumber, retired, -5));
    GaClient::Config config = test::clientConfig(*m_emulator);
    config.casEndpoint = m_emulator->baseUrl();
    m_client = std::make_unique<GaClient>(config);
    m_journal = std::make_unique<OperationJournal>(m_dir->filePath(QStringLiteral("ops.jsonl")));
    m_center = std::make_unique<OperationCenter>(m_journal.get());
    m_center->setWatchSchedule(WatchSchedule::fast(50));
}

void TestPlanGui::cleanup()
{
    m_view = nullptr;
    m_window.reset();
    m_center.reset();
    m_journal.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestPlanGui::openView(MainWindow::Options options)
{
    m_window = std::make_unique<MainWindow>(m_client.get(), options, m_center.get());
    m_window->show();
    m_view = m_window->certificatesView();
    m_window->findChild<QTabWidget *>(QStringLiteral("views"))->setCurrentWidget(m_view);
    int domains = 0;
    for (const emu::EmuListener &listener : m_emulator->world().listeners())
        domains += int(listener.additional.size());
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), domains, 20'000);
}

QMap<QString, QString> TestPlanGui::otherDomains() const
{
    QMap<QString, QString> domains;
    for (const emu::EmuListener &listener : m_emulator->world().listeners()) {
        for (const emu::EmuCertificate &c : listener.additional) {
            if (c.domain != retired)
                domains.insert(listener.listenerId + u'/' + c.domain, c.certificateId);
        }
    }
    return domains;
}

PlanProgressDialog *TestPlanGui::confirmPreview(int expectedRequests)
{
    PlanFlow *flow = m_view->planActions()->flow();
    PlanPreviewDialog *preview = flow->previewDialog();
    if (!preview)
        return nullptr;
    if (preview->listedRequests() != expectedRequests)
        qWarning("the preview lists %d requests", preview->listedRequests());
    const int before = int(flow->progressDialogs().size());
    preview->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    const QList<PlanProgressDialog *> progress = flow->progressDialogs();
    return progress.size() == before + 1 ? progress.last() : nullptr;
}

void TestPlanGui::domainOnSixListenersRetiredInOnePlanAndUndone()
{
    openView();
    const QMap<QString, QString> others = otherDomains();
    CertificatePlanActions *actions = m_view->planActions();
    QVERIFY2(actions->retireDomainAction()->isEnabled(),
             qPrintable(actions->retireDomainAction()->toolTip()));

    // "Where is this domain?": the search lists its six uses as it is typed.
    actions->retireDomainAction()->trigger();
    DomainSearchDialog *search = actions->searchDialog();
    QVERIFY(search);
    QTest::keyClicks(search->patternEdit(), retired);
    QCOMPARE(search->matchCount(), 6);
    search->findChild<QPushButton *>(QStringLiteral("retireButton"))->click();

    // One plan: 6 requests on 3 accelerators, nothing sent yet.
    PlanPreviewDialog *preview = actions->flow()->previewDialog();
    QVERIFY(preview);
    const CertificatePlan &plan = preview->plan();
    QCOMPARE(int(plan.requests.size()), 6);
    QCOMPARE(preview->listedRequests(), 6);
    QCOMPARE(int(plan.acceleratorIds().size()), 3);
    QCOMPARE(plan.listenerCount(), 6);
    QCOMPARE(plan.domainCount(), 6);
    QCOMPARE(preview->gactlCommand(), QStringLiteral("gactl retire %1 --yes").arg(retired));
    const auto cancel = preview->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    QVERIFY(cancel->isDefault());
    QCOMPARE(m_emulator->stats().mutationsApplied, 0);

    PlanProgressDialog *progress = confirmPreview(6);
    QVERIFY(progress);
    PlanProgressModel *model = progress->model();
    StateRecorder recorder(model);
    QCOMPARE(model->rowCount(), 3);
    for (int a = 0; a < 3; ++a)
        QCOMPARE(model->rowCount(model->index(a, 0)), 2);
    for (const OperationRecord &request : progress->run()->plan().requests)
        QVERIFY(model->indexOfRequest(request.operationId).isValid());
    QVERIFY(!progress->undoButton()->isEnabled()); // not before the plan has ended
    QTRY_VERIFY_WITH_TIMEOUT(progress->run()->isDone(), 30'000);

    // Each request was shown on its way (queued or sent, then done).
    for (const OperationRecord &request : progress->run()->plan().requests) {
        const QStringList seen = recorder.states.value(request.operationId);
        QVERIFY2(seen.size() >= 2 && seen.last() == u"done", qPrintable(seen.join(u',')));
    }
    // Every listener active without the domain; every other domain where it was.
    for (const QString &listenerId : std::as_const(m_listeners)) {
        const emu::EmuListener *listener = m_emulator->world().listener(listenerId);
        QTRY_COMPARE_WITH_TIMEOUT(listener->state, QStringLiteral("active"), 10'000);
        QVERIFY(!listener->additionalFor(retired));
    }
    QCOMPARE(otherDomains(), others);
    QCOMPARE(m_emulator->stats().mutationsApplied, 6);

    // Undo plan: previewed, then sent as a plan of its own in a window of its own.
    QVERIFY(progress->undoButton()->isEnabled());
    progress->undoButton()->click();
    QVERIFY2(actions->flow()->previewDialog(), qPrintable(actions->flow()->lastRefusal()));
    QCOMPARE(actions->flow()->previewDialog()->plan().kind, CertificatePlan::Kind::Undo);
    QCOMPARE(actions->flow()->previewDialog()->gactlCommand(),
             QStringLiteral("gactl undo %1 --yes").arg(progress->run()->plan().planId));
    PlanProgressDialog *undo = confirmPreview(6);
    QVERIFY(undo);
    QCOMPARE(undo->model()->rowCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(undo->run()->isDone(), 30'000);
    for (const QString &listenerId : std::as_const(m_listeners)) {
        const emu::EmuListener *listener = m_emulator->world().listener(listenerId);
        QTRY_COMPARE_WITH_TIMEOUT(listener->state, QStringLiteral("active"), 10'000);
        const emu::EmuCertificate *back = listener->additionalFor(retired);
        QVERIFY(back);
        QCOMPARE(back->certificateId, retiredCertificate);
    }
    QCOMPARE(otherDomains(), others);
    // The Certificates view shows it back too (a re-read of each listener).
    QTRY_COMPARE_WITH_TIMEOUT(int(m_view->model()->usesOf(retiredCertificate).size()), 6, 10'000);
}

// Opens the search, retires `retired` everywhere, returns the preview (not confirmed).
static PlanPreviewDialog *previewRetired(CertificatePlanActions *actions)
{
    actions->retireDomainAction()->trigger();
    DomainSearchDialog *search = actions->searchDialog();
    if (!search)
        return nullptr;
    search->patternEdit()->setText(retired);
    search->findChild<QPushButton *>(QStringLiteral("retireButton"))->click();
    return actions->flow()->previewDialog();
}

void TestPlanGui::failedRequestIsSentAgainAloneAndTheRestGoOn()
{
    openView();
    CertificatePlanActions *actions = m_view->planActions();
    QVERIFY(previewRetired(actions));
    // Gone from one listener behind the console's back: GA refuses that request.
    emu::EmuListener *gone = m_emulator->world().listener(m_listeners[3]);
    const emu::EmuCertificate kept = *gone->additionalFor(retired);
    gone->additional.removeIf([](const emu::EmuCertificate &c) { return c.domain == retired; });
    PlanProgressDialog *progress = confirmPreview(6);
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(progress->run()->isFinished(), 30'000);
    const PlanRun::Counts counts = progress->run()->counts();
    QCOMPARE(counts.failed, 1);
    QCOMPARE(counts.done, 5); // one failure stops nothing else
    QString failedId;
    for (const OperationRecord &request : progress->run()->plan().requests) {
        if (request.listenerId == m_listeners[3])
            failedId = request.operationId;
    }
    PlanProgressModel *model = progress->model();
    QCOMPARE(model->requestState(failedId), QStringLiteral("failed"));
    const QString detail = model->indexOfRequest(failedId)
                               .siblingAtColumn(PlanProgressModel::DetailColumn)
                               .data()
                               .toString();
    const ChangeOperation *failed = progress->run()->operationFor(failedId);
    QVERIFY(!failed->error().code.isEmpty());
    QVERIFY2(detail.contains(failed->error().code) && detail.contains(u"RequestId"),
             qPrintable(detail));
    QVERIFY(!progress->sendAgainButton()->isEnabled()); // nothing selected
    QVERIFY(progress->selectRequest(failedId));
    QVERIFY(progress->sendAgainButton()->isEnabled());

    // Put back, then sent again alone: the plan ends done.
    gone->additional.append(kept);
    const qint64 applied = m_emulator->stats().mutationsApplied;
    progress->sendAgainButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(progress->run()->isDone(), 30'000);
    QCOMPARE(m_emulator->stats().mutationsApplied, applied + 1);
    QTRY_VERIFY(!m_emulator->world().listener(m_listeners[3])->additionalFor(retired));
    QVERIFY(progress->undoButton()->isEnabled());
}

void TestPlanGui::busyListenerShowsWaitingWithACountdown()
{
    openView();
    CertificatePlanActions *actions = m_view->planActions();
    QVERIFY(previewRetired(actions));
    // Another change holds the first listener: GA answers busy, the request waits.
    m_emulator->world().listener(m_listeners[0])->state = QStringLiteral("updating");
    PlanProgressDialog *progress = confirmPreview(6);
    QVERIFY(progress);
    const QString waitingId = progress->run()->plan().requests.first().operationId;
    QCOMPARE(progress->run()->plan().requests.first().listenerId, m_listeners[0]);
    PlanProgressModel *model = progress->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->requestState(waitingId), QStringLiteral("waiting"), 10'000);
    const QModelIndex state
        = model->indexOfRequest(waitingId).siblingAtColumn(PlanProgressModel::StateColumn);
    QVERIFY2(state.data().toString().contains(u" s"), qPrintable(state.data().toString()));
    QVERIFY(state.siblingAtColumn(PlanProgressModel::DetailColumn)
                .data()
                .toString()
                .contains(u"not a failure"));
    m_emulator->world().listener(m_listeners[0])->state = QStringLiteral("active");
    QTRY_VERIFY_WITH_TIMEOUT(progress->run()->isDone(), 30'000);
}

void TestPlanGui::replaceCertificateChecksDryRunsAndSends()
{
    openView();
    const QMap<QString, QString> others = otherDomains();
    const QString newId = emu::certificateIdentifier(coveringNumber);
    CertificatePlanActions *actions = m_view->planActions();
    actions->replaceCertificate(retiredCertificate);
    auto *ask = m_view->findChild<QInputDialog *>(QStringLiteral("replaceCertificateDialog"));
    QVERIFY(ask);
    ask->setTextValue(newId);
    ask->accept();
    // CAS is asked about the new certificate, GA dry-runs each update, then the preview.
    QTRY_VERIFY2_WITH_TIMEOUT(actions->flow()->previewDialog(),
                              qPrintable(actions->flow()->lastRefusal()), 10'000);
    PlanPreviewDialog *preview = actions->flow()->previewDialog();
    QCOMPARE(preview->plan().kind, CertificatePlan::Kind::Replace);
    QCOMPARE(preview->listedRequests(), 6);
    QCOMPARE(preview->gactlCommand(),
             QStringLiteral("gactl replace %1 %2 --yes").arg(retiredCertificate, newId));
    QCOMPARE(m_emulator->stats().mutationsApplied, 0); // DryRun changes nothing
    PlanProgressDialog *progress = confirmPreview(6);
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(progress->run()->isDone(), 30'000);
    for (const QString &listenerId : std::as_const(m_listeners)) {
        const emu::EmuListener *listener = m_emulator->world().listener(listenerId);
        QTRY_COMPARE_WITH_TIMEOUT(listener->state, QStringLiteral("active"), 10'000);
        QCOMPARE(listener->additionalFor(retired)->certificateId, newId);
    }
    QCOMPARE(otherDomains(), others);
}

void TestPlanGui::replacementThatDoesNotCoverOrHasExpiredIsRefused()
{
    openView();
    PlanFlow *flow = m_view->planActions()->flow();
    const struct
    {
        qint64 number;
        const char16_t *says;
    } cases[] = { { otherNumber, u"does not cover" }, { expiredNumber, u"expired" } };
    for (const auto &refused : cases) {
        const QString before = flow->lastRefusal();
        m_view->planActions()->planReplacement(retiredCertificate,
                                               emu::certificateIdentifier(refused.number));
        QTRY_VERIFY_WITH_TIMEOUT(flow->lastRefusal() != before, 10'000);
        QVERIFY2(flow->lastRefusal().contains(refused.says), qPrintable(flow->lastRefusal()));
        QVERIFY(!flow->previewDialog());
    }
    // A typo in the ID is refused before CAS is asked.
    m_view->planActions()->planReplacement(retiredCertificate, QStringLiteral("not an id"));
    QVERIFY(!flow->lastRefusal().isEmpty());
    QVERIFY(!flow->previewDialog());
    QCOMPARE(m_emulator->stats().mutationsApplied, 0);
}

void TestPlanGui::readOnlyProfileRefusesBeforeAnyDialog()
{
    MainWindow::Options readOnly;
    readOnly.profile = QStringLiteral("audit");
    readOnly.readOnly = true;
    openView(readOnly);
    CertificatePlanActions *actions = m_view->planActions();
    for (QAction *action : { actions->retireDomainAction(), actions->retireCheckedAction() }) {
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(u"read-only"), qPrintable(action->toolTip()));
        action->trigger();
    }
    QVERIFY(!actions->searchDialog());
    QVERIFY(!actions->flow()->previewDialog());
    // The row's "Replace certificate…" says the same.
    const QModelIndex first = m_view->view()->model()->index(0, 0);
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(first, m_view));
    auto *replace = menu->findChild<QAction *>(QStringLiteral("replaceCertificateAction"));
    QVERIFY(replace);
    QVERIFY(!replace->isEnabled());
    QVERIFY(replace->toolTip().contains(u"read-only"));
    // Asked directly, the flow refuses too, and nothing is sent.
    actions->replaceCertificate(retiredCertificate);
    QVERIFY(actions->flow()->lastRefusal().contains(u"read-only"));
    QVERIFY(!actions->flow()->previewDialog());
    QCOMPARE(m_emulator->stats().mutationsApplied, 0);
}

void TestPlanGui::productionWaitsForTheNumberOfDomains()
{
    MainWindow::Options production;
    production.profile = QStringLiteral("prod");
    production.production = true;
    openView(production);
    // Two checked rows of the retired domain, on two accelerators.
    AccountCertificateModel *model = m_view->model();
    for (const QString &listenerId : { m_listeners[0], m_listeners[2] })
        QVERIFY(model->setData(
            model->index(model->rowOf(AccountCertificateModel::keyOf(listenerId, retired)), 0),
            Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model->checkedCount(), 2);
    CertificatePlanActions *actions = m_view->planActions();
    QVERIFY(actions->retireCheckedAction()->isEnabled());
    actions->retireCheckedAction()->trigger();
    PlanPreviewDialog *preview = actions->flow()->previewDialog();
    QVERIFY(preview);
    QCOMPARE(preview->listedRequests(), 2);
    // gactl would take the domain off all six: the command says so.
    QVERIFY2(preview->gactlCommand().contains(u"4 more"), qPrintable(preview->gactlCommand()));
    auto *confirm = preview->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    auto *typed = preview->findChild<QLineEdit *>(QStringLiteral("typedCount"));
    QVERIFY(typed);
    QVERIFY(!confirm->isEnabled());
    typed->setText(QStringLiteral("6"));
    QVERIFY(!confirm->isEnabled());
    typed->setText(QStringLiteral("2"));
    QVERIFY(confirm->isEnabled());
    preview->reject();
    QTest::qWait(50);
    QCOMPARE(m_emulator->stats().mutationsApplied, 0); // Cancel sends nothing
    QCOMPARE(model->checkedCount(), 2); // and keeps the checks
    QVERIFY(actions->flow()->progressDialogs().isEmpty());
}

void TestPlanGui::patternWithoutMatchCannotBeRetired()
{
    openView();
    CertificatePlanActions *actions = m_view->planActions();
    actions->retireDomainAction()->trigger();
    DomainSearchDialog *search = actions->searchDialog();
    QVERIFY(search);
    auto *retire = search->findChild<QPushButton *>(QStringLiteral("retireButton"));
    QTest::keyClicks(search->patternEdit(), QStringLiteral("*.nowhere.example"));
    QCOMPARE(search->matchCount(), 0);
    QVERIFY(!retire->isEnabled());
    search->patternEdit()->setText(QStringLiteral("bad domain!"));
    QVERIFY(!retire->isEnabled());
    search->reject();
    // The planner says the same when asked without the search.
    RetireSelection selection;
    selection.patterns = { QStringLiteral("*.nowhere.example") };
    const Result<CertificatePlan> plan
        = plans::planRetire(m_view->controller()->snapshot(), selection);
    QVERIFY(!plan.ok());
    QVERIFY(plan.error().toString().contains(u"Nothing was sent"));
}

void TestPlanGui::thirteenCheckedOnOneListenerAreTwoRequests()
{
    openView();
    AccountCertificateModel *model = m_view->model();
    const emu::EmuListener *listener = m_emulator->world().listener(m_listeners[0]);
    QCOMPARE(int(listener->additional.size()), 13); // the world's twelve and the retired one
    for (const emu::EmuCertificate &c : listener->additional)
        QVERIFY(model->setData(
            model->index(
                model->rowOf(AccountCertificateModel::keyOf(listener->listenerId, c.domain)), 0),
            Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model->checkedCount(), 13);
    m_view->planActions()->retireCheckedAction()->trigger();
    PlanPreviewDialog *preview = m_view->planActions()->flow()->previewDialog();
    QVERIFY(preview);
    // GA takes ten domains of a listener per request: two requests, one after the other.
    const CertificatePlan &plan = preview->plan();
    QCOMPARE(int(plan.requests.size()), 2);
    QCOMPARE(int(plan.requests[0].items.size()), 10);
    QCOMPARE(int(plan.requests[1].items.size()), 3);
    QCOMPARE(plan.listenerCount(), 1);
    QCOMPARE(preview->listedRequests(), 2);
    preview->reject();
}

void TestPlanGui::operationsDockShowsThePlanOfARequest()
{
    openView();
    PlanFlow *flow = m_view->planActions()->flow();
    QVERIFY(previewRetired(m_view->planActions()));
    PlanProgressDialog *progress = confirmPreview(6);
    QVERIFY(progress);
    const QString planId = progress->run()->plan().planId;
    const QString requestId = progress->run()->plan().requests.last().operationId;
    QTRY_VERIFY_WITH_TIMEOUT(progress->run()->isDone(), 30'000);
    progress->close(); // closing it stopped nothing, and the dock still lists every request
    QTRY_VERIFY(flow->progressDialogs().isEmpty());

    OperationsDock *dock = m_window->operationsDock();
    QVERIFY(!dock->planButton()->isEnabled());
    QTRY_VERIFY(dock->selectOperation(requestId));
    QVERIFY(dock->planButton()->isEnabled());
    dock->planButton()->click();
    QCOMPARE(flow->progressDialogs().size(), 1);
    PlanProgressDialog *again = flow->progressDialogs().first();
    QCOMPARE(again->run()->plan().planId, planId);
    QCOMPARE(again->run()->plan().kind, CertificatePlan::Kind::Retire);
    QCOMPARE(int(again->run()->plan().requests.size()), 6);
    QCOMPARE(again->model()->rowCount(), 3);
    QVERIFY(again->run()->isDone());
    QVERIFY(again->undoButton()->isEnabled());
    // Asked again, the open window is raised, not doubled.
    dock->planButton()->click();
    QCOMPARE(flow->progressDialogs().size(), 1);
}

QTEST_MAIN(TestPlanGui)
#include "tst_plangui.moc"
