#pragma once

#include "castypes.h"
#include "gatypes.h"
#include "job.h"

#include <QObject>

namespace ga {

// The Certificate Management calls the console makes, as an interface (like GaApi): CasClient
// sends them over HTTP through the GA client's signer and scheduler; tests/support/fakecasapi.h
// answers from memory. Only operations that return no key material are here
// (docs/cas-api.md §5); there is deliberately no way to ask for a certificate body or a key.
class CasApi : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // ListCertificates of one store: page `currentPage` (from 1) of `showSize` (at most 100),
    // every status. Page::totalCount is CAS's TotalCount.
    virtual Job<Page<CasCertificate>> *listCertificates(CasSite site, int currentPage, int showSize)
        = 0;
    // GetCertificateDetail of one certificate, by its GA certificate ID ("123-cn-hangzhou").
    // A certificate CAS does not have fails with isNotFound() true.
    virtual Job<CasCertificate> *getCertificateDetail(const QString &certificateId) = 0;
};

// Whether CAS answered that it has no such certificate (docs/cas-api.md §6: a code that is or
// contains "NotFound").
bool isNotFound(const ApiError &error);

} // namespace ga
