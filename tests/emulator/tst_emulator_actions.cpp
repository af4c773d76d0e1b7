// The eight GA actions over real loopback HTTP: every action through both signature
// versions and every wire shape, the JSON field names and types of docs/ga-api.md §2 (quirks
// included), the seeded world, missing parameters and unknown ids.

#include "emulatorclient.h"
#include "world.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace ga;
using namespace ga::test;

namespace {

// The accelerator and HTTPS listener a mutation can run on.
struct Target
{
    QString acceleratorId;
    QString listenerId;
    QString otherListenerId; // a non-HTTPS listener of the same accelerator
};

Target activeHttpsTarget(emu::World &world)
{
    for (const emu::EmuAccelerator &a : world.accelerators()) {
        if (a.state != u"active")
            continue;
        Target target { a.acceleratorId, {}, {} };
        for (const emu::EmuListener *l : world.listenersOf(a.acceleratorId)) {
            if (l->isHttps() && target.listenerId.isEmpty())
                target.listenerId = l->listenerId;
            else if (!l->isHttps() && target.otherListenerId.isEmpty())
                target.otherListenerId = l->listenerId;
        }
        if (!target.listenerId.isEmpty() && !target.otherListenerId.isEmpty())
            return target;
    }
    qFatal("the seeded world has no active accelerator with an HTTPS listener");
}

QJsonObject withoutRequestId(QJsonObject object)
{
    object.remove(QStringLiteral("RequestId"));
    return object;
}

void verifyType(const QJsonObject &object, const char *name, QJsonValue::Type type)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.type() != type)
        QFAIL(qPrintable(QStringLiteral("%1 has JSON type %2, expected %3")
                             .arg(QLatin1String(name))
                             .arg(int(value.type()))
                             .arg(int(type))));
}

} // namespace

class TestEmulatorActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyActionGetsThrough_data();
    void everyActionGetsThrough();
    void acceleratorFieldsAndTypes();
    void describeAcceleratorIsFlat();
    void listenerQuirks();
    void listenerCertificates();
    void listAcceleratorsFilters();
    void seededWorld();
    void missingParameters_data();
    void missingParameters();
    void unknownIds_data();
    void unknownIds();
    void unknownActionAndVersion();
    void errorBodyShape();

private:
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<EmulatorClient> m_client;
};

void TestEmulatorActions::init()
{
    m_emulator = startEmulator(smallWorld(20));
    m_client = std::make_unique<EmulatorClient>(m_emulator->baseUrl());
}

void TestEmulatorActions::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void TestEmulatorActions::everyActionGetsThrough_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<Shape>("shape");
    for (const SignatureVersion version : { SignatureVersion::V1, SignatureVersion::V3 }) {
        for (const Shape shape : { Shape::SdkPost, Shape::Get, Shape::FormPost }) {
            QTest::addRow("%s-%s", versionName(version), shapeName(shape)) << version << shape;
        }
    }
}

