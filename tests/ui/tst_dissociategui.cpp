// Dissociation from the console window, offscreen, against an in-process emulator: picking,
// confirming, the live badge, the queue, resume at start, the operations dock and export.
#include "api/gaclient.h"
#include "certificatelistmodel.h"
#include "changedialog.h"
#include "consolecontroller.h"
#include "dissociateflow.h"
#include "emulatorfixture.h"
#include "errorbanner.h"
#include "filterproxymodel.h"
#include "listenertablemodel.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "operationhistorymodel.h"
#include "operationsdock.h"
#include "ops/changeoperation.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "resourcepane.h"
#include "world.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace ga;

namespace {

QStringList additionalDomains(emu::Emulator &emulator, const QString &listenerId)
{
    QStringList domains;
    for (const emu::EmuCertificate &c : emulator.world().listener(listenerId)->additional)
        domains << c.domain;
    return domains;
}

// Every state the listener's badge showed, in order, without repeats.
class BadgeRecorder : public QObject
{
public:
    BadgeRecorder(ListenerTableModel *model, QString listenerId)
        : m_model(model)
        , m_listenerId(std::move(listenerId))
    {
        connect(model, &QAbstractItemModel::dataChanged, this, &BadgeRecorder::record);
        connect(model, &QAbstractItemModel::rowsInserted, this, &BadgeRecorder::record);
        record();
    }
    QStringList states;

private:
    void record()
    {
        const int row = m_model->rowOf(m_listenerId);
        if (row < 0)
            return;
        const QString state
            = m_model->index(row, ListenerTableModel::StateColumn).data(StateRole).toString();
        if (states.isEmpty() || states.last() != state)
            states << state;
    }
    ListenerTableModel *m_model;
    QString m_listenerId;
};

} // namespace

class TestDissociateGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pickThreeConfirmAndWatchTheBadge();
    void eleventhCheckIsRefusedAndCounted();
    void actionSaysWhyItIsDisabled();
    void readOnlyProfileDisablesTheAction();
    void confirmationListsEverythingAndTheGactlCommand();
    void productionRequiresTypingTheListenerId();
    void secondOperationOnTheAcceleratorQueuesThenRuns();
    void busyInstanceShowsWaitingWithCountdown();
    void timeoutOffersKeepWatching();
    void noAnswerOffersSendAgain();
    void unfinishedJournalRecordIsResumedAtStart();
    void exportHoldsTheOperationAndNoSecret();
    void switchingProfileKeepsWatching();

private:
    void openWindow(MainWindow::Options options = {});
    void showListener(const QString &acceleratorId, const QString &listenerId);
    ChangeOperation *confirmChecked();
    std::unique_ptr<GaClient> makeClient(RetryPolicy::Settings retry = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<GaClient> m_client;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<OperationCenter> m_center;
    std::unique_ptr<MainWindow> m_window;
    emu::EmuAccelerator m_accelerator;
};

void TestDissociateGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ga-console-test"));
}

void TestDissociateGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_emulator = test::startEmulator(test::smallWorld(400));
    m_accelerator = m_emulator->world().accelerators().first();
    m_client = makeClient();
    m_journal = std::make_unique<OperationJournal>(m_dir->filePath(QStringLiteral("ops.jsonl")));
    m_center = std::make_unique<OperationCenter>(m_journal.get());
    m_center->setWatchSchedule(WatchSchedule::fast(60));
}

void TestDissociateGui::cleanup()
{
    m_window.reset();
    m_center.reset();
    m_journal.reset();
    m_client.reset();
    m_emulator.reset();
    m_dir.reset();
}

std::unique_ptr<GaClient> TestDissociateGui::makeClient(RetryPolicy::Settings retry)
{
    GaClient::Config config = test::clientConfig(*m_emulator);
    config.retryPolicy = RetryPolicy(retry);
    return std::make_unique<GaClient>(config);
}

void TestDissociateGui::openWindow(MainWindow::Options options)
{
    m_window = std::make_unique<MainWindow>(m_client.get(), options, m_center.get());
    m_window->show();
    QTRY_COMPARE(m_window->acceleratorPane()->proxy()->rowCount(), 6);
}

void TestDissociateGui::showListener(const QString &acceleratorId, const QString &listenerId)
{
    QVERIFY(m_window->acceleratorPane()->selectId(acceleratorId));
    QTRY_VERIFY(m_window->listenerModel()->rowOf(listenerId) >= 0);
    QVERIFY(m_window->listenerPane()->selectId(listenerId));
    QTRY_COMPARE(m_window->certificateModel()->rowCount(),
                 int(additionalDomains(*m_emulator, listenerId).size()));
}

