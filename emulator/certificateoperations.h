#pragma once

#include "actionsupport.h"
#include "emulatoroptions.h"
#include "world.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace ga::emu {

class EventLog;
struct EmulatorStats;

// The three certificate mutations (docs/ga-api.md §2.6-2.8), asynchronous as GA runs them: the
// listener is "updating" and its accelerator "configuring" for updateMs, then the change is
// applied and both are "active" again. While an instance is busy another mutation on it is
// refused, as GA refuses it; a repeated ClientToken with the same parameters answers with the
// first RequestId and applies nothing. An Associate that would take the listener past its
// quota of distinct certificate IDs, or one certificate past 3 domains, is refused whole.
class CertificateOperations final : public QObject
{
    Q_OBJECT

public:
    CertificateOperations(World *world, int updateMs, EmulatorStats *stats, EventLog *log,
                          QObject *parent = nullptr);

    static bool isMutation(const QString &action);
    ActionResponse handle(const QString &action, const ParamMap &params, const QString &requestId);

    void setUpdateMs(int updateMs) { m_updateMs = updateMs; }
    // Distinct additional certificate IDs per HTTPS listener an Associate may reach (1-10).
    void setCertificateQuota(int quota) { m_certificateQuota = quota; }
    int certificateQuota() const { return m_certificateQuota; }
    int operationsInProgress() const { return m_inProgress; }

signals:
    void operationApplied(const QString &listenerId);

private:
    // The quota and the domains-per-certificate limit for an Associate; a refusal or nothing.
    std::optional<ActionResponse> checkAssociateLimits(const EmuListener &listener,
                                                       const QStringList &domains,
                                                       const QStringList &certificateIds) const;
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

    World *m_world;
    int m_updateMs;
    int m_certificateQuota = defaultCertificateQuota;
    EmulatorStats *m_stats;
    EventLog *m_log;
    QHash<QString, TokenUse> m_tokens;
    int m_inProgress = 0;
};

} // namespace ga::emu
