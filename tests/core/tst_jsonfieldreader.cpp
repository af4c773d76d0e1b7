#include "api/jsonfieldreader.h"

#include <QJsonDocument>
#include <QTest>

using namespace ga;

namespace {

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad test JSON: %s", json);
    return document.object();
}

} // namespace

class TestJsonFieldReader : public QObject
{
    Q_OBJECT

private slots:
    void stringField();
    void stringFromNumber();
    void stringMissing();
    void stringWrongType_data();
    void stringWrongType();
    void integerField_data();
    void integerField();
    void integerRejected_data();
    void integerRejected();
    void integerMissing();
    void booleanField();
    void timestamp_data();
    void timestamp();
    void timestampSecondsAndMillisAgree();
    void timestampOutOfRange();
    void timestampWrongType();
    void arrayAndObject();
    void arrayAndObjectWrongType();
    void firstErrorKept();
    void errorNamesContextAndKey();
    void parseIntegerFree_data();
    void parseIntegerFree();
};

void TestJsonFieldReader::stringField()
{
    JsonFieldReader reader(object(R"({"Name":"prod","Empty":""})"), QStringLiteral("Ctx"));
    QCOMPARE(reader.string(u"Name"), QStringLiteral("prod"));
    QCOMPARE(reader.string(u"Empty", JsonFieldReader::Required), QString());
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
}

void TestJsonFieldReader::stringFromNumber()
{
    // An ID or enum sent as a number still reads as its text (docs/ga-api.md: Spec is "1", "2"...).
    JsonFieldReader reader(
        object(R"({"Spec":2,"Big":1577786252000,"Negative":-3,"Half":1.5,"Huge":1e20})"),
        QStringLiteral("Ctx"));
    QCOMPARE(reader.string(u"Spec"), QStringLiteral("2"));
    QCOMPARE(reader.string(u"Big"), QStringLiteral("1577786252000"));
    QCOMPARE(reader.string(u"Negative"), QStringLiteral("-3"));
    // A number that is not a whole qint64 still reads as its own text, never as "0".
    QCOMPARE(reader.string(u"Half"), QStringLiteral("1.5"));
    QCOMPARE(reader.string(u"Huge"), QStringLiteral("1e+20"));
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
}

void TestJsonFieldReader::stringMissing()
{
    JsonFieldReader optional(object(R"({"Name":null})"), QStringLiteral("Ctx"));
    QCOMPARE(optional.string(u"Name"), QString());
    QCOMPARE(optional.string(u"Absent"), QString());
    QVERIFY(optional.ok());

    JsonFieldReader required(object(R"({"Name":null})"), QStringLiteral("Ctx"));
    QCOMPARE(required.string(u"Absent", JsonFieldReader::Required), QString());
    QVERIFY(!required.ok());
    QVERIFY2(required.error().contains(u"missing"), qPrintable(required.error()));

    JsonFieldReader requiredNull(object(R"({"Id":null})"), QStringLiteral("Ctx"));
    requiredNull.string(u"Id", JsonFieldReader::Required);
    QVERIFY(!requiredNull.ok());
}

void TestJsonFieldReader::stringWrongType_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(R"({"State":{"Value":"active"}})");
    QTest::newRow("array") << QByteArray(R"({"State":["active"]})");
    QTest::newRow("bool") << QByteArray(R"({"State":true})");
}

void TestJsonFieldReader::stringWrongType()
{
    QFETCH(QByteArray, json);
    JsonFieldReader reader(QJsonDocument::fromJson(json).object(), QStringLiteral("Ctx"));
    QCOMPARE(reader.string(u"State"), QString());
    QVERIFY(!reader.ok());
    QVERIFY2(reader.error().contains(u"expected a string"), qPrintable(reader.error()));
}

