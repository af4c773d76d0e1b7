#pragma once

#include "emulatoroptions.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ga::emu {

class World;

// One certificate in Certificate Management, with what its three read operations show
// (docs/cas-api.md §3). The emulator keeps no key: the bodies it hands out without
// CertFilter=true are made up when asked (casjson.h).
struct CasRecord
{
    qint64 id = 0; // CAS's numeric ID; unique across both sites in the emulator
    QString site; // cn-hangzhou or ap-southeast-1
    QString name; // CertificateName
    QStringList subjectAlternativeNames; // the first one is the common name
    QString issuer; // the CA's brand, e.g. DigiCert
    QString issuingCa; // the intermediate's common name, for the chain
    QString rootCa;
    qint64 notBeforeMs = 0;
    qint64 notAfterMs = 0;
    bool revoked = false;
    QString source; // BUY, TEST or UPLOAD
    QString algorithm; // RSA, ECC or SM2
    int keySize = 2048;
    bool existPrivateKey = true;
    QStringList otherProducts; // products besides GA it is deployed in
    QString fingerprint; // 40 hex digits
    QString sha2; // 64 hex digits
    QString serial;
    QString instanceId;
    qint64 orderId = 0; // 0 unless bought
    qint64 companyId = 0; // 0 for DV
    qint64 contactId = 0;
    QString orgName; // subject organisation; empty for DV
    QString country;
    QString province;
    QString city;
    QList<QPair<QString, QString>> tags;

    QString identifier() const { return QStringLiteral("%1-%2").arg(id).arg(site); }
    QString commonName() const { return subjectAlternativeNames.value(0); }
    // CertificateStatus as CAS would tell it at `nowMs`: revoked, expired, willExpire (within
    // willExpireDays, a threshold the emulator chose) or issued.
    QString statusAt(qint64 nowMs) const;
};

inline constexpr int willExpireDays = 30;

// The emulator's Certificate Management store, generated from the GA world: every certificate
// ID a listener uses gets a record (or, for a few, deliberately none), plus certificates no
// listener uses. Deterministic from the seed, dates counted from the moment it is generated.
class CasWorld
{
public:
    struct Shape
    {
        quint64 seed = 1;
        CertificateHealth health = CertificateHealth::Mixed;
        QDateTime now = {}; // what the dates count from; invalid: the system clock's now
    };

    static CasWorld generate(const World &ga, const Shape &shape);

    const QMap<qint64, CasRecord> &records() const { return m_records; }
    const CasRecord *find(qint64 id) const;

    // Test hooks: a record the generator did not make, or one taken away.
    void add(CasRecord record);
    bool remove(qint64 id);
    // Moves every date by `seconds`, as World::shiftTimes does.
    void shiftTimes(qint64 seconds);

private:
    QMap<qint64, CasRecord> m_records; // by id, the order ListCertificates lists them in
};

} // namespace ga::emu
