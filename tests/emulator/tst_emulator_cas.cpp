// Certificate Management (CAS, API 2020-04-07) beside GA on the emulator's URL, over real
// loopback HTTP: the field names and JSON types of docs/cas-api.md §3, ListCertificates' paging,
// filters and its 100 cap, NotFound, CertFilter (the key only without it), both sites' IDs,
// routing by version, both signatures, CAS's own throttle, faults and the scrubbed event log.

#include "casjson.h"
#include "castestkit.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace ga;
using namespace ga::test;

namespace {

const QList<QPair<const char *, QJsonValue::Type>> listItemFields {
    { "CertIdentifier", QJsonValue::String },
    { "CertificateId", QJsonValue::String },
    { "CertificateName", QJsonValue::String },
    { "CommonName", QJsonValue::String },
    { "Domain", QJsonValue::String },
    { "SubjectAlternativeNames", QJsonValue::Array },
    { "Issuer", QJsonValue::String },
    { "NotBefore", QJsonValue::Double },
    { "NotAfter", QJsonValue::Double },
    { "CertificateStatus", QJsonValue::String },
    { "CertificateSource", QJsonValue::String },
    { "UsingProductList", QJsonValue::Array },
    { "Algorithm", QJsonValue::String },
    { "KeySize", QJsonValue::Double },
    { "ExistPrivateKey", QJsonValue::Bool },
    { "FingerPrint", QJsonValue::String },
    { "Serial", QJsonValue::String },
    { "InstanceId", QJsonValue::String },
};

QList<QPair<const char *, QJsonValue::Type>> detailFields()
{
    QList<QPair<const char *, QJsonValue::Type>> fields = listItemFields;
    fields[1].second = QJsonValue::Double; // CertificateId is a number here
    fields += { { "CertificateChainList", QJsonValue::Array },
                { "Csr", QJsonValue::String },
                { "CompanyId", QJsonValue::Double },
                { "ContactId", QJsonValue::Double },
                { "Tags", QJsonValue::Array },
                { "RequestId", QJsonValue::String } };
    return fields;
}

const QList<QPair<const char *, QJsonValue::Type>> userDetailFields {
    { "Id", QJsonValue::Double },        { "CertIdentifier", QJsonValue::String },
    { "Name", QJsonValue::String },      { "Common", QJsonValue::String },
    { "Sans", QJsonValue::String },      { "Issuer", QJsonValue::String },
    { "NotBefore", QJsonValue::Double }, { "NotAfter", QJsonValue::Double },
    { "StartDate", QJsonValue::String }, { "EndDate", QJsonValue::String },
    { "Expired", QJsonValue::Bool },     { "Fingerprint", QJsonValue::String },
    { "Sha2", QJsonValue::String },      { "CertSha2", QJsonValue::String },
    { "SerialNo", QJsonValue::String },  { "Algorithm", QJsonValue::String },
    { "BuyInAliyun", QJsonValue::Bool }, { "InstanceId", QJsonValue::String },
    { "OrderId", QJsonValue::Double },   { "OrgName", QJsonValue::String },
    { "Country", QJsonValue::String },   { "Province", QJsonValue::String },
    { "City", QJsonValue::String },      { "ResourceGroupId", QJsonValue::String },
    { "CertChain", QJsonValue::Array },  { "Tags", QJsonValue::Array },
    { "RequestId", QJsonValue::String },
};

const QStringList keyFields { QStringLiteral("Cert"),        QStringLiteral("Key"),
                              QStringLiteral("EncryptCert"), QStringLiteral("EncryptPrivateKey"),
                              QStringLiteral("SignCert"),    QStringLiteral("SignPrivateKey") };

QByteArray idParam(qint64 id)
{
    return QByteArray::number(id);
}

} // namespace

