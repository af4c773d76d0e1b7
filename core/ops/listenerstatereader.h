#pragma once

#include "api/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ga {

class GaApi;
struct Listener;

// Reads listener states an accelerator at a time (docs/architecture.md, Watching): one
// ListListeners call answers every watcher of that accelerator, so the polls of a plan that
// touches thirty listeners of three accelerators cost three calls a round, not thirty. A read
// asked for while one for the same accelerator is in flight joins it.
class ListenerStateReader final : public QObject
{
    Q_OBJECT

public:
    using Answer = std::function<void(const Result<QList<Listener>> &listeners)>;

    explicit ListenerStateReader(GaApi *api, QObject *parent = nullptr);

    // Calls `answer` with the accelerator's listeners, unless `context` is gone by then.
    void read(const QString &acceleratorId, QObject *context, Answer answer);
    // ListListeners reads sent so far (pages of one read count once).
    int readsSent() const { return m_readsSent; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Answer answer;
    };

    QPointer<GaApi> m_api;
    QHash<QString, QList<Waiter>> m_waiting; // by accelerator, while its read is in flight
    int m_readsSent = 0;
};

} // namespace ga
