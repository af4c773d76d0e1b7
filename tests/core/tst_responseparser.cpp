#include "api/responseparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ga;

namespace {

// Bodies shaped like docs/ga-api.md §2: field names copied exactly, values from its examples.

const char listAcceleratorsBody[] = R"({
  "RequestId": "6FEA0CF3-D3B9-43E5-A304-D217037876A8",
  "TotalCount": 2,
  "PageNumber": 1,
  "PageSize": 50,
  "Accelerators": [
    {
      "AcceleratorId": "ga-bp1odcab8tmno0hdq****",
      "Name": "prod-edge",
      "Description": "production",
      "State": "active",
      "Spec": "1",
      "Bandwidth": 200,
      "BandwidthBillingType": "BandwidthPackage",
      "InstanceChargeType": "PREPAY",
      "DnsName": "ga-bp1odcab8tmno0hdq****.aliyunga0019.com",
      "SecondDnsName": "ga-bp1odcab8tmno0hdq****.aliyunga0047.com",
      "RegionId": "cn-hangzhou",
      "CreateTime": 1650643200,
      "ExpiredTime": 1653235200,
      "CenId": "cen-hjoklk6nt7qz5g****",
      "DdosId": "ddoscoo-cn-zz11vq7j****",
      "ResourceGroupId": "rg-aekzrnd67gq****",
      "CrossBorderStatus": false,
      "BasicBandwidthPackage": {"InstanceId": "gbwp-bp1sgzldyj6b4q7cx****", "Bandwidth": 2, "BandwidthType": "Basic"},
      "IpSetConfig": {"AccessMode": "UserDefine"},
      "ServiceManaged": false,
      "ServiceManagedInfos": [{"Action": "Update", "ChildType": "Listener", "IsManaged": false}],
      "Tags": [{"Key": "env", "Value": "prod"}],
      "UpgradableStatus": "notUpgradable"
    },
    {
      "AcceleratorId": "ga-bp17frjjh0udz4qz****",
      "Name": "",
      "State": "finacialLocked",
      "Spec": "2",
      "Bandwidth": 0,
      "RegionId": "cn-hangzhou",
      "CreateTime": 1581597755000,
      "ExpiredTime": 1584115200000
    }
  ]
})";

const char listListenersBody[] = R"({
  "RequestId": "6FEA0CF3-D3B9-43E5-A304-D217037876A8",
  "TotalCount": 1,
  "PageNumber": 1,
  "PageSize": 10,
  "Listeners": [
    {
      "ListenerId": "lsr-bp1bpn0kn908w4nbw****",
      "AcceleratorId": "ga-bp1odcab8tmno0hdq****",
      "Name": "https-443",
      "Description": "Listener",
      "Protocol": "https",
      "State": "active",
      "Type": "Standard",
      "PortRanges": [{"FromPort": 443, "ToPort": 443}, {"FromPort": 8000, "ToPort": 8080}],
      "BackendPorts": [{"FromPort": "80", "ToPort": "80"}],
      "Certificates": [{"Id": "6092**-cn-hangzhou", "Type": "Server"}],
      "CreateTime": 1577786252000,
      "ClientAffinity": "SOURCE_IP",
      "ProxyProtocol": false,
      "HttpVersion": "http2",
      "IdleTimeout": 15,
      "RequestTimeout": 60,
      "SecurityPolicyId": "tls_cipher_policy_1_2",
      "XForwardedForConfig": {"XForwardedForGaApEnabled": false, "XForwardedForGaIdEnabled": false,
                              "XForwardedForPortEnabled": false, "XForwardedForProtoEnabled": false,
                              "XRealIpEnabled": false}
    }
  ]
})";

// DescribeListener: a flat object, CreateTime a string (docs/ga-api.md §2.4).
const char describeListenerBody[] = R"({
  "RequestId": "6FEA0CF3-D3B9-43E5-A304-D217037876A8",
  "ListenerId": "lsr-bp1bpn0kn908w4nbw****",
  "AcceleratorId": "ga-bp1odcab8tmno0hdq****",
  "Name": "https-443",
  "Description": "Listener",
  "Protocol": "HTTPS",
  "State": "updating",
  "Type": "Standard",
  "PortRanges": [{"FromPort": 443, "ToPort": 443}],
  "BackendPorts": [{"FromPort": "443", "ToPort": "443"}],
  "Certificates": [{"Id": "6092**-cn-hangzhou", "Type": "Server"}],
  "ClientAffinity": "NONE",
  "CreateTime": "1577786252000",
  "ProxyProtocol": false,
  "RelatedAcls": [{"AclId": "nacl-hp34s2h0xx1ht4nwo****", "Status": "on"}],
  "AclType": "white"
})";