class TestEmulatorCas : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listFieldsAndTypes();
    void detailFieldsAndTypes();
    void userDetailWithCertFilterHasNoKey();
    void userDetailWithoutCertFilterHasAFakeKey_data();
    void userDetailWithoutCertFilterHasAFakeKey();
    void pagingAndTheCapOf100();
    void statusFilter();
    void keywordAndSource();
    void hidesExpiredOption();
    void notFoundAndMissingIds();
    void bothSites();
    void routingByVersion();
    void signatures_data();
    void signatures();
    void ownThrottle();
    void faultsAndLatency();
    void eventLogScrubsKeysAndBodies();
    void usingProductListFollowsMutations();

private:
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<EmulatorClient> m_cas;
};

void TestEmulatorCas::init()
{
    m_emulator = startEmulator(smallWorld(20));
    m_cas = casClient(*m_emulator);
}

void TestEmulatorCas::cleanup()
{
    m_cas.reset();
    m_emulator.reset();
}

void TestEmulatorCas::listFieldsAndTypes()
{
    const RawReply reply = m_cas->call("ListCertificates");
    QCOMPARE(reply.status, 200);
    const QString top = fieldsDiffer(reply.body,
                                     { { "CertificateList", QJsonValue::Array },
                                       { "CurrentPage", QJsonValue::Double },
                                       { "ShowSize", QJsonValue::Double },
                                       { "TotalCount", QJsonValue::Double },
                                       { "RequestId", QJsonValue::String } });
    QVERIFY2(top.isEmpty(), qPrintable(top));
    QCOMPARE(reply.body.value(u"CurrentPage").toInt(), 1); // the defaults
    QCOMPARE(reply.body.value(u"ShowSize").toInt(), 10);
    // Every status by default: the whole store.
    QCOMPARE(reply.body.value(u"TotalCount").toInt(), int(m_emulator->casWorld().records().size()));
    const QJsonArray items = array(reply, "CertificateList");
    QCOMPARE(items.size(), 10);
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString differs = fieldsDiffer(item, listItemFields);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        const QString identifier = item.value(u"CertIdentifier").toString();
        QVERIFY2(isCertificateId(identifier), qPrintable(identifier));
        QCOMPARE(item.value(u"CertificateId").toString(), identifier.section(u'-', 0, 0));
        for (const QJsonValue &san : item.value(u"SubjectAlternativeNames").toArray())
            QVERIFY(san.isString());
        for (const QJsonValue &product : item.value(u"UsingProductList").toArray())
            QVERIFY(product.isString());
        QCOMPARE(item.value(u"CommonName").toString(),
                 strings(item.value(u"SubjectAlternativeNames")).first());
        QCOMPARE(item.value(u"Domain").toString(),
                 strings(item.value(u"SubjectAlternativeNames")).join(u','));
        // Milliseconds (13 digits), a validity that ends after it begins.
        const double notBefore = item.value(u"NotBefore").toDouble();
        QVERIFY(notBefore > 1e12 && notBefore < 1e13);
        QVERIFY(item.value(u"NotAfter").toDouble() > notBefore);
        QVERIFY(QStringList({ QStringLiteral("issued"), QStringLiteral("revoked"),
                              QStringLiteral("willExpire"), QStringLiteral("expired") })
                    .contains(item.value(u"CertificateStatus").toString()));
        QCOMPARE(item.value(u"FingerPrint").toString().size(), 40);
    }
}

