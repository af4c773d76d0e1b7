// bench_console: what the console window costs (issue 6's figures), offscreen:
//   startup   ms from process start to the first populated accelerator table, in the same
//             set-up as ga-console --demo (emulator in this process, default world);
//   memory    resident memory with 1,000 accelerators x 10 listeners loaded (the emulator runs
//             as a separate process here, so its own memory is not counted);
//   refresh   time to apply a refresh of 10,000 rows where 1% changed, through the proxy and a
//             shown table view, against rebuilding the same model from scratch;
//   certificatesView  the account's Certificates view at 8,000 rows (bench/certificatesbench.cpp),
//             in a process of its own so that its resident memory is its own.
// Prints one JSON document.
//
//   QT_QPA_PLATFORM=offscreen bench_console [--runs N] [--certificates-view]

#include "acceleratortablemodel.h"
#include "api/gaclient.h"
#include "certificatesbench.h"
#include "consolecontroller.h"
#include "emulator.h"
#include "filterproxymodel.h"
#include "mainwindow.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "residentmemory.h"
#include "resourcepane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <unistd.h>

using namespace ga;
using ga::bench::residentMiB;

namespace {

// Milliseconds since this process started, from /proc/self/stat (field 22, in clock ticks).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 overall
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (upSeconds - startTicks / double(::sysconf(_SC_CLK_TCK))) * 1000.0;
}

GaClient::Config configFor(const QUrl &endpoint)
{
    GaClient::Config config;
    config.endpoint = endpoint;
    config.credentials = Credentials(QString::fromLatin1(emu::demoAccessKeyId),
                                     QString::fromLatin1(emu::demoAccessKeySecret));
    config.transport.proxyMode = TransportOptions::ProxyMode::None;
    return config;
}

