// Every vector of tests/data/signing-vectors.json (a copy of the reference file checked
// against the official SDKs), compared at every intermediate the file gives.
#include "api/canonicalquery.h"
#include "api/percentencoding.h"
#include "api/v1signer.h"
#include "api/v3signer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ga;

namespace {

QJsonArray loadVectors()
{
    QFile file(QStringLiteral(GA_TEST_DATA "/signing-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).array();
}

ParamMap toParamMap(const QJsonValue &value)
{
    ParamMap params;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        params[it.key().toUtf8()] = it.value().toString().toUtf8();
    return params;
}

QByteArray utf8(const QJsonValue &value)
{
    return value.toString().toUtf8();
}

} // namespace

class TestSigningVectors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void allVectorsPresent();
    void v1_data() { vectorRows(u"v1"); }
    void v1();
    void v3_data() { vectorRows(u"v3"); }
    void v3();

private:
    void vectorRows(QStringView version);
    QJsonArray m_vectors;
};

void TestSigningVectors::initTestCase()
{
    m_vectors = loadVectors();
}

void TestSigningVectors::allVectorsPresent()
{
    QCOMPARE(m_vectors.size(), 27);
}

void TestSigningVectors::vectorRows(QStringView version)
{
    QTest::addColumn<QJsonObject>("vector");
    for (const QJsonValue &value : std::as_const(m_vectors)) {
        const QJsonObject vector = value.toObject();
        if (vector.value(u"signatureVersion").toString() == version)
            QTest::newRow(qPrintable(vector.value(u"id").toString())) << vector;
    }
}

void TestSigningVectors::v1()
{
    QFETCH(QJsonObject, vector);
    const QJsonObject expected = vector.value(u"expected").toObject();
    const ParamMap params = toParamMap(vector.value(u"params"));
    const QString secret = vector.value(u"accessKeySecret").toString();
    const QByteArray method = utf8(vector.value(u"method"));

    QCOMPARE(canonicalQueryString(params), utf8(expected.value(u"canonicalizedQueryString")));
    const QByteArray stringToSign = v1::stringToSign(method, params);
    QCOMPARE(stringToSign, utf8(expected.value(u"stringToSign")));
    QCOMPARE(secret.toUtf8() + '&', utf8(expected.value(u"hmacKey")));
    const QByteArray signature = v1::signature(stringToSign, secret);
    QCOMPARE(signature, utf8(expected.value(u"signature")));
    const QByteArray signatureEncoded = percentEncode(signature);
    QCOMPARE(signatureEncoded, utf8(expected.value(u"signatureUrlEncoded")));

    // One valid wire form, rebuilt from the placement the vector describes.
    const QString placement = vector.value(u"placement").toString();
    const QByteArray base = "https://" + utf8(vector.value(u"host")) + '/';
    const QByteArray signaturePair = "Signature=" + signatureEncoded;
    QByteArray url = base;
    QByteArray body;
    if (placement == u"query") {
        url += '?' + canonicalQueryString(params) + '&' + signaturePair;
    } else if (placement == u"body") {
        body = canonicalQueryString(params) + '&' + signaturePair;
    } else {
        QCOMPARE(placement, QStringLiteral("query+body"));
        url += '?' + canonicalQueryString(toParamMap(vector.value(u"queryParams"))) + '&'
            + signaturePair;
        body = canonicalQueryString(toParamMap(vector.value(u"bodyParams")));
    }
    QCOMPARE(url, utf8(expected.value(u"requestUrl")));
    QCOMPARE(body, utf8(expected.value(u"requestBody")));
}

void TestSigningVectors::v3()
{
    QFETCH(QJsonObject, vector);
    const QJsonObject expected = vector.value(u"expected").toObject();
    const ParamMap query = toParamMap(vector.value(u"query"));
    const QByteArray body = utf8(vector.value(u"body"));
    const QByteArray method = utf8(vector.value(u"method"));

    // Inputs only: the vector's own hash and Authorization are what we must produce.
    v3::HeaderMap headers;
    const QJsonObject given = vector.value(u"headers").toObject();
    for (auto it = given.begin(); it != given.end(); ++it) {
        const QByteArray name = it.key().toLower().toUtf8();
        if (name != "authorization" && name != "x-acs-content-sha256")
            headers[name] = utf8(it.value());
    }
    headers["x-acs-content-sha256"] = v3::hashPayload(body);

    const v3::Canonical c = v3::canonicalize(method, query, headers, body);
    QCOMPARE(c.hashedPayload, utf8(expected.value(u"hashedPayload")));
    QCOMPARE(c.canonicalQuery, utf8(expected.value(u"canonicalQueryString")));
    QCOMPARE(c.canonicalHeaders, utf8(expected.value(u"canonicalHeaders")));
    QCOMPARE(c.signedHeaders, utf8(expected.value(u"signedHeaders")));
    QCOMPARE(c.canonicalRequest, utf8(expected.value(u"canonicalRequest")));
    QCOMPARE(c.hashedCanonicalRequest, utf8(expected.value(u"hashedCanonicalRequest")));
    QCOMPARE(c.stringToSign, utf8(expected.value(u"stringToSign")));

    const QByteArray signature
        = v3::signature(c.stringToSign, vector.value(u"accessKeySecret").toString());
    QCOMPARE(signature, utf8(expected.value(u"signature")));
    const QByteArray authorization
        = v3::authorization(utf8(vector.value(u"accessKeyId")), c.signedHeaders, signature);
    QCOMPARE(authorization, utf8(expected.value(u"authorization")));
    QCOMPARE(authorization, utf8(given.value(u"Authorization")));

    // And the parser the emulator uses reads the header back into its parts.
    const v3::ParsedAuthorization parsed = v3::parseAuthorization(authorization);
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.accessKeyId, utf8(vector.value(u"accessKeyId")));
    QCOMPARE(parsed.signedHeaders, c.signedHeaders);
    QCOMPARE(parsed.signature, signature);

    QByteArray url = "https://" + utf8(vector.value(u"host")) + '/';
    if (!c.canonicalQuery.isEmpty())
        url += '?' + c.canonicalQuery;
    QCOMPARE(url, utf8(expected.value(u"requestUrl")));

    // A strictly encoded body is exactly our canonical form of its own pairs.
    if (vector.value(u"bodyEncoding").toString() == u"rfc3986-strict")
        QCOMPARE(canonicalQueryString(parseQueryString(body)), body);
}

QTEST_APPLESS_MAIN(TestSigningVectors)
#include "tst_signingvectors.moc"
