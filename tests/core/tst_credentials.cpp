// Credentials never print their secret or token, wherever they are formatted.
#include "api/credentials.h"

#include <QBuffer>
#include <QDebug>
#include <QTest>

using namespace ga;

namespace {
const QString canarySecret = QStringLiteral("CanarySecret-9f8e7d6c5b4a");
const QString canaryToken = QStringLiteral("CAIS+CanaryToken/abc==");
} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void masking_data();
    void masking();
    void debugOutputHidesSecretAndToken();
    void messageHandlerNeverSeesSecret();
    void completeness();
};

void TestCredentials::masking_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("masked");
    QTest::newRow("typical") << "LTAI5tAbCdEfGhIjabcd"
                             << "LTAI****abcd";
    QTest::newRow("sts") << "STS.NTestTemporaryKeyId"
                         << "STS.****eyId";
    QTest::newRow("short") << "testid"
                           << "t****d";
    QTest::newRow("tiny") << "abc"
                          << "****";
    QTest::newRow("empty") << ""
                           << "****";
}

void TestCredentials::masking()
{
    QFETCH(QString, id);
    QFETCH(QString, masked);
    QCOMPARE(maskAccessKeyId(id), masked);
}

void TestCredentials::debugOutputHidesSecretAndToken()
{
    const Credentials credentials(QStringLiteral("LTAI5tAbCdEfGhIjabcd"), canarySecret,
                                  canaryToken);
    QString text;
    QDebug(&text) << credentials;
    text = text.trimmed(); // QDebug appends a separator space
    QCOMPARE(text, QStringLiteral("Credentials(LTAI****abcd, sts)"));
    QCOMPARE(credentials.toString(), text);
    QVERIFY(!text.contains(canarySecret));
    QVERIFY(!text.contains(QStringLiteral("CanaryToken")));
    QVERIFY(!text.contains(QStringLiteral("5tAbCdEfGhIj")));
}

namespace {
QStringList captured;
void captureHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured.append(message);
}
} // namespace

void TestCredentials::messageHandlerNeverSeesSecret()
{
    const Credentials credentials(QStringLiteral("LTAI5tAbCdEfGhIjabcd"), canarySecret,
                                  canaryToken);
    captured.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureHandler);
    qDebug() << credentials;
    qWarning() << "using" << credentials;
    qInstallMessageHandler(previous);
    QCOMPARE(captured.size(), 2);
    for (const QString &line : std::as_const(captured)) {
        QVERIFY2(!line.contains(canarySecret), qPrintable(line));
        QVERIFY2(!line.contains(canaryToken), qPrintable(line));
        QVERIFY(line.contains(QStringLiteral("LTAI****abcd")));
    }
}

void TestCredentials::completeness()
{
    QVERIFY(!Credentials().isComplete());
    QVERIFY(!Credentials(QStringLiteral("id"), QString()).isComplete());
    QVERIFY(Credentials(QStringLiteral("id"), QStringLiteral("s")).isComplete());
    QVERIFY(!Credentials(QStringLiteral("id"), QStringLiteral("s")).hasSecurityToken());
}

QTEST_APPLESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
