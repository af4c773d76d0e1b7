// The account's Certificates view in the window, offscreen, against the in-process emulator
// over loopback (GA and Certificate Management on one URL): every certificate of the account
// listed with its CAS details, "expiring within 30 days" filtered, three rows on two
// listeners checked and retired as one plan (one request per listener), and the
// rows leaving the view by a diff (no model reset); "Used by" lists every use of a
// certificate; a production profile waits for the number of domains to be typed.
#include "accountcertificatefilter.h"
#include "accountcertificatemodel.h"
#include "accountcontroller.h"
#include "api/gaclient.h"
#include "casworld.h"
#include "certificatedisplay.h"
#include "certificateplanactions.h"
#include "certificatespane.h"
#include "certs/certificatecatalog.h"
#include "emulatorfixture.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "ops/changeoperation.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "ops/targetpreflight.h"
#include "planflow.h"
#include "planpreviewdialog.h"
#include "planprogressdialog.h"
#include "plans/planrun.h"
#include "world.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ga;
using Model = AccountCertificateModel;

class TestCertificatesView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void expiringWithin30DaysCheckThreeOnTwoListenersAndDissociate();
    void usedByListsEveryUseOfTheCertificate();
    void productionWaitsForTheNumberOfDomains();

private:
    // Opens the window on the Certificates tab and waits for every row and its CAS details.
    void openView(MainWindow::Options options = {});
    int domainsInWorld() const;
    // Checks `count` rows shown by the filter on two listeners GA takes changes on (two on
    // one, the rest on another); returns their keys.
    QStringList checkOnTwoListeners(int count);
    // Why GA would refuse a change on the listener of `index`'s row; empty when it would not.
    QString refusal(const QModelIndex &index) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<GaClient> m_client;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<OperationCenter> m_center;
    std::unique_ptr<MainWindow> m_window;
    CertificatesPane *m_view = nullptr;
};

void TestCertificatesView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ga-console-test"));
}

void TestCertificatesView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_emulator = test::startEmulator(test::smallWorld(300));
    GaClient::Config config = test::clientConfig(*m_emulator);
    config.casEndpoint = m_emulator->baseUrl(); // the emulator serves CAS on the same URL
    m_client = std::make_unique<GaClient>(config);
    m_journal = std::make_unique<OperationJournal>(m_dir->filePath(QStringLiteral("ops.jsonl")));
    m_center = std::make_unique<OperationCenter>(m_journal.get());
    m_center->setWatchSchedule(WatchSchedule::fast(50));
}

void TestCertificatesView::cleanup()
{
    m_view = nullptr;
    m_window.reset();
    m_center.reset();
    m_journal.reset();
    m_client.reset();
    m_emulator.reset();
}

int TestCertificatesView::domainsInWorld() const
{
    int domains = 0;
    for (const emu::EmuListener &listener : m_emulator->world().listeners())
        domains += int(listener.additional.size());
    return domains;
}

void TestCertificatesView::openView(MainWindow::Options options)
{
    m_window = std::make_unique<MainWindow>(m_client.get(), options, m_center.get());
    m_window->show();
    m_view = m_window->certificatesView();
    QVERIFY(m_view);
    QVERIFY(!m_view->controller()->isActive()); // not read until shown
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("views"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(m_view);
    QVERIFY(m_view->controller()->isActive());
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), domainsInWorld(), 20'000);
    // Every row gets its certificate's CAS details (found or not).
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            for (const AccountCertificateRow &row : m_view->model()->rows()) {
                if (!m_view->model()->hasDetails(row.certificateId))
                    return false;
            }
            return true;
        }(),
        20'000);
}

QString TestCertificatesView::refusal(const QModelIndex &index) const
{
    const QString accelerator = index.data(Model::AcceleratorIdRole).toString();
    const Listener *listener
        = m_view->controller()->listener(accelerator, index.data(Model::ListenerIdRole).toString());
    return listener
        ? preflight::whyTargetRefuses(m_view->controller()->accelerator(accelerator), *listener)
        : QStringLiteral("not listed");
}

