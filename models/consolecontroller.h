#pragma once

#include "api/apierror.h"
#include "api/gaapi.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ga {

class AcceleratorTableModel;
class CertificateCatalog;
class CertificateListModel;
class ChangeOperation;
class JobBase;
class ListenerTableModel;
class OperationCenter;

// The only writer of the console's three item models. It feeds them from a GaApi
// (accelerators on every refresh, listeners of the selected accelerator, certificates of
// the selected HTTPS listener: what is cached shows at once and is then refreshed; listeners
// of other accelerators are prefetched) and from the OperationCenter it follows (a listener's
// badge while a change runs on it, the domains being changed, the listing read again when a
// change is done). One listing of each thing is in flight at a time: a newer question
// cancels the older one, so a late answer can never overwrite a newer one. Links no widgets.
class ConsoleController final : public QObject
{
    Q_OBJECT

public:
    struct Models
    {
        AcceleratorTableModel *accelerators = nullptr;
        ListenerTableModel *listeners = nullptr;
        CertificateListModel *certificates = nullptr;
    };

    ConsoleController(GaApi *api, OperationCenter *center, Models models,
                      QObject *parent = nullptr);
    ~ConsoleController() override;

    void setClient(GaApi *api);
    GaApi *client() const { return m_api; }
    // The session's CAS details: the domain list shows them, and each listing asks the
    // catalog for the certificate IDs it does not know yet. Null: no details.
    void setCatalog(CertificateCatalog *catalog);
    CertificateCatalog *catalog() const;

    void refresh();
    void selectAccelerator(const QString &acceleratorId);
    void selectListener(const QString &listenerId);
    void prefetchListeners(const QStringList &acceleratorIds);

    void setRefreshInterval(int seconds);
    int refreshInterval() const { return m_refreshTimer.interval() / 1000; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    const QDateTime &lastRefreshed() const { return m_lastRefreshed; }

    const QString &selectedAcceleratorId() const { return m_acceleratorId; }
    const QString &selectedListenerId() const { return m_listenerId; }
    const Listener *selectedListener() const;
    const Accelerator *selectedAccelerator() const;

signals:
    void refreshed(const QDateTime &at);
    void acceleratorsLoaded(int count);
    void listenersLoaded(const QString &acceleratorId, int count);
    void certificatesLoaded(const QString &listenerId, int count);
    void errorOccurred(const QString &context, const ga::ApiError &error);

private:
    void loadListeners(const QString &acceleratorId);
    void loadCertificates();
    void lookUpDetails(const QList<ListenerCertificate> &certificates);
    // Makes `job` the listing of `key` that counts and cancels the one it supersedes.
    void track(const QString &key, JobBase *job);
    // True, once, for the answer of the listing that counts.
    bool takeIfCurrent(const QString &key, const JobBase *job);
    void cancelListings();
    // From the operations: the state a watcher read, the badge, the domains being changed.
    void onOperationChanged(ChangeOperation *operation);
    void onOperationFinished(ChangeOperation *operation);
    void applyListenerState(const QString &acceleratorId, const QString &listenerId,
                            const QString &state);
    void updateListenerBadge(const QString &listenerId);
    void updateChangingDomains();
    void tick();

    QPointer<GaApi> m_api;
    QPointer<CertificateCatalog> m_catalog;
    OperationCenter *m_center;
    Models m_models;
    QHash<QString, QList<Listener>> m_listenerCache; // by accelerator
    QHash<QString, QList<ListenerCertificate>> m_certificateCache; // by listener
    // The listing in flight of each thing (accelerators, one accelerator's listeners, the
    // selected listener's certificates): the one whose answer counts.
    QHash<QString, QPointer<JobBase>> m_listings;
    QString m_acceleratorId;
    QString m_listenerId;
    QTimer m_refreshTimer;
    QTimer m_ticker; // a retry countdown on a badge
    QDateTime m_lastRefreshed;
    bool m_paused = false;
};

} // namespace ga