void TestEmulatorCas::detailFieldsAndTypes()
{
    // A certificate a listener uses, found in the list and then asked for by its number.
    const emu::EmuListener *listener
        = m_emulator->world().listener(activeTarget(*m_emulator).listenerId);
    const emu::CasRecord *record = nullptr;
    for (const emu::EmuCertificate &c : listener->additional) {
        if ((record = m_emulator->casWorld().find(numberOf(c.certificateId))))
            break;
    }
    QVERIFY(record);
    const RawReply reply
        = m_cas->call("GetCertificateDetail", { { "CertificateId", idParam(record->id) } });
    QCOMPARE(reply.status, 200);
    const QString differs = fieldsDiffer(reply.body, detailFields());
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    QCOMPARE(qint64(reply.body.value(u"CertificateId").toDouble()), record->id);
    QCOMPARE(reply.body.value(u"CertIdentifier").toString(), record->identifier());
    QVERIFY(strings(reply.body.value(u"UsingProductList")).contains(u"GA"));
    QCOMPARE(strings(reply.body.value(u"SubjectAlternativeNames")),
             record->subjectAlternativeNames);
    const QJsonArray chain = reply.body.value(u"CertificateChainList").toArray();
    QVERIFY(!chain.isEmpty());
    for (const QJsonValue &link : chain) {
        const QString linkDiffers = fieldsDiffer(link.toObject(),
                                                 { { "Issuer", QJsonValue::String },
                                                   { "Subject", QJsonValue::String },
                                                   { "NotBefore", QJsonValue::Double },
                                                   { "NotAfter", QJsonValue::Double },
                                                   { "RemainDay", QJsonValue::Double } });
        QVERIFY2(linkDiffers.isEmpty(), qPrintable(linkDiffers));
    }
    QCOMPARE(chain.first().toObject().value(u"Subject").toString(), record->commonName());
    for (const QJsonValue &tag : reply.body.value(u"Tags").toArray()) {
        QVERIFY(tag.toObject().value(u"TagKey").isString());
        QVERIFY(tag.toObject().value(u"TagValue").isString());
    }
    // The CSR is public; no body, no key.
    for (const QString &name : keyFields)
        QVERIFY2(!reply.body.contains(name), qPrintable(name));
    QVERIFY(!reply.bytes.contains(emu::casjson::fakePrivateKeyMarker));
}

void TestEmulatorCas::userDetailWithCertFilterHasNoKey()
{
    const emu::CasRecord &record = m_emulator->casWorld().records().first();
    const RawReply reply = m_cas->call(
        "GetUserCertificateDetail", { { "CertId", idParam(record.id) }, { "CertFilter", "true" } });
    QCOMPARE(reply.status, 200);
    const QString differs = fieldsDiffer(reply.body, userDetailFields);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    QCOMPARE(reply.body.value(u"Common").toString(), record.commonName());
    QCOMPARE(reply.body.value(u"Sans").toString(), record.subjectAlternativeNames.join(u','));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"))
                .match(reply.body.value(u"EndDate").toString())
                .hasMatch());
    for (const QJsonValue &link : reply.body.value(u"CertChain").toArray()) {
        const QString linkDiffers = fieldsDiffer(link.toObject(),
                                                 { { "CommonName", QJsonValue::String },
                                                   { "IssuerCommonName", QJsonValue::String },
                                                   { "NotBefore", QJsonValue::Double },
                                                   { "NotAfter", QJsonValue::Double },
                                                   { "RemainDay", QJsonValue::Double } });
        QVERIFY2(linkDiffers.isEmpty(), qPrintable(linkDiffers));
    }
    QVERIFY(!reply.bytes.contains(emu::casjson::fakePrivateKeyMarker));
    QVERIFY(!reply.bytes.contains("BEGIN"));
    QCOMPARE(m_emulator->stats().privateKeysServed, 0);
    QCOMPARE(statNumber(m_cas->stats(), "privateKeysServed"), 0);
}

void TestEmulatorCas::userDetailWithoutCertFilterHasAFakeKey_data()
{
    QTest::addColumn<QByteArray>("certFilter"); // empty: not sent
    QTest::newRow("absent") << QByteArray();
    QTest::newRow("false") << QByteArray("false");
    QTest::newRow("not a boolean") << QByteArray("1");
}

