// gactl's argument parsing: every usage error is caught before anything else runs.
#include "cli/gactloptions.h"
#include "cli/tablewriter.h"

#include <QTest>

using namespace ga;

class TestGactlOptions : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void usageListsEveryCommand();
    void tableIsAligned();
    void portsAndTimes();
};

void TestGactlOptions::valid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("positional");
    QTest::newRow("accelerators") << QStringList { "accelerators" } << "accelerators"
                                  << QStringList {};
    QTest::newRow("global after") << QStringList { "accelerators", "--output", "json" }
                                  << "accelerators" << QStringList {};
    QTest::newRow("global before")
        << QStringList { "--endpoint=http://127.0.0.1:1", "listeners", "ga-1" } << "listeners"
        << QStringList { "ga-1" };
    QTest::newRow("certificates") << QStringList { "certificates", "ga-1", "lsr-1", "--role",
                                                   "additional" }
                                  << "certificates" << QStringList { "ga-1", "lsr-1" };
    QTest::newRow("dissociate") << QStringList {
        "dissociate", "ga-1", "lsr-1", "a.com", "b.com", "--wait", "--yes", "--timeout", "30"
    } << "dissociate" << QStringList { "ga-1", "lsr-1", "a.com", "b.com" };
    QTest::newRow("double dash") << QStringList { "dissociate", "ga-1", "lsr-1", "--", "--weird" }
                                 << "dissociate" << QStringList { "ga-1", "lsr-1", "--weird" };
    QTest::newRow("operations") << QStringList { "operations", "--unfinished" } << "operations"
                                << QStringList {};
    QTest::newRow("resume") << QStringList { "resume", "--concurrency", "8" } << "resume"
                            << QStringList {};
}

void TestGactlOptions::valid()
{
    QFETCH(QStringList, args);
    QFETCH(QString, command);
    QFETCH(QStringList, positional);
    const GactlParseResult result = parseGactlArguments(args);
    QVERIFY2(result.options.has_value(), qPrintable(result.error));
    QCOMPARE(result.options->command, command);
    QCOMPARE(result.options->arguments, positional);
}

void TestGactlOptions::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("nothing") << QStringList {} << "No command";
    QTest::newRow("unknown command") << QStringList { "delete" } << "Unknown command";
    QTest::newRow("unknown option")
        << QStringList { "accelerators", "--force" } << "Unknown option --force";
    QTest::newRow("missing value")
        << QStringList { "accelerators", "--state" } << "--state needs a value";
    QTest::newRow("flag with value")
        << QStringList { "dissociate", "a", "b", "c", "--yes=no" } << "takes no value";
    QTest::newRow("wrong command option")
        << QStringList { "accelerators", "--wait" } << "--wait does not apply to accelerators";
    QTest::newRow("bad signature")
        << QStringList { "accelerators", "--signature", "v2" } << "v1 or v3";
    QTest::newRow("bad output") << QStringList { "accelerators", "--output", "xml" }
                                << "json or table";
    QTest::newRow("bad role") << QStringList { "certificates", "a", "b", "--role", "x" }
                              << "additional, default or all";
    QTest::newRow("zero concurrency")
        << QStringList { "inventory", "--concurrency", "0" } << "from 1 to 64";
    QTest::newRow("text timeout") << QStringList { "watch", "lsr", "--timeout", "soon" }
                                  << "whole number";
    QTest::newRow("bad poll schedule")
        << QStringList { "watch", "lsr", "--poll-schedule", "fast" } << "default or terraform";
    QTest::newRow("poll schedule without a watch")
        << QStringList { "inventory", "--poll-schedule", "terraform" } << "does not apply";
    QTest::newRow("listeners without id")
        << QStringList { "listeners" } << "Usage: gactl listeners";
    QTest::newRow("too many") << QStringList { "listener", "a", "b" } << "Usage: gactl listener";
    QTest::newRow("dissociate short")
        << QStringList { "dissociate", "ga-1" } << "Usage: gactl dissociate";
}

void TestGactlOptions::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, messagePart);
    const GactlParseResult result = parseGactlArguments(args);
    QVERIFY(!result.options.has_value());
    QVERIFY2(result.error.contains(messagePart), qPrintable(result.error));
}

void TestGactlOptions::helpAndVersion()
{
    QVERIFY(parseGactlArguments({ QStringLiteral("accelerators"), QStringLiteral("--help") })
                .helpRequested);
    QVERIFY(parseGactlArguments({ QStringLiteral("--version") }).versionRequested);
}

void TestGactlOptions::usageListsEveryCommand()
{
    const QString usage = gactlUsage();
    for (const char *command :
         { "accelerators", "listeners ACCELERATOR_ID", "certificates", "listener LISTENER_ID",
           "inventory", "dissociate", "watch", "operations", "resume", "Exit codes" }) {
        QVERIFY2(usage.contains(QLatin1String(command)), command);
    }
}

void TestGactlOptions::tableIsAligned()
{
    TableWriter table({ QStringLiteral("ID"), QStringLiteral("NAME") });
    table.addRow({ QStringLiteral("ga-long-id"), QStringLiteral("x") });
    table.addRow({ QStringLiteral("g"), QStringLiteral("yy") });
    QCOMPARE(table.render(), QStringLiteral("ID          NAME\nga-long-id  x\ng           yy\n"));
}

void TestGactlOptions::portsAndTimes()
{
    QCOMPARE(formatPorts({ { 443, 443 } }), QStringLiteral("443"));
    QCOMPARE(formatPorts({ { 80, 90 }, { 443, 443 } }), QStringLiteral("80-90,443"));
    QCOMPARE(formatPorts({}), QStringLiteral("-"));
    QCOMPARE(formatTime({}), QStringLiteral("-"));
    QCOMPARE(formatTime(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)),
             QStringLiteral("1970-01-01 00:00:00Z"));
}

QTEST_APPLESS_MAIN(TestGactlOptions)
#include "tst_gactloptions.moc"
