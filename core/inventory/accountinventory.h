#pragma once

#include "accountsnapshot.h"
#include "api/apierror.h"

#include <QObject>
#include <QPointer>

namespace ga {

class GaApi;
class JobBase;

// Reads the whole account once (ListAccelerators, ListListeners per accelerator,
// ListListenerCertificates per HTTPS listener), all calls issued at once: the client's
// scheduler bounds how many fly. Emits finished() once with the snapshot, or failed() once
// with the first error (the other calls are then cancelled). Deletes nothing: the owner
// does; destroying it cancels what is in flight.
class AccountInventory final : public QObject
{
    Q_OBJECT

public:
    explicit AccountInventory(GaApi *api, QObject *parent = nullptr);
    ~AccountInventory() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const AccountSnapshot &snapshot() const { return m_snapshot; }

signals:
    void finished(const ga::AccountSnapshot &snapshot);
    void failed(const ga::ApiError &error);

private:
    void onAccelerators(const QList<Accelerator> &accelerators);
    void onListeners(const QString &acceleratorId, const QList<Listener> &listeners);
    void oneDone();
    void fail(const ApiError &error);
    void track(JobBase *job);

    QPointer<GaApi> m_api;
    AccountSnapshot m_snapshot;
    QList<QPointer<JobBase>> m_jobs;
    int m_pending = 0;
    bool m_running = false;
};

} // namespace ga