// Without CertFilter=true CAS returns the body and the key: the emulator sends made-up ones
// with a marker, and counts them, so that a test of the console can prove it never asks.
void TestEmulatorCas::userDetailWithoutCertFilterHasAFakeKey()
{
    QFETCH(QByteArray, certFilter);
    const emu::CasRecord *sm2 = nullptr;
    const emu::CasRecord *rsa = nullptr;
    for (const emu::CasRecord &record : m_emulator->casWorld().records())
        (record.algorithm == u"SM2" ? sm2 : rsa) = &record;
    QVERIFY(sm2 && rsa);
    ParamMap params { { "CertId", idParam(rsa->id) } };
    if (!certFilter.isEmpty())
        params["CertFilter"] = certFilter;
    RawReply reply = m_cas->call("GetUserCertificateDetail", params);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.value(u"Cert").toString().startsWith(u"-----BEGIN CERTIFICATE-----"));
    QVERIFY(reply.body.value(u"Key").toString().contains(
        QLatin1String(emu::casjson::fakePrivateKeyMarker)));
    QVERIFY(!reply.body.contains(u"SignPrivateKey")); // the ShangMi pairs are for SM2 only
    QCOMPARE(reply.body.size(), userDetailFields.size() + 2);

    params["CertId"] = idParam(sm2->id);
    reply = m_cas->call("GetUserCertificateDetail", params);
    QCOMPARE(reply.body.size(), userDetailFields.size() + 6);
    for (const QString &name : keyFields)
        QVERIFY2(reply.body.value(name).toString().startsWith(u"-----BEGIN"), qPrintable(name));
    QVERIFY(reply.body.value(u"EncryptPrivateKey")
                .toString()
                .contains(QLatin1String(emu::casjson::fakePrivateKeyMarker)));
    QCOMPARE(statNumber(m_cas->stats(), "privateKeysServed"), 2);
}

void TestEmulatorCas::pagingAndTheCapOf100()
{
    emu::EmulatorOptions options = smallWorld();
    options.accelerators = 20; // 40 HTTPS listeners: more than 100 certificates
    m_emulator = startEmulator(options);
    m_cas = casClient(*m_emulator);
    const int total = int(m_emulator->casWorld().records().size());
    QVERIFY2(total > 100, qPrintable(QString::number(total)));

    QSet<QString> seen;
    int page = 1;
    for (;; ++page) {
        const RawReply reply = m_cas->call(
            "ListCertificates", { { "ShowSize", "100" }, { "CurrentPage", idParam(page) } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.value(u"TotalCount").toInt(), total);
        QCOMPARE(reply.body.value(u"CurrentPage").toInt(), page);
        const QJsonArray items = array(reply, "CertificateList");
        if (items.isEmpty())
            break; // a page past the end is empty
        QCOMPARE(items.size(), qMin(100, total - (page - 1) * 100));
        for (const QJsonValue &item : items)
            seen.insert(field(item, "CertIdentifier"));
    }
    QCOMPARE(page, (total + 99) / 100 + 1);
    QCOMPARE(seen.size(), total);

    for (const QByteArray &bad : { QByteArray("101"), QByteArray("0"), QByteArray("ten") }) {
        const RawReply reply = m_cas->call("ListCertificates", { { "ShowSize", bad } });
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("IllegalParameter.ShowSize"));
    }
    QCOMPARE(m_cas->call("ListCertificates", { { "CurrentPage", "0" } }).code(),
             QStringLiteral("IllegalParameter.CurrentPage"));
}

void TestEmulatorCas::statusFilter()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int sum = 0;
    for (const char *status : { "issued", "revoked", "willExpire", "expired" }) {
        int expected = 0;
        for (const emu::CasRecord &record : m_emulator->casWorld().records())
            expected += record.statusAt(now) == QLatin1String(status) ? 1 : 0;
        QVERIFY2(expected > 0, status); // the default world has every status
        const RawReply reply = m_cas->call(
            "ListCertificates", { { "CertificateStatus", status }, { "ShowSize", "100" } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.value(u"TotalCount").toInt(), expected);
        for (const QJsonValue &item : array(reply, "CertificateList"))
            QCOMPARE(field(item, "CertificateStatus"), QLatin1String(status));
        sum += expected;
    }
    QCOMPARE(sum, int(m_emulator->casWorld().records().size()));
    const RawReply bad = m_cas->call("ListCertificates", { { "CertificateStatus", "EXPIRED" } });
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.code(), QStringLiteral("IllegalParameter.CertificateStatus"));
}

