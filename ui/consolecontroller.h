#pragma once

#include "api/apierror.h"
#include "api/gaclient.h"
#include "api/gatypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace ga {

class AcceleratorTableModel;
class CertificateListModel;
class ListenerTableModel;

// Feeds the three models from a GaClient: accelerators on every refresh, listeners of the
// selected accelerator, certificates of the selected HTTPS listener. What is cached shows at
// once and is then refreshed; listeners of other accelerators are prefetched in the
// background through the client's scheduler. Never blocks: every call is a job.
class ConsoleController final : public QObject
{
    Q_OBJECT

public:
    ConsoleController(GaClient *client, AcceleratorTableModel *accelerators,
                      ListenerTableModel *listeners, CertificateListModel *certificates,
                      QObject *parent = nullptr);

    void setClient(GaClient *client);
    GaClient *client() const { return m_client; }

    void refresh();
    void selectAccelerator(const QString &acceleratorId);
    void selectListener(const QString &listenerId);
    void prefetchListeners(const QStringList &acceleratorIds);
    // A state a watcher read: the listener's row and the cache show it at once.
    void noteListenerState(const QString &acceleratorId, const QString &listenerId,
                           const QString &state);
    // After an operation on a listener: its accelerator's listeners, and its domains when
    // they are on screen, are read again (a diff: what went away leaves the list).
    void reloadListener(const QString &acceleratorId, const QString &listenerId);

    void setRefreshInterval(int seconds);
    int refreshInterval() const { return m_refreshTimer.interval() / 1000; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    const QDateTime &lastRefreshed() const { return m_lastRefreshed; }

    const QString &selectedAcceleratorId() const { return m_acceleratorId; }
    const QString &selectedListenerId() const { return m_listenerId; }
    const Listener *selectedListener() const;

signals:
    void refreshed(const QDateTime &at);
    void acceleratorsLoaded(int count);
    void listenersLoaded(const QString &acceleratorId, int count);
    void certificatesLoaded(const QString &listenerId, int count);
    void errorOccurred(const QString &context, const ga::ApiError &error);

private:
    void loadListeners(const QString &acceleratorId);
    void loadCertificates();

    QPointer<GaClient> m_client;
    AcceleratorTableModel *m_accelerators;
    ListenerTableModel *m_listeners;
    CertificateListModel *m_certificates;
    QHash<QString, QList<Listener>> m_listenerCache; // by accelerator
    QHash<QString, QList<ListenerCertificate>> m_certificateCache; // by listener
    QHash<QString, bool> m_listenersInFlight;
    // Accelerators whose listing in flight was asked before a change it cannot show: its
    // answer is dropped and the listing asked again.
    QSet<QString> m_listenersStale;
    QString m_acceleratorId;
    QString m_listenerId;
    QTimer m_refreshTimer;
    QDateTime m_lastRefreshed;
    bool m_paused = false;
    quint64 m_certificateRequests = 0; // numbers each listing, so an older answer that
    quint64 m_certificatesApplied = 0; // arrives late never overwrites a newer one
    bool m_acceleratorsInFlight = false;
};

} // namespace ga
