#pragma once

#include "casworld.h"

#include <QJsonObject>
#include <QStringList>

// The JSON shapes of Certificate Management's three read operations (docs/cas-api.md §3), with
// the official names and types, quirks included: CertificateId is a string in a
// ListCertificates item and a number in GetCertificateDetail; the primary domain is CommonName
// there and Common in GetUserCertificateDetail; FingerPrint and Serial there, Fingerprint and
// SerialNo here. Times are numbers of milliseconds (docs/cas-api.md §4).
namespace ga::emu::casjson {

// What the made-up private keys contain, so that a test can tell one reached a client.
inline constexpr char fakePrivateKeyMarker[] = "EMULATOR-FAKE-PRIVATE-KEY";

// A CertificateList item of ListCertificates: 18 fields.
QJsonObject listItem(const CasRecord &record, qint64 nowMs, const QStringList &usingProducts);
// GetCertificateDetail: the item's fields, CertificateId a number, plus CertificateChainList,
// Csr, CompanyId, ContactId and Tags (RequestId is added by the server).
QJsonObject certificateDetail(const CasRecord &record, qint64 nowMs,
                              const QStringList &usingProducts);
// GetUserCertificateDetail with CertFilter=true: no body, no key.
QJsonObject userCertificateDetail(const CasRecord &record, qint64 nowMs);
// What GetUserCertificateDetail adds without CertFilter=true: Cert and Key, and for an SM2
// certificate EncryptCert, EncryptPrivateKey, SignCert and SignPrivateKey. All made up: PEM
// armour around text, no real key anywhere.
QJsonObject keyMaterial(const CasRecord &record);

} // namespace ga::emu::casjson