void TestEmulatorCas::keywordAndSource()
{
    const emu::CasRecord &record = m_emulator->casWorld().records().last();
    RawReply reply = m_cas->call("ListCertificates", { { "Keyword", record.name.toUtf8() } });
    QCOMPARE(reply.body.value(u"TotalCount").toInt(), 1);
    QCOMPARE(field(array(reply, "CertificateList").first(), "CertIdentifier"), record.identifier());

    // A part of a domain, in any case.
    reply
        = m_cas->call("ListCertificates", { { "Keyword", "EXAMPLE.ORG" }, { "ShowSize", "100" } });
    QVERIFY(reply.body.value(u"TotalCount").toInt() > 0);
    for (const QJsonValue &item : array(reply, "CertificateList")) {
        const QString names = field(item, "CertificateName") + field(item, "Domain");
        QVERIFY2(names.contains(u"example.org", Qt::CaseInsensitive)
                     || names.contains(u"example-org"),
                 qPrintable(names));
    }

    int uploads = 0;
    for (const emu::CasRecord &r : m_emulator->casWorld().records())
        uploads += r.source == u"UPLOAD" ? 1 : 0;
    reply = m_cas->call("ListCertificates", { { "CertificateSource", "UPLOAD" } });
    QCOMPARE(reply.body.value(u"TotalCount").toInt(), uploads);
    QCOMPARE(m_cas->call("ListCertificates", { { "CertificateSource", "FREE" } }).code(),
             QStringLiteral("IllegalParameter.CertificateSource"));
}

// --cas-list-hides-expired plays the unverified default of a CAS that lists only valid
// certificates; expired ones are still listed when asked for, and found by ID.
void TestEmulatorCas::hidesExpiredOption()
{
    const auto parsed = emu::parseEmulatorArguments({ QStringLiteral("--cas-list-hides-expired") });
    QVERIFY(parsed.options && parsed.options->casListHidesExpired);
    QVERIFY(!emu::EmulatorOptions().casListHidesExpired);
    QCOMPARE(emu::parseEmulatorArguments({ QStringLiteral("--cas-list-hides-expired=yes") }).error,
             QStringLiteral("--cas-list-hides-expired takes no value."));

    emu::EmulatorOptions options = smallWorld();
    options.casListHidesExpired = true;
    m_emulator = startEmulator(options);
    m_cas = casClient(*m_emulator);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> expired;
    for (const emu::CasRecord &record : m_emulator->casWorld().records()) {
        if (record.statusAt(now) == u"expired")
            expired.append(record.id);
    }
    QVERIFY(!expired.isEmpty());
    const int total = int(m_emulator->casWorld().records().size());
    RawReply reply = m_cas->call("ListCertificates", { { "ShowSize", "100" } });
    QCOMPARE(reply.body.value(u"TotalCount").toInt(), total - int(expired.size()));
    for (const QJsonValue &item : array(reply, "CertificateList"))
        QVERIFY(field(item, "CertificateStatus") != u"expired");
    reply = m_cas->call("ListCertificates", { { "CertificateStatus", "expired" } });
    QCOMPARE(reply.body.value(u"TotalCount").toInt(), int(expired.size()));
    reply = m_cas->call("GetCertificateDetail", { { "CertificateId", idParam(expired.first()) } });
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(u"CertificateStatus").toString(), QStringLiteral("expired"));
}

void TestEmulatorCas::notFoundAndMissingIds()
{
    // A certificate GA still serves that CAS no longer has.
    QString deleted;
    for (const QString &id : certificatesInUse(m_emulator->world()).keys()) {
        if (!m_emulator->casWorld().find(numberOf(id)))
            deleted = id;
    }
    QVERIFY(!deleted.isEmpty());
    for (const auto &[action, name] :
         { QPair<QByteArray, QByteArray>("GetCertificateDetail", "CertificateId"),
           QPair<QByteArray, QByteArray>("GetUserCertificateDetail", "CertId") }) {
        RawReply reply = m_cas->call(action, { { name, idParam(numberOf(deleted)) } });
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("NotFound"));
        for (const char *key : { "RequestId", "HostId", "Code", "Message", "Recommend" })
            QVERIFY2(reply.body.value(QLatin1String(key)).isString(), key);
        QVERIFY(reply.body.value(u"Recommend").toString().contains(u"product=cas"));
        QCOMPARE(m_cas->call(action, { { name, "987654321" } }).code(), QStringLiteral("NotFound"));

        reply = m_cas->call(action, {});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("Missing") + QString::fromLatin1(name));
        // The GA form of the ID is not a CAS ID: only its number is.
        reply = m_cas->call(action, { { name, deleted.toUtf8() } });
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("IllegalParameter.") + QString::fromLatin1(name));
    }
}

