// ga-screenshots: drives the real console window against an in-process emulator and saves
// the pictures README shows (the confirmation, the live badge, the finished operation, the
// Certificates view, a retire plan's preview and its progress).
// Not a test: run it by hand after a visible change.
//
//   build/tests/ui/ga-screenshots OUTPUT_DIR [--theme light|dark] [--lang zh_CN] [--suffix S]
//                                 [--size WxH] [--window-only]
//   (QT_QPA_PLATFORM=offscreen or under Xvfb; the files are named dissociate-*<S>.png,
//   certificates-view<S>.png, plan-preview<S>.png and plan-progress<S>.png; --window-only
//   saves window<S>.png, the filled window, and stops. --size is the window's size in
//   device-independent pixels, 1280x820 by default: 1366x768 with QT_SCALE_FACTOR=2 and
//   --size 683x384 gives README's picture of a small HiDPI screen.)
#include "accountcertificatefilter.h"
#include "accountcertificatemodel.h"
#include "api/gaclient.h"
#include "certificatelistmodel.h"
#include "certificateplanactions.h"
#include "certificatespane.h"
#include "certs/certificatecatalog.h"
#include "changedialog.h"
#include "dissociateflow.h"
#include "domainsearchdialog.h"
#include "emulatorfixture.h"
#include "i18n/translations.h"
#include "listenertablemodel.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "ops/changeoperation.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "planflow.h"
#include "planpreviewdialog.h"
#include "planprogressdialog.h"
#include "planprogressmodel.h"
#include "plans/planrun.h"
#include "resourcepane.h"
#include "theme.h"
#include "world.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