QJsonObject startup()
{
    emu::Emulator emulator(emu::EmulatorOptions {});
    QString error;
    if (!emulator.start(&error))
        qFatal("%s", qPrintable(error));
    GaClient client(configFor(emulator.baseUrl()));
    QTemporaryDir data;
    OperationJournal journal(data.filePath(QStringLiteral("operations.jsonl")));
    OperationCenter center(&journal);
    MainWindow window(&client, {}, &center);
    window.show();
    bool loaded = false;
    QObject::connect(window.controller(), &ConsoleController::acceleratorsLoaded, &window,
                     [&loaded] { loaded = true; });
    if (!QTest::qWaitFor([&loaded] { return loaded; }, 30'000))
        qFatal("the accelerators never loaded");
    QCoreApplication::processEvents(); // let the table lay out its first rows
    return { { QStringLiteral("msFromProcessStartToFirstPopulatedTable"), msSinceProcessStart() },
             { QStringLiteral("rows"), window.acceleratorPane()->proxy()->rowCount() } };
}

QJsonObject memory()
{
    QProcess emulator;
    emulator.start(QStringLiteral(GA_EMULATOR_BIN),
                   { QStringLiteral("--accelerators"), QStringLiteral("1000"),
                     QStringLiteral("--listeners"), QStringLiteral("10"),
                     QStringLiteral("--certificates"), QStringLiteral("2") });
    if (!emulator.waitForReadyRead(30'000))
        qFatal("ga-emulator did not start");
    const QUrl url(QString::fromLatin1(emulator.readLine().trimmed()));
    const double before = residentMiB();
    GaClient client(configFor(url));
    QTemporaryDir data;
    OperationJournal journal(data.filePath(QStringLiteral("operations.jsonl")));
    OperationCenter center(&journal);
    MainWindow window(&client, {}, &center);
    window.show();
    int accelerators = 0;
    int listenerLoads = 0;
    QObject::connect(window.controller(), &ConsoleController::acceleratorsLoaded, &window,
                     [&accelerators](int count) { accelerators = count; });
    if (!QTest::qWaitFor([&accelerators] { return accelerators == 1000; }, 60'000))
        qFatal("the accelerators never loaded");
    // Load every accelerator's listeners, as selecting each one would.
    QObject::connect(window.controller(), &ConsoleController::listenersLoaded, &window,
                     [&listenerLoads](const QString &, int) { ++listenerLoads; });
    const QList<Accelerator> rows
        = static_cast<AcceleratorTableModel *>(window.acceleratorPane()->proxy()->sourceModel())
              ->rows();
    for (const Accelerator &a : rows) {
        window.controller()->selectAccelerator(a.acceleratorId);
        const int expected = listenerLoads + 1;
        if (!QTest::qWaitFor([&] { return listenerLoads >= expected; }, 30'000))
            qFatal("listeners never loaded");
    }
    QCoreApplication::processEvents();
    const double after = residentMiB();
    emulator.terminate();
    emulator.waitForFinished(5'000);
    return { { QStringLiteral("accelerators"), accelerators },
             { QStringLiteral("listenersEach"), 10 },
             { QStringLiteral("residentMiBBeforeWindow"), before },
             { QStringLiteral("residentMiBLoaded"), after } };
}

QList<Accelerator> syntheticRows(int count, int generation, int changedEvery)
{
    QList<Accelerator> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        Accelerator a;
        a.acceleratorId = QStringLiteral("ga-bench%1").arg(i, 6, 10, QLatin1Char('0'));
        a.name = QStringLiteral("accelerator-%1").arg(i);
        a.state = (i % changedEvery == 0 && generation % 2) ? QStringLiteral("configuring")
                                                            : QStringLiteral("active");
        a.spec = QStringLiteral("1");
        a.bandwidth = 10 + i % 200;
        a.dnsName = a.acceleratorId + QStringLiteral(".aliyunga0019.com");
        // As the client builds them: the row keeps the JSON it was read from.
        a.raw = QJsonObject { { QStringLiteral("AcceleratorId"), a.acceleratorId },
                              { QStringLiteral("Name"), a.name },
                              { QStringLiteral("State"), a.state },
                              { QStringLiteral("Spec"), a.spec },
                              { QStringLiteral("Bandwidth"), double(a.bandwidth) },
                              { QStringLiteral("DnsName"), a.dnsName } };
        rows.append(a);
    }
    return rows;
}

QJsonObject refresh(int runs)
{
    AcceleratorTableModel model;
    FilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.resize(1200, 800);
    view.show();
    model.applySnapshot(syntheticRows(10'000, 0, 100));
    QCoreApplication::processEvents();

    QList<double> diff;
    QList<double> rebuild;
    for (int run = 1; run <= runs; ++run) {
        const QList<Accelerator> next = syntheticRows(10'000, run, 100); // 100 rows change
        QElapsedTimer timer;
        timer.start();
        model.applySnapshot(next);
        QCoreApplication::processEvents();
        diff.append(double(timer.nsecsElapsed()) / 1e6);

        // The baseline: the same rows through a fresh model, as a reset would do.
        AcceleratorTableModel fresh;
        timer.restart();
        proxy.setSourceModel(&fresh);
        fresh.applySnapshot(next);
        QCoreApplication::processEvents();
        rebuild.append(double(timer.nsecsElapsed()) / 1e6);
        proxy.setSourceModel(&model);
        QCoreApplication::processEvents();
    }
    std::sort(diff.begin(), diff.end());
    std::sort(rebuild.begin(), rebuild.end());
    return { { QStringLiteral("rows"), 10'000 },
             { QStringLiteral("changedRows"), 100 },
             { QStringLiteral("runs"), runs },
             { QStringLiteral("medianDiffMs"), diff[diff.size() / 2] },
             { QStringLiteral("medianRebuildMs"), rebuild[rebuild.size() / 2] } };
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ga-console-bench"));
    QStandardPaths::setTestModeEnabled(true);
    int runs = 9;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size())
        runs = std::max(1, args[i + 1].toInt());

    if (args.contains(QStringLiteral("--certificates-view"))) {
        QTextStream(stdout) << QJsonDocument(
                                   bench::certificatesView(runs, QStringLiteral(GA_EMULATOR_BIN)))
                                   .toJson(QJsonDocument::Indented);
        return 0;
    }

    QJsonObject result { { QStringLiteral("benchmark"), QStringLiteral("console") },
                         { QStringLiteral("buildType"), QStringLiteral(GA_BUILD_TYPE) },
                         { QStringLiteral("platform"), QGuiApplication::platformName() } };
    result.insert(QStringLiteral("startup"), startup());
    result.insert(QStringLiteral("refresh"), refresh(runs));
    result.insert(QStringLiteral("memory"), memory());
    QProcess view;
    view.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    view.start(
        QCoreApplication::applicationFilePath(),
        { QStringLiteral("--certificates-view"), QStringLiteral("--runs"), QString::number(runs) });
    if (!view.waitForFinished(600'000) || view.exitCode() != 0)
        qFatal("bench_console --certificates-view failed");
    result.insert(QStringLiteral("certificatesView"),
                  QJsonDocument::fromJson(view.readAllStandardOutput()).object());
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
