#include "accountinventory.h"

#include "api/gaapi.h"

namespace ga {

AccountInventory::AccountInventory(GaApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

AccountInventory::~AccountInventory()
{
    cancel();
}

void AccountInventory::start()
{
    cancel();
    m_snapshot = {};
    if (!m_api) {
        m_running = true;
        return fail(ApiError::invalidInput(tr("Not connected to an account.")));
    }
    m_running = true;
    m_pending = 1;
    auto *job = m_api->listAccelerators();
    track(job);
    job->onFinished(this, [this](const Result<QList<Accelerator>> &result) {
        if (!result.ok())
            return fail(result.error());
        onAccelerators(result.value());
    });
}

void AccountInventory::cancel()
{
    const QList<QPointer<JobBase>> jobs = std::exchange(m_jobs, {});
    const bool wasRunning = std::exchange(m_running, false);
    if (!wasRunning)
        return;
    for (const QPointer<JobBase> &job : jobs) {
        if (job && !job->isFinished()) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

void AccountInventory::track(JobBase *job)
{
    m_jobs.removeIf([](const QPointer<JobBase> &j) { return j.isNull() || j->isFinished(); });
    m_jobs.append(job);
}

void AccountInventory::onAccelerators(const QList<Accelerator> &accelerators)
{
    m_snapshot.accelerators = accelerators;
    for (const Accelerator &accelerator : accelerators) {
        ++m_pending;
        const QString id = accelerator.acceleratorId;
        auto *job = m_api->listListeners(id);
        track(job);
        job->onFinished(this, [this, id](const Result<QList<Listener>> &result) {
            if (!result.ok())
                return fail(result.error());
            onListeners(id, result.value());
        });
    }
    oneDone();
}

void AccountInventory::onListeners(const QString &acceleratorId, const QList<Listener> &listeners)
{
    m_snapshot.listeners.insert(acceleratorId, listeners);
    for (const Listener &listener : listeners) {
        if (!listener.isHttps())
            continue;
        ++m_pending;
        const QString id = listener.listenerId;
        auto *job = m_api->listListenerCertificates(acceleratorId, id, CertificateRole::Additional);
        track(job);
        job->onFinished(this, [this, id](const Result<QList<ListenerCertificate>> &result) {
            if (!result.ok())
                return fail(result.error());
            m_snapshot.certificates.insert(id, result.value());
            oneDone();
        });
    }
    oneDone();
}

void AccountInventory::oneDone()
{
    if (!m_running || --m_pending > 0)
        return;
    m_running = false;
    m_jobs.clear();
    emit finished(m_snapshot);
}

void AccountInventory::fail(const ApiError &error)
{
    if (!m_running)
        return;
    cancel();
    emit failed(error);
}

} // namespace ga