// The project's own signer, in both versions, gets every action through.
void TestEmulatorActions::everyActionGetsThrough()
{
    QFETCH(SignatureVersion, version);
    QFETCH(Shape, shape);
    const Target t = activeHttpsTarget(m_emulator->world());
    const QByteArray acc = t.acceleratorId.toUtf8();
    const QByteArray lsr = t.listenerId.toUtf8();
    const auto call = [&](const QByteArray &action, const ParamMap &params) {
        const RawReply reply = m_client->call(action, params, version, shape);
        if (reply.status != 200)
            qWarning("%s: %s", action.constData(), reply.bytes.constData());
        return reply;
    };

    RawReply reply = call("ListAccelerators", {});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("TotalCount")).toInt(), 6);
    QVERIFY(!reply.requestId().isEmpty());

    reply = call("DescribeAccelerator", { { "AcceleratorId", acc } });
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("AcceleratorId")).toString(), t.acceleratorId);

    reply = call("ListListeners", { { "AcceleratorId", acc } });
    QCOMPARE(reply.status, 200);
    QCOMPARE(array(reply, "Listeners").size(), 4);

    reply = call("DescribeListener", { { "ListenerId", lsr } });
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("ListenerId")).toString(), t.listenerId);

    reply = call("ListListenerCertificates",
                 { { "AcceleratorId", acc }, { "ListenerId", lsr }, { "Role", "additional" } });
    QCOMPARE(reply.status, 200);
    const QJsonArray certificates = array(reply, "Certificates");
    QCOMPARE(certificates.size(), 12);
    // A wildcard domain exercises the encoder on '*' in both directions.
    QString wildcard;
    for (const QJsonValue &c : certificates) {
        if (field(c, "Domain").startsWith(u"*."))
            wildcard = field(c, "Domain");
    }
    QVERIFY(!wildcard.isEmpty());

    reply = call("AssociateAdditionalCertificatesWithListener",
                 { { "AcceleratorId", acc },
                   { "ListenerId", lsr },
                   { "ClientToken", RequestSigner::newNonce() },
                   { "Certificates.1.Id", "987654-cn-hangzhou" },
                   { "Certificates.1.Domain", "new +space.example.com" } });
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("ListenerId")).toString(), t.listenerId);
    QVERIFY(m_client->waitForListenerState(t.listenerId, QStringLiteral("active")));
    QVERIFY(m_emulator->world()
                .listener(t.listenerId)
                ->additionalFor(QStringLiteral("new +space.example.com")));

    reply = call("UpdateAdditionalCertificateWithListener",
                 { { "AcceleratorId", acc },
                   { "ListenerId", lsr },
                   { "Domain", wildcard.toUtf8() },
                   { "CertificateId", "111111-cn-hangzhou" } });
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("ListenerId")).toString(), t.listenerId);
    QVERIFY(m_client->waitForListenerState(t.listenerId, QStringLiteral("active")));
    QCOMPARE(m_emulator->world().listener(t.listenerId)->additionalFor(wildcard)->certificateId,
             QStringLiteral("111111-cn-hangzhou"));

    reply = call("DissociateAdditionalCertificatesFromListener",
                 { { "AcceleratorId", acc },
                   { "ListenerId", lsr },
                   { "ClientToken", RequestSigner::newNonce() },
                   { "Domains.1", wildcard.toUtf8() },
                   { "Domains.2", "new +space.example.com" } });
    QCOMPARE(reply.status, 200);
    // docs/ga-api.md §2.7: the answer is the RequestId alone.
    QCOMPARE(reply.body.keys(), QStringList { QStringLiteral("RequestId") });
    QVERIFY(m_client->waitForListenerState(t.listenerId, QStringLiteral("active")));
    QCOMPARE(m_emulator->world().listener(t.listenerId)->additional.size(), 11);

    const QJsonObject stats = m_client->stats();
    QCOMPARE(stats.value(QStringLiteral("signatureFailures")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("mutationsApplied")).toInt(), 3);
}

void TestEmulatorActions::acceleratorFieldsAndTypes()
{
    const RawReply reply = m_client->call("ListAccelerators", { { "PageSize", "50" } });
    QCOMPARE(reply.status, 200);
    verifyType(reply.body, "RequestId", QJsonValue::String);
    verifyType(reply.body, "TotalCount", QJsonValue::Double);
    verifyType(reply.body, "PageNumber", QJsonValue::Double);
    verifyType(reply.body, "PageSize", QJsonValue::Double);
    verifyType(reply.body, "Accelerators", QJsonValue::Array);
    QCOMPARE(reply.body.value(QStringLiteral("PageSize")).toInt(), 50);
    for (const QJsonValue &item : array(reply, "Accelerators")) {
        const QJsonObject a = item.toObject();
        for (const char *name :
             { "AcceleratorId", "Name", "Description", "State", "Spec", "BandwidthBillingType",
               "InstanceChargeType", "DnsName", "SecondDnsName", "RegionId", "CenId", "DdosId",
               "ResourceGroupId", "UpgradableStatus" })
            verifyType(a, name, QJsonValue::String);
        for (const char *name : { "Bandwidth", "CreateTime", "ExpiredTime" })
            verifyType(a, name, QJsonValue::Double);
        for (const char *name : { "CrossBorderStatus", "ServiceManaged" })
            verifyType(a, name, QJsonValue::Bool);
        for (const char *name : { "BasicBandwidthPackage", "IpSetConfig" })
            verifyType(a, name, QJsonValue::Object);
        for (const char *name : { "Tags", "ServiceManagedInfos" })
            verifyType(a, name, QJsonValue::Array);
        verifyType(a.value(QStringLiteral("BasicBandwidthPackage")).toObject(), "Bandwidth",
                   QJsonValue::Double);
        QVERIFY(a.value(QStringLiteral("AcceleratorId")).toString().startsWith(u"ga-"));
        QCOMPARE(a.value(QStringLiteral("RegionId")).toString(), QStringLiteral("cn-hangzhou"));
        const qint64 created = qint64(a.value(QStringLiteral("CreateTime")).toDouble());
        QVERIFY(created > 1'000'000'000);
        QVERIFY(qint64(a.value(QStringLiteral("ExpiredTime")).toDouble()) > created);
    }
}

void TestEmulatorActions::describeAcceleratorIsFlat()
{
    const emu::EmuAccelerator &first = m_emulator->world().accelerators().first();
    const RawReply reply = m_client->call("DescribeAccelerator",
                                          { { "AcceleratorId", first.acceleratorId.toUtf8() } });
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("AcceleratorId")).toString(), first.acceleratorId);
    QCOMPARE(reply.body.value(QStringLiteral("State")).toString(), first.state);
    verifyType(reply.body, "RequestId", QJsonValue::String);
    verifyType(reply.body, "CreateTime", QJsonValue::Double);
    // A string "true"/"false" here, unlike the booleans beside it (docs/ga-api.md §2.2).
    verifyType(reply.body, "CrossPrivateState", QJsonValue::String);
    verifyType(reply.body, "CrossBorderStatus", QJsonValue::Bool);
    QVERIFY(!reply.body.contains(QStringLiteral("Accelerators")));
    QVERIFY(!reply.body.contains(QStringLiteral("Accelerator")));
}

