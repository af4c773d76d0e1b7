#include "consolecontroller.h"

#include "acceleratortablemodel.h"
#include "api/gaclient.h"
#include "certificatelistmodel.h"
#include "listenertablemodel.h"

namespace ga {

ConsoleController::ConsoleController(GaClient *client, AcceleratorTableModel *accelerators,
                                     ListenerTableModel *listeners,
                                     CertificateListModel *certificates, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_accelerators(accelerators)
    , m_listeners(listeners)
    , m_certificates(certificates)
{
    m_refreshTimer.setInterval(15'000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ConsoleController::refresh);
    m_refreshTimer.start();
}

void ConsoleController::setClient(GaClient *client)
{
    m_client = client;
    m_acceleratorsInFlight = false; // an answer still coming from the old client is ignored
    m_listenerCache.clear();
    m_certificateCache.clear();
    m_listenersInFlight.clear();
    m_listenersStale.clear();
    m_acceleratorId.clear();
    m_listenerId.clear();
    m_listeners->applySnapshot({});
    m_certificates->clear();
    refresh();
}

void ConsoleController::refresh()
{
    if (!m_client || m_acceleratorsInFlight)
        return;
    m_acceleratorsInFlight = true;
    const QDateTime askedAt = QDateTime::currentDateTimeUtc();
    GaClient *asked = m_client;
    m_client->listAccelerators()->onFinished(
        this, [this, askedAt, asked](const Result<QList<Accelerator>> &r) {
            if (asked != m_client)
                return; // the account changed meanwhile
            m_acceleratorsInFlight = false;
            if (!r.ok())
                return emit errorOccurred(tr("Listing accelerators failed."), r.error());
            m_accelerators->applySnapshot(r.value(), askedAt);
            m_lastRefreshed = QDateTime::currentDateTimeUtc();
            emit acceleratorsLoaded(int(r.value().size()));
            emit refreshed(m_lastRefreshed);
        });
    if (!m_acceleratorId.isEmpty())
        loadListeners(m_acceleratorId);
    if (!m_listenerId.isEmpty())
        loadCertificates();
}

void ConsoleController::selectAccelerator(const QString &acceleratorId)
{
    if (acceleratorId == m_acceleratorId)
        return;
    m_acceleratorId = acceleratorId;
    m_listenerId.clear();
    m_certificates->clear();
    m_listeners->applySnapshot(m_listenerCache.value(acceleratorId));
    if (!acceleratorId.isEmpty())
        loadListeners(acceleratorId);
}

void ConsoleController::selectListener(const QString &listenerId)
{
    if (listenerId == m_listenerId)
        return;
    m_listenerId = listenerId;
    const Listener *listener = selectedListener();
    if (!listener || !listener->isHttps()) {
        m_certificates->clear();
        return;
    }
    m_certificates->setCertificates(m_certificateCache.value(listenerId));
    loadCertificates();
}

const Listener *ConsoleController::selectedListener() const
{
    const int row = m_listeners->rowOf(m_listenerId);
    return row < 0 ? nullptr : m_listeners->rowAt(row);
}

void ConsoleController::prefetchListeners(const QStringList &acceleratorIds)
{
    for (const QString &id : acceleratorIds) {
        if (!m_listenerCache.contains(id))
            loadListeners(id);
    }
}

void ConsoleController::noteListenerState(const QString &acceleratorId, const QString &listenerId,
                                          const QString &state)
{
    auto cached = m_listenerCache.find(acceleratorId);
    if (cached != m_listenerCache.end()) {
        for (Listener &listener : *cached) {
            if (listener.listenerId == listenerId) {
                listener.state = state;
                listener.raw.insert(QStringLiteral("State"), state);
            }
        }
    }
    if (acceleratorId == m_acceleratorId)
        m_listeners->setListenerState(listenerId, state);
}

void ConsoleController::reloadListener(const QString &acceleratorId, const QString &listenerId)
{
    m_certificateCache.remove(listenerId);
    if (m_listenersInFlight.value(acceleratorId))
        m_listenersStale.insert(acceleratorId); // that answer may still say "updating"
    else if (acceleratorId == m_acceleratorId || m_listenerCache.contains(acceleratorId))
        loadListeners(acceleratorId);
    if (listenerId == m_listenerId)
        loadCertificates();
}

void ConsoleController::loadListeners(const QString &acceleratorId)
{
    if (!m_client || m_listenersInFlight.value(acceleratorId))
        return;
    m_listenersInFlight.insert(acceleratorId, true);
    const QDateTime askedAt = QDateTime::currentDateTimeUtc();
    GaClient *asked = m_client;
    m_client->listListeners(acceleratorId)
        ->onFinished(this, [this, acceleratorId, askedAt, asked](const Result<QList<Listener>> &r) {
            if (asked != m_client)
                return;
            m_listenersInFlight.remove(acceleratorId);
            if (m_listenersStale.remove(acceleratorId))
                return loadListeners(acceleratorId);
            if (!r.ok()) {
                if (acceleratorId == m_acceleratorId)
                    emit errorOccurred(tr("Listing the listeners of %1 failed.").arg(acceleratorId),
                                       r.error());
                return;
            }
            m_listenerCache.insert(acceleratorId, r.value());
            if (acceleratorId != m_acceleratorId)
                return;
            m_listeners->applySnapshot(r.value(), askedAt);
            emit listenersLoaded(acceleratorId, int(r.value().size()));
        });
}

void ConsoleController::loadCertificates()
{
    const Listener *listener = selectedListener();
    if (!m_client || !listener || !listener->isHttps())
        return;
    const QString listenerId = listener->listenerId;
    const QDateTime askedAt = QDateTime::currentDateTimeUtc();
    GaClient *asked = m_client;
    const quint64 request = ++m_certificateRequests;
    m_client
        ->listListenerCertificates(listener->acceleratorId.isEmpty() ? m_acceleratorId
                                                                     : listener->acceleratorId,
                                   listenerId, CertificateRole::All)
        ->onFinished(this,
                     [this, listenerId, askedAt, asked,
                      request](const Result<QList<ListenerCertificate>> &r) {
                         if (asked != m_client || request < m_certificatesApplied)
                             return;
                         if (!r.ok()) {
                             if (listenerId == m_listenerId)
                                 emit errorOccurred(
                                     tr("Listing the certificates of %1 failed.").arg(listenerId),
                                     r.error());
                             return;
                         }
                         m_certificatesApplied = request;
                         m_certificateCache.insert(listenerId, r.value());
                         if (listenerId != m_listenerId)
                             return;
                         m_certificates->setCertificates(r.value(), askedAt);
                         emit certificatesLoaded(listenerId, int(r.value().size()));
                     });
}

void ConsoleController::setRefreshInterval(int seconds)
{
    m_refreshTimer.setInterval(std::max(1, seconds) * 1000);
}

void ConsoleController::setPaused(bool paused)
{
    m_paused = paused;
    if (paused)
        m_refreshTimer.stop();
    else
        m_refreshTimer.start();
}

} // namespace ga