const char listCertificatesBody[] = R"({
  "RequestId": "6FEA0CF3-D3B9-43E5-A304-D217037876A8",
  "TotalCount": 3,
  "MaxResults": 20,
  "NextToken": "FFmyTO70tTpLG6I3FmYAXGKPd****",
  "Certificates": [
    {"CertificateId": "6092**-cn-hangzhou", "IsDefault": true, "State": "active"},
    {"CertificateId": "6093**-cn-hangzhou", "Domain": "www.example.com", "IsDefault": false, "State": "active"},
    {"CertificateId": "6094**-cn-hangzhou", "Domain": "*.api.example.com", "IsDefault": false, "State": "updating"}
  ]
})";

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad test JSON: %s", json.constData());
    return document.object();
}

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

} // namespace

class TestResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void jsonObjectParses();
    void jsonObjectRejects_data();
    void jsonObjectRejects();

    void acceleratorPage();
    void acceleratorMinimal();
    void acceleratorNumbersAsStrings();
    void acceleratorDescribeShape();
    void acceleratorWrongTypes_data();
    void acceleratorWrongTypes();

    void listenerPage();
    void listenerDescribe();
    void listenerQuirksBothWays();
    void listenerMinimal();
    void listenerWrongTypes_data();
    void listenerWrongTypes();

    void certificatePage();
    void certificateMissingId();
    void certificateIsDefaultAsString();

    void states_data();
    void states();

    void pageWrongTypes_data();
    void pageWrongTypes();
    void pageMissingListIsEmpty();
    void pageItemErrorPropagates();

    void mutationAccepted();

    void errorBodyService_data();
    void errorBodyService();
    void errorBodyWithoutServiceCode_data();
    void errorBodyWithoutServiceCode();
    void errorBodyToString();

    void neverCrashesOnGarbage_data();
    void neverCrashesOnGarbage();
};

void TestResponseParser::jsonObjectParses()
{
    const Result<QJsonObject> result = parse::jsonObject(QByteArray(listAcceleratorsBody));
    QVERIFY(result.ok());
    QCOMPARE(result.value().value(u"TotalCount").toInt(), 2);
}

void TestResponseParser::jsonObjectRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("malformed JSON");
    QTest::newRow("truncated") << QByteArray(R"({"RequestId":"x","Accelerators":[)")
                               << QStringLiteral("malformed JSON");
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                          << QStringLiteral("malformed JSON");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << QStringLiteral("malformed");
    QTest::newRow("array") << QByteArray(R"([{"AcceleratorId":"ga-1"}])")
                           << QStringLiteral("expected a JSON object");
    QTest::newRow("empty array") << QByteArray("[]") << QStringLiteral("expected a JSON object");
}

void TestResponseParser::jsonObjectRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    const Result<QJsonObject> result = parse::jsonObject(body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
}

void TestResponseParser::acceleratorPage()
{
    const Result<Page<Accelerator>> result
        = parse::acceleratorPage(object(QByteArray(listAcceleratorsBody)));
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const Page<Accelerator> &page = result.value();
    QCOMPARE(page.totalCount, 2);
    QCOMPARE(page.pageNumber, 1);
    QCOMPARE(page.pageSize, 50);
    QCOMPARE(page.nextToken, QString());
    QCOMPARE(page.items.size(), 2);

    const Accelerator &a = page.items.at(0);
    QCOMPARE(a.acceleratorId, QStringLiteral("ga-bp1odcab8tmno0hdq****"));
    QCOMPARE(a.name, QStringLiteral("prod-edge"));
    QCOMPARE(a.description, QStringLiteral("production"));
    QCOMPARE(a.state, QStringLiteral("active"));
    QVERIFY(isActiveState(a.state));
    QCOMPARE(a.spec, QStringLiteral("1"));
    QCOMPARE(a.bandwidth, qint64(200));
    QCOMPARE(a.bandwidthBillingType, QStringLiteral("BandwidthPackage"));
    QCOMPARE(a.instanceChargeType, QStringLiteral("PREPAY"));
    QCOMPARE(a.dnsName, QStringLiteral("ga-bp1odcab8tmno0hdq****.aliyunga0019.com"));
    QCOMPARE(a.regionId, QStringLiteral("cn-hangzhou"));
    // Seconds here...
    QCOMPARE(a.createTime, utc(1650643200000));
    QCOMPARE(a.expiredTime, utc(1653235200000));
    // ...and the fields not modelled are kept verbatim.
    QCOMPARE(a.raw.value(u"SecondDnsName").toString(),
             QStringLiteral("ga-bp1odcab8tmno0hdq****.aliyunga0047.com"));
    QCOMPARE(a.raw.value(u"BasicBandwidthPackage").toObject().value(u"BandwidthType").toString(),
             QStringLiteral("Basic"));

    const Accelerator &b = page.items.at(1);
    QCOMPARE(b.acceleratorId, QStringLiteral("ga-bp17frjjh0udz4qz****"));
    QCOMPARE(b.name, QString());
    // docs/ga-api.md §3.1: the API's own misspelling, kept as sent.
    QCOMPARE(b.state, QStringLiteral("finacialLocked"));
    QVERIFY(!isActiveState(b.state));
    // ...milliseconds in the other.
    QCOMPARE(b.createTime, utc(1581597755000));
    QCOMPARE(b.expiredTime, utc(1584115200000));
}

