#pragma once

#include "actionsupport.h"

#include <QString>

namespace ga::emu {

class CasActions;
class GaActions;

// The two products the emulator serves on one URL, as the API version a request names
// (Version in V1, x-acs-version in V3) tells them apart.
enum class Product {
    Ga, // Global Accelerator, 2019-11-20
    Cas, // Certificate Management, 2020-04-07
    Unknown,
};

Product productOf(const QString &apiVersion);
// How the error body's Recommend link names the product.
QString productCode(Product product);

// Sends a request whose signature passed to the product its version names: InvalidVersion for
// a version neither has, InvalidAction.NotFound for an action that product does not have (a
// GA action under the CAS version too, and the other way round).
class ProductRouter
{
public:
    ProductRouter(GaActions *ga, CasActions *cas);

    ActionResponse handle(const QString &apiVersion, const QString &action, const ParamMap &params,
                          const QString &requestId);

private:
    GaActions *m_ga;
    CasActions *m_cas;
};

} // namespace ga::emu