ChangeOperation *TestDissociateGui::confirmChecked()
{
    DissociateFlow *flow = m_window->dissociateFlow();
    if (!flow->action()->isEnabled()) {
        qWarning("action disabled: %s", qPrintable(flow->disabledReason()));
        return nullptr;
    }
    const qsizetype before = m_center->operations().size();
    flow->action()->trigger();
    ChangeDialog *dialog = flow->dialog();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    if (m_center->operations().size() != before + 1)
        return nullptr;
    return m_center->operations().last();
}

void TestDissociateGui::pickThreeConfirmAndWatchTheBadge()
{
    openWindow();
    const QString listenerId = m_accelerator.listenerIds.first();
    showListener(m_accelerator.acceleratorId, listenerId);
    CertificateListModel *certificates = m_window->certificateModel();
    ListenerTableModel *listeners = m_window->listenerModel();
    QSignalSpy certificateResets(certificates, &QAbstractItemModel::modelReset);
    QSignalSpy listenerResets(listeners, &QAbstractItemModel::modelReset);
    QSignalSpy announced(m_window->dissociateFlow(), &DissociateFlow::announced);
    BadgeRecorder badge(listeners, listenerId);

    const QStringList all = additionalDomains(*m_emulator, listenerId);
    const QStringList picked { all.at(1), all.at(4), all.at(7) };
    QCOMPARE(certificates->checkDomains(picked), 0);
    auto *counter = m_window->findChild<QLabel *>(QStringLiteral("checkedCounter"));
    QCOMPARE(counter->text(), QStringLiteral("3 / 10 checked"));

    ChangeOperation *operation = confirmChecked();
    QVERIFY(operation);
    QCOMPARE(operation->record().domains(), picked);
    // While it runs, the admin checks two others for later: they must stay checked.
    const QStringList later { all.at(0), all.at(9) };
    QTRY_VERIFY(certificates->isDissociating(all.at(4)));
    QCOMPARE(certificates->checkDomains(later), 0);

    QTRY_VERIFY_WITH_TIMEOUT(operation->phase() == ChangeOperation::Phase::Done, 15'000);
    QTRY_COMPARE(certificates->rowCount(), int(all.size() - picked.size()));
    for (const QString &domain : picked)
        QCOMPARE(certificates->rowOf(domain), -1);
    QCOMPARE(certificates->checkedDomains(), later);
    QTRY_COMPARE(listeners->index(listeners->rowOf(listenerId), ListenerTableModel::StateColumn)
                     .data(StateRole)
                     .toString(),
                 QStringLiteral("active"));
    // submitted (and possibly queued) first, then GA's own states from the watcher.
    QVERIFY2(badge.states.contains(QStringLiteral("submitted")),
             qPrintable(badge.states.join(u',')));
    const qsizetype updating = badge.states.indexOf(QStringLiteral("updating"));
    QVERIFY2(updating > 0, qPrintable(badge.states.join(u',')));
    QCOMPARE(badge.states.last(), QStringLiteral("active"));
    QCOMPARE(certificateResets.size(), 0);
    QCOMPARE(listenerResets.size(), 0);
    QCOMPARE(additionalDomains(*m_emulator, listenerId).size(), all.size() - 3);

    QTRY_COMPARE(announced.size(), 1);
    QVERIFY(announced.first().at(1).toString().contains(listenerId));
    const QList<OperationRecord> journal = m_journal->operations();
    QCOMPARE(journal.size(), 1);
    QCOMPARE(journal.first().status, OperationRecord::Status::Done);
    QCOMPARE(m_window->operationsDock()->model()->summary(0).state, QStringLiteral("done"));
}

void TestDissociateGui::eleventhCheckIsRefusedAndCounted()
{
    openWindow();
    showListener(m_accelerator.acceleratorId, m_accelerator.listenerIds.first());
    CertificateListModel *certificates = m_window->certificateModel();
    QSignalSpy refused(certificates, &CertificateListModel::checkRefused);
    // "Select all" checks the selected rows, never more than ten.
    m_window->certificatePane()->view()->selectAll();
    QCOMPARE(m_window->certificatePane()->selectedIds().size(), 12);
    QCOMPARE(certificates->checkDomains(m_window->certificatePane()->selectedIds()), 2);
    QCOMPARE(certificates->checkedCount(), 10);
    auto *counter = m_window->findChild<QLabel *>(QStringLiteral("checkedCounter"));
    QCOMPARE(counter->text(), QStringLiteral("10 / 10 checked"));

    // The eleventh check by hand is refused with a reason the status bar shows.
    int unchecked = -1;
    for (int row = 0; row < certificates->rowCount(); ++row) {
        if (certificates->index(row, 0).data(Qt::CheckStateRole).toInt() == Qt::Unchecked)
            unchecked = row;
    }
    QVERIFY(unchecked >= 0);
    QVERIFY(
        !certificates->setData(certificates->index(unchecked, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("10")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("at most 10")));
    QCOMPARE(certificates->checkedCount(), 10);
    QVERIFY(m_window->dissociateFlow()->action()->isEnabled());
}

void TestDissociateGui::actionSaysWhyItIsDisabled()
{
    openWindow();
    QAction *action = m_window->dissociateFlow()->action();
    QVERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(QStringLiteral("HTTPS listener")));
    // A TCP listener: no additional certificates.
    const QString tcp = m_accelerator.listenerIds.at(1);
    QVERIFY(m_window->acceleratorPane()->selectId(m_accelerator.acceleratorId));
    QTRY_VERIFY(m_window->listenerModel()->rowOf(tcp) >= 0);
    QVERIFY(m_window->listenerPane()->selectId(tcp));
    QTRY_VERIFY(action->toolTip().contains(QStringLiteral("only HTTPS")));
    QVERIFY(!action->isEnabled());
    // An HTTPS listener with nothing checked.
    showListener(m_accelerator.acceleratorId, m_accelerator.listenerIds.first());
    QVERIFY(action->toolTip().contains(QStringLiteral("Check 1 to 10")));
    QVERIFY(!action->isEnabled());
    m_window->certificateModel()->checkDomains({ m_window->certificateModel()->rowAt(0)->domain });
    QVERIFY(action->isEnabled());
    QVERIFY(action->toolTip().contains(QStringLiteral("Dissociate the 1 checked domain")));
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Delete));
}