void TestJsonFieldReader::integerField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("number") << QByteArray(R"({"V":200})") << qint64(200);
    QTest::newRow("zero") << QByteArray(R"({"V":0})") << qint64(0);
    QTest::newRow("negative") << QByteArray(R"({"V":-5})") << qint64(-5);
    QTest::newRow("string") << QByteArray(R"({"V":"443"})") << qint64(443);
    QTest::newRow("string with spaces") << QByteArray(R"({"V":"  80 "})") << qint64(80);
    QTest::newRow("negative string") << QByteArray(R"({"V":"-12"})") << qint64(-12);
    QTest::newRow("int64 string") << QByteArray(R"({"V":"9223372036854775807"})")
                                  << qint64(9223372036854775807LL);
    QTest::newRow("largest accepted number")
        << QByteArray(R"({"V":9000000000000000})") << qint64(9'000'000'000'000'000LL);
    QTest::newRow("ms timestamp") << QByteArray(R"({"V":1577786252000})") << qint64(1577786252000);
    QTest::newRow("empty string optional") << QByteArray(R"({"V":""})") << qint64(0);
    QTest::newRow("null") << QByteArray(R"({"V":null})") << qint64(0);
    QTest::newRow("absent") << QByteArray(R"({})") << qint64(0);
}

void TestJsonFieldReader::integerField()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, expected);
    JsonFieldReader reader(QJsonDocument::fromJson(json).object(), QStringLiteral("Ctx"));
    QCOMPARE(reader.integer(u"V"), expected);
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
}

void TestJsonFieldReader::integerRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("too large") << QByteArray(R"({"V":1e16})") << QStringLiteral("out of range");
    QTest::newRow("too small") << QByteArray(R"({"V":-1e300})") << QStringLiteral("out of range");
    QTest::newRow("text") << QByteArray(R"({"V":"eighty"})") << QStringLiteral("integer");
    QTest::newRow("trailing junk") << QByteArray(R"({"V":"80tcp"})") << QStringLiteral("integer");
    QTest::newRow("decimal string") << QByteArray(R"({"V":"1.5"})") << QStringLiteral("integer");
    QTest::newRow("beyond int64 string")
        << QByteArray(R"({"V":"9223372036854775808"})") << QStringLiteral("integer");
    QTest::newRow("bool") << QByteArray(R"({"V":true})") << QStringLiteral("integer");
    QTest::newRow("object") << QByteArray(R"({"V":{"FromPort":1}})") << QStringLiteral("integer");
    QTest::newRow("array") << QByteArray(R"({"V":[1]})") << QStringLiteral("integer");
}

void TestJsonFieldReader::integerRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const QJsonObject parsed = QJsonDocument::fromJson(json).object();
    QVERIFY(parsed.contains(u"V"));
    JsonFieldReader reader(parsed, QStringLiteral("Ctx"));
    QCOMPARE(reader.integer(u"V"), qint64(0));
    QVERIFY(!reader.ok());
    QVERIFY2(reader.error().contains(problem), qPrintable(reader.error()));
}

void TestJsonFieldReader::integerMissing()
{
    JsonFieldReader reader(object(R"({"Other":1})"), QStringLiteral("Ctx"));
    QCOMPARE(reader.integer(u"V", JsonFieldReader::Required), qint64(0));
    QVERIFY(!reader.ok());
    QVERIFY2(reader.error().contains(u"missing"), qPrintable(reader.error()));

    JsonFieldReader empty(object(R"({"V":""})"), QStringLiteral("Ctx"));
    empty.integer(u"V", JsonFieldReader::Required);
    QVERIFY2(!empty.ok(), "an empty string is no value for a required integer");
}

void TestJsonFieldReader::booleanField()
{
    JsonFieldReader reader(
        object(R"({"T":true,"F":false,"ST":"true","SU":"TRUE","SF":"false","N":null})"),
        QStringLiteral("Ctx"));
    QCOMPARE(reader.boolean(u"T"), true);
    QCOMPARE(reader.boolean(u"F"), false);
    // DescribeAccelerator sends CrossPrivateState as the string "true"/"false" (docs/ga-api.md
    // §2.2).
    QCOMPARE(reader.boolean(u"ST"), true);
    QCOMPARE(reader.boolean(u"SU"), true);
    QCOMPARE(reader.boolean(u"SF"), false);
    QCOMPARE(reader.boolean(u"N"), false);
    QCOMPARE(reader.boolean(u"Absent"), false);
    QVERIFY2(reader.ok(), qPrintable(reader.error()));

    JsonFieldReader wrong(object(R"({"B":{"x":1}})"), QStringLiteral("Ctx"));
    QCOMPARE(wrong.boolean(u"B"), false);
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().contains(u"boolean"), qPrintable(wrong.error()));
}

