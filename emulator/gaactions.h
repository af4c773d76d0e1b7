#pragma once

#include "actionsupport.h"
#include "certificateoperations.h"
#include "world.h"

#include <QObject>

namespace ga::emu {

class EventLog;
struct EmulatorStats;

// The eight GA actions the console uses, over a World (docs/ga-api.md §2): the five reads here,
// the three certificate mutations in CertificateOperations.
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
    CertificateOperations &operations() { return m_operations; }
    void setUpdateMs(int updateMs) { m_operations.setUpdateMs(updateMs); }

private:
    ActionResponse listAccelerators(const ParamMap &params);
    ActionResponse describeAccelerator(const ParamMap &params);
    ActionResponse listListeners(const ParamMap &params);
    ActionResponse describeListener(const ParamMap &params);
    ActionResponse listListenerCertificates(const ParamMap &params);

    World m_world;
    CertificateOperations m_operations;
};

} // namespace ga::emu
