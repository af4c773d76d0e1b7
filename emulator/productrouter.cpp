#include "productrouter.h"

#include "api/castypes.h"
#include "api/requestsigner.h"
#include "casactions.h"
#include "gaactions.h"

namespace ga::emu {

Product productOf(const QString &apiVersion)
{
    if (apiVersion == QLatin1String(gaApiVersion))
        return Product::Ga;
    if (apiVersion == QLatin1String(casApiVersion))
        return Product::Cas;
    return Product::Unknown;
}

QString productCode(Product product)
{
    return product == Product::Cas ? QStringLiteral("cas") : QStringLiteral("Ga");
}

ProductRouter::ProductRouter(GaActions *ga, CasActions *cas)
    : m_ga(ga)
    , m_cas(cas)
{ }

ActionResponse ProductRouter::handle(const QString &apiVersion, const QString &action,
                                     const ParamMap &params, const QString &requestId)
{
    switch (productOf(apiVersion)) {
    case Product::Ga:
        return GaActions::isKnown(action) ? m_ga->handle(action, params, requestId)
                                          : action::unknownAction();
    case Product::Cas:
        return CasActions::isKnown(action) ? m_cas->handle(action, params)
                                           : action::unknownAction();
    case Product::Unknown:
        break;
    }
    return actionError(400, QStringLiteral("InvalidVersion"),
                       QStringLiteral("Specified parameter Version is not valid."));
}

} // namespace ga::emu
