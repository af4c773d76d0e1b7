#include "api/inputvalidation.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ga;

class TestInputValidation : public QObject
{
    Q_OBJECT

private slots:
    void resourceIdValid_data();
    void resourceIdValid();
    void resourceIdInvalid_data();
    void resourceIdInvalid();

    void domainValid_data();
    void domainValid();
    void domainInvalid_data();
    void domainInvalid();

    void domainsCount();
    void domainsExactlyTen();
    void domainsDuplicates_data();
    void domainsDuplicates();
    void domainsFirstInvalidReported();

    void clientTokenValid_data();
    void clientTokenValid();
    void clientTokenInvalid_data();
    void clientTokenInvalid();
    void newClientTokenShape();
};

void TestInputValidation::resourceIdValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accelerator") << QStringLiteral("ga-bp1odcab8tmno0hdq****")
                                 << QStringLiteral("ga-bp1odcab8tmno0hdq****");
    QTest::newRow("listener") << QStringLiteral("lsr-bp1bpn0kn908w4nbw****")
                              << QStringLiteral("lsr-bp1bpn0kn908w4nbw****");
    QTest::newRow("certificate") << QStringLiteral("6092**-cn-hangzhou")
                                 << QStringLiteral("6092**-cn-hangzhou");
    QTest::newRow("pasted with spaces")
        << QStringLiteral("  lsr-123\n") << QStringLiteral("lsr-123");
    QTest::newRow("one char") << QStringLiteral("x") << QStringLiteral("x");
    QTest::newRow("tilde") << QStringLiteral("a~b") << QStringLiteral("a~b");
}

void TestInputValidation::resourceIdValid()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Result<QString> result = validate::resourceId(input, QStringLiteral("listener ID"));
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value(), expected);
}

void TestInputValidation::resourceIdInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("inner space") << QStringLiteral("lsr-12 34");
    QTest::newRow("tab") << QStringLiteral("lsr-12\t34");
    QTest::newRow("newline inside") << QStringLiteral("lsr-12\n34");
    QTest::newRow("non-ascii") << QStringLiteral("lsr-123é");
    QTest::newRow("full-width") << QStringLiteral("lsr－123");
    QTest::newRow("nbsp") << QStringLiteral("lsr-12\u00a034");
    QTest::newRow("del") << QStringLiteral("lsr-12\u007f");
    QTest::newRow("nul") << QString(QStringLiteral("lsr-12") + QChar(u'\0'));
}

void TestInputValidation::resourceIdInvalid()
{
    QFETCH(QString, input);
    const Result<QString> result = validate::resourceId(input, QStringLiteral("listener ID"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::InvalidInput);
    // The message names what was asked for.
    QVERIFY2(result.error().message.contains(u"listener ID"), qPrintable(result.error().message));
    QCOMPARE(result.error().toString(), result.error().message);
}

void TestInputValidation::domainValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host") << QStringLiteral("www.example.com") << QStringLiteral("www.example.com");
    QTest::newRow("apex") << QStringLiteral("example.com") << QStringLiteral("example.com");
    QTest::newRow("wildcard") << QStringLiteral("*.api.example.net")
                              << QStringLiteral("*.api.example.net");
    QTest::newRow("wildcard apex")
        << QStringLiteral("*.example.com") << QStringLiteral("*.example.com");
    QTest::newRow("punycode") << QStringLiteral("xn--bcher-kva.example")
                              << QStringLiteral("xn--bcher-kva.example");
    QTest::newRow("idn") << QStringLiteral("bücher.example")
                         << QStringLiteral("xn--bcher-kva.example");
    QTest::newRow("idn wildcard") << QStringLiteral("*.bücher.example")
                                  << QStringLiteral("*.xn--bcher-kva.example");
    QTest::newRow("cjk") << QStringLiteral("例子.测试")
                         << QStringLiteral("xn--fsqu00a.xn--0zwm56d");
    QTest::newRow("upper case") << QStringLiteral("WWW.Example.COM")
                                << QStringLiteral("www.example.com");
    QTest::newRow("upper idn") << QStringLiteral("BÜCHER.example")
                               << QStringLiteral("xn--bcher-kva.example");
    QTest::newRow("surrounding spaces")
        << QStringLiteral("  www.example.com ") << QStringLiteral("www.example.com");
    QTest::newRow("digits and hyphens")
        << QStringLiteral("a-1.b2-c.example.com") << QStringLiteral("a-1.b2-c.example.com");
    QTest::newRow("digit label") << QStringLiteral("123.example.com")
                                 << QStringLiteral("123.example.com");
    const QString label63(63, u'a');
    QTest::newRow("label of 63") << QString(label63 + QStringLiteral(".example.com"))
                                 << QString(label63 + QStringLiteral(".example.com"));
}

