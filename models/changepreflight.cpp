#include "changepreflight.h"

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

} // namespace ga::preflight
