// The whole request the client sends: shape, headers, and that what it signs is what it sends.
#include "api/canonicalquery.h"
#include "api/credentials.h"
#include "api/requestsigner.h"
#include "api/v1signer.h"
#include "api/v3signer.h"

#include <QDateTime>
#include <QTest>

using namespace ga;

namespace {

const QDateTime fixedTime
    = QDateTime::fromString(QStringLiteral("2024-05-20T08:30:00Z"), Qt::ISODate);

ApiCall listCertificatesCall()
{
    return ApiCall { "ListListenerCertificates",
                     { { "AcceleratorId", "ga-bp1odcab8tmno0hdqtest" },
                       { "ListenerId", "lsr-bp1bpn0kn908w4nbwtest" },
                       { "MaxResults", "20" },
                       { "RegionId", "cn-hangzhou" },
                       { "Role", "additional" } } };
}

QByteArray header(const SignedRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers) {
        if (key == name)
            return value;
    }
    return {};
}

} // namespace

class TestRequestSigner : public QObject
{
    Q_OBJECT

private slots:
    void v3MatchesRecommendedVector();
    void v3WithStsSignsTheToken();
    void v1SignatureCoversEveryQueryParameter();
    void v1WithStsSignsTheToken();
    void retryGetsFreshNonceAndSignature();
    void timestampFormat();
    void hostHeader_data();
    void hostHeader();
    void urlKeepsStrictEncoding();
    void signatureVersionNames();
};