void TestEmulatorCas::bothSites()
{
    QSet<QString> gaSites;
    for (const QString &id : certificatesInUse(m_emulator->world()).keys()) {
        QVERIFY2(isCertificateId(id), qPrintable(id));
        gaSites.insert(id.section(u'-', 1));
    }
    QCOMPARE(gaSites,
             QSet<QString>({ QStringLiteral("cn-hangzhou"), QStringLiteral("ap-southeast-1") }));

    QMap<QString, int> listed;
    const RawReply reply = m_cas->call("ListCertificates", { { "ShowSize", "100" } });
    for (const QJsonValue &item : array(reply, "CertificateList"))
        ++listed[field(item, "CertIdentifier").section(u'-', 1)];
    QCOMPARE(listed.keys(),
             QStringList({ QStringLiteral("ap-southeast-1"), QStringLiteral("cn-hangzhou") }));
    QVERIFY(listed.value(QStringLiteral("cn-hangzhou"))
            > listed.value(QStringLiteral("ap-southeast-1"))); // mostly China

    for (const emu::CasRecord &record : m_emulator->casWorld().records()) {
        if (record.site != u"ap-southeast-1")
            continue;
        const RawReply detail
            = m_cas->call("GetUserCertificateDetail",
                          { { "CertId", idParam(record.id) }, { "CertFilter", "true" } });
        QCOMPARE(detail.body.value(u"CertIdentifier").toString(),
                 QString::number(record.id) + QStringLiteral("-ap-southeast-1"));
        break;
    }
}

void TestEmulatorCas::routingByVersion()
{
    // A GA action under the CAS version is unknown, and the other way round.
    RawReply reply = m_cas->call("ListAccelerators");
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.code(), QStringLiteral("InvalidAction.NotFound"));
    EmulatorClient ga(m_emulator->baseUrl());
    reply = ga.call("ListCertificates");
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.code(), QStringLiteral("InvalidAction.NotFound"));
    QCOMPARE(ga.call("ListAccelerators").status, 200);

    // Write operations of CAS are not served.
    QCOMPARE(m_cas->call("DeleteUserCertificate", { { "CertId", "1" } }).code(),
             QStringLiteral("InvalidAction.NotFound"));
    // CAS's older version (2018-07-13, DescribeUserCertificateDetail) is not either.
    EmulatorClient old(m_emulator->baseUrl());
    old.setApiVersion("2018-07-13");
    old.setSendRegionId(false);
    reply = old.call("DescribeUserCertificateDetail", { { "CertId", "1" } });
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), QStringLiteral("InvalidVersion"));

    // No RegionId is needed, and one sent is ignored.
    QCOMPARE(m_cas->call("ListCertificates").status, 200);
    QCOMPARE(m_cas->call("ListCertificates", withRegion({})).status, 200);
}

void TestEmulatorCas::signatures_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<Shape>("shape");
    for (const SignatureVersion version : { SignatureVersion::V1, SignatureVersion::V3 }) {
        for (const Shape shape : { Shape::SdkPost, Shape::Get, Shape::FormPost })
            QTest::addRow("%s-%s", versionName(version), shapeName(shape)) << version << shape;
    }
}