void TestEmulatorActions::listenerQuirks()
{
    const Target t = activeHttpsTarget(m_emulator->world());
    const RawReply list
        = m_client->call("ListListeners", { { "AcceleratorId", t.acceleratorId.toUtf8() } });
    QCOMPARE(list.status, 200);
    QJsonObject listed;
    for (const QJsonValue &l : array(list, "Listeners")) {
        const QJsonObject o = l.toObject();
        QCOMPARE(o.value(QStringLiteral("AcceleratorId")).toString(), t.acceleratorId);
        QVERIFY(QSet<QString>({ QStringLiteral("tcp"), QStringLiteral("udp"),
                                QStringLiteral("http"), QStringLiteral("https") })
                    .contains(o.value(QStringLiteral("Protocol")).toString()));
        if (o.value(QStringLiteral("ListenerId")).toString() == t.listenerId)
            listed = o;
    }
    QVERIFY(!listed.isEmpty());
    const RawReply described
        = m_client->call("DescribeListener", { { "ListenerId", t.listenerId.toUtf8() } });
    QCOMPARE(described.status, 200);
    const QJsonObject d = described.body;

    // CreateTime: a number in ListListeners, a string in DescribeListener, both milliseconds.
    verifyType(listed, "CreateTime", QJsonValue::Double);
    verifyType(d, "CreateTime", QJsonValue::String);
    const qint64 createTime = qint64(listed.value(QStringLiteral("CreateTime")).toDouble());
    QVERIFY(createTime > 100'000'000'000);
    QCOMPARE(d.value(QStringLiteral("CreateTime")).toString(), QString::number(createTime));

    for (const QJsonObject &o : { listed, d }) {
        QCOMPARE(o.value(QStringLiteral("Protocol")).toString(), QStringLiteral("https"));
        QCOMPARE(o.value(QStringLiteral("State")).toString(), QStringLiteral("active"));
        const QJsonObject ports
            = o.value(QStringLiteral("PortRanges")).toArray().first().toObject();
        verifyType(ports, "FromPort", QJsonValue::Double);
        verifyType(ports, "ToPort", QJsonValue::Double);
        const QJsonObject backend
            = o.value(QStringLiteral("BackendPorts")).toArray().first().toObject();
        verifyType(backend, "FromPort", QJsonValue::String);
        verifyType(backend, "ToPort", QJsonValue::String);
        QCOMPARE(backend.value(QStringLiteral("FromPort")).toString(),
                 QString::number(ports.value(QStringLiteral("FromPort")).toInt()));
        const QJsonObject certificate
            = o.value(QStringLiteral("Certificates")).toArray().first().toObject();
        QCOMPARE(certificate.keys(), QStringList({ QStringLiteral("Id"), QStringLiteral("Type") }));
        QCOMPARE(certificate.value(QStringLiteral("Type")).toString(), QStringLiteral("Server"));
        verifyType(o, "ProxyProtocol", QJsonValue::Bool);
        verifyType(o, "IdleTimeout", QJsonValue::Double);
        verifyType(o, "XForwardedForConfig", QJsonValue::Object);
        QCOMPARE(o.value(QStringLiteral("Type")).toString(), QStringLiteral("Standard"));
    }
    verifyType(d, "RelatedAcls", QJsonValue::Array);
}

void TestEmulatorActions::listenerCertificates()
{
    const Target t = activeHttpsTarget(m_emulator->world());
    const ParamMap ids { { "AcceleratorId", t.acceleratorId.toUtf8() },
                         { "ListenerId", t.listenerId.toUtf8() } };
    RawReply reply = m_client->call("ListListenerCertificates", ids);
    QCOMPARE(reply.status, 200);
    verifyType(reply.body, "TotalCount", QJsonValue::Double);
    verifyType(reply.body, "MaxResults", QJsonValue::Double);
    QCOMPARE(reply.body.value(QStringLiteral("MaxResults")).toInt(), 20); // the default
    QCOMPARE(reply.body.value(QStringLiteral("TotalCount")).toInt(), 13); // default + 12
    int defaults = 0;
    for (const QJsonValue &value : array(reply, "Certificates")) {
        const QJsonObject c = value.toObject();
        verifyType(c, "CertificateId", QJsonValue::String);
        verifyType(c, "IsDefault", QJsonValue::Bool);
        QCOMPARE(c.value(QStringLiteral("State")).toString(), QStringLiteral("active"));
        if (c.value(QStringLiteral("IsDefault")).toBool()) {
            ++defaults;
            QVERIFY(!c.contains(QStringLiteral("Domain"))); // absent for the default one
        } else {
            verifyType(c, "Domain", QJsonValue::String);
        }
        QVERIFY(!c.contains(QStringLiteral("Role")));
    }
    QCOMPARE(defaults, 1);

    ParamMap onlyDefault = ids;
    onlyDefault["Role"] = "default";
    reply = m_client->call("ListListenerCertificates", onlyDefault);
    QCOMPARE(array(reply, "Certificates").size(), 1);
    QVERIFY(array(reply, "Certificates").first().toObject().value(u"IsDefault").toBool());

    ParamMap bad = ids;
    bad["Role"] = "primary";
    QCOMPARE(m_client->call("ListListenerCertificates", bad).status, 400);

    // A TCP listener has no certificates at all: an empty array, not an error.
    ParamMap tcp = ids;
    tcp["ListenerId"] = t.otherListenerId.toUtf8();
    reply = m_client->call("ListListenerCertificates", tcp);
    QCOMPARE(reply.status, 200);
    QVERIFY(array(reply, "Certificates").isEmpty());
}

void TestEmulatorActions::listAcceleratorsFilters()
{
    RawReply reply = m_client->call("ListAccelerators", { { "State", "finacialLocked" } });
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("TotalCount")).toInt(), 1);
    QCOMPARE(field(array(reply, "Accelerators").first(), "State"),
             QStringLiteral("finacialLocked"));

    const QString id = m_emulator->world().accelerators().last().acceleratorId;
    reply = m_client->call("ListAccelerators", { { "AcceleratorId", id.toUtf8() } });
    QCOMPARE(array(reply, "Accelerators").size(), 1);
    QCOMPARE(field(array(reply, "Accelerators").first(), "AcceleratorId"), id);
}