void TestRequestSigner::v3MatchesRecommendedVector()
{
    // docs/signing.md §8: this is vector v3-ga-listlistenercertificates-post-query-content-type.
    const Credentials credentials(QStringLiteral("YourAccessKeyId"),
                                  QStringLiteral("YourAccessKeySecret"));
    const SignedRequest request = RequestSigner::sign(
        QUrl(QStringLiteral("https://ga.cn-hangzhou.aliyuncs.com")), listCertificatesCall(),
        credentials, SignatureVersion::V3, fixedTime, "3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c");
    QCOMPARE(request.method, QByteArray("POST"));
    QVERIFY(request.body.isEmpty());
    QCOMPARE(
        request.pathAndQuery,
        QByteArray("/?AcceleratorId=ga-bp1odcab8tmno0hdqtest&ListenerId=lsr-bp1bpn0kn908w4nbwtest"
                   "&MaxResults=20&RegionId=cn-hangzhou&Role=additional"));
    QCOMPARE(header(request, "authorization"),
             QByteArray(
                 "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=content-type;host;"
                 "x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                 "Signature=e9654d56b4abc6056a3dbc15d373e016b59bcf2b7d9bad28adefb0f4e218aa97"));
    QCOMPARE(header(request, "content-type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(header(request, "accept"), QByteArray("application/json"));
    QCOMPARE(header(request, "host"), QByteArray()); // Qt writes Host from the URL
}

void TestRequestSigner::v3WithStsSignsTheToken()
{
    const Credentials credentials(QStringLiteral("STS.NTestTemporaryKeyId"),
                                  QStringLiteral("TestTemporaryKeySecret"),
                                  QStringLiteral("CAIS+test/Token=="));
    const SignedRequest request = RequestSigner::sign(
        QUrl(QStringLiteral("https://ga.cn-hangzhou.aliyuncs.com")), listCertificatesCall(),
        credentials, SignatureVersion::V3, fixedTime, "nonce");
    QCOMPARE(header(request, "x-acs-security-token"), QByteArray("CAIS+test/Token=="));
    const v3::ParsedAuthorization auth = v3::parseAuthorization(header(request, "authorization"));
    QVERIFY(auth.ok);
    QVERIFY(auth.signedHeaders.split(';').contains("x-acs-security-token"));
}

void TestRequestSigner::v1SignatureCoversEveryQueryParameter()
{
    const Credentials credentials(QStringLiteral("testid"), QStringLiteral("testsecret"));
    const SignedRequest request = RequestSigner::sign(
        QUrl(QStringLiteral("https://ga.cn-hangzhou.aliyuncs.com")), listCertificatesCall(),
        credentials, SignatureVersion::V1, fixedTime, "e6f1d2c3-b4a5-4967-8899-aabbccddeeff");
    QVERIFY(request.pathAndQuery.startsWith("/?"));
    ParamMap sent = parseQueryString(QByteArrayView(request.pathAndQuery).sliced(2));
    const QByteArray signature = sent["Signature"];
    sent.erase("Signature");
    QCOMPARE(sent["Action"], QByteArray("ListListenerCertificates"));
    QCOMPARE(sent["Timestamp"], QByteArray("2024-05-20T08:30:00Z"));
    QCOMPARE(sent["SignatureNonce"], QByteArray("e6f1d2c3-b4a5-4967-8899-aabbccddeeff"));
    QCOMPARE(sent["Role"], QByteArray("additional"));
    QCOMPARE(signature,
             v1::signature(v1::stringToSign("POST", sent), QStringLiteral("testsecret")));
    QCOMPARE(header(request, "authorization"), QByteArray());
}

void TestRequestSigner::v1WithStsSignsTheToken()
{
    const Credentials credentials(QStringLiteral("STS.id"), QStringLiteral("s"),
                                  QStringLiteral("CAIS+test/Token=="));
    const SignedRequest request = RequestSigner::sign(
        QUrl(QStringLiteral("https://ga.cn-hangzhou.aliyuncs.com")), listCertificatesCall(),
        credentials, SignatureVersion::V1, fixedTime, "n");
    QVERIFY(request.pathAndQuery.contains("&SecurityToken=CAIS%2Btest%2FToken%3D%3D&"));
}

void TestRequestSigner::retryGetsFreshNonceAndSignature()
{
    const QByteArray first = RequestSigner::newNonce();
    const QByteArray second = RequestSigner::newNonce();
    QCOMPARE(first.size(), 32);
    QVERIFY(first != second);
    for (const char c : first)
        QVERIFY((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));

    const Credentials credentials(QStringLiteral("id"), QStringLiteral("secret"));
    const QUrl endpoint(QStringLiteral("http://127.0.0.1:8080"));
    const SignedRequest a = RequestSigner::sign(endpoint, listCertificatesCall(), credentials,
                                                SignatureVersion::V3, fixedTime, first);
    const SignedRequest b = RequestSigner::sign(endpoint, listCertificatesCall(), credentials,
                                                SignatureVersion::V3, fixedTime, second);
    QVERIFY(header(a, "authorization") != header(b, "authorization"));
}

void TestRequestSigner::timestampFormat()
{
    const QDateTime withMillis(QDate(2024, 5, 20), QTime(16, 30, 0, 999), Qt::OffsetFromUTC,
                               8 * 3600);
    QCOMPARE(RequestSigner::timestamp(withMillis), QByteArray("2024-05-20T08:30:00Z"));
}

void TestRequestSigner::hostHeader_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("https default")
        << "https://ga.cn-hangzhou.aliyuncs.com" << QByteArray("ga.cn-hangzhou.aliyuncs.com");
    QTest::newRow("https 443") << "https://ga.cn-hangzhou.aliyuncs.com:443/"
                               << QByteArray("ga.cn-hangzhou.aliyuncs.com");
    QTest::newRow("http port") << "http://127.0.0.1:41234" << QByteArray("127.0.0.1:41234");
    QTest::newRow("https other port") << "https://localhost:8443" << QByteArray("localhost:8443");
    QTest::newRow("ipv6") << "http://[::1]:9000" << QByteArray("[::1]:9000");
}

void TestRequestSigner::hostHeader()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, host);
    QCOMPARE(RequestSigner::hostHeader(QUrl(url)), host);
}

void TestRequestSigner::urlKeepsStrictEncoding()
{
    ApiCall call { "X", { { "Description", "a+b c*" } } };
    const Credentials credentials(QStringLiteral("id"), QStringLiteral("secret"));
    const QUrl endpoint(QStringLiteral("http://127.0.0.1:8080/ignored/path?q=1"));
    const SignedRequest request
        = RequestSigner::sign(endpoint, call, credentials, SignatureVersion::V3, fixedTime, "n");
    QCOMPARE(request.url(endpoint).toEncoded(),
             QByteArray("http://127.0.0.1:8080/?Description=a%2Bb%20c%2A"));
}

void TestRequestSigner::signatureVersionNames()
{
    QVERIFY(signatureVersionFromString(u"V1") == SignatureVersion::V1);
    QVERIFY(signatureVersionFromString(u"v3") == SignatureVersion::V3);
    QVERIFY(!signatureVersionFromString(u"v2").has_value());
    QCOMPARE(signatureVersionName(SignatureVersion::V1), QStringLiteral("v1"));
}

QTEST_APPLESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
