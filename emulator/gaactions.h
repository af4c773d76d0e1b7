#pragma once

#include "api/canonicalquery.h"
#include "world.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace ga::emu {

class EventLog;
struct EmulatorStats;

struct ActionResponse
{
    int httpStatus = 200;
    QJsonObject body; // without RequestId: the server adds it
    QString code; // error code; empty on success
    QString message;
    QString requestId; // set when an idempotent replay must answer with the first one
    bool appliedMutation = false; // a new operation was started by this call
};

// The eight GA actions the console uses, over a World (ga-api.md §2). Mutations are
// asynchronous: the listener is "updating" and its accelerator "configuring" for updateMs,
// then the change is applied and both are "active" again. While an instance is busy another
// mutation on it is refused, as GA refuses it; a repeated ClientToken with the same
// parameters answers with the first RequestId and applies nothing.
class GaActions final : public QObject
{
    Q_OBJECT

public:
    GaActions(World world, int updateMs, EmulatorStats *stats, EventLog *log,
              QObject *parent = nullptr);

    static bool isKnown(const QString &action);
    static bool isMutation(const QString &action);

    ActionResponse handle(const QString &action, const ParamMap &params, const QString &requestId);

    World &world() { return m_world; }
    void setUpdateMs(int updateMs) { m_updateMs = updateMs; }
    int operationsInProgress() const { return m_inProgress; }

signals:
    void operationApplied(const QString &listenerId);

private:
    ActionResponse listAccelerators(const ParamMap &params);
    ActionResponse describeAccelerator(const ParamMap &params);
    ActionResponse listListeners(const ParamMap &params);
    ActionResponse describeListener(const ParamMap &params);
    ActionResponse listListenerCertificates(const ParamMap &params);
    ActionResponse mutate(const QString &action, const ParamMap &params, const QString &requestId);

    // Runs `apply` after updateMs with the listener updating meanwhile.
    void startOperation(EmuAccelerator &accelerator, EmuListener &listener,
                        const QString &clientToken, std::function<void(EmuListener &)> apply);
    void setListenerState(EmuListener &listener, const QString &state);
    void setAcceleratorState(EmuAccelerator &accelerator, const QString &state);

    struct TokenUse
    {
        QString action;
        QByteArray digest; // of the operation's parameters
        QString requestId;
    };

    World m_world;
    int m_updateMs;
    EmulatorStats *m_stats;
    EventLog *m_log;
    QHash<QString, TokenUse> m_tokens;
    int m_inProgress = 0;
};

ActionResponse actionError(int httpStatus, const QString &code, const QString &message);

} // namespace ga::emu