// The same signature checks as for GA: the right secret passes in every wire shape, a wrong
// one does not.
void TestEmulatorCas::signatures()
{
    QFETCH(SignatureVersion, version);
    QFETCH(Shape, shape);
    const qint64 id = m_emulator->casWorld().records().firstKey();
    QCOMPARE(m_cas->call("ListCertificates", { { "ShowSize", "5" } }, version, shape).status, 200);
    const RawReply detail
        = m_cas->call("GetCertificateDetail", { { "CertificateId", idParam(id) } }, version, shape);
    QCOMPARE(detail.status, 200);
    QCOMPARE(qint64(detail.body.value(u"CertificateId").toDouble()), id);

    m_cas->setCredentials(
        Credentials(QString::fromLatin1(emu::demoAccessKeyId), QStringLiteral("not-the-secret")));
    const RawReply refused = m_cas->call("ListCertificates", {}, version, shape);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code(), QStringLiteral("SignatureDoesNotMatch"));
}

// CAS has a quota of its own: one product's burst does not throttle the other's calls.
void TestEmulatorCas::ownThrottle()
{
    QVERIFY(!emu::EmulatorOptions().casQps.has_value()); // unset: as --qps
    const auto parsed = emu::parseEmulatorArguments(
        { QStringLiteral("--qps"), QStringLiteral("3"), QStringLiteral("--cas-qps=7.5") });
    QVERIFY(parsed.options);
    QCOMPARE(*parsed.options->casQps, 7.5);
    QVERIFY(emu::parseEmulatorArguments({ QStringLiteral("--cas-qps"), QStringLiteral("-1") })
                .error.startsWith(u"--cas-qps takes a number"));

    emu::EmulatorOptions options = smallWorld();
    options.qps = 1; // GA: one request, then refused for a second
    options.casQps = 1000;
    m_emulator = startEmulator(options);
    m_cas = casClient(*m_emulator);
    EmulatorClient ga(m_emulator->baseUrl());
    QCOMPARE(ga.call("ListAccelerators").status, 200);
    const RawReply throttled = ga.call("ListAccelerators");
    QCOMPARE(throttled.code(), QStringLiteral("Throttling.User"));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_cas->call("ListCertificates").status, 200);

    // The default: CAS at GA's rate, in a bucket of its own.
    options.casQps.reset();
    m_emulator = startEmulator(options);
    m_cas = casClient(*m_emulator);
    EmulatorClient ga2(m_emulator->baseUrl());
    QCOMPARE(ga2.call("ListAccelerators").status, 200);
    QCOMPARE(m_cas->call("ListCertificates").status, 200); // GA's token was another bucket's
    const RawReply casThrottled = m_cas->call("ListCertificates");
    QCOMPARE(casThrottled.status, 400);
    QCOMPARE(casThrottled.code(), QStringLiteral("Throttling.User"));
    QVERIFY(casThrottled.body.value(u"Recommend").toString().contains(u"product=cas"));
    QCOMPARE(m_emulator->stats().throttled, 1);
}

void TestEmulatorCas::faultsAndLatency()
{
    m_emulator->setFaultRate(1);
    RawReply reply = m_cas->call("ListCertificates");
    QCOMPARE(reply.status, 503);
    QCOMPARE(reply.code(), QStringLiteral("ServiceUnavailable"));
    m_emulator->setFaultRate(0);

    m_emulator->setLatencyMs(150);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(
        m_cas
            ->call("GetCertificateDetail",
                   { { "CertificateId", idParam(m_emulator->casWorld().records().firstKey()) } })
            .status,
        200);
    QVERIFY2(clock.elapsed() >= 140, qPrintable(QString::number(clock.elapsed())));
    // A read is never dropped: --drop-after-apply is for accepted mutations.
    m_emulator->setLatencyMs(0);
    m_emulator->setDropAfterApply(1);
    QCOMPARE(m_cas->call("ListCertificates").status, 200);
    QCOMPARE(m_emulator->stats().dropped, 0);
}

