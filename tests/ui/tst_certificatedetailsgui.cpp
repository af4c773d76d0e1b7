// CAS details in the window, offscreen, against the in-process emulator's Certificate
// Management: the domain list shows each certificate's name, expiry, days left and coverage
// as the emulator's store has them (and "not in CAS" for a deleted one), and Dissociate and
// Add certificates are disabled with the reason on an accelerator locked for an overdue payment.
#include "api/gaclient.h"
#include "associateflow.h"
#include "casworld.h"
#include "certificatelistmodel.h"
#include "certificatespane.h"
#include "certs/certificatefacts.h"
#include "dissociateflow.h"
#include "emulatorfixture.h"
#include "filterproxymodel.h"
#include "listenertablemodel.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "resourcepane.h"
#include "world.h"

#include <QAction>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

class TestCertificateDetailsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void domainListShowsCasDetails();
    void deletedCertificateSaysNotInCas();
    void lockedAcceleratorDisablesChanges();
    void findFocusesTheCertificatesFilter();

private:
    void openOn(const QString &acceleratorId, const QString &listenerId);
    const emu::CasRecord *recordOf(const QString &certificateId) const;
    QString cell(int row, int column, int role = Qt::DisplayRole) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<GaClient> m_client;
    std::unique_ptr<OperationJournal> m_journal;
    std::unique_ptr<OperationCenter> m_center;
    std::unique_ptr<MainWindow> m_window;
};

void TestCertificateDetailsGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ga-console-test"));
}

void TestCertificateDetailsGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_emulator = test::startEmulator(test::smallWorld(200));
    GaClient::Config config = test::clientConfig(*m_emulator);
    config.casEndpoint = m_emulator->baseUrl(); // CAS beside GA, on the same URL
    m_client = std::make_unique<GaClient>(config);
    m_journal = std::make_unique<OperationJournal>(m_dir->filePath(QStringLiteral("ops.jsonl")));
    m_center = std::make_unique<OperationCenter>(m_journal.get());
    m_window = std::make_unique<MainWindow>(m_client.get(), MainWindow::Options {}, m_center.get());
    m_window->show();
    QTRY_COMPARE(m_window->acceleratorPane()->proxy()->rowCount(), 6);
}

void TestCertificateDetailsGui::cleanup()
{
    m_window.reset();
    m_center.reset();
    m_journal.reset();
    m_client.reset();
    m_emulator.reset();
}

void TestCertificateDetailsGui::openOn(const QString &acceleratorId, const QString &listenerId)
{
    QVERIFY(m_window->acceleratorPane()->selectId(acceleratorId));
    QTRY_VERIFY(m_window->listenerModel()->rowOf(listenerId) >= 0);
    QVERIFY(m_window->listenerPane()->selectId(listenerId));
    QTRY_VERIFY(m_window->certificateModel()->rowCount() > 0);
    // Every row's details have arrived once none reads "…" any more.
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            for (int row = 0; row < m_window->certificateModel()->rowCount(); ++row) {
                if (cell(row, CertificateListModel::NameColumn) == QStringLiteral("…"))
                    return false;
            }
            return true;
        }(),
        10'000);
}

const emu::CasRecord *TestCertificateDetailsGui::recordOf(const QString &certificateId) const
{
    return m_emulator->casWorld().find(casNumericId(certificateId).toLongLong());
}

QString TestCertificateDetailsGui::cell(int row, int column, int role) const
{
    const CertificateListModel *model = m_window->certificateModel();
    return model->data(model->index(row, column), role).toString();
}

