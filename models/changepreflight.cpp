#include "changepreflight.h"

#include "consolecontroller.h"
#include "ops/targetpreflight.h"

#include <QCoreApplication>

namespace ga::preflight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::preflight)
};

} // namespace

QString whyNoChange(const QString &profile, bool readOnly, const GaApi *api)
{
    if (readOnly)
        return Text::tr("Profile \"%1\" is read-only: it cannot change certificates.").arg(profile);
    if (!api)
        return Text::tr("Not connected to an account.");
    return {};
}

QString whyNoChangeOnSelectedListener(const QString &profile, bool readOnly,
                                      const ConsoleController &controller,
                                      const QString &noListener)
{
    if (QString reason = whyNoChange(profile, readOnly, controller.client()); !reason.isEmpty())
        return reason;
    const Listener *listener = controller.selectedListener();
    if (!listener)
        return noListener;
    return whyTargetRefuses(controller.selectedAccelerator(), *listener);
}

} // namespace ga::preflight