void TestDissociateGui::readOnlyProfileDisablesTheAction()
{
    MainWindow::Options options;
    options.profile = QStringLiteral("auditor");
    options.readOnly = true;
    openWindow(options);
    showListener(m_accelerator.acceleratorId, m_accelerator.listenerIds.first());
    m_window->certificateModel()->checkDomains({ m_window->certificateModel()->rowAt(0)->domain });
    QAction *action = m_window->dissociateFlow()->action();
    QVERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(QStringLiteral("read-only")));
    action->trigger();
    QVERIFY(!m_window->dissociateFlow()->dialog());
    QVERIFY(m_center->operations().isEmpty());
}

void TestDissociateGui::confirmationListsEverythingAndTheGactlCommand()
{
    MainWindow::Options options;
    options.profile = QStringLiteral("staging");
    openWindow(options);
    const QString listenerId = m_accelerator.listenerIds.first();
    showListener(m_accelerator.acceleratorId, listenerId);
    const QStringList all = additionalDomains(*m_emulator, listenerId);
    m_window->certificateModel()->checkDomains({ all.at(2), all.at(3) });
    m_window->dissociateFlow()->action()->trigger();
    ChangeDialog *dialog = m_window->dissociateFlow()->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("acceleratorLabel"))
                ->text()
                .contains(m_accelerator.acceleratorId));
    QVERIFY(
        dialog->findChild<QLabel *>(QStringLiteral("listenerLabel"))->text().contains(listenerId));
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("domainTable"));
    QCOMPARE(table->rowCount(), 2);
    const emu::EmuListener *listener = m_emulator->world().listener(listenerId);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(table->item(row, 0)->text(), all.at(2 + row));
        QCOMPARE(table->item(row, 1)->text(), listener->additional.at(2 + row).certificateId);
    }
    const QString command = dialog->findChild<QLineEdit *>(QStringLiteral("gactlCommand"))->text();
    const auto shell = [](const QString &domain) {
        return domain.startsWith(u'*') ? u'\'' + domain + u'\'' : domain;
    };
    QCOMPARE(command,
             QStringLiteral("gactl --profile staging dissociate %1 %2 %3 %4 --wait")
                 .arg(m_accelerator.acceleratorId, listenerId, shell(all.at(2)), shell(all.at(3))));
    dialog->reject();
    QVERIFY(m_center->operations().isEmpty());

    // A wildcard domain is quoted, so a shell does not expand it.
    ChangeRequest request;
    request.acceleratorId = QStringLiteral("ga-1");
    request.listenerId = QStringLiteral("lsr-1");
    request.domains = { { QStringLiteral("*.example.com"), QStringLiteral("cert-1") } };
    QCOMPARE(request.gactlCommand(),
             QStringLiteral("gactl dissociate ga-1 lsr-1 '*.example.com' --wait"));
}

