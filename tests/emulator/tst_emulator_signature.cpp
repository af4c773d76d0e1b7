// Signature verification as the gateway does it (docs/signing.md §3, §4, §7): a one-character
// change of the secret, an unknown AccessKey, a clock more than 15 minutes off, a reused
// nonce and a request changed after signing are each refused with their own code.

#include "emulatorclient.h"
#include "manualclock.h"

#include <QTest>

using namespace ga;
using namespace ga::test;

namespace {

Credentials withSecret(const QString &secret)
{
    return Credentials(QString::fromLatin1(emu::demoAccessKeyId), secret);
}

} // namespace

class TestEmulatorSignature : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void versions_data();
    void oneCharacterOfTheSecret_data() { versions_data(); }
    void oneCharacterOfTheSecret();
    void unknownAccessKey_data() { versions_data(); }
    void unknownAccessKey();
    void clockSkew_data();
    void clockSkew();
    void serverClockIsInjectable();
    void reusedNonce_data() { versions_data(); }
    void reusedNonce();
    void changedAfterSigning_data() { versions_data(); }
    void changedAfterSigning();
    void methodIsSigned();
    void formBodyIsHashed();
    void unsignedAcsHeader();
    void noSignatureAtAll();
    void failuresAreCounted();

private:
    QNetworkReply *post(const SignedRequest &signedRequest, const QByteArray &pathAndQuery = {})
    {
        SignedRequest copy = signedRequest;
        if (!pathAndQuery.isEmpty())
            copy.pathAndQuery = pathAndQuery;
        QNetworkRequest request(copy.url(m_emulator->baseUrl()));
        for (const auto &[name, value] : copy.headers)
            request.setRawHeader(name, value);
        return m_client->network().post(request, copy.body);
    }
    SignedRequest sign(SignatureVersion version, const ParamMap &params = {})
    {
        return RequestSigner::sign(
            m_emulator->baseUrl(), ApiCall { "ListAccelerators", withRegion(params) },
            demoCredentials(), version, QDateTime::currentDateTimeUtc(), RequestSigner::newNonce());
    }

    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<EmulatorClient> m_client;
};

void TestEmulatorSignature::init()
{
    m_emulator = startEmulator(smallWorld(20));
    m_client = std::make_unique<EmulatorClient>(m_emulator->baseUrl());
}

void TestEmulatorSignature::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void TestEmulatorSignature::versions_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("v1") << SignatureVersion::V1;
    QTest::newRow("v3") << SignatureVersion::V3;
}

void TestEmulatorSignature::oneCharacterOfTheSecret()
{
    QFETCH(SignatureVersion, version);
    const QString secret = QString::fromLatin1(emu::demoAccessKeySecret);
    QCOMPARE(m_client->call("ListAccelerators", {}, version).status, 200);

    for (const qsizetype position : { qsizetype(0), secret.size() / 2, secret.size() - 1 }) {
        QString wrong = secret;
        wrong[position] = wrong[position] == u'x' ? u'y' : u'x';
        m_client->setCredentials(withSecret(wrong));
        const RawReply reply = m_client->call("ListAccelerators", {}, version);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("SignatureDoesNotMatch"));
        const QString message = reply.body.value(QStringLiteral("Message")).toString();
        // docs/signing.md §7: the server's string to sign helps debugging; the secret never shows.
        QVERIFY(message.startsWith(
            QStringLiteral("Specified signature is not matched with our calculation.")));
        QVERIFY(message.contains(QStringLiteral("server string to sign is:")));
        QVERIFY(!reply.bytes.contains(secret.toUtf8()));
        QVERIFY(!reply.bytes.contains(wrong.toUtf8()));
    }
    // A secret one character longer is just as wrong.
    m_client->setCredentials(withSecret(secret + u'!'));
    QCOMPARE(m_client->call("ListAccelerators", {}, version).code(),
             QStringLiteral("SignatureDoesNotMatch"));
}