void TestJsonFieldReader::timestamp_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("msecs"); // -1: an invalid QDateTime
    // docs/ga-api.md §2.1: SDK examples in seconds, 2021 reference in milliseconds.
    QTest::newRow("seconds") << QByteArray(R"({"T":1650643200})") << qint64(1650643200000);
    QTest::newRow("milliseconds") << QByteArray(R"({"T":1581597755000})") << qint64(1581597755000);
    // docs/ga-api.md §2.4: DescribeListener sends CreateTime as a string of milliseconds.
    QTest::newRow("ms string") << QByteArray(R"({"T":"1577786252000"})") << qint64(1577786252000);
    QTest::newRow("seconds string") << QByteArray(R"({"T":"1653235200"})") << qint64(1653235200000);
    QTest::newRow("one second") << QByteArray(R"({"T":1})") << qint64(1000);
    // Around the boundary (1e11): 1e11 itself is still read as seconds (year 5138).
    QTest::newRow("boundary seconds")
        << QByteArray(R"({"T":100000000000})") << qint64(100'000'000'000'000LL);
    QTest::newRow("boundary ms") << QByteArray(R"({"T":100000000001})")
                                 << qint64(100'000'000'001LL);
    QTest::newRow("zero") << QByteArray(R"({"T":0})") << qint64(-1);
    QTest::newRow("negative") << QByteArray(R"({"T":-5})") << qint64(-1);
    QTest::newRow("empty string") << QByteArray(R"({"T":""})") << qint64(-1);
    QTest::newRow("null") << QByteArray(R"({"T":null})") << qint64(-1);
    QTest::newRow("absent") << QByteArray(R"({})") << qint64(-1);
}

void TestJsonFieldReader::timestamp()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, msecs);
    JsonFieldReader reader(QJsonDocument::fromJson(json).object(), QStringLiteral("Ctx"));
    const QDateTime time = reader.timestamp(u"T");
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
    if (msecs < 0) {
        QVERIFY(!time.isValid());
    } else {
        QVERIFY(time.isValid());
        QCOMPARE(time.toMSecsSinceEpoch(), msecs);
        QCOMPARE(time.timeSpec(), Qt::UTC);
    }
}

void TestJsonFieldReader::timestampSecondsAndMillisAgree()
{
    JsonFieldReader reader(object(R"({"S":1650643200,"M":1650643200000,"MS":"1650643200000"})"),
                           QStringLiteral("Ctx"));
    const QDateTime expected(QDate(2022, 4, 22), QTime(16, 0), Qt::UTC);
    QCOMPARE(reader.timestamp(u"S"), expected);
    QCOMPARE(reader.timestamp(u"M"), expected);
    QCOMPARE(reader.timestamp(u"MS"), expected);
    QVERIFY(reader.ok());
}

void TestJsonFieldReader::timestampOutOfRange()
{
    JsonFieldReader reader(object(R"({"T":1e300})"), QStringLiteral("Ctx"));
    QVERIFY(!reader.timestamp(u"T").isValid());
    QVERIFY(!reader.ok());
    QVERIFY2(reader.error().contains(u"out of range"), qPrintable(reader.error()));

    JsonFieldReader text(object(R"({"T":"99999999999999999999999"})"), QStringLiteral("Ctx"));
    QVERIFY(!text.timestamp(u"T").isValid());
    QVERIFY(!text.ok());
}

void TestJsonFieldReader::timestampWrongType()
{
    JsonFieldReader reader(object(R"({"T":"yesterday","U":{"s":1}})"), QStringLiteral("Ctx"));
    QVERIFY(!reader.timestamp(u"T").isValid());
    QVERIFY(!reader.ok());
    QVERIFY2(reader.error().startsWith(u"Ctx.T:"), qPrintable(reader.error()));

    JsonFieldReader object2(object(R"({"U":{"s":1}})"), QStringLiteral("Ctx"));
    QVERIFY(!object2.timestamp(u"U").isValid());
    QVERIFY(!object2.ok());
}