void TestInputValidation::domainValid()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Result<QString> result = validate::domain(input);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value(), expected);
}

void TestInputValidation::domainInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("inner space") << QStringLiteral("www.exa mple.com");
    QTest::newRow("space before dot") << QStringLiteral("www .example.com");
    QTest::newRow("star alone") << QStringLiteral("*");
    QTest::newRow("star dot") << QStringLiteral("*.");
    QTest::newRow("star tld") << QStringLiteral("*.com");
    QTest::newRow("empty label") << QStringLiteral("a..b");
    QTest::newRow("leading dot") << QStringLiteral(".example.com");
    QTest::newRow("trailing dot") << QStringLiteral("example.com.");
    QTest::newRow("double wildcard") << QStringLiteral("*.*.example.com");
    QTest::newRow("inner wildcard") << QStringLiteral("www.*.example.com");
    QTest::newRow("partial wildcard") << QStringLiteral("w*.example.com");
    QTest::newRow("leading hyphen") << QStringLiteral("-a.example.com");
    QTest::newRow("trailing hyphen") << QStringLiteral("a-.example.com");
    QTest::newRow("label of 64") << QString(QString(64, u'a') + QStringLiteral(".example.com"));
    QTest::newRow("single label") << QStringLiteral("localhost");
    QTest::newRow("url") << QStringLiteral("http://x.com");
    QTest::newRow("https url") << QStringLiteral("https://www.example.com/");
    QTest::newRow("path") << QStringLiteral("example.com/path");
    QTest::newRow("port") << QStringLiteral("example.com:443");
    QTest::newRow("underscore") << QStringLiteral("_acme.example.com");
    QTest::newRow("at") << QStringLiteral("user@example.com");
    QTest::newRow("ip-ish with slash") << QStringLiteral("10.0.0.1/24");
    // 4 labels of 63 + dots = 255 characters, above the 253 limit.
    QTest::newRow("too long") << QStringList(4, QString(63, u'a')).join(u'.');
}

void TestInputValidation::domainInvalid()
{
    QFETCH(QString, input);
    const Result<QString> result = validate::domain(input);
    QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.value() : QString()));
    QCOMPARE(result.error().kind, ApiError::Kind::InvalidInput);
    QVERIFY(!result.error().message.isEmpty());
    // Messages say what to do: they show the expected form.
    if (!input.trimmed().isEmpty())
        QVERIFY2(result.error().message.contains(u"www.example.com"),
                 qPrintable(result.error().message));
}

void TestInputValidation::domainsCount()
{
    const Result<QStringList> none = validate::domains({});
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, ApiError::Kind::InvalidInput);

    QStringList eleven;
    for (int i = 0; i < 11; ++i)
        eleven << QStringLiteral("d%1.example.com").arg(i);
    const Result<QStringList> tooMany = validate::domains(eleven);
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.error().kind, ApiError::Kind::InvalidInput);
    QVERIFY2(tooMany.error().message.contains(u"10"), qPrintable(tooMany.error().message));
    QCOMPARE(validate::maxDomainsPerRequest, 10);
}

void TestInputValidation::domainsExactlyTen()
{
    QStringList ten;
    QStringList expected;
    for (int i = 0; i < 10; ++i) {
        ten << QStringLiteral("  D%1.Example.com").arg(i);
        expected << QStringLiteral("d%1.example.com").arg(i);
    }
    ten[9] = QStringLiteral("*.bücher.example");
    expected[9] = QStringLiteral("*.xn--bcher-kva.example");
    const Result<QStringList> result = validate::domains(ten);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    // Normalised, in the order given.
    QCOMPARE(result.value(), expected);

    const Result<QStringList> one = validate::domains({ QStringLiteral("www.example.com") });
    QVERIFY(one.ok());
    QCOMPARE(one.value(), QStringList { QStringLiteral("www.example.com") });
}

void TestInputValidation::domainsDuplicates_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::newRow("same") << QStringList { QStringLiteral("www.example.com"),
                                           QStringLiteral("www.example.com") };
    QTest::newRow("case") << QStringList { QStringLiteral("www.example.com"),
                                           QStringLiteral("WWW.EXAMPLE.COM") };
    QTest::newRow("spaces") << QStringList { QStringLiteral("www.example.com"),
                                             QStringLiteral(" www.example.com ") };
    QTest::newRow("idn and punycode") << QStringList { QStringLiteral("bücher.example"),
                                                       QStringLiteral("xn--bcher-kva.example") };
    QTest::newRow("wildcard") << QStringList { QStringLiteral("*.example.com"),
                                               QStringLiteral("a.example.com"),
                                               QStringLiteral("*.EXAMPLE.com") };
}

