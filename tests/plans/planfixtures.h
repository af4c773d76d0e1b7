#pragma once

// A small account as AccountInventory would read it, built in memory for the planners' tests.
#include "inventory/accountsnapshot.h"

namespace ga::test {

struct AccountBuilder
{
    AccountSnapshot snapshot;

    Accelerator &accelerator(const QString &id,
                             const QString &chargeType = QStringLiteral("POSTPAY"))
    {
        Accelerator a;
        a.acceleratorId = id;
        a.name = id + QStringLiteral("-name");
        a.state = QStringLiteral("active");
        a.instanceChargeType = chargeType;
        snapshot.accelerators.append(a);
        return snapshot.accelerators.last();
    }

    Listener &listener(const QString &acceleratorId, const QString &id,
                       const QStringList &defaultIds = { QStringLiteral("100-cn-hangzhou") })
    {
        Listener l;
        l.listenerId = id;
        l.acceleratorId = acceleratorId;
        l.name = id + QStringLiteral("-name");
        l.protocol = QStringLiteral("https");
        l.state = QStringLiteral("active");
        l.defaultCertificateIds = defaultIds;
        QList<Listener> &listeners = snapshot.listeners[acceleratorId];
        listeners.append(l);
        return listeners.last();
    }

    void serve(const QString &listenerId, const QString &domain, const QString &certificateId)
    {
        ListenerCertificate c;
        c.domain = domain;
        c.certificateId = certificateId;
        c.state = QStringLiteral("active");
        snapshot.certificates[listenerId].append(c);
    }
};

} // namespace ga::test