void TestCertificateDetailsGui::domainListShowsCasDetails()
{
    const emu::EmuAccelerator &accelerator = m_emulator->world().accelerators().first();
    const QString listenerId = accelerator.listenerIds.first();
    openOn(accelerator.acceleratorId, listenerId);
    const CertificateListModel *model = m_window->certificateModel();
    int checked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ListenerCertificate *c = model->rowAt(row);
        const emu::CasRecord *record = recordOf(c->certificateId);
        if (!record)
            continue;
        ++checked;
        QCOMPARE(cell(row, CertificateListModel::NameColumn), record->name);
        const QDateTime notAfter = QDateTime::fromMSecsSinceEpoch(record->notAfterMs, Qt::UTC);
        QCOMPARE(cell(row, CertificateListModel::ExpiresColumn),
                 notAfter.toLocalTime().date().toString(Qt::ISODate));
        CasCertificate asCas;
        asCas.subjectAlternativeNames = record->subjectAlternativeNames;
        const bool covers = certs::covers(asCas, c->domain);
        QCOMPARE(cell(row, CertificateListModel::CoversColumn),
                 covers ? QStringLiteral("yes") : QStringLiteral("no"));
        // The badge's word follows the days left; the tooltip carries the rest.
        const QString word = cell(row, CertificateListModel::DaysLeftColumn, StateRole);
        QVERIFY2(!word.isEmpty() && word != u"no details", qPrintable(word));
        const QString tooltip = cell(row, CertificateListModel::NameColumn, Qt::ToolTipRole);
        QVERIFY2(tooltip.contains(record->subjectAlternativeNames.first()), qPrintable(tooltip));
        QVERIFY(tooltip.contains(record->serial));
    }
    QVERIFY(checked > 0);
}

void TestCertificateDetailsGui::deletedCertificateSaysNotInCas()
{
    // The mixed world leaves a few GA certificate IDs without a CAS record.
    QString acceleratorId;
    QString listenerId;
    for (const emu::EmuAccelerator &a : m_emulator->world().accelerators()) {
        for (const QString &id : a.listenerIds) {
            const emu::EmuListener *l = m_emulator->world().listener(id);
            for (const emu::EmuCertificate &c : l->additional) {
                if (acceleratorId.isEmpty() && !recordOf(c.certificateId)) {
                    acceleratorId = a.acceleratorId;
                    listenerId = id;
                }
            }
        }
    }
    QVERIFY2(!listenerId.isEmpty(), "the mixed world deletes some certificates from CAS");
    openOn(acceleratorId, listenerId);
    const CertificateListModel *model = m_window->certificateModel();
    bool seen = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (recordOf(model->rowAt(row)->certificateId))
            continue;
        seen = true;
        QCOMPARE(cell(row, CertificateListModel::NameColumn), QStringLiteral("not in CAS"));
        QVERIFY(cell(row, CertificateListModel::NameColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("GA still serves it")));
    }
    QVERIFY(seen);
}

void TestCertificateDetailsGui::lockedAcceleratorDisablesChanges()
{
    const emu::EmuAccelerator *locked = nullptr;
    for (const emu::EmuAccelerator &a : m_emulator->world().accelerators()) {
        if (a.state == u"finacialLocked")
            locked = &a;
    }
    QVERIFY(locked);
    openOn(locked->acceleratorId, locked->listenerIds.first());
    QVERIFY(m_window->certificateModel()->checkDomains(
                { m_window->certificateModel()->rowAt(0)->domain })
            == 0);
    QAction *dissociate = m_window->dissociateFlow()->action();
    QTRY_VERIFY(!dissociate->isEnabled());
    QVERIFY2(dissociate->toolTip().contains(QStringLiteral("overdue payment")),
             qPrintable(dissociate->toolTip()));
    QAction *associate = m_window->associateFlow()->action();
    QVERIFY(!associate->isEnabled());
    QVERIFY(associate->toolTip().contains(QStringLiteral("finacialLocked")));
    // An active accelerator's listener is not refused.
    const emu::EmuAccelerator &active = m_emulator->world().accelerators().first();
    openOn(active.acceleratorId, active.listenerIds.first());
    QVERIFY(m_window->certificateModel()->checkDomains(
                { m_window->certificateModel()->rowAt(0)->domain })
            == 0);
    QTRY_VERIFY(dissociate->isEnabled());
}

// Ctrl+F filters the tab on screen.
void TestCertificateDetailsGui::findFocusesTheCertificatesFilter()
{
    auto *views = m_window->findChild<QTabWidget *>(QStringLiteral("views"));
    QVERIFY(views);
    views->setCurrentWidget(m_window->certificatesView());
    m_window->activateWindow();
    m_window->findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    auto *filter = m_window->certificatesView()->findChild<QLineEdit *>(QStringLiteral("filter"));
    QVERIFY(filter);
    QTRY_VERIFY(filter->hasFocus());
    views->setCurrentIndex(0);
    m_window->findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    QTRY_VERIFY(m_window->acceleratorPane()->filterEdit()->hasFocus());
}

QTEST_MAIN(TestCertificateDetailsGui)
#include "tst_certificatedetailsgui.moc"