// The event log shows a request's parameters, never a key or a certificate body: neither one
// a client sent nor one the emulator answered with.
void TestEmulatorCas::eventLogScrubsKeysAndBodies()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    emu::EmulatorOptions options = smallWorld();
    options.eventLogPath = dir.filePath(QStringLiteral("events.jsonl"));
    m_emulator = startEmulator(options);
    m_cas = casClient(*m_emulator);
    const qint64 id = m_emulator->casWorld().records().firstKey();
    const RawReply keyed = m_cas->call("GetUserCertificateDetail", { { "CertId", idParam(id) } });
    QVERIFY(keyed.bytes.contains(emu::casjson::fakePrivateKeyMarker));
    // Parameters that would carry key material (as CAS's upload operations take them).
    m_cas->call("ListCertificates",
                { { "Key", "secret-key-material" },
                  { "Cert", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----" },
                  { "SignPrivateKey", "sm2-secret" },
                  { "Note", "-----BEGIN PRIVATE KEY-----" },
                  { "ShowSize", "2" } });

    QFile file(options.eventLogPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray log = file.readAll();
    for (const QByteArray &secret :
         { QByteArray(emu::casjson::fakePrivateKeyMarker), QByteArray("BEGIN"),
           QByteArray("secret-key-material"), QByteArray("sm2-secret") })
        QVERIFY2(!log.contains(secret), secret.constData());
    const QList<QByteArray> lines = log.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value(u"action").toString(), QStringLiteral("GetUserCertificateDetail"));
    QCOMPARE(first.value(u"params").toObject().value(u"CertId").toString(), QString::number(id));
    const QJsonObject params
        = QJsonDocument::fromJson(lines[1]).object().value(u"params").toObject();
    for (const char *name : { "Key", "Cert", "SignPrivateKey", "Note" })
        QCOMPARE(params.value(QLatin1String(name)).toString(),
                 QLatin1String(emu::EventLog::scrubbedValue));
    QCOMPARE(params.value(u"ShowSize").toString(), QStringLiteral("2"));
}

// UsingProductList names GA while a listener uses the certificate; GA's mutations do not look
// at CAS, so an ID CAS does not know can still be associated.
void TestEmulatorCas::usingProductListFollowsMutations()
{
    const Target t = activeTarget(*m_emulator);
    const emu::EmuListener *listener = m_emulator->world().listener(t.listenerId);
    const QMap<QString, QStringList> inUse = certificatesInUse(m_emulator->world());
    QString used; // a certificate CAS has, on this listener only
    for (const emu::EmuCertificate &c : listener->additional) {
        if (m_emulator->casWorld().find(numberOf(c.certificateId))
            && inUse.value(c.certificateId).size() == 3) {
            used = c.certificateId;
            break;
        }
    }
    QVERIFY(!used.isEmpty());
    const QStringList domains = inUse.value(used);
    const auto products = [&] {
        return strings(
            m_cas->call("GetCertificateDetail", { { "CertificateId", idParam(numberOf(used)) } })
                .body.value(u"UsingProductList"));
    };
    QVERIFY(products().contains(u"GA"));

    EmulatorClient ga(m_emulator->baseUrl());
    QCOMPARE(ga.call("DissociateAdditionalCertificatesFromListener", dissociate(t, domains).params)
                 .status,
             200);
    QVERIFY(ga.waitForListenerState(t.listenerId, QStringLiteral("active")));
    QVERIFY(!products().contains(u"GA"));

    const RawReply associated = ga.call("AssociateAdditionalCertificatesWithListener",
                                        { { "AcceleratorId", t.acceleratorId.toUtf8() },
                                          { "ListenerId", t.listenerId.toUtf8() },
                                          { "Certificates.1.Domain", "new.cas.example.com" },
                                          { "Certificates.1.Id", "424242-cn-hangzhou" } });
    QCOMPARE(associated.status, 200);
    QVERIFY(ga.waitForListenerState(t.listenerId, QStringLiteral("active")));
    QVERIFY(m_emulator->world()
                .listener(t.listenerId)
                ->additionalFor(QStringLiteral("new.cas.example.com")));
    QCOMPARE(m_cas->call("GetCertificateDetail", { { "CertificateId", "424242" } }).code(),
             QStringLiteral("NotFound"));
}

QTEST_GUILESS_MAIN(TestEmulatorCas)
#include "tst_emulator_cas.moc"
