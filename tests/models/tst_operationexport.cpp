// The operations export: CSV a spreadsheet opens safely, JSON with every field.
#include "operationexport.h"
#include "operationhistorymodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ga;

class TestOperationExport : public QObject
{
    Q_OBJECT

private slots:
    void csvQuotesAndDefusesFormulas();
    void jsonHoldsEveryField();

private:
    static OperationSummary sample();
};

OperationSummary TestOperationExport::sample()
{
    OperationSummary s;
    s.record.operationId = QStringLiteral("token-1");
    s.record.profile = QStringLiteral("=HYPERLINK(\"x\")");
    s.record.acceleratorId = QStringLiteral("ga-1");
    s.record.listenerId = QStringLiteral("lsr-1");
    s.record.items = { { QStringLiteral("a.example.com"), {}, {} },
                       { QStringLiteral("*.b.example.com"), {}, {} } };
    s.record.requestId = QStringLiteral("REQ-1");
    s.record.errorMessage = QStringLiteral("line one,\nline two");
    s.record.createdAt = QDateTime(QDate(2026, 11, 29), QTime(5, 0), Qt::UTC);
    s.state = QStringLiteral("done");
    s.durationMs = 4200;
    return s;
}

void TestOperationExport::csvQuotesAndDefusesFormulas()
{
    const QByteArray csv = operationexport::toCsv({ sample() });
    const QList<QByteArray> lines = csv.split('\n');
    QVERIFY(lines.first().startsWith("started,profile,endpoint,accelerator,listener,domains"));
    // The formula becomes text, and the quotes inside it are doubled.
    QVERIFY(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    QVERIFY(csv.contains("a.example.com *.b.example.com"));
    QVERIFY(csv.contains("\"line one,\nline two\""));
    QVERIFY(csv.contains(",4200,"));
    QVERIFY(csv.contains("2026-11-29T05:00:00.000Z"));
}

void TestOperationExport::jsonHoldsEveryField()
{
    const QJsonArray array = QJsonDocument::fromJson(operationexport::toJson({ sample() })).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject o = array.first().toObject();
    QCOMPARE(o.value(u"clientToken").toString(), QStringLiteral("token-1"));
    QCOMPARE(o.value(u"requestId").toString(), QStringLiteral("REQ-1"));
    QCOMPARE(o.value(u"domains").toArray().size(), 2);
    QCOMPARE(o.value(u"state").toString(), QStringLiteral("done"));
    QCOMPARE(o.value(u"durationMs").toInt(), 4200);
    QCOMPARE(o.value(u"resumed").toBool(), false);
}

QTEST_APPLESS_MAIN(TestOperationExport)
#include "tst_operationexport.moc"
