// The account's Certificates view at 8,000 rows (issue 15), part of bench_console; run in a
// process of its own (bench_console --certificates-view) so its resident memory is its own:
//   memory     resident memory once the window's Certificates tab has read 100 accelerators
//              × 8 listeners (half HTTPS) × 20 domains = 8,000 rows and their CAS details from
//              a ga-emulator process over loopback (the emulator's memory is not counted);
//   firstPaint ms from handing the view an 8,000-row reading that is in memory (what the
//              controller keeps) to its first painted frame: rows, details, sorted proxy,
//              layout with the column widths of the settings, and paint;
//   refresh    a new reading with 1% of the rows changed (40 certificate IDs, 40 states): the
//              model's diff alone (target ≤ 3 ms), and with the repaint;
//   keystroke  one character typed into the filter box or deleted, through to the repainted
//              table (target ≤ 16 ms, one frame), and the "expiring within" toggle.
#include "certificatesbench.h"
#include "residentmemory.h"

#include "accountcertificatefilter.h"
#include "accountcertificatemodel.h"
#include "accountcontroller.h"
#include "api/gaclient.h"
#include "certificatespane.h"
#include "changeflash.h"
#include "emulator.h"
#include "mainwindow.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace ga::bench {
namespace {

constexpr int accelerators = 100;
constexpr int listenersEach = 8; // every other one HTTPS, as in the emulator's world
constexpr int domainsEach = 20;

double msOf(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double percentile90(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, values.size() * 9 / 10)];
}

// A fresh reading (new strings, as a parse makes them), every 100th row changed in
// `generation`s that are odd: its certificate ID (every 200th) or its state (the others).
AccountSnapshot reading(int generation)
{
    AccountSnapshot snapshot;
    int row = 0;
    for (int a = 0; a < accelerators; ++a) {
        Accelerator accelerator;
        accelerator.acceleratorId = QStringLiteral("ga-bench%1").arg(a, 4, 10, QLatin1Char('0'));
        accelerator.name = QStringLiteral("accelerator-%1").arg(a);
        accelerator.state = QStringLiteral("active");
        snapshot.accelerators.append(accelerator);
        for (int l = 0; l < listenersEach; ++l) {
            Listener listener;
            listener.listenerId = QStringLiteral("lsr-bench%1-%2").arg(a).arg(l);
            listener.acceleratorId = accelerator.acceleratorId;
            listener.name = QStringLiteral("listener-%1").arg(l);
            listener.protocol = l % 2 == 0 ? QStringLiteral("https") : QStringLiteral("tcp");
            listener.state = QStringLiteral("active");
            listener.portRanges = { { 443 + l * 1000, 443 + l * 1000 } };
            snapshot.listeners[accelerator.acceleratorId].append(listener);
            if (!listener.isHttps())
                continue;
            QList<ListenerCertificate> certificates;
            for (int d = 0; d < domainsEach; ++d, ++row) {
                ListenerCertificate c;
                c.domain = QStringLiteral("d%1.l%2.a%3.example.com").arg(d).arg(l).arg(a);
                const bool changed = generation % 2 == 1 && row % 100 == 0;
                const int certificate = row / 3 + ((changed && row % 200 == 0) ? 100'000 : 0);
                c.certificateId = QStringLiteral("%1-cn-hangzhou").arg(200'000 + certificate);
                c.state = changed && row % 200 != 0 ? QStringLiteral("updating")
                                                    : QStringLiteral("active");
                c.raw = QJsonObject { { QStringLiteral("CertificateId"), c.certificateId },
                                      { QStringLiteral("Domain"), c.domain },
                                      { QStringLiteral("State"), c.state } };
                certificates.append(c);
            }
            snapshot.certificates.insert(listener.listenerId, certificates);
        }
    }
    return snapshot;
}

// CAS details for every certificate ID of both generations: a spread of expiries, a few not
// in CAS, a few not covering their domains.
QHash<QString, CertificateDetails> details(const AccountSnapshot &a, const AccountSnapshot &b,
                                           const QDateTime &now)
{
    QHash<QString, CertificateDetails> all;
    int n = 0;
    for (const AccountSnapshot *snapshot : { &a, &b }) {
        for (const CertificateUse &use : certificateUses(*snapshot)) {
            const QString &id = use.certificate->certificateId;
            if (all.contains(id))
                continue;
            CertificateDetails d;
            if (++n % 40 == 0) {
                d.status = CertificateDetails::Status::NotInCas;
            } else {
                d.status = CertificateDetails::Status::Found;
                CasCertificate &c = d.certificate;
                c.certIdentifier = id;
                c.name = QStringLiteral("cert-") + id.section(u'-', 0, 0);
                c.commonName = n % 25 == 0
                    ? QStringLiteral("other.example.net")
                    : QStringLiteral("*.") + use.certificate->domain.section(u'.', 1);
                c.subjectAlternativeNames = { c.commonName };
                c.notBefore = now.addDays(-300);
                c.notAfter = now.addDays(n % 400 - 20).addSecs(3600);
                c.status = QStringLiteral("issued");
            }
            all.insert(id, d);
        }
    }
    return all;
}

// Runs the event loop until `widget` is painted, and returns the ms of `timer` when that
// paint is done; when nothing is painted within 200 ms (the change left the screen as it was),
// the ms when the first turn of the loop had handled what was pending.
double untilPainted(QWidget *widget, const QElapsedTimer &timer)
{
    struct PaintSpy : QObject
    {
        bool painted = false;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                painted = true;
            return false;
        }
    } spy;
    widget->installEventFilter(&spy);
    // The paint event is seen before it is handled; the call that delivered it returns after
    // the paint.
    QCoreApplication::processEvents();
    double done = msOf(timer);
    QElapsedTimer wait;
    wait.start();
    while (!spy.painted && wait.elapsed() < 200) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (spy.painted)
            done = msOf(timer);
    }
    widget->removeEventFilter(&spy);
    return done;
}

