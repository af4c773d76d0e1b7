#include "worldjson.h"

#include <QJsonArray>

namespace ga::emu::json {
namespace {

QJsonObject listenerCommon(const EmuListener &l)
{
    QJsonObject object {
        { QStringLiteral("ListenerId"), l.listenerId },
        { QStringLiteral("AcceleratorId"), l.acceleratorId },
        { QStringLiteral("Name"), l.name },
        { QStringLiteral("Description"), l.description },
        { QStringLiteral("Protocol"), l.protocol },
        { QStringLiteral("State"), l.state },
        { QStringLiteral("Type"), QStringLiteral("Standard") },
        { QStringLiteral("PortRanges"),
          QJsonArray { QJsonObject { { QStringLiteral("FromPort"), l.fromPort },
                                     { QStringLiteral("ToPort"), l.toPort } } } },
        { QStringLiteral("BackendPorts"),
          QJsonArray { QJsonObject { { QStringLiteral("FromPort"), QString::number(l.fromPort) },
                                     { QStringLiteral("ToPort"), QString::number(l.toPort) } } } },
        { QStringLiteral("ClientAffinity"), QStringLiteral("NONE") },
        { QStringLiteral("ProxyProtocol"), false },
        { QStringLiteral("ServiceManaged"), false },
        { QStringLiteral("ServiceManagedInfos"), QJsonArray() },
        { QStringLiteral("XForwardedForConfig"),
          QJsonObject { { QStringLiteral("XForwardedForGaApEnabled"), false },
                        { QStringLiteral("XForwardedForGaIdEnabled"), false },
                        { QStringLiteral("XForwardedForPortEnabled"), false },
                        { QStringLiteral("XForwardedForProtoEnabled"), false },
                        { QStringLiteral("XRealIpEnabled"), false } } },
    };
    QJsonArray certificates;
    if (l.isHttps()) {
        certificates.append(QJsonObject { { QStringLiteral("Id"), l.defaultCertificateId },
                                          { QStringLiteral("Type"), QStringLiteral("Server") } });
        object.insert(QStringLiteral("HttpVersion"), QStringLiteral("http2"));
        object.insert(QStringLiteral("SecurityPolicyId"), QStringLiteral("tls_cipher_policy_1_2"));
        object.insert(QStringLiteral("IdleTimeout"), 15);
        object.insert(QStringLiteral("RequestTimeout"), 60);
    }
    object.insert(QStringLiteral("Certificates"), certificates);
    return object;
}

} // namespace

QJsonObject accelerator(const EmuAccelerator &a)
{
    return QJsonObject {
        { QStringLiteral("AcceleratorId"), a.acceleratorId },
        { QStringLiteral("Name"), a.name },
        { QStringLiteral("Description"), a.description },
        { QStringLiteral("State"), a.state },
        { QStringLiteral("Spec"), a.spec },
        { QStringLiteral("Bandwidth"), a.bandwidth },
        { QStringLiteral("BandwidthBillingType"), a.bandwidthBillingType },
        { QStringLiteral("InstanceChargeType"), a.instanceChargeType },
        { QStringLiteral("DnsName"), a.dnsName },
        { QStringLiteral("SecondDnsName"), QString() },
        { QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou") },
        { QStringLiteral("CreateTime"), double(a.createTimeSeconds) },
        { QStringLiteral("ExpiredTime"), double(a.expiredTimeSeconds) },
        { QStringLiteral("CenId"), QString() },
        { QStringLiteral("DdosId"), QString() },
        { QStringLiteral("ResourceGroupId"), QStringLiteral("rg-acfmemulator") },
        { QStringLiteral("CrossBorderStatus"), false },
        { QStringLiteral("BasicBandwidthPackage"),
          QJsonObject { { QStringLiteral("InstanceId"),
                          QString(QStringLiteral("gbwp-") + a.acceleratorId.mid(3)) },
                        { QStringLiteral("Bandwidth"), a.bandwidth },
                        { QStringLiteral("BandwidthType"), QStringLiteral("Basic") } } },
        { QStringLiteral("IpSetConfig"),
          QJsonObject { { QStringLiteral("AccessMode"), QStringLiteral("UserDefine") } } },
        { QStringLiteral("ServiceManaged"), false },
        { QStringLiteral("ServiceManagedInfos"), QJsonArray() },
        { QStringLiteral("Tags"), QJsonArray() },
        { QStringLiteral("UpgradableStatus"), QStringLiteral("notUpgradable") },
    };
}

QJsonObject listListenersItem(const EmuListener &l)
{
    QJsonObject object = listenerCommon(l);
    object.insert(QStringLiteral("CreateTime"), double(l.createTimeMs)); // a number here
    return object;
}

QJsonObject describeListener(const EmuListener &l)
{
    QJsonObject object = listenerCommon(l);
    object.insert(QStringLiteral("CreateTime"), QString::number(l.createTimeMs)); // a string here
    object.insert(QStringLiteral("RelatedAcls"), QJsonArray());
    return object;
}

QJsonObject certificate(const EmuCertificate &c, bool isDefault)
{
    QJsonObject object { { QStringLiteral("CertificateId"), c.certificateId },
                         { QStringLiteral("IsDefault"), isDefault },
                         { QStringLiteral("State"), c.state } };
    if (!isDefault)
        object.insert(QStringLiteral("Domain"), c.domain); // absent for the default one
    return object;
}

} // namespace ga::emu::json
