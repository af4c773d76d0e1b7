#pragma once

#include "canonicalquery.h"
#include "casapi.h"

#include <QUrl>

namespace ga {

struct ClientContext;
class RpcCall;

// Certificate Management (CAS 2020-04-07) over the GA client's request path: the same
// credentials, signer, scheduler, retry budget and network, with each call addressed to its
// store's endpoint (docs/cas-api.md §1). Made and owned by GaClient. Only ListCertificates and
// GetCertificateDetail are sent: neither returns key material (docs/cas-api.md §5), and the
// parser drops such fields anyway.
class CasClient final : public CasApi
{
    Q_OBJECT

public:
    static constexpr int maxShowSize = 100; // docs/cas-api.md §3

    // `endpointOverride`: one endpoint for every store (--cas-endpoint, the profile's,
    // ALIBABA_CLOUD_ENDPOINT_CAS); empty: each store's public endpoint. `configurationError`
    // non-empty: every call fails with it and nothing is sent.
    CasClient(ClientContext *context, QUrl endpointOverride, QString configurationError,
              QObject *parent);

    QUrl endpointFor(CasSite site) const;

    Job<Page<CasCertificate>> *listCertificates(CasSite site, int currentPage,
                                                int showSize) override;
    Job<CasCertificate> *getCertificateDetail(const QString &certificateId) override;

private:
    RpcCall *newCall(const char *action, CasSite site, ParamMap params);

    ClientContext *m_context;
    QUrl m_endpointOverride;
    QString m_configurationError;
};

} // namespace ga