// Lets the fading highlight of changed cells end, so that its repaints are not measured.
void settle()
{
    QTest::qWait(changeFlashMs + 100);
}

GaClient::Config configFor(const QUrl &endpoint)
{
    GaClient::Config config;
    config.endpoint = endpoint;
    config.casEndpoint = endpoint; // the emulator serves CAS on the same URL
    config.credentials = Credentials(QString::fromLatin1(emu::demoAccessKeyId),
                                     QString::fromLatin1(emu::demoAccessKeySecret));
    config.transport.proxyMode = TransportOptions::ProxyMode::None;
    return config;
}

QJsonObject memory(const QString &emulatorBinary)
{
    QProcess emulator;
    emulator.start(emulatorBinary,
                   { QStringLiteral("--accelerators"), QString::number(accelerators),
                     QStringLiteral("--listeners"), QString::number(listenersEach),
                     QStringLiteral("--certificates"), QString::number(domainsEach) });
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
    CertificatesPane *view = window.certificatesView();
    QElapsedTimer timer;
    timer.start();
    window.findChild<QTabWidget *>(QStringLiteral("views"))->setCurrentWidget(view);
    AccountCertificateModel *model = view->model();
    const auto loaded = [model] {
        if (model->rowCount() == 0)
            return false;
        for (const AccountCertificateRow &row : model->rows()) {
            if (!model->hasDetails(row.certificateId))
                return false;
        }
        return true;
    };
    if (!QTest::qWaitFor([&] { return model->rowCount() > 0; }, 120'000))
        qFatal("the account was never read");
    const double rowsMs = msOf(timer);
    if (!QTest::qWaitFor(loaded, 120'000))
        qFatal("the CAS details never arrived");
    const double detailsMs = msOf(timer);
    QCoreApplication::processEvents();
    const double after = residentMiB();
    const int rows = model->rowCount();
    emulator.terminate();
    emulator.waitForFinished(5'000);
    return { { QStringLiteral("rows"), rows },
             { QStringLiteral("msToRowsOverLoopback"), rowsMs },
             { QStringLiteral("msToDetailsOverLoopback"), detailsMs },
             { QStringLiteral("residentMiBBeforeWindow"), before },
             { QStringLiteral("residentMiBLoaded"), after } };
}

struct Fixture
{
    Fixture()
        : journal(data.filePath(QStringLiteral("operations.jsonl")))
        , center(&journal)
        , pane({ nullptr, &center, nullptr, nullptr, nullptr })
    {
        pane.resize(1400, 900);
    }
    QTemporaryDir data;
    OperationJournal journal;
    OperationCenter center;
    CertificatesPane pane; // no client: the benchmark is the model's only writer
};

} // namespace

QJsonObject certificatesView(int runs, const QString &emulatorBinary)
{
    // The window below fits the columns to its first rows, as on a first start, and keeps
    // their widths; every later view restores them, as on every start after the first.
    QSettings().remove(QStringLiteral("panes/accountCertificates/header"));
    QJsonObject result { { QStringLiteral("memory"), memory(emulatorBinary) } };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const AccountSnapshot even = reading(0);
    const AccountSnapshot odd = reading(1);
    const QHash<QString, CertificateDetails> cas = details(even, odd, now);

    // First paint: a new view each run, handed the reading and the details it has in memory.
    QList<double> firstPaint;
    for (int run = 0; run < runs; ++run) {
        Fixture fixture;
        QElapsedTimer timer;
        timer.start();
        fixture.pane.model()->setSnapshot(even, now);
        fixture.pane.model()->setDetails(cas);
        fixture.pane.show();
        firstPaint.append(untilPainted(fixture.pane.view()->viewport(), timer));
    }

    Fixture fixture;
    AccountCertificateModel *model = fixture.pane.model();
    model->setSnapshot(even, now);
    model->setDetails(cas);
    fixture.pane.show();
    QElapsedTimer shown;
    shown.start();
    untilPainted(fixture.pane.view()->viewport(), shown);
    const int rows = model->rowCount();

    QList<double> diffMs;
    QList<double> diffPaintMs;
    for (int run = 1; run <= runs * 2; ++run) {
        const AccountSnapshot next = reading(run); // outside the timer: the network's part
        QElapsedTimer timer;
        timer.start();
        model->setSnapshot(next, now.addSecs(15 * run));
        diffMs.append(msOf(timer));
        diffPaintMs.append(untilPainted(fixture.pane.view()->viewport(), timer));
        settle();
    }

    QLineEdit *filter = fixture.pane.filterEdit();
    const QString typed = QStringLiteral("l4.a42");
    QList<double> keystrokes;
    for (int run = 0; run < runs; ++run) {
        for (int length = 1; length <= typed.size() * 2; ++length) {
            // Typed one character at a time, then deleted one at a time.
            const int chars = length <= typed.size() ? length : typed.size() * 2 - length;
            QElapsedTimer timer;
            timer.start();
            filter->setText(typed.left(chars));
            keystrokes.append(untilPainted(fixture.pane.view()->viewport(), timer));
        }
    }
    QList<double> toggles;
    QCheckBox *expiring = fixture.pane.problemBox(AccountCertificateFilter::ExpiringSoon);
    for (int run = 0; run < runs * 2; ++run) {
        QElapsedTimer timer;
        timer.start();
        expiring->click();
        toggles.append(untilPainted(fixture.pane.view()->viewport(), timer));
    }

    result.insert(QStringLiteral("rows"), rows);
    result.insert(QStringLiteral("shape"),
                  QStringLiteral("%1 accelerators × %2 listeners (half HTTPS) × %3 domains")
                      .arg(accelerators)
                      .arg(listenersEach)
                      .arg(domainsEach));
    result.insert(QStringLiteral("runs"), runs);
    result.insert(QStringLiteral("firstPaint"),
                  QJsonObject { { QStringLiteral("medianMs"), median(firstPaint) },
                                { QStringLiteral("maxMs"),
                                  *std::max_element(firstPaint.cbegin(), firstPaint.cend()) } });
    result.insert(QStringLiteral("refresh"),
                  QJsonObject { { QStringLiteral("changedRows"), rows / 100 },
                                { QStringLiteral("medianModelMs"), median(diffMs) },
                                { QStringLiteral("p90ModelMs"), percentile90(diffMs) },
                                { QStringLiteral("medianWithPaintMs"), median(diffPaintMs) } });
    result.insert(QStringLiteral("keystroke"),
                  QJsonObject { { QStringLiteral("typed"), typed },
                                { QStringLiteral("keystrokes"), int(keystrokes.size()) },
                                { QStringLiteral("medianMs"), median(keystrokes) },
                                { QStringLiteral("p90Ms"), percentile90(keystrokes) },
                                { QStringLiteral("maxMs"),
                                  *std::max_element(keystrokes.cbegin(), keystrokes.cend()) },
                                { QStringLiteral("medianToggleMs"), median(toggles) } });
    return result;
}

} // namespace ga::bench
