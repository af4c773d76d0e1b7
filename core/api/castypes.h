#pragma once

#include "apierror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

// What Certificate Management (CAS) says about one certificate (docs/cas-api.md §3), and what
// the console knows about one GA certificate ID. No field here ever holds a certificate body
// or a key: the parser drops them before a record leaves the client (docs/cas-api.md §5).
namespace ga {

inline constexpr char casApiVersion[] = "2020-04-07";

// The two certificate stores, picked by the suffix of a GA certificate ID (docs/cas-api.md §1).
enum class CasSite { China, International, Unknown };

// "123-cn-hangzhou" → China, "123-ap-southeast-1" → International, anything else → Unknown.
CasSite casSiteOf(const QString &certificateId);
// "cn-hangzhou", "ap-southeast-1"; empty for Unknown.
QString casSiteSuffix(CasSite site);
// https://cas.aliyuncs.com, https://cas.ap-southeast-1.aliyuncs.com; empty for Unknown.
QUrl casPublicEndpoint(CasSite site);
// The numeric part before the first '-' when it is all digits, else empty.
QString casNumericId(const QString &certificateId);

struct CasCertificate
{
    QString certIdentifier; // "<number>-<site>": equals GA's CertificateId
    QString certificateId; // the numeric part
    QString name; // CertificateName
    QString commonName;
    QStringList subjectAlternativeNames;
    QString issuer;
    QDateTime notBefore; // UTC; invalid when CAS did not say
    QDateTime notAfter;
    QString status; // CertificateStatus: issued, revoked, willExpire, expired
    QString source; // CertificateSource: BUY, TEST, UPLOAD
    QString algorithm; // RSA, ECC, SM2
    int keySize = 0;
    QString fingerprint; // FingerPrint
    QString serial;
    QStringList usingProducts; // UsingProductList
    QJsonObject raw; // the record under CAS's own names, key material removed
};

// What the console knows about one GA certificate ID.
struct CertificateDetails
{
    enum class Status {
        NotLookedUp, // not asked yet, or the lookup is still running
        Found,
        NotInCas, // CAS has no such certificate (deleted, other site, other account)
        UnknownSite, // the ID's suffix names no store the console knows
        Unavailable, // CAS could not be asked (permissions, network): `problem` says why
    };
    Status status = Status::NotLookedUp;
    CasCertificate certificate; // when Found
    QString problem; // when Unavailable
    ApiError::Kind problemKind = ApiError::Kind::None; // when Unavailable
};

} // namespace ga