void TestResponseParser::acceleratorMinimal()
{
    const Result<Accelerator> result = parse::accelerator(object(R"({"AcceleratorId":"ga-1"})"));
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const Accelerator &a = result.value();
    QCOMPARE(a.acceleratorId, QStringLiteral("ga-1"));
    QVERIFY(a.name.isEmpty());
    QVERIFY(a.state.isEmpty());
    QVERIFY(!isActiveState(a.state));
    QCOMPARE(a.bandwidth, qint64(0));
    QVERIFY(!a.createTime.isValid());
    QVERIFY(!a.expiredTime.isValid());
    QCOMPARE(a.raw.size(), 1);
}

void TestResponseParser::acceleratorNumbersAsStrings()
{
    const Result<Page<Accelerator>> result = parse::acceleratorPage(object(R"({
        "RequestId": "r", "TotalCount": "51", "PageNumber": "2", "PageSize": "50",
        "Accelerators": [{"AcceleratorId": "ga-1", "Bandwidth": "100", "Spec": 5,
                          "CreateTime": "1650643200", "ExpiredTime": "1653235200000"}]})"));
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(result.value().totalCount, 51);
    QCOMPARE(result.value().pageNumber, 2);
    QCOMPARE(result.value().pageSize, 50);
    const Accelerator &a = result.value().items.first();
    QCOMPARE(a.bandwidth, qint64(100));
    QCOMPARE(a.spec, QStringLiteral("5"));
    QCOMPARE(a.createTime, utc(1650643200000));
    QCOMPARE(a.expiredTime, utc(1653235200000));
}

void TestResponseParser::acceleratorDescribeShape()
{
    // DescribeAccelerator answers one flat object, RequestId included (docs/ga-api.md §2.2).
    const Result<Accelerator> result = parse::accelerator(object(R"({
        "RequestId": "6FEA0CF3-D3B9-43E5-A304-D217037876A8",
        "AcceleratorId": "ga-bp1odcab8tmno0hdq****", "Name": "prod", "State": "configuring",
        "Spec": "1", "DnsName": "ga-bp1odcab8tmno0hdq****.aliyunga0019.com",
        "RegionId": "cn-hangzhou", "CreateTime": 1650643200, "ExpiredTime": 1653235200,
        "CrossPrivateState": "false", "CrossBorderStatus": false,
        "IpSetConfig": {"AccessMode": "UserDefine"}})"));
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(result.value().state, QStringLiteral("configuring"));
    QVERIFY(!isActiveState(result.value().state));
    QCOMPARE(result.value().raw.value(u"CrossPrivateState").toString(), QStringLiteral("false"));
}

void TestResponseParser::acceleratorWrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("missing id") << QByteArray(R"({"Name":"x","State":"active"})")
                                << QStringLiteral("AcceleratorId");
    QTest::newRow("null id") << QByteArray(R"({"AcceleratorId":null})")
                             << QStringLiteral("AcceleratorId");
    QTest::newRow("id object") << QByteArray(R"({"AcceleratorId":{"v":"ga-1"}})")
                               << QStringLiteral("AcceleratorId");
    QTest::newRow("state object") << QByteArray(
        R"({"AcceleratorId":"ga-1","State":{"Value":"active"}})")
                                  << QStringLiteral("State");
    QTest::newRow("state array") << QByteArray(R"({"AcceleratorId":"ga-1","State":["active"]})")
                                 << QStringLiteral("State");
    QTest::newRow("bandwidth text") << QByteArray(R"({"AcceleratorId":"ga-1","Bandwidth":"lots"})")
                                    << QStringLiteral("Bandwidth");
    QTest::newRow("create time text")
        << QByteArray(R"({"AcceleratorId":"ga-1","CreateTime":"2022-04-22T16:00:00Z"})")
        << QStringLiteral("CreateTime");
    QTest::newRow("expired time huge")
        << QByteArray(R"({"AcceleratorId":"ga-1","ExpiredTime":1e200})")
        << QStringLiteral("ExpiredTime");
}

