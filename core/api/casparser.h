#pragma once

#include "castypes.h"
#include "gatypes.h"
#include "result.h"

// JSON bodies of Certificate Management answers to typed values (docs/cas-api.md §3). Every
// field that could carry a certificate body or a key is dropped here, before a record leaves
// the client layer, whatever the service sent (docs/cas-api.md §5).
namespace ga::parse {

// One ListCertificates item or a GetCertificateDetail body (the same display fields; the
// CertificateId is a string in one and a number in the other, both are read).
Result<CasCertificate> casCertificate(const QJsonObject &object);
Result<Page<CasCertificate>> casCertificatePage(const QJsonObject &body);

// The names of the fields that can hold key material or a certificate body.
const QStringList &casSecretFields();
// `object` without them, at any depth.
QJsonObject withoutCasSecrets(QJsonObject object);

} // namespace ga::parse
