#include "api/canonicalquery.h"
#include "api/percentencoding.h"

#include <QTest>

using namespace ga;

class TestPercentEncoding : public QObject
{
    Q_OBJECT

private slots:
    void encode_data();
    void encode();
    void matchesQtEncoderOnEveryByte();
    void decodeRoundTrip();
    void decodeKeepsMalformedEscapes();
    void parseQueryString();
    void canonicalOrderIsBytewise();
};

void TestPercentEncoding::encode_data()
{
    // docs/signing.md §2.1, the table of consequences.
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("unreserved") << QStringLiteral("AZaz09-_.~") << QByteArray("AZaz09-_.~");
    QTest::newRow("space") << QStringLiteral(" ") << QByteArray("%20");
    QTest::newRow("star") << QStringLiteral("*") << QByteArray("%2A");
    QTest::newRow("plus") << QStringLiteral("+") << QByteArray("%2B");
    QTest::newRow("slash") << QStringLiteral("/") << QByteArray("%2F");
    QTest::newRow("sub-delims") << QStringLiteral("!'()") << QByteArray("%21%27%28%29");
    QTest::newRow("colon") << QStringLiteral(":") << QByteArray("%3A");
    QTest::newRow("eq-amp-pct") << QStringLiteral("=&%") << QByteArray("%3D%26%25");
    QTest::newRow("cjk") << QStringLiteral("加速器") << QByteArray("%E5%8A%A0%E9%80%9F%E5%99%A8");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestPercentEncoding::encode()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, encoded);
    QCOMPARE(percentEncode(input.toUtf8()), encoded);
}

void TestPercentEncoding::matchesQtEncoderOnEveryByte()
{
    // docs/signing.md notes QByteArray::toPercentEncoding() with no arguments matches; check
    // all 256 bytes, the high ones included (they must be tested as unsigned).
    for (int b = 0; b < 256; ++b) {
        const QByteArray byte(1, static_cast<char>(b));
        QCOMPARE(percentEncode(byte), byte.toPercentEncoding());
    }
}

void TestPercentEncoding::decodeRoundTrip()
{
    const QString text = QStringLiteral("Hello World!*~/+'()中=&%");
    QCOMPARE(QString::fromUtf8(percentDecode(percentEncode(text.toUtf8()))), text);
}

void TestPercentEncoding::decodeKeepsMalformedEscapes()
{
    QCOMPARE(percentDecode("100%"), QByteArray("100%"));
    QCOMPARE(percentDecode("%zz%4"), QByteArray("%zz%4"));
    QCOMPARE(percentDecode("a+b"), QByteArray("a+b"));
    QCOMPARE(percentDecode("a+b", PlusHandling::PlusIsSpace), QByteArray("a b"));
}

void TestPercentEncoding::parseQueryString()
{
    const ParamMap params = ga::parseQueryString("b=2&a=x%20y&c=&d&e=1+1&&");
    const ParamMap expected {
        { "a", "x y" }, { "b", "2" }, { "c", "" }, { "d", "" }, { "e", "1 1" }
    };
    QCOMPARE(params, expected);
}

void TestPercentEncoding::canonicalOrderIsBytewise()
{
    const ParamMap params { { "Domains.2", "b" },
                            { "Domains.10", "j" },
                            { "Domains.1", "a" },
                            { "action", "x" },
                            { "Action", "y" } };
    QCOMPARE(canonicalQueryString(params),
             QByteArray("Action=y&Domains.1=a&Domains.10=j&Domains.2=b&action=x"));
}

QTEST_APPLESS_MAIN(TestPercentEncoding)
#include "tst_percentencoding.moc"