void TestEmulatorSignature::unknownAccessKey()
{
    QFETCH(SignatureVersion, version);
    m_client->setCredentials(Credentials(QStringLiteral("LTAI5tNobodyHasThisKey"),
                                         QString::fromLatin1(emu::demoAccessKeySecret)));
    const RawReply reply = m_client->call("ListAccelerators", {}, version);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.code(), QStringLiteral("InvalidAccessKeyId.NotFound"));
    QCOMPARE(reply.body.value(QStringLiteral("Message")).toString(),
             QStringLiteral("Specified access key is not found."));
}

void TestEmulatorSignature::clockSkew_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<int>("status");
    for (const SignatureVersion version : { SignatureVersion::V1, SignatureVersion::V3 }) {
        const char *name = versionName(version);
        QTest::addRow("%s-14min-ahead", name) << version << 14 * 60 << 200;
        QTest::addRow("%s-14min-behind", name) << version << -14 * 60 << 200;
        QTest::addRow("%s-16min-ahead", name) << version << 16 * 60 << 400;
        QTest::addRow("%s-16min-behind", name) << version << -16 * 60 << 400;
        QTest::addRow("%s-a-day-behind", name) << version << -86'400 << 400;
    }
}

void TestEmulatorSignature::clockSkew()
{
    QFETCH(SignatureVersion, version);
    QFETCH(int, offsetSeconds);
    QFETCH(int, status);
    m_client->setClockOffsetSeconds(offsetSeconds);
    const RawReply reply = m_client->call("ListAccelerators", {}, version);
    QCOMPARE(reply.status, status);
    if (status != 200) {
        QCOMPARE(reply.code(), QStringLiteral("InvalidTimeStamp.Expired"));
        QCOMPARE(reply.body.value(QStringLiteral("Message")).toString(),
                 QStringLiteral("Specified time stamp or date value is expired."));
    }
}

void TestEmulatorSignature::serverClockIsInjectable()
{
    const test::ManualClock future(QDateTime::currentDateTimeUtc().addSecs(3600));
    m_emulator->setClock(&future);
    QCOMPARE(m_client->call("ListAccelerators").code(), QStringLiteral("InvalidTimeStamp.Expired"));
    m_client->setClockOffsetSeconds(3600);
    QCOMPARE(m_client->call("ListAccelerators").status, 200);
    m_emulator->setClock(nullptr);
}

void TestEmulatorSignature::reusedNonce()
{
    QFETCH(SignatureVersion, version);
    const QByteArray nonce = RequestSigner::newNonce();
    RawReply reply = EmulatorClient::finish(
        m_client->start("ListAccelerators", {}, version, Shape::SdkPost, nonce));
    QCOMPARE(reply.status, 200);
    // The same nonce in a fresh, correctly signed request: a replay.
    reply = EmulatorClient::finish(m_client->start("ListAccelerators", { { "PageSize", "20" } },
                                                   version, Shape::SdkPost, nonce));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), QStringLiteral("SignatureNonceUsed"));
    QCOMPARE(reply.body.value(QStringLiteral("Message")).toString(),
             QStringLiteral("Specified signature nonce was used already."));
    // A request refused for its signature does not use its nonce up.
    const QByteArray other = RequestSigner::newNonce();
    m_client->setCredentials(withSecret(QStringLiteral("wrong")));
    QCOMPARE(EmulatorClient::finish(
                 m_client->start("ListAccelerators", {}, version, Shape::SdkPost, other))
                 .code(),
             QStringLiteral("SignatureDoesNotMatch"));
    m_client->setCredentials(demoCredentials());
    QCOMPARE(EmulatorClient::finish(
                 m_client->start("ListAccelerators", {}, version, Shape::SdkPost, other))
                 .status,
             200);
}

void TestEmulatorSignature::changedAfterSigning()
{
    QFETCH(SignatureVersion, version);
    const SignedRequest signedRequest = sign(version, { { "PageSize", "10" } });
    QVERIFY(signedRequest.pathAndQuery.contains("PageSize=10"));
    QByteArray changed = signedRequest.pathAndQuery;
    changed.replace("PageSize=10", "PageSize=11");
    const RawReply reply = EmulatorClient::finish(post(signedRequest, changed));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), QStringLiteral("SignatureDoesNotMatch"));
    // The untouched request still goes through: it was the change that was refused.
    QCOMPARE(EmulatorClient::finish(post(signedRequest)).status, 200);
}

