#include "mainwindow.h"

#include "acceleratortablemodel.h"
#include "api/casapi.h"
#include "api/gaclient.h"
#include "associateflow.h"
#include "certificatedisplay.h"
#include "certificatelistmodel.h"
#include "certificateplanactions.h"
#include "certificatespane.h"
#include "certs/certificatecatalog.h"
#include "consolecontroller.h"
#include "dissociateflow.h"
#include "errorbanner.h"
#include "filterproxymodel.h"
#include "listenertablemodel.h"
#include "logging.h"
#include "mainmenu.h"
#include "modelroles.h"
#include "noticebar.h"
#include "operationsdock.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "paneactions.h"
#include "planflow.h"
#include "resourcepane.h"
#include "statebadgedelegate.h"
#include "undoflow.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ga {

MainWindow::MainWindow(GaClient *client, Options options, OperationCenter *operations,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_accelerators(new AcceleratorTableModel(this))
    , m_listeners(new ListenerTableModel(this))
    , m_certificates(new CertificateListModel(this))
    , m_controller(new ConsoleController(client, operations,
                                         { m_accelerators, m_listeners, m_certificates }, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // One catalog of CAS details per account, for the domain list and the Certificates view.
    m_catalog = new CertificateCatalog(client ? client->cas() : nullptr, this);
    m_controller->setCatalog(m_catalog);
    m_certificates->setExpiryThresholds(display::savedExpiryThresholds());

    m_acceleratorPane = new ResourcePane(tr("Accelerators"), QStringLiteral("accelerators"),
                                         m_accelerators, AcceleratorTableModel::StateColumn);
    m_listenerPane = new ResourcePane(tr("Listeners"), QStringLiteral("listeners"), m_listeners,
                                      ListenerTableModel::StateColumn);
    m_certificatePane = new ResourcePane(tr("Certificate domains"), QStringLiteral("certificates"),
                                         m_certificates, CertificateListModel::StateColumn);
    m_certificatePane->view()->setItemDelegateForColumn(CertificateListModel::DaysLeftColumn,
                                                        new StateBadgeDelegate(this));
    m_defaultCertificate = new QLabel(this);
    m_defaultCertificate->setObjectName(QStringLiteral("defaultCertificate"));
    m_banner = new ErrorBanner(this);

    auto *certificateBox = new QWidget(this);
    auto *certificateLayout = new QVBoxLayout(certificateBox);
    certificateLayout->setContentsMargins(0, 0, 0, 0);
    Q_ASSERT(operations);
    const ConsoleController::Models models { m_accelerators, m_listeners, m_certificates };
    m_flow = new DissociateFlow(operations, m_controller, models, m_banner, this);
    m_notice = new NoticeBar(this);
    m_undo = new UndoFlow(operations, m_controller, models, m_banner, m_notice, this);
    m_associate = new AssociateFlow(operations, m_controller, models, this);
    m_operationsDock = new OperationsDock(operations, this);
    m_operationsDock->setUndoFlow(m_undo);
    m_paneActions
        = new PaneActions({ m_acceleratorPane, m_listenerPane, m_certificatePane }, m_certificates,
                          { m_flow->action(), m_associate->action() }, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_operationsDock);
    // The panes come first; the history takes a strip below until the admin drags it.
    resizeDocks({ m_operationsDock }, { 5 * fontMetrics().height() }, Qt::Vertical);

    certificateLayout->addWidget(m_certificatePane);
    auto *certificateFooter = new QHBoxLayout;
    certificateFooter->addWidget(m_defaultCertificate, 1);
    certificateFooter->addWidget(m_flow->counter());
    certificateLayout->addLayout(certificateFooter);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_listenerPane);
    lower->addWidget(certificateBox);
    auto *panes = new QSplitter(Qt::Vertical, this);
    panes->setObjectName(QStringLiteral("panes"));
    panes->addWidget(m_acceleratorPane);
    panes->addWidget(lower);
    // The accelerators a little more than half: on a 2x screen that is a third row to read.
    panes->setStretchFactor(0, 11);
    panes->setStretchFactor(1, 9);

    m_certificatesView
        = new CertificatesPane({ client, operations, m_catalog, m_controller, m_banner }, this);
    m_certificatesView->setExpiryThresholds(display::savedExpiryThresholds());
    auto *views = new QTabWidget(this);
    views->setObjectName(QStringLiteral("views"));
    views->setAccessibleName(tr("Views"));
    views->setDocumentMode(true);
    views->addTab(panes, tr("A&ccelerators"));
    views->addTab(m_certificatesView, tr("Cer&tificates"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_notice);
    layout->addWidget(views, 1);
    setCentralWidget(central);

    m_proxyStatus = new QLabel(this);
    m_proxyStatus->setObjectName(QStringLiteral("proxyStatus"));
    statusBar()->addPermanentWidget(m_proxyStatus);
    m_lastRefreshedLabel = new QLabel(this);
    m_lastRefreshedLabel->setObjectName(QStringLiteral("lastRefreshed"));
    statusBar()->addPermanentWidget(m_lastRefreshedLabel);
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &MainWindow::updateLastRefreshed);
    m_clock->start();

    createActions();
    createToolBar();
    m_menu = new MainMenu(
        this,
        { m_profilesAction, m_proxyAction, m_refreshAction, m_pauseAction, m_operationsDock });
    applyOptions(options);
    connectPanes();
    setTabOrder(m_acceleratorPane->filterEdit(), m_acceleratorPane->view());
    setTabOrder(m_acceleratorPane->view(), m_listenerPane->filterEdit());
    setTabOrder(m_listenerPane->filterEdit(), m_listenerPane->view());
    setTabOrder(m_listenerPane->view(), m_certificatePane->filterEdit());
    setTabOrder(m_certificatePane->filterEdit(), m_certificatePane->view());

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, in logical pixels, whatever its scale factor.
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            resize(screen->availableGeometry().size() * 4 / 5);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_controller->refresh();
    m_flow->resumeUnfinished();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QSettings().setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::applyOptions(const Options &options)
{
    setWindowTitle(options.titleSuffix.isEmpty() ? tr("GA Console")
                                                 : tr("GA Console — %1").arg(options.titleSuffix));
    // A production profile is impossible to miss: the tool bar strip turns red.
    setStyleSheet(options.production
                      ? QStringLiteral("QToolBar { background: #b3261e; color: white; }")
                      : QString());
    m_flow->setProfile(options.profile, options.readOnly, options.production);
    m_undo->setProfile(options.profile, options.readOnly, options.production);
    m_associate->setProfile(options.profile, options.readOnly, options.production);
    m_certificatesView->setProfile(options.profile, options.readOnly, options.production);
    m_operationsDock->updateButtons();
}

void MainWindow::setClient(GaClient *client, const Options &options)
{
    applyOptions(options);
    m_banner->hide();
    m_notice->hide(); // the other account's "Re-associate" is not this one's
    m_catalog->setApi(client ? client->cas() : nullptr);
    m_controller->setClient(client);
    m_certificatesView->setClient(client);
    m_flow->updateAction();
    m_flow->resumeUnfinished();
}

void MainWindow::setProfiles(const QStringList &names, const QString &current)
{
    const QSignalBlocker blocker(m_profileSwitcher);
    m_profileSwitcher->clear();
    if (!current.isEmpty() && !names.contains(current))
        m_profileSwitcher->addItem(current, QString());
    for (const QString &name : names)
        m_profileSwitcher->addItem(name, name);
    m_profileSwitcher->setCurrentIndex(std::max(0, m_profileSwitcher->findText(current)));
}

void MainWindow::setProxyStatus(const QString &text)
{
    m_proxyStatus->setText(text);
    m_proxyStatus->setAccessibleName(text);
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(
        tr("Read accelerators, listeners, domains and certificate details again (F5)"));
    connect(m_refreshAction, &QAction::triggered, m_controller, &ConsoleController::refresh);
    // The live refresh reads GA only; CAS details are cached for the session and read again
    // when asked (certificates change rarely; their names and dates do not flicker).
    connect(m_refreshAction, &QAction::triggered, m_catalog, &CertificateCatalog::refresh);

    m_pauseAction = new QAction(tr("&Pause live refresh"), this);
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    m_pauseAction->setCheckable(true);
    connect(m_pauseAction, &QAction::toggled, m_controller, &ConsoleController::setPaused);

    m_findAction = new QAction(tr("&Filter"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        // The filter of the tab on screen: the Certificates view's, or the focused pane's.
        auto *edit = m_certificatesView->isVisible()
            ? m_certificatesView->findChild<QLineEdit *>(QStringLiteral("filter"))
            : m_paneActions->focusedPane()->filterEdit();
        edit->setFocus(Qt::ShortcutFocusReason);
        edit->selectAll();
    });

    m_profilesAction = new QAction(tr("P&rofiles…"), this);
    m_profilesAction->setObjectName(QStringLiteral("profilesAction"));
    m_profilesAction->setToolTip(tr("Add, edit, remove or import profiles"));
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::manageProfilesRequested);

    m_proxyAction = new QAction(tr("Pro&xy…"), this);
    m_proxyAction->setObjectName(QStringLiteral("proxySettingsAction"));
    m_proxyAction->setToolTip(tr("No proxy, the system's, or a manual HTTP or SOCKS5 proxy"));
    connect(m_proxyAction, &QAction::triggered, this, &MainWindow::proxySettingsRequested);

    for (QAction *action : { m_refreshAction, m_findAction })
        addAction(action);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_pauseAction);
    toolBar->addAction(m_flow->action());
    toolBar->addAction(m_associate->action());
    auto *label = new QLabel(tr("Every"), toolBar);
    m_interval = new QSpinBox(toolBar);
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    m_interval->setRange(5, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setAccessibleName(tr("Refresh interval in seconds"));
    m_interval->setValue(QSettings().value(QStringLiteral("refresh/interval"), 15).toInt());
    label->setBuddy(m_interval);
    m_controller->setRefreshInterval(m_interval->value());
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_controller->setRefreshInterval(seconds);
        QSettings().setValue(QStringLiteral("refresh/interval"), seconds);
    });
    toolBar->addWidget(label);
    toolBar->addWidget(m_interval);
    toolBar->addSeparator();
    auto *profileLabel = new QLabel(tr("Profile"), toolBar);
    m_profileSwitcher = new QComboBox(toolBar);
    m_profileSwitcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileSwitcher->setAccessibleName(tr("Profile"));
    m_profileSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    profileLabel->setBuddy(m_profileSwitcher);
    connect(m_profileSwitcher, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profileSwitcher->itemData(index).toString();
        if (!name.isEmpty())
            emit profileRequested(name);
    });
    toolBar->addWidget(profileLabel);
    toolBar->addWidget(m_profileSwitcher);
    toolBar->addAction(m_profilesAction);
    toolBar->addAction(m_proxyAction);
    toolBar->addSeparator();
    toolBar->addAction(m_operationsDock->toggleViewAction());
}

