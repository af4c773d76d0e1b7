#pragma once

#include "api/gatypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

namespace ga {

struct ApiError;
struct GactlContext;

// `gactl inventory`: every accelerator, its listeners and the additional certificates of each
// HTTPS listener. All calls are issued at once; the client's scheduler bounds how many fly.
class InventoryCommand final : public QObject
{
    Q_OBJECT

public:
    InventoryCommand(GactlContext &context, QObject *parent);
    void run();

private:
    void onAccelerators(const QList<Accelerator> &accelerators);
    void onListeners(const QString &acceleratorId, const QList<Listener> &listeners);
    void oneDone();
    void fail(const ApiError &error);
    void print();

    GactlContext &m_context;
    QList<Accelerator> m_accelerators;
    QHash<QString, QList<Listener>> m_listeners; // by accelerator
    QHash<QString, QList<ListenerCertificate>> m_certificates; // by listener
    QElapsedTimer m_elapsed;
    int m_pending = 0;
    bool m_failed = false;
};

} // namespace ga