QStringList TestCertificatesView::checkOnTwoListeners(int count)
{
    // Listeners with the rows the filter shows, in view order.
    AccountCertificateFilter *filter = m_view->filter();
    QHash<QString, QList<QModelIndex>> byListener;
    QStringList order;
    for (int r = 0; r < filter->rowCount(); ++r) {
        const QModelIndex index = filter->index(r, Model::DomainColumn);
        const QString listener = index.data(Model::ListenerIdRole).toString();
        if (!refusal(index).isEmpty())
            continue;
        if (!byListener.contains(listener))
            order.append(listener);
        byListener[listener].append(index);
    }
    QString first;
    QString second;
    for (const QString &listener : std::as_const(order)) {
        if (first.isEmpty() && byListener[listener].size() >= 2)
            first = listener;
    }
    for (const QString &listener : std::as_const(order)) {
        if (!first.isEmpty() && listener != first && second.isEmpty())
            second = listener;
    }
    if (first.isEmpty() || second.isEmpty())
        return {};
    QList<QModelIndex> picked = byListener[first].mid(0, 2);
    picked += byListener[second].mid(0, count - 2);
    QStringList keys;
    for (const QModelIndex &index : std::as_const(picked)) {
        // As a click on the check box does: through the view's model.
        if (!m_view->view()->model()->setData(index, Qt::Checked, Qt::CheckStateRole))
            return {};
        keys.append(index.data(IdRole).toString());
    }
    return keys;
}

void TestCertificatesView::expiringWithin30DaysCheckThreeOnTwoListenersAndDissociate()
{
    openView();
    Model *model = m_view->model();
    AccountCertificateFilter *filter = m_view->filter();
    QSignalSpy modelResets(model, &QAbstractItemModel::modelReset);
    QSignalSpy filterResets(filter, &QAbstractItemModel::modelReset);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    const int all = model->rowCount();

    QCOMPARE(m_view->expiringDaysBox()->value(), 30);
    m_view->problemBox(AccountCertificateFilter::ExpiringSoon)->click();
    QVERIFY(filter->rowCount() > 0);
    QVERIFY(filter->rowCount() < all);
    for (int r = 0; r < filter->rowCount(); ++r) {
        const AccountCertificateRow &row
            = *model->rowAt(filter->mapToSource(filter->index(r, 0)).row());
        const CertificateFacts &facts = model->factsOf(row);
        QVERIFY2(facts.hasExpiry && facts.daysLeft < 30 && facts.expiry != certs::Expiry::Expired,
                 qPrintable(row.key));
        QCOMPARE(filter->index(r, Model::DaysLeftColumn).data(StateRole).toString(),
                 display::expiryWord(facts.expiry));
    }

    QToolButton *dissociate
        = m_view->findChild<QToolButton *>(QStringLiteral("retireCheckedButton"));
    QVERIFY(dissociate);
    QVERIFY(!dissociate->isEnabled());
    QVERIFY2(dissociate->toolTip().contains(u"Check the domains"),
             qPrintable(dissociate->toolTip()));
    const QStringList keys = checkOnTwoListeners(3);
    QCOMPARE(keys.size(), 3);
    QCOMPARE(model->checkedListenerCount(), 2);
    QVERIFY2(dissociate->isEnabled(), qPrintable(dissociate->toolTip()));
    dissociate->click();
    PlanPreviewDialog *dialog = m_view->planActions()->flow()->previewDialog();
    QVERIFY(dialog);
    // One plan: both listeners, each with its domains and their certificate IDs.
    QCOMPARE(dialog->plan().requests.size(), 2);
    QCOMPARE(dialog->plan().domainCount(), 3);
    QVERIFY(dialog->gactlCommand().startsWith(u"gactl retire "));
    for (const OperationRecord &request : dialog->plan().requests) {
        for (const ChangeItem &domain : request.items) {
            const AccountCertificateRow *row
                = model->rowAt(model->rowOf(Model::keyOf(request.listenerId, domain.domain)));
            QVERIFY(row);
            QCOMPARE(domain.certificateId, row->certificateId);
            QCOMPARE(request.acceleratorId, row->acceleratorId);
        }
    }
    const int before = int(m_center->operations().size());
    dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();

    // One request per listener, journaled and watched like a change from the domain list.
    QCOMPARE(int(m_center->operations().size()), before + 2);
    const QList<ChangeOperation *> started = m_center->operations().mid(before);
    QTRY_VERIFY(model->isDissociating(keys.first()));
    QCOMPARE(model->checkedCount(), 0);
    for (ChangeOperation *operation : started)
        QTRY_COMPARE_WITH_TIMEOUT(operation->phase(), ChangeOperation::Phase::Done, 30'000);

    // They leave the view by a diff: removed rows, no reset, the rest still there.
    for (const QString &key : keys)
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(key) < 0, 10'000);
    QCOMPARE(model->rowCount(), all - 3);
    QCOMPARE(model->rowCount(), domainsInWorld());
    QVERIFY(!removed.isEmpty());
    QCOMPARE(modelResets.size(), 0);
    QCOMPARE(filterResets.size(), 0);
    for (const QString &key : keys) {
        const QString listener = key.section(u'/', 0, 0);
        QVERIFY(!m_emulator->world().listener(listener)->additionalFor(key.section(u'/', 1)));
    }
    QTRY_VERIFY(!model->anyRowDissociating());
}

void TestCertificatesView::usedByListsEveryUseOfTheCertificate()
{
    openView();
    Model *model = m_view->model();
    // A certificate several domains use (the emulator gives three domains one ID).
    QHash<QString, int> uses;
    for (const AccountCertificateRow &row : model->rows())
        ++uses[row.certificateId];
    QString shared;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (it.value() > 1)
            shared = it.key();
    }
    QVERIFY(!shared.isEmpty());
    const AccountCertificateRow *row = model->usesOf(shared).first();
    const QModelIndex index
        = m_view->filter()->mapFromSource(model->index(model->rowOf(row->key), 0));
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(index, m_view));
    auto *usedBy = menu->findChild<QMenu *>(QStringLiteral("usedByMenu"));
    QVERIFY(usedBy);
    QCOMPARE(usedBy->actions().size(), uses.value(shared));
    for (const AccountCertificateRow *use : model->usesOf(shared)) {
        const auto actions = usedBy->actions();
        const auto entry = std::find_if(actions.cbegin(), actions.cend(),
                                        [use](QAction *a) { return a->data() == use->key; });
        QVERIFY(entry != actions.cend());
        QVERIFY((*entry)->text().contains(use->domain));
        QVERIFY((*entry)->text().contains(use->listenerId));
    }
    // An entry selects its row.
    usedBy->actions().last()->trigger();
    QCOMPARE(m_view->view()->currentIndex().data(IdRole).toString(),
             usedBy->actions().last()->data().toString());
}