void MainWindow::connectPanes()
{
    connect(m_acceleratorPane, &ResourcePane::currentIdChanged, m_controller,
            &ConsoleController::selectAccelerator);
    connect(m_listenerPane, &ResourcePane::currentIdChanged, m_controller,
            &ConsoleController::selectListener);
    connect(m_controller, &ConsoleController::errorOccurred, m_banner,
            [this](const QString &context, const ApiError &error) {
                m_banner->showError(context, error);
            });
    connect(m_listenerPane, &ResourcePane::currentIdChanged, m_flow, &DissociateFlow::updateAction);
    connect(m_certificates, &CertificateListModel::checkRefused, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 10'000); });
    connect(m_flow, &DissociateFlow::announced, this,
            [this](const QString &title, const QString &message) {
                //: A desktop notification shown in the status bar: its title, then its text.
                statusBar()->showMessage(tr("%1: %2").arg(title, message), 15'000);
            });
    connect(m_paneActions, &PaneActions::message, statusBar(), &QStatusBar::showMessage);
    connect(m_certificatesView, &CertificatesPane::message, statusBar(), &QStatusBar::showMessage);
    connect(m_operationsDock, &OperationsDock::planRequested,
            m_certificatesView->planActions()->flow(), &PlanFlow::showPlan);
    connect(m_listenerPane, &ResourcePane::currentIdChanged, m_associate,
            &AssociateFlow::updateAction);
    connect(m_controller, &ConsoleController::refreshed, this, &MainWindow::updateLastRefreshed);
    connect(m_controller, &ConsoleController::acceleratorsLoaded, this, [this](int count) {
        m_acceleratorPane->setStatusText(tr("%n accelerator(s)", nullptr, count));
        // scripts/check-deb.sh waits for this line (ga.ui.debug=true) to know the installed
        // console reached the account and shows what it read.
        qCDebug(lcUi, "accelerator pane lists %d accelerator(s)", count);
        // Prefetch the listeners of what is on screen, so a click shows them at once.
        QStringList visible;
        for (int row = 0; row < std::min(m_acceleratorPane->proxy()->rowCount(), 50); ++row)
            visible.append(m_acceleratorPane->proxy()->index(row, 0).data(IdRole).toString());
        m_controller->prefetchListeners(visible);
    });
    connect(m_controller, &ConsoleController::listenersLoaded, this,
            [this](const QString &, int count) {
                m_listenerPane->setStatusText(tr("%n listener(s)", nullptr, count));
            });
    connect(m_certificates, &CertificateListModel::modelReset, this,
            &MainWindow::updateDefaultCertificate);
    connect(m_controller, &ConsoleController::certificatesLoaded, this,
            &MainWindow::updateDefaultCertificate);
}

void MainWindow::updateLastRefreshed()
{
    const QDateTime last = m_controller->lastRefreshed();
    if (!last.isValid()) {
        m_lastRefreshedLabel->setText(tr("Not refreshed yet"));
        return;
    }
    const qint64 seconds = last.secsTo(QDateTime::currentDateTimeUtc());
    QString text = tr("Last refreshed %n s ago", nullptr, int(seconds));
    if (m_controller->isPaused())
        text += tr(" (paused)");
    m_lastRefreshedLabel->setText(text);
}

void MainWindow::updateDefaultCertificate()
{
    const auto &certificate = m_certificates->defaultCertificate();
    m_defaultCertificate->setText(
        certificate
            ? tr("Default certificate: %1 (not removable here)").arg(certificate->certificateId)
            : QString());
    m_certificatePane->setStatusText(tr("%n domain(s)", nullptr, m_certificates->rowCount()));
}

} // namespace ga