namespace {

bool save(QWidget *widget, const QString &path)
{
    QTest::qWait(300); // let the badges' arcs and the flashes settle into a frame
    const bool ok = widget->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ga-screenshots"));
    const QStringList args = app.arguments();
    const QString out = args.value(1, QStringLiteral("."));
    const auto option = [&args](const char *name) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at > 0 ? args.value(at + 1) : QString();
    };
    if (const QString theme = option("--theme"); !theme.isEmpty())
        ga::applyTheme(theme);
    if (const QString lang = option("--lang"); !lang.isEmpty())
        ga::i18n::install(ga::i18n::resolve(lang, nullptr));
    else
        ga::i18n::install(QStringLiteral("en"));
    const QString suffix = option("--suffix");
    QTemporaryDir dir;
    emu::EmulatorOptions world = test::smallWorld(4'000);
    world.accelerators = 8;
    auto emulator = test::startEmulator(world);
    // A retired brand on both HTTPS listeners of the first six accelerators: the plan's
    // pictures show four accelerators' requests, one accelerator still binding (GA answers
    // busy: the request waits with a countdown) and one locked for payment (left alone).
    const QString retired = QStringLiteral("legacy-shop.example.com");
    for (int a = 0; a < 6; ++a) {
        for (const QString &id : emulator->world().accelerators().at(a).listenerIds) {
            emu::EmuListener *listener = emulator->world().listener(id);
            if (listener->isHttps() && !listener->additional.isEmpty())
                listener->additional.append({ listener->additional.first().certificateId, retired,
                                              QStringLiteral("active") });
        }
    }
    GaClient::Config config = test::clientConfig(*emulator);
    config.casEndpoint = emulator->baseUrl(); // certificate details from the emulator's CAS
    GaClient client(config);
    OperationJournal journal(dir.filePath(QStringLiteral("operations.jsonl")));
    OperationCenter center(&journal);
    MainWindow::Options options;
    options.titleSuffix = QStringLiteral("Demo");
    MainWindow window(&client, options, &center);
    const QStringList size = option("--size").split(u'x');
    window.resize(size.size() == 2 ? QSize(size[0].toInt(), size[1].toInt()) : QSize(1280, 820));
    window.show();

    const emu::EmuAccelerator accelerator = emulator->world().accelerators().first();
    const QString listenerId = accelerator.listenerIds.first();
    const auto waitFor = [](auto condition) { return QTest::qWaitFor(condition, 20'000); };
    if (!waitFor([&] { return window.acceleratorPane()->selectId(accelerator.acceleratorId); })
        || !waitFor([&] { return window.listenerPane()->selectId(listenerId); })
        || !waitFor([&] { return window.certificateModel()->rowCount() > 0; }))
        qFatal("the window did not fill");
    if (args.contains(QStringLiteral("--window-only")))
        return save(&window, out + QStringLiteral("/window") + suffix + QStringLiteral(".png")) ? 0
                                                                                                : 1;
    QStringList picked;
    for (int row : { 1, 4, 7 })
        picked << window.certificateModel()->rowAt(row)->domain;
    window.certificateModel()->checkDomains(picked);

    window.dissociateFlow()->action()->trigger();
    ChangeDialog *dialog = window.dissociateFlow()->dialog();
    if (!dialog)
        qFatal("no confirmation: %s", qPrintable(window.dissociateFlow()->disabledReason()));
    bool ok = save(dialog,
                   out + QStringLiteral("/dissociate-confirm") + suffix + QStringLiteral(".png"));
    dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();

    const auto badge = [&] {
        const int row = window.listenerModel()->rowOf(listenerId);
        return window.listenerModel()
            ->index(row, ListenerTableModel::StateColumn)
            .data(StateRole)
            .toString();
    };
    if (!waitFor([&] { return badge() == u"updating"; }))
        qFatal("the badge never showed updating");
    ok = save(&window,
              out + QStringLiteral("/dissociate-updating") + suffix + QStringLiteral(".png"))
        && ok;
    if (!waitFor(
            [&] { return center.operations().first()->phase() == ChangeOperation::Phase::Done; })
        || !waitFor([&] { return window.certificateModel()->rowOf(picked.first()) < 0; }))
        qFatal("the operation did not finish");
    ok = save(&window, out + QStringLiteral("/dissociate-done") + suffix + QStringLiteral(".png"))
        && ok;

    // The Certificates tab: the whole account, the problem filters on, details from CAS.
    auto *views = window.findChild<QTabWidget *>(QStringLiteral("views"));
    CertificatesPane *pane = window.certificatesView();
    views->setCurrentWidget(pane);
    if (!waitFor([&] { return pane->model()->rowCount() > 100; })
        || !waitFor([&] { return !window.certificateCatalog()->isBusy(); }))
        qFatal("the Certificates view did not fill");
    for (const auto problem :
         { AccountCertificateFilter::Expired, AccountCertificateFilter::ExpiringSoon,
           AccountCertificateFilter::NotInCas })
        pane->problemBox(problem)->setChecked(true);
    ok = save(&window, out + QStringLiteral("/certificates-view") + suffix + QStringLiteral(".png"))
        && ok;

    // "Retire domain…": where the brand is, the plan's preview, then its progress.
    CertificatePlanActions *plans = pane->planActions();
    plans->retireDomainAction()->trigger();
    DomainSearchDialog *search = plans->searchDialog();
    if (!search)
        qFatal("no search: %s", qPrintable(plans->retireDomainAction()->toolTip()));
    search->patternEdit()->setText(retired);
    search->findChild<QPushButton *>(QStringLiteral("retireButton"))->click();
    PlanPreviewDialog *preview = plans->flow()->previewDialog();
    if (!preview)
        qFatal("no preview: %s", qPrintable(plans->flow()->lastRefusal()));
    preview->resize(1000, 640);
    ok = save(preview, out + QStringLiteral("/plan-preview") + suffix + QStringLiteral(".png"))
        && ok;
    preview->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    if (plans->flow()->progressDialogs().isEmpty())
        qFatal("no progress: %s", qPrintable(plans->flow()->lastRefusal()));
    PlanProgressDialog *progress = plans->flow()->progressDialogs().last();
    progress->resize(1100, 520);
    // Mid-way: some requests done, some updating, the rest queued behind them.
    if (!waitFor([&] {
            const CertificatePlan &plan = progress->run()->plan();
            const bool updating
                = std::any_of(plan.requests.cbegin(), plan.requests.cend(), [&](const auto &r) {
                      return progress->model()->requestState(r.operationId) == u"updating";
                  });
            return progress->run()->counts().done >= 2 && updating;
        }))
        qFatal("the plan did not get under way");
    ok = save(progress, out + QStringLiteral("/plan-progress") + suffix + QStringLiteral(".png"))
        && ok;
    return ok ? 0 : 1;
}
