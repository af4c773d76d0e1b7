#pragma once

#include "emulatoroptions.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace ga::emu {

// A GA certificate ID is CAS's CertIdentifier, "<number>-<site>" (docs/cas-api.md §2). The
// emulator draws the number and lets it pick the site (mostly cn-hangzhou, one in ten
// ap-southeast-1), so that one number never names two certificates: GetCertificateDetail asks
// by the number alone and the emulator serves both sites' stores on one URL.
QString casSiteOfNumber(qint64 number);
QString certificateIdentifier(qint64 number);

struct EmuCertificate
{
    QString certificateId;
    QString domain; // empty for the default certificate
    QString state = QStringLiteral("active");
};

struct EmuListener
{
    QString listenerId;
    QString acceleratorId;
    QString name;
    QString description;
    QString protocol; // tcp, udp, http, https
    QString state = QStringLiteral("active");
    int fromPort = 0;
    int toPort = 0;
    qint64 createTimeMs = 0;
    QString defaultCertificateId; // https only
    QList<EmuCertificate> additional; // https only, in the order they were associated

    bool isHttps() const { return protocol == u"https"; }
    const EmuCertificate *additionalFor(const QString &domain) const;
};

struct EmuAccelerator
{
    QString acceleratorId;
    QString name;
    QString description;
    QString state = QStringLiteral("active");
    QString spec;
    int bandwidth = 0;
    QString dnsName;
    qint64 createTimeSeconds = 0;
    qint64 expiredTimeSeconds = 0;
    QString instanceChargeType;
    QString bandwidthBillingType;
    QList<QString> listenerIds;
};

// The emulator's state: accelerators, listeners and additional certificates, generated
// deterministically from a seed so that a test or benchmark sees the same world each run, its
// dates counted back and forth from the moment it is generated.
class World
{
public:
    struct Shape
    {
        quint64 seed = 1;
        int accelerators = 6;
        int listenersPerAccelerator = 4;
        int certificatesPerHttpsListener = 12; // domains; every three share a certificate ID
        // No listener gets more distinct additional certificate IDs than this: the domains
        // beyond it are left out (GA would not have let them be associated).
        int certificateQuota = maxCertificateQuota;
        QDateTime now = {}; // what the dates count from; invalid: the system clock's now
    };

    static World generate(const Shape &shape);

    QList<EmuAccelerator> &accelerators() { return m_accelerators; }
    const QList<EmuAccelerator> &accelerators() const { return m_accelerators; }
    EmuAccelerator *accelerator(const QString &id);
    EmuListener *listener(const QString &id);
    const QMap<QString, EmuListener> &listeners() const { return m_listeners; }
    QList<const EmuListener *> listenersOf(const QString &acceleratorId) const;

    // Test hooks: add a resource the generator did not make.
    void addAccelerator(EmuAccelerator accelerator);
    void addListener(EmuListener listener);
    // Moves every date by `seconds`: the emulator re-dates its world when its clock is set,
    // as if it had been generated then.
    void shiftTimes(qint64 seconds);

private:
    QList<EmuAccelerator> m_accelerators;
    QMap<QString, EmuListener> m_listeners;
};

} // namespace ga::emu
