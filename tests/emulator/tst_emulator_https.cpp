// ga-emulator over HTTPS (issue 3: "HTTPS when given --tls-cert/--tls-key"), with a
// throw-away self-signed certificate made by the openssl command line for each run: a client
// that trusts it gets through, one that does not gets a TLS error and never reaches the API.
#include "emulatortestkit.h"
#include "tlsfixture.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ga;
using namespace ga::test;

class TestEmulatorHttps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trustedClientGetsThrough_data();
    void trustedClientGetsThrough();
    void untrustedClientIsRefused();
    void plainHttpIsNotServed();
    void badCertificateFilesAreReported();

private:
    QTemporaryDir m_dir;
    QList<QSslCertificate> m_certificate;
};

void TestEmulatorHttps::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("rsa")));
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("ec")));
    const QString rsa = makeCertificate(m_dir.filePath(QStringLiteral("rsa")),
                                        { QStringLiteral("-newkey"), QStringLiteral("rsa:2048") });
    QVERIFY2(rsa.isEmpty(), qPrintable(rsa));
    const QString ec = makeCertificate(m_dir.filePath(QStringLiteral("ec")),
                                       { QStringLiteral("-newkey"), QStringLiteral("ec"),
                                         QStringLiteral("-pkeyopt"),
                                         QStringLiteral("ec_paramgen_curve:prime256v1") });
    QVERIFY2(ec.isEmpty(), qPrintable(ec));
}

void TestEmulatorHttps::trustedClientGetsThrough_data()
{
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("rsa-v3") << QStringLiteral("rsa") << SignatureVersion::V3;
    QTest::newRow("rsa-v1") << QStringLiteral("rsa") << SignatureVersion::V1;
    QTest::newRow("ec-v3") << QStringLiteral("ec") << SignatureVersion::V3;
}

void TestEmulatorHttps::trustedClientGetsThrough()
{
    QFETCH(QString, keyType);
    QFETCH(SignatureVersion, version);
    emu::EmulatorOptions options = smallWorld(50);
    options.tlsCertificatePath = m_dir.filePath(keyType + QStringLiteral("/cert.pem"));
    options.tlsKeyPath = m_dir.filePath(keyType + QStringLiteral("/key.pem"));
    const auto emulator = startEmulator(options);
    QCOMPARE(emulator->baseUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(emulator->baseUrl().host(), QStringLiteral("127.0.0.1"));

    const QList<QSslCertificate> certificate
        = QSslCertificate::fromPath(options.tlsCertificatePath);
    QCOMPARE(certificate.size(), 1);
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificates(certificate);
    QNetworkAccessManager network;
    const RawReply reply
        = collect(startSigned(network, emulator->baseUrl(), apiCall("ListAccelerators"),
                              demoCredentials(), version, &trusting));
    QVERIFY2(reply.error == QNetworkReply::NoError, reply.bytes.constData());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("TotalCount")).toInt(), 6);
    QCOMPARE(emulator->stats().requestsByAction.value(QStringLiteral("ListAccelerators")), 1);
}

void TestEmulatorHttps::untrustedClientIsRefused()
{
    emu::EmulatorOptions options = smallWorld(50);
    options.tlsCertificatePath = m_dir.filePath(QStringLiteral("rsa/cert.pem"));
    options.tlsKeyPath = m_dir.filePath(QStringLiteral("rsa/key.pem"));
    const auto emulator = startEmulator(options);
    QNetworkAccessManager network;
    QNetworkReply *pending = startSigned(network, emulator->baseUrl(), apiCall("ListAccelerators"));
    QSignalSpy sslErrors(pending, &QNetworkReply::sslErrors);
    const RawReply reply = collect(pending);
    QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.bytes.isEmpty());
    QVERIFY(!sslErrors.isEmpty());
    const auto errors = sslErrors.first().first().value<QList<QSslError>>();
    QVERIFY(std::any_of(errors.cbegin(), errors.cend(), [](const QSslError &e) {
        return e.error() == QSslError::SelfSignedCertificate
            || e.error() == QSslError::CertificateUntrusted;
    }));
    QCOMPARE(emulator->stats().requests, 0); // refused before any request was read
}

void TestEmulatorHttps::plainHttpIsNotServed()
{
    emu::EmulatorOptions options = smallWorld(50);
    options.tlsCertificatePath = m_dir.filePath(QStringLiteral("rsa/cert.pem"));
    options.tlsKeyPath = m_dir.filePath(QStringLiteral("rsa/key.pem"));
    const auto emulator = startEmulator(options);
    QUrl plain = emulator->baseUrl();
    plain.setScheme(QStringLiteral("http"));
    QNetworkAccessManager network;
    const RawReply reply = collect(startSigned(network, plain, apiCall("ListAccelerators")));
    QVERIFY(reply.error != QNetworkReply::NoError);
    QCOMPARE(reply.status, 0);
    QCOMPARE(emulator->stats().requests, 0);
}

void TestEmulatorHttps::badCertificateFilesAreReported()
{
    emu::EmulatorOptions missing = smallWorld(50);
    missing.tlsCertificatePath = m_dir.filePath(QStringLiteral("nothere/cert.pem"));
    missing.tlsKeyPath = m_dir.filePath(QStringLiteral("nothere/key.pem"));
    emu::Emulator withoutFiles(missing);
    QString error;
    QVERIFY(!withoutFiles.start(&error));
    QVERIFY2(error.contains(u"TLS"), qPrintable(error));

    // The certificate given as the key, and the other way round: not usable PEM.
    emu::EmulatorOptions swapped = smallWorld(50);
    swapped.tlsCertificatePath = m_dir.filePath(QStringLiteral("rsa/key.pem"));
    swapped.tlsKeyPath = m_dir.filePath(QStringLiteral("rsa/cert.pem"));
    emu::Emulator withSwappedFiles(swapped);
    error.clear();
    QVERIFY(!withSwappedFiles.start(&error));
    QVERIFY2(error.contains(u"not valid PEM"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestEmulatorHttps)
#include "tst_emulator_https.moc"
