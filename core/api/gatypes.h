#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Typed views of GA resources (docs/ga-api.md §2). Each keeps the object it was read from in `raw`,
// so JSON output can show GA's own field names and fields this client does not model.
namespace ga {

// docs/ga-api.md §3: spellings vary between sources; anything other than "active" is busy.
inline QString activeState()
{
    return QStringLiteral("active");
}
inline bool isActiveState(const QString &state)
{
    return state == activeState();
}

struct PortRange
{
    int fromPort = 0;
    int toPort = 0;
    friend bool operator==(const PortRange &, const PortRange &) = default;
};

// "443", "80-90<separator>443"; empty when there are none. One spelling for every view.
inline QString portRangesText(const QList<PortRange> &ranges, const QString &separator)
{
    QStringList parts;
    for (const PortRange &range : ranges) {
        parts.append(range.fromPort == range.toPort
                         ? QString::number(range.fromPort)
                         : QStringLiteral("%1-%2").arg(range.fromPort).arg(range.toPort));
    }
    return parts.join(separator);
}

// ServiceManaged and ServiceManagedInfos (docs/ga-api.md §2.2): a resource another service
// (ALB, for one) manages, and which of its actions that service keeps for itself.
struct ServiceManagement
{
    struct Action
    {
        QString action; // Create, Update, Delete, Associate, UserUnmanaged, CreateChild
        QString childType; // Listener, IpSet, ...; empty for the resource itself
        bool isManaged = false;
    };
    bool managed = false;
    QString serviceId;
    QList<Action> actions;

    // The managed actions, "Update", "Associate"; empty when the user may act.
    QStringList managedActions() const
    {
        QStringList names;
        if (!managed)
            return names;
        for (const Action &a : actions) {
            if (a.isManaged)
                names.append(a.childType.isEmpty() ? a.action : a.childType + u'/' + a.action);
        }
        return names;
    }
};

struct Accelerator
{
    QString acceleratorId;
    QString name;
    QString description;
    QString state;
    QString spec;
    qint64 bandwidth = 0;
    QString dnsName;
    QString regionId;
    QString instanceChargeType;
    QString bandwidthBillingType;
    QDateTime createTime;
    QDateTime expiredTime;
    ServiceManagement serviceManagement;
    QJsonObject raw;
};

struct Listener
{
    QString listenerId;
    QString acceleratorId;
    QString name;
    QString description;
    QString protocol; // lower case: tcp, udp, http, https
    QString state;
    QString type;
    QList<PortRange> portRanges;
    QList<PortRange> backendPorts;
    QStringList defaultCertificateIds;
    QDateTime createTime;
    ServiceManagement serviceManagement;
    QJsonObject raw;

    bool isHttps() const { return protocol.compare(u"https", Qt::CaseInsensitive) == 0; }
};

struct ListenerCertificate
{
    QString certificateId;
    QString domain; // absent for the default certificate
    bool isDefault = false;
    QString state;
    QJsonObject raw;
};

template<typename T> struct Page
{
    QList<T> items;
    int totalCount = 0;
    int pageNumber = 0;
    int pageSize = 0;
    QString nextToken;
};

// What a mutation answers at once; the work itself goes on asynchronously.
struct MutationAccepted
{
    QString requestId;
    QString listenerId;
};

} // namespace ga
