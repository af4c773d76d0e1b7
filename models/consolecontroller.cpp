#include "consolecontroller.h"

#include "acceleratortablemodel.h"
#include "api/gaapi.h"
#include "certificatelistmodel.h"
#include "certs/certificatecatalog.h"
#include "listenertablemodel.h"
#include "operationstate.h"
#include "ops/changeoperation.h"
#include "ops/operationcenter.h"

#include <QSet>

namespace ga {
namespace {

using Phase = ChangeOperation::Phase;

// Domains of a change that ended well a moment ago stay marked until the listing that
// no longer has them arrives, so they never look checkable again in between.
constexpr qint64 recentlyDoneMs = 60'000;

// The keys of the listings in flight: one of each at a time.
const QString acceleratorsKey = QStringLiteral("accelerators");
const QString certificatesKey = QStringLiteral("certificates");
QString listenersKey(const QString &acceleratorId)
{
    return QStringLiteral("listeners/") + acceleratorId;
}

} // namespace

ConsoleController::ConsoleController(GaApi *api, OperationCenter *center, Models models,
                                     QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_center(center)
    , m_models(models)
{
    m_refreshTimer.setInterval(15'000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ConsoleController::refresh);
    m_refreshTimer.start();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ConsoleController::tick);
    connect(m_center, &OperationCenter::operationAdded, this,
            &ConsoleController::onOperationChanged);
    connect(m_center, &OperationCenter::operationChanged, this,
            &ConsoleController::onOperationChanged);
    connect(m_center, &OperationCenter::operationFinished, this,
            &ConsoleController::onOperationFinished);
}

ConsoleController::~ConsoleController()
{
    cancelListings();
}

void ConsoleController::track(const QString &key, JobBase *job)
{
    const QPointer<JobBase> superseded = m_listings.value(key);
    m_listings.insert(key, job);
    if (superseded && !superseded->isFinished())
        superseded->cancel();
}

bool ConsoleController::takeIfCurrent(const QString &key, const JobBase *job)
{
    if (m_listings.value(key) != job)
        return false;
    m_listings.remove(key);
    return true;
}

void ConsoleController::cancelListings()
{
    // Out of their slots first, so that their Cancelled answers are not applied.
    const QHash<QString, QPointer<JobBase>> listings = std::exchange(m_listings, {});
    for (const QPointer<JobBase> &job : listings) {
        if (job && !job->isFinished())
            job->cancel();
    }
}

void ConsoleController::setClient(GaApi *api)
{
    cancelListings(); // an answer still coming from the old account is never applied
    m_api = api;
    m_listenerCache.clear();
    m_certificateCache.clear();
    m_acceleratorId.clear();
    m_listenerId.clear();
    m_models.listeners->applySnapshot({});
    m_models.certificates->clear();
    refresh();
}

void ConsoleController::refresh()
{
    if (!m_api)
        return;
    const QDateTime askedAt = QDateTime::currentDateTimeUtc();
    auto *job = m_api->listAccelerators();
    track(acceleratorsKey, job);
    job->onFinished(this, [this, job, askedAt](const Result<QList<Accelerator>> &r) {
        if (!takeIfCurrent(acceleratorsKey, job))
            return;
        if (!r.ok())
            return emit errorOccurred(tr("Listing accelerators failed."), r.error());
        m_models.accelerators->applySnapshot(r.value(), askedAt);
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
    m_models.certificates->clear();
    m_models.listeners->applySnapshot(m_listenerCache.value(acceleratorId));
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
        if (const QPointer<JobBase> listing = m_listings.take(certificatesKey))
            listing->cancel();
        m_models.certificates->clear();
        return;
    }
    m_models.certificates->setCertificates(m_certificateCache.value(listenerId));
    updateChangingDomains();
    loadCertificates();
}

const Listener *ConsoleController::selectedListener() const
{
    const int row = m_models.listeners->rowOf(m_listenerId);
    return row < 0 ? nullptr : m_models.listeners->rowAt(row);
}

void ConsoleController::setCatalog(CertificateCatalog *catalog)
{
    if (m_catalog)
        m_catalog->disconnect(this);
    m_catalog = catalog;
    m_models.certificates->setCatalog(catalog);
    if (!catalog)
        return;
    connect(catalog, &CertificateCatalog::detailsChanged, this,
            [this](const QStringList &ids) { m_models.certificates->refreshDetails(ids); });
    lookUpDetails(m_certificateCache.value(m_listenerId));
}

CertificateCatalog *ConsoleController::catalog() const
{
    return m_catalog;
}

void ConsoleController::lookUpDetails(const QList<ListenerCertificate> &certificates)
{
    if (!m_catalog)
        return;
    QStringList ids;
    for (const ListenerCertificate &certificate : certificates)
        ids.append(certificate.certificateId);
    m_catalog->lookUp(ids);
}

const Accelerator *ConsoleController::selectedAccelerator() const
{
    const int row = m_models.accelerators->rowOf(m_acceleratorId);
    return row < 0 ? nullptr : m_models.accelerators->rowAt(row);
}

void ConsoleController::prefetchListeners(const QStringList &acceleratorIds)
{
    for (const QString &id : acceleratorIds) {
        if (!m_listenerCache.contains(id) && !m_listings.value(listenersKey(id)))
            loadListeners(id);
    }
}

void ConsoleController::loadListeners(const QString &acceleratorId)
{
    if (!m_api)
        return;
    const QDateTime askedAt = QDateTime::currentDateTimeUtc();
    const QString key = listenersKey(acceleratorId);
    auto *job = m_api->listListeners(acceleratorId);
    track(key, job);
    job->onFinished(
        this, [this, job, key, acceleratorId, askedAt](const Result<QList<Listener>> &r) {
            if (!takeIfCurrent(key, job))
                return;
            if (!r.ok()) {
                if (acceleratorId == m_acceleratorId)
                    emit errorOccurred(tr("Listing the listeners of %1 failed.").arg(acceleratorId),
                                       r.error());
                return;
            }
            m_listenerCache.insert(acceleratorId, r.value());
            if (acceleratorId != m_acceleratorId)
                return;
            m_models.listeners->applySnapshot(r.value(), askedAt);
            emit listenersLoaded(acceleratorId, int(r.value().size()));
        });
}

void ConsoleController::loadCertificates()
{
    const Listener *listener = selectedListener();
    if (!m_api || !listener || !listener->isHttps())
        return;
    const QString listenerId = listener->listenerId;
    const QDateTime askedAt = QDateTime::currentDateTimeUtc();
    auto *job = m_api->listListenerCertificates(
        listener->acceleratorId.isEmpty() ? m_acceleratorId : listener->acceleratorId, listenerId,
        CertificateRole::All);
    track(certificatesKey, job);
    job->onFinished(
        this, [this, job, listenerId, askedAt](const Result<QList<ListenerCertificate>> &r) {
            if (!takeIfCurrent(certificatesKey, job))
                return;
            if (!r.ok()) {
                if (listenerId == m_listenerId)
                    emit errorOccurred(tr("Listing the certificates of %1 failed.").arg(listenerId),
                                       r.error());
                return;
            }
            m_certificateCache.insert(listenerId, r.value());
            if (listenerId != m_listenerId)
                return;
            m_models.certificates->setCertificates(r.value(), askedAt);
            lookUpDetails(r.value());
            updateChangingDomains();
            emit certificatesLoaded(listenerId, int(r.value().size()));
        });
}

void ConsoleController::onOperationChanged(ChangeOperation *operation)
{
    const OperationRecord &record = operation->record();
    if (operation->phase() == Phase::Watching && !record.lastState.isEmpty())
        applyListenerState(record.acceleratorId, record.listenerId, record.lastState);
    updateListenerBadge(record.listenerId);
    updateChangingDomains();
    if (operation->retryInMs() > 0 && !m_ticker.isActive())
        m_ticker.start();
}

void ConsoleController::onOperationFinished(ChangeOperation *operation)
{
    const OperationRecord &record = operation->record();
    if (operation->phase() == Phase::Done || operation->phase() == Phase::AcceptedUnwatched) {
        applyListenerState(record.acceleratorId, record.listenerId, activeState());
        // Read again: a listing in flight, asked before the change, is superseded.
        m_certificateCache.remove(record.listenerId);
        if (record.acceleratorId == m_acceleratorId
            || m_listenerCache.contains(record.acceleratorId))
            loadListeners(record.acceleratorId);
        if (record.listenerId == m_listenerId)
            loadCertificates();
    }
    updateListenerBadge(record.listenerId);
    updateChangingDomains();
}

void ConsoleController::applyListenerState(const QString &acceleratorId, const QString &listenerId,
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
        m_models.listeners->setListenerState(listenerId, state);
}

void ConsoleController::updateListenerBadge(const QString &listenerId)
{
    // GA's own state shows once a watcher has read one; before that, the console's words.
    OperationStateText activity;
    for (const ChangeOperation *operation : m_center->operations()) {
        if (operation->isFinished() || operation->record().listenerId != listenerId)
            continue;
        if (operation->phase() == Phase::Watching && !operation->record().lastState.isEmpty()) {
            activity = {};
            break;
        }
        if (activity.state.isEmpty())
            activity = describeOperation(*operation);
    }
    m_models.listeners->setActivity(listenerId, activity.state, activity.badge);
}

void ConsoleController::updateChangingDomains()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> domains;
    for (const ChangeOperation *operation : m_center->operations()) {
        const OperationRecord &record = operation->record();
        // An association's domains are not listed yet; the others' are, and are busy.
        if (record.listenerId != m_listenerId || record.kind == ChangeKind::Associate)
            continue;
        const bool recentlyDone
            = operation->phase() == Phase::Done && record.updatedAt.msecsTo(now) < recentlyDoneMs;
        if (!operation->isFinished() || recentlyDone) {
            for (const ChangeItem &item : record.items)
                domains.insert(item.domain);
        }
    }
    m_models.certificates->setDissociating(domains);
}

void ConsoleController::tick()
{
    bool waiting = false;
    for (const ChangeOperation *operation : m_center->operations()) {
        if (operation->retryInMs() > 0 || operation->phase() == Phase::Sending) {
            waiting = waiting || operation->retryInMs() > 0;
            updateListenerBadge(operation->record().listenerId);
        }
    }
    if (!waiting)
        m_ticker.stop();
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