void TestCertificatesView::productionWaitsForTheNumberOfDomains()
{
    MainWindow::Options production;
    production.profile = QStringLiteral("prod");
    production.production = true;
    openView(production);
    AccountCertificateFilter *filter = m_view->filter();
    QVERIFY(filter->rowCount() > 3);
    const QStringList keys = checkOnTwoListeners(3);
    QCOMPARE(keys.size(), 3);
    m_view->planActions()->retireCheckedAction()->trigger();
    PlanPreviewDialog *dialog = m_view->planActions()->flow()->previewDialog();
    QVERIFY(dialog);
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    auto *typed = dialog->findChild<QLineEdit *>(QStringLiteral("typedCount"));
    QVERIFY(typed);
    QVERIFY(!confirm->isEnabled());
    typed->setText(QStringLiteral("2"));
    QVERIFY(!confirm->isEnabled());
    typed->setText(QStringLiteral("3"));
    QVERIFY(confirm->isEnabled());
    const int applied = m_emulator->stats().mutationsApplied;
    dialog->reject();
    QTest::qWait(50);
    QCOMPARE(m_emulator->stats().mutationsApplied, applied); // Cancel sends nothing
    QCOMPARE(m_view->model()->checkedCount(), 3);
    // A read-only profile says so on the button.
    MainWindow::Options readOnly = production;
    readOnly.readOnly = true;
    m_window->setClient(m_client.get(), readOnly);
    QVERIFY(!m_view->planActions()->retireCheckedAction()->isEnabled());
    QVERIFY(m_view->planActions()->retireCheckedAction()->toolTip().contains(u"read-only"));
}

QTEST_MAIN(TestCertificatesView)
#include "tst_certificatesview.moc"