void TestEmulatorActions::seededWorld()
{
    const auto snapshot = [](quint64 seed) {
        emu::EmulatorOptions options = smallWorld();
        options.seed = seed;
        auto emulator = startEmulator(options);
        EmulatorClient client(emulator->baseUrl());
        const QJsonArray accelerators
            = array(client.call("ListAccelerators", { { "PageSize", "50" } }), "Accelerators");
        QJsonArray all = accelerators;
        for (const QJsonValue &a : accelerators) {
            const QByteArray id = field(a, "AcceleratorId").toUtf8();
            all.append(
                withoutRequestId(client.call("ListListeners", { { "AcceleratorId", id } }).body));
        }
        return all;
    };
    QCOMPARE(snapshot(7), snapshot(7));
    QVERIFY(snapshot(7) != snapshot(8));

    // docs/ga-api.md §3.1: a few accelerators are not active, the API's misspelling included.
    QSet<QString> states;
    QSet<QString> protocols;
    bool wildcard = false;
    emu::World &world = m_emulator->world();
    for (const emu::EmuAccelerator &a : world.accelerators()) {
        states.insert(a.state);
        int https = 0;
        for (const emu::EmuListener *l : world.listenersOf(a.acceleratorId)) {
            protocols.insert(l->protocol);
            https += l->isHttps() ? 1 : 0;
            for (const emu::EmuCertificate &c : l->additional)
                wildcard = wildcard || c.domain.startsWith(u"*.");
        }
        QVERIFY2(https >= 1, qPrintable(a.acceleratorId));
    }
    QVERIFY(states.contains(QStringLiteral("active")));
    QVERIFY(states.contains(QStringLiteral("finacialLocked")));
    QVERIFY(states.size() >= 3);
    QCOMPARE(protocols,
             QSet<QString>({ QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("http"),
                             QStringLiteral("https") }));
    QVERIFY(wildcard);
}