void TestInputValidation::domainsDuplicates()
{
    QFETCH(QStringList, input);
    const Result<QStringList> result = validate::domains(input);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::InvalidInput);
    QVERIFY2(result.error().message.contains(u"twice"), qPrintable(result.error().message));

    // A wildcard and a host under it are different certificates: not duplicates.
    QVERIFY(
        validate::domains({ QStringLiteral("*.example.com"), QStringLiteral("example.com") }).ok());
}

void TestInputValidation::domainsFirstInvalidReported()
{
    const Result<QStringList> result = validate::domains(
        { QStringLiteral("www.example.com"), QStringLiteral("a..b"), QStringLiteral("*") });
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"a..b"), qPrintable(result.error().message));
}

void TestInputValidation::clientTokenValid_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("one") << QStringLiteral("x");
    QTest::newRow("uuid") << QStringLiteral("02fb3da4-130e-11e9-8e44-001e67ed4ec3");
    QTest::newRow("64") << QString(64, u'a');
    QTest::newRow("punctuation") << QStringLiteral("a!#$%&'()*+,-./:;<=>?@[]^_`{|}~z");
    QTest::newRow("generated") << validate::newClientToken();
    // docs/ga-api.md §2.10: GA takes any ASCII, so the space is as good as any sign.
    QTest::newRow("0x20 alone") << QStringLiteral(" ");
    QTest::newRow("0x7E alone") << QStringLiteral("~");
    QTest::newRow("space") << QStringLiteral("a b");
    QTest::newRow("leading and trailing spaces") << QStringLiteral(" ab ");
    QTest::newRow("signs the encoder escapes") << QStringLiteral("a b+c*d~e%f/g");
    QTest::newRow("64 with spaces") << QString(64, u' ');
    QString every;
    for (char16_t c = 0x20; c <= 0x5F; ++c)
        every += QChar(c);
    QTest::newRow("0x20 to 0x5F") << every;
    every.clear();
    for (char16_t c = 0x40; c <= 0x7E; ++c)
        every += QChar(c);
    QTest::newRow("0x40 to 0x7E") << every;
}

void TestInputValidation::clientTokenValid()
{
    QFETCH(QString, token);
    const Result<QString> result = validate::clientToken(token);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value(), token);
}

void TestInputValidation::clientTokenInvalid_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("empty") << QString();
    QTest::newRow("65") << QString(65, u'a');
    QTest::newRow("non-ascii") << QStringLiteral("token-ü");
    QTest::newRow("cjk") << QStringLiteral("令牌");
    QTest::newRow("65 spaces") << QString(65, u' ');
    QTest::newRow("0x1F") << QStringLiteral("a\u001fb");
    QTest::newRow("tab") << QStringLiteral("a\tb");
    QTest::newRow("newline") << QStringLiteral("a\n");
    QTest::newRow("nul") << QString(QStringLiteral("a")) + QChar(u'\0');
    QTest::newRow("0x7F") << QStringLiteral("a\u007f");
    QTest::newRow("0x80") << QStringLiteral("a\u0080");
    QTest::newRow("no-break space") << QStringLiteral("a\u00a0b");
}

void TestInputValidation::clientTokenInvalid()
{
    QFETCH(QString, token);
    const Result<QString> result = validate::clientToken(token);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::InvalidInput);
    QVERIFY(result.error().message.contains(u"ClientToken"));
    // The message says what is allowed.
    const bool lengthProblem = token.isEmpty() || token.size() > 64;
    QVERIFY2(result.error().message.contains(lengthProblem ? u"1 to 64" : u"printable ASCII"),
             qPrintable(result.error().message));
    if (!lengthProblem)
        QVERIFY2(result.error().message.contains(u"spaces"), qPrintable(result.error().message));
}

void TestInputValidation::newClientTokenShape()
{
    static const QRegularExpression shape(QStringLiteral("^ga-console-[0-9a-f]{32}$"));
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        const QString token = validate::newClientToken();
        QCOMPARE(token.size(), 43);
        QVERIFY2(shape.match(token).hasMatch(), qPrintable(token));
        QVERIFY(validate::clientToken(token).ok());
        seen.insert(token);
    }
    QCOMPARE(seen.size(), 100);
}

QTEST_APPLESS_MAIN(TestInputValidation)
#include "tst_inputvalidation.moc"