void TestResponseParser::acceleratorWrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const Result<Accelerator> result = parse::accelerator(object(json));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(result.error().message.contains(field), qPrintable(result.error().message));
    QVERIFY2(result.error().message.startsWith(u"Accelerator."),
             qPrintable(result.error().message));
}

void TestResponseParser::listenerPage()
{
    const Result<Page<Listener>> result
        = parse::listenerPage(object(QByteArray(listListenersBody)));
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(result.value().totalCount, 1);
    QCOMPARE(result.value().pageSize, 10);
    QCOMPARE(result.value().items.size(), 1);
    const Listener &l = result.value().items.first();
    QCOMPARE(l.listenerId, QStringLiteral("lsr-bp1bpn0kn908w4nbw****"));
    QCOMPARE(l.acceleratorId, QStringLiteral("ga-bp1odcab8tmno0hdq****"));
    QCOMPARE(l.name, QStringLiteral("https-443"));
    QCOMPARE(l.description, QStringLiteral("Listener"));
    QCOMPARE(l.protocol, QStringLiteral("https"));
    QVERIFY(l.isHttps());
    QCOMPARE(l.state, QStringLiteral("active"));
    QCOMPARE(l.type, QStringLiteral("Standard"));
    // PortRanges: integers.
    const QList<PortRange> ports { { 443, 443 }, { 8000, 8080 } };
    QCOMPARE(l.portRanges, ports);
    // BackendPorts: strings (docs/ga-api.md §2.3).
    const QList<PortRange> backend { { 80, 80 } };
    QCOMPARE(l.backendPorts, backend);
    QCOMPARE(l.defaultCertificateIds, QStringList { QStringLiteral("6092**-cn-hangzhou") });
    // CreateTime: an integer of milliseconds in ListListeners.
    QCOMPARE(l.createTime, utc(1577786252000));
    QCOMPARE(l.raw.value(u"SecurityPolicyId").toString(), QStringLiteral("tls_cipher_policy_1_2"));
}

void TestResponseParser::listenerDescribe()
{
    const Result<Listener> result = parse::listener(object(QByteArray(describeListenerBody)));
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const Listener &l = result.value();
    QCOMPARE(l.listenerId, QStringLiteral("lsr-bp1bpn0kn908w4nbw****"));
    // The protocol is normalised to lower case.
    QCOMPARE(l.protocol, QStringLiteral("https"));
    QVERIFY(l.isHttps());
    QCOMPARE(l.state, QStringLiteral("updating"));
    QVERIFY(!isActiveState(l.state));
    // CreateTime: a string of milliseconds in DescribeListener (docs/ga-api.md §2.4).
    QCOMPARE(l.createTime, utc(1577786252000));
    QCOMPARE(l.backendPorts, (QList<PortRange> { { 443, 443 } }));
    QCOMPARE(l.raw.value(u"AclType").toString(), QStringLiteral("white"));
}

void TestResponseParser::listenerQuirksBothWays()
{
    // Whichever way round the types come, the values read the same.
    const Result<Listener> result = parse::listener(object(R"({
        "ListenerId": "lsr-1", "Protocol": "tcp", "CreateTime": "1577786252",
        "PortRanges": [{"FromPort": "80", "ToPort": " 90 "}],
        "BackendPorts": [{"FromPort": 8080, "ToPort": 8090}]})"));
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(result.value().portRanges, (QList<PortRange> { { 80, 90 } }));
    QCOMPARE(result.value().backendPorts, (QList<PortRange> { { 8080, 8090 } }));
    QCOMPARE(result.value().createTime, utc(1577786252000));
    QVERIFY(!result.value().isHttps());
}

void TestResponseParser::listenerMinimal()
{
    const Result<Listener> result = parse::listener(object(R"({"ListenerId":"lsr-1"})"));
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const Listener &l = result.value();
    QCOMPARE(l.listenerId, QStringLiteral("lsr-1"));
    QVERIFY(l.protocol.isEmpty());
    QVERIFY(!l.isHttps());
    QVERIFY(l.portRanges.isEmpty());
    QVERIFY(l.backendPorts.isEmpty());
    QVERIFY(l.defaultCertificateIds.isEmpty());
    QVERIFY(!l.createTime.isValid());

    // Empty arrays, nulls and a certificate entry without Id are fine too.
    const Result<Listener> empties = parse::listener(object(R"({
        "ListenerId": "lsr-2", "PortRanges": [], "BackendPorts": null,
        "Certificates": [{"Type": "Server"}], "CreateTime": ""})"));
    QVERIFY2(empties.ok(), qPrintable(empties.error().toString()));
    QVERIFY(empties.value().defaultCertificateIds.isEmpty());
    QVERIFY(!empties.value().createTime.isValid());
}