void TestEmulatorActions::missingParameters_data()
{
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<ParamMap>("params");
    QTest::addColumn<QString>("code");
    const ParamMap ids { { "AcceleratorId", "ACC" }, { "ListenerId", "LSR" } };
    const auto without = [](ParamMap params, const QByteArray &name) {
        params.erase(name);
        return params;
    };
    QTest::newRow("DescribeAccelerator") << QByteArray("DescribeAccelerator") << ParamMap()
                                         << QStringLiteral("MissingAcceleratorId");
    QTest::newRow("ListListeners")
        << QByteArray("ListListeners") << ParamMap() << QStringLiteral("MissingAcceleratorId");
    QTest::newRow("DescribeListener")
        << QByteArray("DescribeListener") << ParamMap() << QStringLiteral("MissingListenerId");
    QTest::newRow("ListListenerCertificates-listener")
        << QByteArray("ListListenerCertificates") << without(ids, "ListenerId")
        << QStringLiteral("MissingListenerId");
    QTest::newRow("ListListenerCertificates-accelerator")
        << QByteArray("ListListenerCertificates") << without(ids, "AcceleratorId")
        << QStringLiteral("MissingAcceleratorId");
    QTest::newRow("Dissociate-domains")
        << QByteArray("DissociateAdditionalCertificatesFromListener") << ids
        << QStringLiteral("MissingDomains");
    QTest::newRow("Dissociate-listener")
        << QByteArray("DissociateAdditionalCertificatesFromListener")
        << ParamMap { { "AcceleratorId", "ACC" }, { "Domains.1", "a.example.com" } }
        << QStringLiteral("MissingListenerId");
    QTest::newRow("Associate-certificates")
        << QByteArray("AssociateAdditionalCertificatesWithListener") << ids
        << QStringLiteral("MissingCertificates");
    QTest::newRow("Update-domain") << QByteArray("UpdateAdditionalCertificateWithListener")
                                   << ParamMap { { "AcceleratorId", "ACC" },
                                                 { "ListenerId", "LSR" },
                                                 { "CertificateId", "1-cn-hangzhou" } }
                                   << QStringLiteral("MissingDomain");
    QTest::newRow("Update-certificate") << QByteArray("UpdateAdditionalCertificateWithListener")
                                        << ParamMap { { "AcceleratorId", "ACC" },
                                                      { "ListenerId", "LSR" },
                                                      { "Domain", "a.example.com" } }
                                        << QStringLiteral("MissingCertificateId");
}

void TestEmulatorActions::missingParameters()
{
    QFETCH(QByteArray, action);
    QFETCH(ParamMap, params);
    QFETCH(QString, code);
    const Target t = activeHttpsTarget(m_emulator->world());
    for (auto &[name, value] : params) {
        if (value == "ACC")
            value = t.acceleratorId.toUtf8();
        else if (value == "LSR")
            value = t.listenerId.toUtf8();
    }
    for (const SignatureVersion version : { SignatureVersion::V1, SignatureVersion::V3 }) {
        const RawReply reply = m_client->call(action, params, version);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), code);
        // docs/ga-api.md §4.1, the one real example: "ListenerId is mandatory for this action."
        const QString param = code.mid(int(qstrlen("Missing")));
        QCOMPARE(reply.body.value(QStringLiteral("Message")).toString(),
                 QStringLiteral("%1 is mandatory for this action.").arg(param));
    }
    m_client->setSendRegionId(false);
    const RawReply reply = m_client->call("ListAccelerators");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), QStringLiteral("MissingRegionId"));
}

