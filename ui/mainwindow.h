#pragma once

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimer;

namespace ga {

class AcceleratorTableModel;
class CertificateListModel;
class ConsoleController;
class ErrorBanner;
class GaClient;
class ListenerTableModel;
class ResourcePane;

// The console: accelerators on top, the selected accelerator's listeners and the selected
// HTTPS listener's certificate domains below, an error banner, and live refresh.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        QString titleSuffix; // e.g. "Demo"
        bool production = false;
    };

    MainWindow(GaClient *client, Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Points the window at another account: the panes reload from the new client.
    void setClient(GaClient *client, const Options &options);
    // Fills the profile switcher; `current` is selected (an entry of its own when not a profile,
    // such as "Demo").
    void setProfiles(const QStringList &names, const QString &current);

    ConsoleController *controller() const { return m_controller; }
    ResourcePane *acceleratorPane() const { return m_acceleratorPane; }
    ResourcePane *listenerPane() const { return m_listenerPane; }
    ResourcePane *certificatePane() const { return m_certificatePane; }
    ErrorBanner *errorBanner() const { return m_banner; }
    CertificateListModel *certificateModel() const { return m_certificates; }

signals:
    void profileRequested(const QString &name);
    void manageProfilesRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void connectPanes();
    void applyOptions(const Options &options);
    void updateLastRefreshed();
    void updateDefaultCertificate();
    ResourcePane *focusedPane() const;
    void copySelectedIds();
    void copySelectedJson();
    void showContextMenu(ResourcePane *pane, const QPoint &position);

    AcceleratorTableModel *m_accelerators;
    ListenerTableModel *m_listeners;
    CertificateListModel *m_certificates;
    ConsoleController *m_controller;
    ResourcePane *m_acceleratorPane = nullptr;
    ResourcePane *m_listenerPane = nullptr;
    ResourcePane *m_certificatePane = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLabel *m_defaultCertificate = nullptr;
    QLabel *m_lastRefreshedLabel = nullptr;
    QSpinBox *m_interval = nullptr;
    QComboBox *m_profileSwitcher = nullptr;
    QTimer *m_clock = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_copyJsonAction = nullptr;
    QAction *m_profilesAction = nullptr;
};

} // namespace ga