void TestResponseParser::listenerWrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing id") << QByteArray(R"({"AcceleratorId":"ga-1","State":"active"})")
                                << QStringLiteral("ListenerId");
    QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("ListenerId");
    QTest::newRow("state object") << QByteArray(
        R"({"ListenerId":"lsr-1","State":{"Value":"active"}})")
                                  << QStringLiteral("State");
    QTest::newRow("port ranges a string")
        << QByteArray(R"({"ListenerId":"lsr-1","PortRanges":"443-443"})")
        << QStringLiteral("PortRanges");
    QTest::newRow("port ranges an object")
        << QByteArray(R"({"ListenerId":"lsr-1","PortRanges":{"FromPort":443,"ToPort":443}})")
        << QStringLiteral("PortRanges");
    QTest::newRow("port range items numbers")
        << QByteArray(R"({"ListenerId":"lsr-1","PortRanges":[443,444]})")
        << QStringLiteral("PortRanges");
    QTest::newRow("port range items strings")
        << QByteArray(R"({"ListenerId":"lsr-1","PortRanges":["443"]})")
        << QStringLiteral("PortRanges");
    QTest::newRow("port not a number")
        << QByteArray(R"({"ListenerId":"lsr-1","PortRanges":[{"FromPort":"https","ToPort":443}]})")
        << QStringLiteral("FromPort");
    QTest::newRow("backend port items null")
        << QByteArray(R"({"ListenerId":"lsr-1","BackendPorts":[null]})")
        << QStringLiteral("BackendPorts");
    QTest::newRow("backend port bool")
        << QByteArray(R"({"ListenerId":"lsr-1","BackendPorts":[{"FromPort":true,"ToPort":"1"}]})")
        << QStringLiteral("BackendPorts");
    QTest::newRow("certificates a string")
        << QByteArray(R"({"ListenerId":"lsr-1","Certificates":"6092**-cn-hangzhou"})")
        << QStringLiteral("Certificates");
    QTest::newRow("certificate items strings")
        << QByteArray(R"({"ListenerId":"lsr-1","Certificates":["6092**-cn-hangzhou"]})")
        << QStringLiteral("Certificates");
    QTest::newRow("certificate id object")
        << QByteArray(R"({"ListenerId":"lsr-1","Certificates":[{"Id":{"x":1}}]})")
        << QStringLiteral("Certificates");
    QTest::newRow("create time object")
        << QByteArray(R"({"ListenerId":"lsr-1","CreateTime":{"ms":1}})")
        << QStringLiteral("CreateTime");
}

void TestResponseParser::listenerWrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    const Result<Listener> result = parse::listener(object(json));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
}

void TestResponseParser::certificatePage()
{
    const Result<Page<ListenerCertificate>> result
        = parse::certificatePage(object(QByteArray(listCertificatesBody)));
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const Page<ListenerCertificate> &page = result.value();
    QCOMPARE(page.totalCount, 3);
    QCOMPARE(page.nextToken, QStringLiteral("FFmyTO70tTpLG6I3FmYAXGKPd****"));
    QCOMPARE(page.items.size(), 3);

    // The default certificate has no Domain (docs/ga-api.md §2.5).
    QCOMPARE(page.items.at(0).certificateId, QStringLiteral("6092**-cn-hangzhou"));
    QVERIFY(page.items.at(0).isDefault);
    QVERIFY(page.items.at(0).domain.isEmpty());
    QCOMPARE(page.items.at(0).state, QStringLiteral("active"));

    QCOMPARE(page.items.at(1).domain, QStringLiteral("www.example.com"));
    QVERIFY(!page.items.at(1).isDefault);

    QCOMPARE(page.items.at(2).domain, QStringLiteral("*.api.example.com"));
    QCOMPARE(page.items.at(2).state, QStringLiteral("updating"));
    QVERIFY(!isActiveState(page.items.at(2).state));
    QCOMPARE(page.items.at(2).raw.value(u"CertificateId").toString(),
             QStringLiteral("6094**-cn-hangzhou"));

    // The last page: NextToken empty or absent, and an empty list.
    const Result<Page<ListenerCertificate>> last = parse::certificatePage(
        object(R"({"RequestId":"r","TotalCount":0,"MaxResults":20,"NextToken":"",
                   "Certificates":[]})"));
    QVERIFY(last.ok());
    QVERIFY(last.value().nextToken.isEmpty());
    QVERIFY(last.value().items.isEmpty());
}