void TestDissociateGui::productionRequiresTypingTheListenerId()
{
    MainWindow::Options options;
    options.profile = QStringLiteral("prod");
    options.production = true;
    openWindow(options);
    const QString listenerId = m_accelerator.listenerIds.first();
    showListener(m_accelerator.acceleratorId, listenerId);
    m_window->certificateModel()->checkDomains({ m_window->certificateModel()->rowAt(0)->domain });
    m_window->dissociateFlow()->action()->trigger();
    ChangeDialog *dialog = m_window->dissociateFlow()->dialog();
    QVERIFY(dialog);
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    auto *typed = dialog->findChild<QLineEdit *>(QStringLiteral("typedListenerId"));
    QVERIFY(typed);
    QVERIFY(!confirm->isEnabled());
    typed->setText(listenerId.left(listenerId.size() - 1));
    QVERIFY(!confirm->isEnabled());
    typed->setText(listenerId);
    QVERIFY(confirm->isEnabled());
    confirm->click();
    QCOMPARE(m_center->operations().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_center->operations().first()->isFinished(), 15'000);
    QCOMPARE(m_center->operations().first()->phase(), ChangeOperation::Phase::Done);
}

void TestDissociateGui::secondOperationOnTheAcceleratorQueuesThenRuns()
{
    m_emulator->setUpdateMs(800);
    openWindow();
    const QString first = m_accelerator.listenerIds.at(0);
    const QString second = m_accelerator.listenerIds.at(2);
    showListener(m_accelerator.acceleratorId, first);
    m_window->certificateModel()->checkDomains({ m_window->certificateModel()->rowAt(0)->domain });
    ChangeOperation *a = confirmChecked();
    QVERIFY(a);
    showListener(m_accelerator.acceleratorId, second);
    m_window->certificateModel()->checkDomains({ m_window->certificateModel()->rowAt(0)->domain });
    BadgeRecorder badge(m_window->listenerModel(), second);
    ChangeOperation *b = confirmChecked();
    QVERIFY(b);
    // Started on the next turn of the event loop (OperationCenter::launch).
    QTRY_COMPARE(b->phase(), ChangeOperation::Phase::Queued);
    QCOMPARE(b->queuePosition(), 1);
    QCOMPARE(badge.states.last(), QStringLiteral("queued"));
    const int row = m_window->operationsDock()->model()->rowCount() - 1;
    QVERIFY(m_window->operationsDock()->model()->summary(row).detail.contains(
        QStringLiteral("1 earlier operation")));

    QTRY_VERIFY_WITH_TIMEOUT(b->phase() == ChangeOperation::Phase::Done, 20'000);
    QCOMPARE(a->phase(), ChangeOperation::Phase::Done);
    // b was sent only after a was done: it never met the instance lock.
    QVERIFY(a->record().updatedAt <= b->record().updatedAt);
    QVERIFY(badge.states.contains(QStringLiteral("submitted")));
    QCOMPARE(badge.states.last(), QStringLiteral("active"));
    QCOMPARE(m_emulator->stats().appliedClientTokens.size(), 2);
}

void TestDissociateGui::busyInstanceShowsWaitingWithCountdown()
{
    // Someone else (another tool) changes the same accelerator: GA answers
    // StateError.Accelerator, which the console shows as waiting, not as a failure.
    m_emulator->setUpdateMs(2'500);
    RetryPolicy::Settings retry;
    retry.busyIntervalMs = 1'500;
    m_client = makeClient(retry);
    openWindow();
    std::unique_ptr<GaClient> other = makeClient();
    const QString busyListener = m_accelerator.listenerIds.at(2);
    bool otherAccepted = false;
    other
        ->dissociateAdditionalCertificates(m_accelerator.acceleratorId, busyListener,
                                           additionalDomains(*m_emulator, busyListener).mid(0, 1),
                                           QStringLiteral("other-tool-token-0001"))
        ->onFinished(this, [&](const Result<MutationAccepted> &r) { otherAccepted = r.ok(); });
    QTRY_VERIFY(otherAccepted);

    const QString listenerId = m_accelerator.listenerIds.first();
    showListener(m_accelerator.acceleratorId, listenerId);
    m_window->certificateModel()->checkDomains({ m_window->certificateModel()->rowAt(0)->domain });
    BadgeRecorder badge(m_window->listenerModel(), listenerId);
    ChangeOperation *operation = confirmChecked();
    QVERIFY(operation);
    QTRY_VERIFY(operation->retryInMs() > 0);
    QVERIFY(operation->retryReason().isBusy());
    QTRY_COMPARE(badge.states.last(), QStringLiteral("waiting"));
    const QModelIndex stateCell = m_window->listenerModel()->index(
        m_window->listenerModel()->rowOf(listenerId), ListenerTableModel::StateColumn);
    QVERIFY(stateCell.data().toString().startsWith(QStringLiteral("waiting ")));
    QVERIFY(stateCell.data().toString().endsWith(QStringLiteral(" s")));
    QCOMPARE(stateCell.data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("listener %1 %2").arg(listenerId, stateCell.data().toString()));
    QVERIFY(!m_window->errorBanner()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(operation->phase() == ChangeOperation::Phase::Done, 20'000);
    QVERIFY(!m_window->errorBanner()->isVisible());
    QCOMPARE(badge.states.last(), QStringLiteral("active"));
}

void TestDissociateGui::timeoutOffersKeepWatching()
{
    m_emulator->setUpdateMs(1'500);
    m_center->setWatchTimeoutMs(300);
    openWindow();
    showListener(m_accelerator.acceleratorId, m_accelerator.listenerIds.first());
    m_window->certificateModel()->checkDomains({ m_window->certificateModel()->rowAt(0)->domain });
    ChangeOperation *operation = confirmChecked();
    QVERIFY(operation);
    QTRY_VERIFY_WITH_TIMEOUT(operation->phase() == ChangeOperation::Phase::TimedOut, 10'000);
    ErrorBanner *banner = m_window->errorBanner();
    QTRY_VERIFY(banner->isVisible());
    auto *keepWatching = banner->findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QVERIFY(keepWatching->isVisible());
    QCOMPARE(keepWatching->text(), QStringLiteral("Keep watching"));
    m_center->setWatchTimeoutMs(20'000); // not used by this operation: it keeps its own
    keepWatching->click();
    QVERIFY(!banner->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 10'000);
    // 300 ms again may not be enough: what matters is that watching went on, not stopped.
    QVERIFY(operation->stateReads() > 0);
}

void TestDissociateGui::noAnswerOffersSendAgain()
{
    // GA answers nothing but 503 for longer than the operation keeps trying: the banner
    // offers to send that operation again, with its ClientToken, and it then completes.
    RetryPolicy::Settings retry;
    retry.transientBaseMs = 5;
    m_client = makeClient(retry);
    openWindow();
    showListener(m_accelerator.acceleratorId, m_accelerator.listenerIds.first());
    m_window->certificateModel()->checkDomains({ m_window->certificateModel()->rowAt(0)->domain });
    m_emulator->setFaultRate(1.0);
    ChangeOperation *operation = confirmChecked();
    QVERIFY(operation);
    const QString token = operation->record().operationId;
    QTRY_VERIFY_WITH_TIMEOUT(operation->phase() == ChangeOperation::Phase::Unconfirmed, 20'000);
    ErrorBanner *banner = m_window->errorBanner();
    QTRY_VERIFY(banner->isVisible());
    auto *sendAgain = banner->findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QCOMPARE(sendAgain->text(), QStringLiteral("Send again"));
    QCOMPARE(m_emulator->stats().mutationsApplied, 0);

    m_emulator->setFaultRate(0.0);
    sendAgain->click();
    QCOMPARE(m_center->operations().size(), 1); // the new run took the old one's place
    ChangeOperation *again = m_center->operations().first();
    QCOMPARE(again->record().operationId, token);
    QTRY_VERIFY_WITH_TIMEOUT(again->phase() == ChangeOperation::Phase::Done, 15'000);
    QCOMPARE(m_emulator->stats().mutationsApplied, 1);
    QVERIFY(m_journal->unfinished().isEmpty());
    QCOMPARE(m_window->operationsDock()->model()->rowCount(), 1);
    QCOMPARE(m_window->operationsDock()->model()->summary(0).state, QStringLiteral("done"));
    // A profile switch later resumes nothing this session already ran.
    MainWindow::Options options;
    m_window->setClient(m_client.get(), options);
    QCOMPARE(m_center->operations().size(), 1);
}

void TestDissociateGui::unfinishedJournalRecordIsResumedAtStart()
{
    const QString listenerId = m_accelerator.listenerIds.first();
    const QStringList domains = additionalDomains(*m_emulator, listenerId).mid(5, 2);
    OperationRecord record;
    record.operationId = QStringLiteral("resume-me-0000000000000001");
    record.profile = QStringLiteral("staging");
    record.endpoint = m_client->endpoint().toDisplayString();
    record.acceleratorId = m_accelerator.acceleratorId;
    record.listenerId = listenerId;
    for (const QString &domain : domains)
        record.items.append({ domain, {}, {} });
    QCOMPARE(m_journal->recordIntent(record), QString());
    // Another profile's unfinished operation waits for that profile.
    OperationRecord other = record;
    other.operationId = QStringLiteral("other-profile-000000000001");
    other.profile = QStringLiteral("prod");
    QCOMPARE(m_journal->recordIntent(other), QString());

    MainWindow::Options options;
    options.profile = QStringLiteral("staging");
    openWindow(options);
    QCOMPARE(m_center->operations().size(), 1);
    ChangeOperation *resumed = m_center->operations().first();
    QCOMPARE(resumed->record().operationId, record.operationId);
    QVERIFY(resumed->record().resumed);
    QTRY_VERIFY_WITH_TIMEOUT(resumed->phase() == ChangeOperation::Phase::Done, 15'000);
    for (const QString &domain : domains)
        QVERIFY(!additionalDomains(*m_emulator, listenerId).contains(domain));

    OperationHistoryModel *history = m_window->operationsDock()->model();
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->summary(0).state, QStringLiteral("done"));
    QVERIFY(history->summary(0).detail.startsWith(QStringLiteral("Resumed")));
    QVERIFY(history->summary(0).record.resumed);
    QCOMPARE(history->summary(1).state, QStringLiteral("unfinished"));
    QCOMPARE(m_journal->unfinished().size(), 1);
}

void TestDissociateGui::exportHoldsTheOperationAndNoSecret()
{
    openWindow();
    showListener(m_accelerator.acceleratorId, m_accelerator.listenerIds.first());
    const QString domain = m_window->certificateModel()->rowAt(0)->domain;
    m_window->certificateModel()->checkDomains({ domain });
    ChangeOperation *operation = confirmChecked();
    QVERIFY(operation);
    QTRY_VERIFY_WITH_TIMEOUT(operation->phase() == ChangeOperation::Phase::Done, 15'000);

    for (const auto format : { OperationsDock::Format::Csv, OperationsDock::Format::Json }) {
        const QString path
            = m_dir->filePath(format == OperationsDock::Format::Csv ? QStringLiteral("ops.csv")
                                                                    : QStringLiteral("ops.json"));
        QCOMPARE(m_window->operationsDock()->exportTo(path, format), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(operation->record().operationId.toUtf8()));
        QVERIFY(bytes.contains(operation->record().requestId.toUtf8()));
        QVERIFY(bytes.contains(domain.toUtf8()));
        QVERIFY(bytes.contains("done"));
        QVERIFY(!bytes.contains(emu::demoAccessKeySecret));
        QVERIFY(!bytes.contains("Signature"));
    }
}

void TestDissociateGui::switchingProfileKeepsWatching()
{
    m_emulator->setUpdateMs(1'000);
    openWindow();
    const QString listenerId = m_accelerator.listenerIds.first();
    showListener(m_accelerator.acceleratorId, listenerId);
    m_window->certificateModel()->checkDomains({ m_window->certificateModel()->rowAt(0)->domain });
    ChangeOperation *operation = confirmChecked();
    QVERIFY(operation);
    QTRY_VERIFY(operation->phase() == ChangeOperation::Phase::Watching);
    // Another account: the panes reload from it; the operation goes on with its own client.
    std::unique_ptr<GaClient> other = makeClient();
    MainWindow::Options options;
    options.profile = QStringLiteral("other");
    m_window->setClient(other.get(), options);
    QVERIFY(m_window->acceleratorPane()->selectId(
        m_emulator->world().accelerators().at(1).acceleratorId));
    QTRY_VERIFY_WITH_TIMEOUT(operation->phase() == ChangeOperation::Phase::Done, 15'000);
    QCOMPARE(m_journal->operations().first().status, OperationRecord::Status::Done);
    m_window.reset();
}

QTEST_MAIN(TestDissociateGui)
#include "tst_dissociategui.moc"
