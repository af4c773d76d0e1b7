#include "targetpreflight.h"

#include "api/gatypes.h"

#include <QCoreApplication>

namespace ga::preflight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::preflight)
};

bool isDeleting(const QString &state)
{
    return state.compare(u"deleting", Qt::CaseInsensitive) == 0;
}

QString managedBy(const ServiceManagement &management)
{
    return management.serviceId.isEmpty() ? Text::tr("another service") : management.serviceId;
}

} // namespace

QString whyAcceleratorRefuses(const Accelerator &accelerator)
{
    // docs/ga-api.md §3.1: GA's own spelling.
    if (accelerator.state == u"finacialLocked") {
        return Text::tr("Accelerator %1 is locked for an overdue payment (finacialLocked): GA "
                        "refuses every change until the bill is paid.")
            .arg(accelerator.acceleratorId);
    }
    if (isDeleting(accelerator.state)) {
        return Text::tr("Accelerator %1 is being deleted: it takes no changes.")
            .arg(accelerator.acceleratorId);
    }
    if (accelerator.expiredTime.isValid() && accelerator.instanceChargeType == u"PREPAY"
        && accelerator.expiredTime < QDateTime::currentDateTimeUtc()) {
        return Text::tr("Accelerator %1 expired on %2: renew it before changing it.")
            .arg(accelerator.acceleratorId,
                 accelerator.expiredTime.toLocalTime().date().toString(Qt::ISODate));
    }
    for (const ServiceManagement::Action &action : accelerator.serviceManagement.actions) {
        if (accelerator.serviceManagement.managed && action.isManaged
            && action.childType == u"Listener" && action.action == u"Update") {
            return Text::tr("Accelerator %1 is managed by %2, which keeps changes of its "
                            "listeners for itself: change them there.")
                .arg(accelerator.acceleratorId, managedBy(accelerator.serviceManagement));
        }
    }
    return {};
}

QString whyListenerRefuses(const Listener &listener)
{
    if (!listener.isHttps()) {
        return Text::tr("Listener %1 is %2: only HTTPS listeners have additional certificates.")
            .arg(listener.listenerId, listener.protocol.toUpper());
    }
    if (isDeleting(listener.state))
        return Text::tr("Listener %1 is being deleted: it takes no changes.")
            .arg(listener.listenerId);
    if (const QStringList actions = listener.serviceManagement.managedActions();
        !actions.isEmpty()) {
        return Text::tr("Listener %1 is managed by %2 (%3 kept by that service): change its "
                        "certificates there.")
            .arg(listener.listenerId, managedBy(listener.serviceManagement),
                 actions.join(QStringLiteral(", ")));
    }
    return {};
}

QString whyTargetRefuses(const Accelerator *accelerator, const Listener &listener)
{
    if (accelerator) {
        if (QString reason = whyAcceleratorRefuses(*accelerator); !reason.isEmpty())
            return reason;
    }
    return whyListenerRefuses(listener);
}

} // namespace ga::preflight