void TestResponseParser::certificateMissingId()
{
    const Result<ListenerCertificate> result
        = parse::certificate(object(R"({"Domain":"www.example.com","IsDefault":false})"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(result.error().message.contains(u"CertificateId"), qPrintable(result.error().message));

    const Result<Page<ListenerCertificate>> page = parse::certificatePage(object(
        R"({"Certificates":[{"CertificateId":"1-cn-hangzhou"},{"Domain":"a.example.com"}]})"));
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, ApiError::Kind::InvalidResponse);
}

void TestResponseParser::certificateIsDefaultAsString()
{
    const Result<ListenerCertificate> result = parse::certificate(
        object(R"({"CertificateId":"1-cn-hangzhou","IsDefault":"true","State":"active"})"));
    QVERIFY(result.ok());
    QVERIFY(result.value().isDefault);

    const Result<ListenerCertificate> wrong
        = parse::certificate(object(R"({"CertificateId":"1-cn-hangzhou","IsDefault":[true]})"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind, ApiError::Kind::InvalidResponse);
}

void TestResponseParser::states_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("active");
    // docs/ga-api.md §3: every spelling seen, plus ones nobody documented.
    for (const char *s : { "init", "configuring", "binding", "unbinding", "deleting",
                           "finacialLocked", "financialLocked", "creating", "updating", "Deleting",
                           "Active", "ACTIVE", " active", "active ", "rebooting", "" })
        QTest::newRow(*s ? s : "(empty)") << QString::fromLatin1(s) << false;
    QTest::newRow("active") << QStringLiteral("active") << true;
}

void TestResponseParser::states()
{
    QFETCH(QString, state);
    QFETCH(bool, active);
    QJsonObject body { { QStringLiteral("AcceleratorId"), QStringLiteral("ga-1") },
                       { QStringLiteral("ListenerId"), QStringLiteral("lsr-1") },
                       { QStringLiteral("CertificateId"), QStringLiteral("1-cn-hangzhou") },
                       { QStringLiteral("State"), state } };
    const Result<Accelerator> a = parse::accelerator(body);
    const Result<Listener> l = parse::listener(body);
    const Result<ListenerCertificate> c = parse::certificate(body);
    QVERIFY(a.ok() && l.ok() && c.ok());
    // Kept verbatim, never mapped or trimmed.
    QCOMPARE(a.value().state, state);
    QCOMPARE(l.value().state, state);
    QCOMPARE(c.value().state, state);
    QCOMPARE(isActiveState(a.value().state), active);
    QCOMPARE(isActiveState(l.value().state), active);
}

void TestResponseParser::pageWrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("accelerators a string")
        << QByteArray(R"({"TotalCount":1,"Accelerators":"ga-1"})")
        << QStringLiteral("Accelerators");
    QTest::newRow("accelerators an object")
        << QByteArray(R"({"Accelerators":{"AcceleratorId":"ga-1"}})")
        << QStringLiteral("Accelerators");
    QTest::newRow("accelerator items strings")
        << QByteArray(R"({"Accelerators":["ga-1","ga-2"]})") << QStringLiteral("Accelerators");
    QTest::newRow("accelerator items null")
        << QByteArray(R"({"Accelerators":[null]})") << QStringLiteral("Accelerators");
    QTest::newRow("total count text")
        << QByteArray(R"({"TotalCount":"many","Accelerators":[]})") << QStringLiteral("TotalCount");
    QTest::newRow("page number object")
        << QByteArray(R"({"PageNumber":{},"Accelerators":[]})") << QStringLiteral("PageNumber");
    QTest::newRow("next token array")
        << QByteArray(R"({"NextToken":["x"],"Accelerators":[]})") << QStringLiteral("NextToken");
}

void TestResponseParser::pageWrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    const Result<Page<Accelerator>> result = parse::acceleratorPage(object(json));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
}

void TestResponseParser::pageMissingListIsEmpty()
{
    // A body without the list reads as an empty page, as terraform treats it.
    const Result<Page<Listener>> result
        = parse::listenerPage(object(R"({"RequestId":"r","TotalCount":0})"));
    QVERIFY(result.ok());
    QVERIFY(result.value().items.isEmpty());
    QCOMPARE(result.value().totalCount, 0);
}