// V1 signs the HTTP method: a request signed for POST and sent as GET is refused.
void TestEmulatorSignature::methodIsSigned()
{
    const SignedRequest signedRequest = sign(SignatureVersion::V1);
    const RawReply reply = EmulatorClient::finish(
        m_client->network().get(QNetworkRequest(signedRequest.url(m_emulator->baseUrl()))));
    QCOMPARE(reply.code(), QStringLiteral("SignatureDoesNotMatch"));
}

// V3 covers a form body through x-acs-content-sha256.
void TestEmulatorSignature::formBodyIsHashed()
{
    const QByteArray body = "PageSize=10&RegionId=cn-hangzhou";
    v3::HeaderMap headers {
        { "host", RequestSigner::hostHeader(m_emulator->baseUrl()) },
        { "x-acs-action", "ListAccelerators" },
        { "x-acs-version", "2019-11-20" },
        { "x-acs-date", RequestSigner::timestamp(QDateTime::currentDateTimeUtc()) },
        { "x-acs-signature-nonce", RequestSigner::newNonce() },
        { "x-acs-content-sha256", v3::hashPayload(body) },
        { "content-type", "application/x-www-form-urlencoded" },
    };
    const v3::Canonical canonical = v3::canonicalize("POST", {}, headers, body);
    QUrl url = m_emulator->baseUrl();
    url.setPath(QStringLiteral("/"));
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers) {
        if (name != "host")
            request.setRawHeader(name, value);
    }
    request.setRawHeader(
        "authorization",
        v3::authorization(
            emu::demoAccessKeyId, canonical.signedHeaders,
            v3::signature(canonical.stringToSign, QString::fromLatin1(emu::demoAccessKeySecret))));
    const RawReply changed = EmulatorClient::finish(
        m_client->network().post(request, QByteArray("PageSize=11&RegionId=cn-hangzhou")));
    QCOMPARE(changed.status, 400);
    QCOMPARE(changed.code(), QStringLiteral("SignatureDoesNotMatch"));
    const RawReply original = EmulatorClient::finish(m_client->network().post(request, body));
    QCOMPARE(original.status, 200);
    QCOMPARE(original.body.value(QStringLiteral("PageSize")).toInt(), 10);
}

// An x-acs-* header changes what a request means, so it must be among the signed ones.
void TestEmulatorSignature::unsignedAcsHeader()
{
    SignedRequest signedRequest = sign(SignatureVersion::V3);
    signedRequest.headers.append(qMakePair(QByteArray("x-acs-extra"), QByteArray("1")));
    const RawReply reply = EmulatorClient::finish(post(signedRequest));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), QStringLiteral("IncompleteSignature"));
}

void TestEmulatorSignature::noSignatureAtAll()
{
    QUrl url = m_emulator->baseUrl();
    url.setQuery(QStringLiteral("Action=ListAccelerators&RegionId=cn-hangzhou"));
    const RawReply reply = EmulatorClient::finish(m_client->network().get(QNetworkRequest(url)));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), QStringLiteral("IncompleteSignature"));
}

void TestEmulatorSignature::failuresAreCounted()
{
    m_client->call("ListAccelerators");
    m_client->setCredentials(withSecret(QStringLiteral("wrong")));
    m_client->call("ListAccelerators", {}, SignatureVersion::V1);
    m_client->call("ListAccelerators", {}, SignatureVersion::V3);
    const QJsonObject stats = m_client->stats();
    QCOMPARE(stats.value(QStringLiteral("signatureFailures")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("requestsByAction"))
                 .toObject()
                 .value(QStringLiteral("ListAccelerators"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestEmulatorSignature)
#include "tst_emulator_signature.moc"
