#pragma once

#include "accountcertificatefilter.h"
#include "certs/certificatefacts.h"

#include <QDeadlineTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSpinBox;
class QTableView;
class QTimer;

namespace ga {

class AccountCertificateModel;
class AccountController;
class CertificateCatalog;
class CertificatePlanActions;
class ConsoleController;
class ErrorBanner;
class GaApi;
class OperationCenter;

// The account's Certificates view: every additional certificate of every HTTPS listener, one
// row each, with a filter box, the problem filters (expired, expiring within N days, not in
// CAS, not covering its domain), a sortable table with badges for days left and state, the
// checks and "Retire checked…" for them, "Retire domain…", and a context menu that says which
// listeners and domains use a row's certificate and offers "Replace certificate…". It builds
// its model, filter, controller and plan actions (CertificatePlanActions); it
// reads the account while it is shown, and again on each of the console's refreshes.
class CertificatesPane final : public QWidget
{
    Q_OBJECT

public:
    struct Services
    {
        GaApi *client = nullptr;
        OperationCenter *center = nullptr;
        CertificateCatalog *catalog = nullptr;
        ConsoleController *console = nullptr; // its refreshes are this view's ticks
        ErrorBanner *banner = nullptr;
    };

    explicit CertificatesPane(Services services, QWidget *parent = nullptr);
    ~CertificatesPane() override;

    void setClient(GaApi *client);
    void setCatalog(CertificateCatalog *catalog);
    void setProfile(const QString &profile, bool readOnly, bool production);
    // The badge's thresholds (the settings'); "expiring within" starts at the warning one.
    void setExpiryThresholds(const certs::ExpiryThresholds &thresholds);

    AccountCertificateModel *model() const { return m_model; }
    AccountCertificateFilter *filter() const { return m_filter; }
    AccountController *controller() const { return m_controller; }
    CertificatePlanActions *planActions() const { return m_plans; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QCheckBox *problemBox(AccountCertificateFilter::Problem problem) const;
    QSpinBox *expiringDaysBox() const { return m_days; }
    // The context menu of the row at `index` (of the view's model); the caller owns it.
    QMenu *createContextMenu(const QModelIndex &index, QWidget *parent);
    // Selects the row of `key` if the filters show it.
    bool selectKey(const QString &key);

signals:
    // A short message for the status bar, shown for `timeoutMs`.
    void message(const QString &text, int timeoutMs);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createFilterRow();
    QCheckBox *addProblemBox(const QString &text, const QString &name,
                             AccountCertificateFilter::Problem problem);
    void createTable();
    void checkSelected();
    void copyCertificateId(const QModelIndex &index);
    void updateStatus();
    void updateAnimation();

    AccountCertificateModel *m_model;
    AccountCertificateFilter *m_filter;
    AccountController *m_controller;
    CertificatePlanActions *m_plans;
    QLineEdit *m_filterEdit = nullptr;
    QHash<int, QCheckBox *> m_problemBoxes;
    QSpinBox *m_days = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_animation;
    QTimer *m_deferred; // status and animation, once after a burst of model signals
    QDeadlineTimer m_flashUntil { 0 };
};

} // namespace ga