void TestResponseParser::pageItemErrorPropagates()
{
    const Result<Page<Listener>> result = parse::listenerPage(object(R"({
        "TotalCount": 2,
        "Listeners": [{"ListenerId": "lsr-1"}, {"AcceleratorId": "ga-1", "State": "active"}]})"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(result.error().message.contains(u"ListenerId"), qPrintable(result.error().message));
}

void TestResponseParser::mutationAccepted()
{
    // Dissociate answers only RequestId; Associate and Update add ListenerId (docs/ga-api.md
    // §2.6-8).
    const Result<MutationAccepted> dissociate = parse::mutationAccepted(
        object(R"({"RequestId":"6FEA0CF3-D3B9-43E5-A304-D217037876A8"})"));
    QVERIFY(dissociate.ok());
    QCOMPARE(dissociate.value().requestId, QStringLiteral("6FEA0CF3-D3B9-43E5-A304-D217037876A8"));
    QVERIFY(dissociate.value().listenerId.isEmpty());

    const Result<MutationAccepted> associate = parse::mutationAccepted(
        object(R"({"ListenerId":"lsr-bp1bpn0kn908w4nbw****","RequestId":"r-2"})"));
    QVERIFY(associate.ok());
    QCOMPARE(associate.value().listenerId, QStringLiteral("lsr-bp1bpn0kn908w4nbw****"));
    QCOMPARE(associate.value().requestId, QStringLiteral("r-2"));

    const Result<MutationAccepted> wrong
        = parse::mutationAccepted(object(R"({"RequestId":{"id":"r"}})"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind, ApiError::Kind::InvalidResponse);
}

void TestResponseParser::errorBodyService_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");

    // docs/ga-api.md §4.1, the real GA example.
    QTest::newRow("MissingListenerId")
        << 400 << QByteArray(R"({"RequestId":"A8AC6E3A-4B6E-5B2E-9BAE-7F0E1B2C3D4E",
                          "HostId":"ga.cn-hangzhou.aliyuncs.com","Code":"MissingListenerId",
                          "Message":"ListenerId is mandatory for this action.",
                          "Recommend":"https://api.aliyun.com/troubleshoot?q=MissingListenerId&product=Ga&requestId=A8AC6E3A"})")
        << QStringLiteral("MissingListenerId")
        << QStringLiteral("ListenerId is mandatory for this action.")
        << QStringLiteral("A8AC6E3A-4B6E-5B2E-9BAE-7F0E1B2C3D4E");
    QTest::newRow("busy listener")
        << 400 << QByteArray(R"({"RequestId":"r1","HostId":"ga.cn-hangzhou.aliyuncs.com",
                          "Code":"NotActive.Listener","Message":"The state of the listener is not active."})")
        << QStringLiteral("NotActive.Listener")
        << QStringLiteral("The state of the listener is not active.") << QStringLiteral("r1");
    QTest::newRow("lower case keys")
        << 429 << QByteArray(R"({"requestId":"r2","code":"Throttling.User",
                          "message":"Request was denied due to user flow control."})")
        << QStringLiteral("Throttling.User")
        << QStringLiteral("Request was denied due to user flow control.") << QStringLiteral("r2");
    QTest::newRow("upper case wins over lower")
        << 400 << QByteArray(R"({"Code":"Upper","code":"lower","Message":"M","message":"m"})")
        << QStringLiteral("Upper") << QStringLiteral("M") << QString();
    QTest::newRow("mixed") << 503 << QByteArray(R"({"code":"ServiceUnavailable","Message":"later",
                                             "RequestId":"r3"})")
                           << QStringLiteral("ServiceUnavailable") << QStringLiteral("later")
                           << QStringLiteral("r3");
    QTest::newRow("code only") << 403 << QByteArray(R"({"Code":"Forbidden.RAM"})")
                               << QStringLiteral("Forbidden.RAM") << QString() << QString();
}

void TestResponseParser::errorBodyService()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, requestId);
    const ApiError error = parse::errorBody(status, body);
    QCOMPARE(error.kind, ApiError::Kind::Service);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QCOMPARE(error.requestId, requestId);
    QCOMPARE(error.retryAfterMs, -1);
}

void TestResponseParser::errorBodyWithoutServiceCode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty 502") << 502 << QByteArray();
    QTest::newRow("html 504") << 504
                              << QByteArray("<html><head><title>504 Gateway Time-out</title>"
                                            "</head><body>nginx</body></html>");
    QTest::newRow("text 403") << 403 << QByteArray("Forbidden");
    QTest::newRow("json array") << 400 << QByteArray(R"([{"Code":"X"}])");
    QTest::newRow("empty object") << 500 << QByteArray("{}");
    QTest::newRow("code not a string") << 400 << QByteArray(R"({"Code":400,"Message":null})");
    QTest::newRow("code object") << 400 << QByteArray(R"({"Code":{"v":"X"}})");
    QTest::newRow("empty code") << 400 << QByteArray(R"({"Code":""})");
    QTest::newRow("truncated") << 400 << QByteArray(R"({"Code":"Throttling","Mess)");
}