void TestJsonFieldReader::arrayAndObject()
{
    JsonFieldReader reader(
        object(R"({"A":[1,{"x":2}],"O":{"InstanceId":"cbwp-1"},"EA":[],"N":null})"),
        QStringLiteral("Ctx"));
    QCOMPARE(reader.array(u"A").size(), 2);
    QCOMPARE(reader.object(u"O").value(u"InstanceId").toString(), QStringLiteral("cbwp-1"));
    QVERIFY(reader.array(u"EA").isEmpty());
    QVERIFY(reader.array(u"N").isEmpty());
    QVERIFY(reader.object(u"N").isEmpty());
    QVERIFY(reader.array(u"Absent").isEmpty());
    QVERIFY(reader.object(u"Absent").isEmpty());
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
}

void TestJsonFieldReader::arrayAndObjectWrongType()
{
    JsonFieldReader arrayReader(object(R"({"Accelerators":"ga-1"})"), QStringLiteral("response"));
    QVERIFY(arrayReader.array(u"Accelerators").isEmpty());
    QCOMPARE(arrayReader.error(), QStringLiteral("response.Accelerators: expected an array"));

    JsonFieldReader arrayFromObject(object(R"({"A":{"x":1}})"), QStringLiteral("Ctx"));
    arrayFromObject.array(u"A");
    QVERIFY(!arrayFromObject.ok());

    JsonFieldReader objectReader(object(R"({"IpSetConfig":[1]})"), QStringLiteral("Accelerator"));
    QVERIFY(objectReader.object(u"IpSetConfig").isEmpty());
    QCOMPARE(objectReader.error(), QStringLiteral("Accelerator.IpSetConfig: expected an object"));
}

void TestJsonFieldReader::firstErrorKept()
{
    JsonFieldReader reader(object(R"({"A":"x","B":{},"C":[],"Good":"fine"})"),
                           QStringLiteral("Ctx"));
    reader.integer(u"A");
    const QString first = reader.error();
    QVERIFY(first.startsWith(u"Ctx.A:"));
    reader.string(u"B");
    reader.object(u"C");
    reader.string(u"Missing", JsonFieldReader::Required);
    QCOMPARE(reader.error(), first);
    // Later good reads still work and do not clear the error.
    QCOMPARE(reader.string(u"Good"), QStringLiteral("fine"));
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error(), first);
}

void TestJsonFieldReader::errorNamesContextAndKey()
{
    JsonFieldReader reader(object(R"({})"), QStringLiteral("Listener"));
    reader.string(u"ListenerId", JsonFieldReader::Required);
    QCOMPARE(reader.error(), QStringLiteral("Listener.ListenerId: missing"));
}

void TestJsonFieldReader::parseIntegerFree_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("value");
    QTest::newRow("plain") << QStringLiteral("42") << true << qint64(42);
    QTest::newRow("spaces") << QStringLiteral(" \t42\n") << true << qint64(42);
    QTest::newRow("negative") << QStringLiteral("-7") << true << qint64(-7);
    QTest::newRow("plus") << QStringLiteral("+7") << true << qint64(7);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("blank") << QStringLiteral("   ") << false << qint64(0);
    QTest::newRow("decimal") << QStringLiteral("4.2") << false << qint64(0);
    QTest::newRow("exponent") << QStringLiteral("1e3") << false << qint64(0);
    QTest::newRow("inner space") << QStringLiteral("4 2") << false << qint64(0);
    QTest::newRow("overflow") << QStringLiteral("99999999999999999999") << false << qint64(0);
}

void TestJsonFieldReader::parseIntegerFree()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, value);
    const std::optional<qint64> parsed = parseInteger(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

QTEST_APPLESS_MAIN(TestJsonFieldReader)
#include "tst_jsonfieldreader.moc"
