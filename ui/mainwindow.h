#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimer;

namespace ga {

class AcceleratorTableModel;
class AssociateFlow;
class CertificateCatalog;
class CertificateListModel;
class CertificatesPane;
class ConsoleController;
class DissociateFlow;
class ErrorBanner;
class GaClient;
class ListenerTableModel;
class MainMenu;
class NoticeBar;
class UndoFlow;
class OperationCenter;
class OperationJournal;
class OperationsDock;
class PaneActions;
class ResourcePane;

// The console: accelerators on top, the selected accelerator's listeners and the selected
// HTTPS listener's certificate domains below, an error banner, and live refresh; in a second
// tab, every certificate of the account (CertificatesPane).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        QString titleSuffix; // e.g. "Demo"
        QString profile; // the saved profile in use; empty for the demo or the environment
        bool production = false;
        bool readOnly = false;
    };

    // `operations` runs the changes and outlives profile switches (and the window): the
    // program's composition root makes it, never the window.
    MainWindow(GaClient *client, Options options, OperationCenter *operations,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Points the window at another account: the panes reload from the new client.
    void setClient(GaClient *client, const Options &options);
    // Fills the profile switcher; `current` is selected (an entry of its own when not a profile,
    // such as "Demo").
    void setProfiles(const QStringList &names, const QString &current);
    // The proxy in effect, for the status bar ("Proxy: none", "Proxy: HTTP host:3128").
    void setProxyStatus(const QString &text);

    ConsoleController *controller() const { return m_controller; }
    CertificateCatalog *certificateCatalog() const { return m_catalog; }
    ResourcePane *acceleratorPane() const { return m_acceleratorPane; }
    ResourcePane *listenerPane() const { return m_listenerPane; }
    ResourcePane *certificatePane() const { return m_certificatePane; }
    // The account's Certificates view, the second tab.
    CertificatesPane *certificatesView() const { return m_certificatesView; }
    ErrorBanner *errorBanner() const { return m_banner; }
    CertificateListModel *certificateModel() const { return m_certificates; }
    ListenerTableModel *listenerModel() const { return m_listeners; }
    DissociateFlow *dissociateFlow() const { return m_flow; }
    OperationsDock *operationsDock() const { return m_operationsDock; }
    UndoFlow *undoFlow() const { return m_undo; }
    AssociateFlow *associateFlow() const { return m_associate; }
    NoticeBar *noticeBar() const { return m_notice; }
    MainMenu *mainMenu() const { return m_menu; }

signals:
    void profileRequested(const QString &name);
    void manageProfilesRequested();
    void proxySettingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void connectPanes();
    void applyOptions(const Options &options);
    void updateLastRefreshed();
    void updateDefaultCertificate();

    AcceleratorTableModel *m_accelerators;
    ListenerTableModel *m_listeners;
    CertificateListModel *m_certificates;
    ConsoleController *m_controller;
    CertificateCatalog *m_catalog = nullptr;
    DissociateFlow *m_flow = nullptr;
    OperationsDock *m_operationsDock = nullptr;
    PaneActions *m_paneActions = nullptr;
    UndoFlow *m_undo = nullptr;
    AssociateFlow *m_associate = nullptr;
    NoticeBar *m_notice = nullptr;
    MainMenu *m_menu = nullptr;
    ResourcePane *m_acceleratorPane = nullptr;
    ResourcePane *m_listenerPane = nullptr;
    ResourcePane *m_certificatePane = nullptr;
    CertificatesPane *m_certificatesView = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLabel *m_defaultCertificate = nullptr;
    QLabel *m_lastRefreshedLabel = nullptr;
    QLabel *m_proxyStatus = nullptr;
    QSpinBox *m_interval = nullptr;
    QComboBox *m_profileSwitcher = nullptr;
    QTimer *m_clock = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_proxyAction = nullptr;
};

} // namespace ga