void TestResponseParser::errorBodyWithoutServiceCode()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const ApiError error = parse::errorBody(status, body);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(error.code.isEmpty());
    QVERIFY2(error.message.contains(QString::number(status)), qPrintable(error.message));
    QVERIFY(!error.isThrottling());
    QVERIFY(!error.isBusy());
    QCOMPARE(error.isTransient(), status >= 500);
}

void TestResponseParser::errorBodyToString()
{
    const ApiError error
        = parse::errorBody(400, QByteArray(R"({"RequestId":"A8AC","Code":"MissingListenerId",
                      "Message":"ListenerId is mandatory for this action."})"));
    QCOMPARE(error.toString(),
             QStringLiteral("MissingListenerId: ListenerId is mandatory for this action. "
                            "(HTTP 400, RequestId A8AC)"));

    const ApiError http = parse::errorBody(502, QByteArray("<html>"));
    QVERIFY2(http.toString().contains(u"HTTP 502"), qPrintable(http.toString()));

    // A Message without Code keeps the service's words but stays Kind::Http.
    const ApiError messageOnly
        = parse::errorBody(400, QByteArray(R"({"Message":"bad request","RequestId":"r"})"));
    QCOMPARE(messageOnly.kind, ApiError::Kind::Http);
    QCOMPARE(messageOnly.message, QStringLiteral("bad request"));
    QCOMPARE(messageOnly.requestId, QStringLiteral("r"));
}

void TestResponseParser::neverCrashesOnGarbage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("nested nulls") << QByteArray(
        R"({"Accelerators":[{"AcceleratorId":null}],"Listeners":[{}],"Certificates":[[]]})");
    QTest::newRow("deep") << QByteArray(
        R"({"Accelerators":[{"AcceleratorId":"ga-1","Tags":[[[[[]]]]]}],"Listeners":[{"ListenerId":"l","PortRanges":[{"FromPort":[],"ToPort":{}}]}]})");
    QTest::newRow("numbers") << QByteArray(
        R"({"TotalCount":1e308,"PageNumber":-1e308,"PageSize":0.5,"Accelerators":[]})");
    QTest::newRow("unicode") << QByteArray(
        R"({"Accelerators":[{"AcceleratorId":"ga-\u0000\uffff","Name":"加速器"}],"Listeners":[{"ListenerId":"\ud800"}]})");
    QTest::newRow("huge ports") << QByteArray(
        R"({"Listeners":[{"ListenerId":"l","PortRanges":[{"FromPort":1e15,"ToPort":-1e15}],"BackendPorts":[{"FromPort":"9223372036854775807","ToPort":"-9223372036854775808"}]}]})");
    QTest::newRow("all wrong") << QByteArray(
        R"({"Accelerators":true,"Listeners":1,"Certificates":"x","RequestId":[],"ListenerId":{}})");
}

void TestResponseParser::neverCrashesOnGarbage()
{
    QFETCH(QByteArray, body);
    const Result<QJsonObject> parsed = parse::jsonObject(body);
    QVERIFY(parsed.ok());
    const QJsonObject &o = parsed.value();
    // Every parser on every body: whatever the outcome, an error is InvalidResponse.
    const auto check = [](const auto &result) {
        return result.ok() || result.error().kind == ApiError::Kind::InvalidResponse;
    };
    QVERIFY(check(parse::acceleratorPage(o)));
    QVERIFY(check(parse::listenerPage(o)));
    QVERIFY(check(parse::certificatePage(o)));
    QVERIFY(check(parse::mutationAccepted(o)));
    QVERIFY(check(parse::accelerator(o)));
    QVERIFY(check(parse::listener(o)));
    QVERIFY(check(parse::certificate(o)));
    for (const QJsonValue &value : o) {
        for (const QJsonValue &item : value.toArray()) {
            QVERIFY(check(parse::accelerator(item.toObject())));
            QVERIFY(check(parse::listener(item.toObject())));
            QVERIFY(check(parse::certificate(item.toObject())));
        }
    }
    const ApiError error = parse::errorBody(400, body);
    QVERIFY(error.kind == ApiError::Kind::Http || error.kind == ApiError::Kind::Service);
}

QTEST_APPLESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