void TestEmulatorActions::unknownIds_data()
{
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<ParamMap>("params");
    QTest::addColumn<QString>("code");
    const QByteArray noAcc = "ga-bp1doesnotexist000";
    const QByteArray noLsr = "lsr-bp1doesnotexist00";
    QTest::newRow("DescribeAccelerator")
        << QByteArray("DescribeAccelerator") << ParamMap { { "AcceleratorId", noAcc } }
        << QStringLiteral("NotExist.Accelerator");
    QTest::newRow("ListListeners")
        << QByteArray("ListListeners") << ParamMap { { "AcceleratorId", noAcc } }
        << QStringLiteral("NotExist.Accelerator");
    QTest::newRow("DescribeListener")
        << QByteArray("DescribeListener") << ParamMap { { "ListenerId", noLsr } }
        << QStringLiteral("NotExist.Listener");
    QTest::newRow("ListListenerCertificates-listener")
        << QByteArray("ListListenerCertificates")
        << ParamMap { { "AcceleratorId", "ACC" }, { "ListenerId", noLsr } }
        << QStringLiteral("NotExist.Listener");
    QTest::newRow("ListListenerCertificates-accelerator")
        << QByteArray("ListListenerCertificates")
        << ParamMap { { "AcceleratorId", noAcc }, { "ListenerId", "LSR" } }
        << QStringLiteral("NotExist.Accelerator");
    QTest::newRow("Dissociate-listener")
        << QByteArray("DissociateAdditionalCertificatesFromListener")
        << ParamMap { { "AcceleratorId", "ACC" },
                      { "ListenerId", noLsr },
                      { "Domains.1", "a.example.com" } }
        << QStringLiteral("NotExist.Listener");
    QTest::newRow("Associate-accelerator")
        << QByteArray("AssociateAdditionalCertificatesWithListener")
        << ParamMap { { "AcceleratorId", noAcc },
                      { "ListenerId", "LSR" },
                      { "Certificates.1.Id", "1-cn-hangzhou" },
                      { "Certificates.1.Domain", "a.example.com" } }
        << QStringLiteral("NotExist.Accelerator");
    QTest::newRow("Update-listener") << QByteArray("UpdateAdditionalCertificateWithListener")
                                     << ParamMap { { "AcceleratorId", "ACC" },
                                                   { "ListenerId", noLsr },
                                                   { "Domain", "a.example.com" },
                                                   { "CertificateId", "1-cn-hangzhou" } }
                                     << QStringLiteral("NotExist.Listener");
}

void TestEmulatorActions::unknownIds()
{
    QFETCH(QByteArray, action);
    QFETCH(ParamMap, params);
    QFETCH(QString, code);
    const Target t = activeHttpsTarget(m_emulator->world());
    for (auto &[name, value] : params) {
        if (value == "ACC")
            value = t.acceleratorId.toUtf8();
        else if (value == "LSR")
            value = t.listenerId.toUtf8();
    }
    const RawReply reply = m_client->call(action, params);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), code);
    const QString message = reply.body.value(QStringLiteral("Message")).toString();
    QCOMPARE(message,
             code == u"NotExist.Listener"
                 ? QStringLiteral("The listener does not exist.")
                 : QStringLiteral("The accelerated instance does not exist."));
}

void TestEmulatorActions::unknownActionAndVersion()
{
    RawReply reply = m_client->call("DeleteAccelerator", {});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.code(), QStringLiteral("InvalidAction.NotFound"));

    const SignedRequest old = RequestSigner::sign(
        m_emulator->baseUrl(), ApiCall { "ListAccelerators", withRegion({}), "2017-01-01" },
        demoCredentials(), SignatureVersion::V3, QDateTime::currentDateTimeUtc(),
        RequestSigner::newNonce());
    QNetworkRequest request(old.url(m_emulator->baseUrl()));
    for (const auto &[name, value] : old.headers)
        request.setRawHeader(name, value);
    reply = EmulatorClient::finish(m_client->network().post(request, old.body));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), QStringLiteral("InvalidVersion"));
}

// docs/ga-api.md §4.1: RequestId, HostId, Code, Message, Recommend.
void TestEmulatorActions::errorBodyShape()
{
    const RawReply reply = m_client->call("DescribeListener", {});
    QCOMPARE(reply.status, 400);
    QStringList keys = reply.body.keys();
    keys.sort();
    QCOMPARE(
        keys,
        QStringList({ QStringLiteral("Code"), QStringLiteral("HostId"), QStringLiteral("Message"),
                      QStringLiteral("Recommend"), QStringLiteral("RequestId") }));
    for (const QString &key : keys)
        QVERIFY2(reply.body.value(key).isString(), qPrintable(key));
    QVERIFY(reply.body.value(QStringLiteral("Recommend"))
                .toString()
                .contains(QStringLiteral("q=MissingListenerId")));
    QVERIFY(reply.body.value(QStringLiteral("Recommend")).toString().contains(reply.requestId()));
}

QTEST_GUILESS_MAIN(TestEmulatorActions)
#include "tst_emulator_actions.moc"
