// Every word a person sees in the console goes through tr(). The test translates the sources
// into a pseudo-language that brackets each string, ⟦like this⟧, builds the windows and
// dialogs with it, and fails on any visible text with words but no brackets: a string that
// was never wrapped (or is built outside tr()) shows up by name.
#include "api/gaclient.h"
#include "associatedialog.h"
#include "auth/profilestore.h"
#include "auth/sessionsecretstore.h"
#include "certificatelistmodel.h"
#include "changedialog.h"
#include "dissociateflow.h"
#include "emulatorfixture.h"
#include "listenertablemodel.h"
#include "mainwindow.h"
#include "net/proxysettingsstore.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "profiledialog.h"
#include "proxysettingsdialog.h"
#include "resourcepane.h"
#include "world.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace ga;

namespace {

const QChar kOpen(0x27E6);
const QChar kClose(0x27E7);

// A text with no word of letters (an ID, a host name, a URL, a number) needs no translation.
bool isTechnical(const QString &text)
{
    static const QRegularExpression oneToken(QStringLiteral("^[\\w.:/@*%+=-]*$"));
    static const QRegularExpression noWords(QStringLiteral("^[^A-Za-z]*$"));
    return oneToken.match(text).hasMatch() || noWords.match(text).hasMatch();
}

// Copies a .ts file, making each message's translation its source in brackets (both forms of
// a plural message) in an English-rules file.
bool bracketEveryMessage(QIODevice *in, QIODevice *out)
{
    QXmlStreamReader reader(in);
    QXmlStreamWriter writer(out);
    QString source;
    bool numerus = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"TS") {
            writer.writeStartElement(QStringLiteral("TS"));
            writer.writeAttribute(QStringLiteral("version"),
                                  reader.attributes().value(QStringLiteral("version")).toString());
            writer.writeAttribute(QStringLiteral("language"), QStringLiteral("en"));
            continue;
        }
        if (reader.isStartElement() && reader.name() == u"message")
            numerus = reader.attributes().value(QStringLiteral("numerus")) == u"yes";
        if (reader.isStartElement() && reader.name() == u"source") {
            source = reader.readElementText();
            writer.writeTextElement(QStringLiteral("source"), source);
            continue;
        }
        if (reader.isStartElement() && reader.name() == u"translation") {
            reader.skipCurrentElement();
            const QString bracketed = kOpen + source + kClose;
            writer.writeStartElement(QStringLiteral("translation"));
            if (numerus) {
                writer.writeTextElement(QStringLiteral("numerusform"), bracketed);
                writer.writeTextElement(QStringLiteral("numerusform"), bracketed);
            } else {
                writer.writeCharacters(bracketed);
            }
            writer.writeEndElement();
            continue;
        }
        if (reader.isDTD())
            continue;
        writer.writeCurrentToken(reader);
    }
    return !reader.hasError();
}

} // namespace

class TestWrapped : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindowAndDock();
    void dissociateDialog();
    void undoAndAddCertificatesDialogs();
    void profileDialog();
    void proxySettingsDialog();

private:
    void collect(QWidget *root, const QString &where);
    void expectAllWrapped();

    QTemporaryDir m_dir;
    QTranslator m_pseudo;
    QStringList m_unwrapped;
    int m_checked = 0;
};

void TestWrapped::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    // The sources as they are now, through lupdate, into a pseudo-language file.
    const QString ts = m_dir.filePath(QStringLiteral("pseudo.ts"));
    QStringList arguments { QStringLiteral("-silent"), QStringLiteral("-locations"),
                            QStringLiteral("none") };
    for (const char *folder : { "core", "models", "ui", "app" })
        arguments << QStringLiteral(GA_SOURCE_DIR "/") + QLatin1String(folder);
    arguments << QStringLiteral("-ts") << ts;
    QCOMPARE(QProcess::execute(QStringLiteral(LUPDATE_PATH), arguments), 0);

    QFile in(ts);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString pseudoTs = m_dir.filePath(QStringLiteral("pseudo-bracketed.ts"));
    QFile out(pseudoTs);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(bracketEveryMessage(&in, &out));
    in.close();
    out.close();
    const QString qm = m_dir.filePath(QStringLiteral("pseudo.qm"));
    QCOMPARE(QProcess::execute(QStringLiteral(LRELEASE_PATH),
                               { QStringLiteral("-silent"), pseudoTs, QStringLiteral("-qm"), qm }),
             0);
    QVERIFY(m_pseudo.load(qm));
    QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
    // The translator works: a word the console surely has comes back bracketed.
    QCOMPARE(QCoreApplication::translate("ga::MainWindow", "&Refresh"),
             kOpen + QStringLiteral("&Refresh") + kClose);
}

void TestWrapped::collect(QWidget *root, const QString &where)
{
    const auto check = [this, &where](const QString &what, QString text) {
        text.remove(u'&');
        text = text.trimmed();
        if (text.isEmpty())
            return;
        ++m_checked;
        if (text.contains(kOpen) || isTechnical(text))
            return;
        m_unwrapped << QStringLiteral("%1, %2: \"%3\"").arg(where, what, text);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        // A tab bar's scroll buttons are Qt's own, named in Qt's catalogue (qtbase_zh_CN).
        if (qobject_cast<QTabBar *>(w->parentWidget()))
            continue;
        const QString name = w->objectName().isEmpty()
            ? QString::fromLatin1(w->metaObject()->className())
            : w->objectName();
        if (w->isWindow() || qobject_cast<QDockWidget *>(w))
            check(name + QStringLiteral(" title"), w->windowTitle());
        check(name + QStringLiteral(" tooltip"), w->toolTip());
        check(name + QStringLiteral(" accessible name"), w->accessibleName());
        if (auto *label = qobject_cast<QLabel *>(w))
            check(name, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            check(name, button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            check(name + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *box = qobject_cast<QGroupBox *>(w))
            check(name, box->title());
        if (auto *spin = qobject_cast<QSpinBox *>(w))
            check(name + QStringLiteral(" suffix"), spin->suffix());
        if (auto *combo = qobject_cast<QComboBox *>(w); combo && name != u"profileSwitcher") {
            for (int i = 0; i < combo->count(); ++i)
                check(name + QStringLiteral(" item"), combo->itemText(i));
        }
        if (auto *view = qobject_cast<QTableView *>(w); view && view->model()) {
            QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                check(name + QStringLiteral(" header"),
                      model->headerData(c, Qt::Horizontal).toString());
        }
    }
    const QList<QAction *> actions = root->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        const QString name
            = action->objectName().isEmpty() ? QStringLiteral("action") : action->objectName();
        check(name, action->text());
        check(name + QStringLiteral(" tooltip"), action->toolTip());
    }
}

void TestWrapped::expectAllWrapped()
{
    QVERIFY(m_checked > 0);
    QVERIFY2(
        m_unwrapped.isEmpty(),
        qPrintable(QStringLiteral("not wrapped for translation:\n") + m_unwrapped.join(u'\n')));
}

void TestWrapped::mainWindowAndDock()
{
    auto emulator = test::startEmulator(test::smallWorld());
    GaClient::Config config = test::clientConfig(*emulator);
    GaClient client(config);
    OperationJournal journal(m_dir.filePath(QStringLiteral("ops.jsonl")));
    OperationCenter center(&journal);
    MainWindow::Options options;
    options.titleSuffix = QStringLiteral("Demo");
    MainWindow window(&client, options, &center);
    window.setProxyStatus(QStringLiteral("%1").arg(QCoreApplication::translate("ga", "x")));
    window.show();
    const emu::EmuAccelerator accelerator = emulator->world().accelerators().first();
    QTRY_VERIFY(window.acceleratorPane()->selectId(accelerator.acceleratorId));
    QTRY_VERIFY(window.listenerPane()->selectId(accelerator.listenerIds.first()));
    QTRY_VERIFY(window.certificateModel()->rowCount() > 0);
    // The states a person reads in the badges are words too.
    const QModelIndex state = window.listenerModel()->index(0, ListenerTableModel::StateColumn);
    QVERIFY(state.data().toString().startsWith(kOpen));
    window.certificateModel()->checkDomains({ window.certificateModel()->rowAt(0)->domain });
    window.dissociateFlow()->updateAction();
    m_unwrapped.clear();
    collect(&window, QStringLiteral("main window"));
    // The proxy status was set from outside with a placeholder; everything else must pass.
    m_unwrapped.removeIf([](const QString &line) { return line.contains(u"proxyStatus"); });
    expectAllWrapped();
}

void TestWrapped::dissociateDialog()
{
    ChangeRequest request;
    request.profile = QStringLiteral("prod");
    request.production = true;
    request.acceleratorId = QStringLiteral("ga-1");
    request.acceleratorName = QStringLiteral("edge");
    request.listenerId = QStringLiteral("lsr-1");
    request.listenerName = QStringLiteral("https-1");
    request.listenerPorts = QStringLiteral("443");
    request.domains = { { QStringLiteral("a.example.com"), QStringLiteral("cert-1") } };
    ChangeDialog dialog(request);
    m_unwrapped.clear();
    collect(&dialog, QStringLiteral("dissociate dialog"));
    // The gactl command is a command, not prose.
    m_unwrapped.removeIf([](const QString &line) { return line.contains(u"gactlCommand,"); });
    expectAllWrapped();
}

void TestWrapped::undoAndAddCertificatesDialogs()
{
    ChangeRequest request;
    request.kind = ChangeKind::Associate;
    request.undoes = QStringLiteral("ga-console-0123");
    request.acceleratorId = QStringLiteral("ga-1");
    request.listenerId = QStringLiteral("lsr-1");
    request.domains = { { QStringLiteral("a.example.com"), QStringLiteral("123-cn-hangzhou") } };
    ChangeDialog undo(request);
    m_unwrapped.clear();
    collect(&undo, QStringLiteral("undo dialog"));
    m_unwrapped.removeIf([](const QString &line) { return line.contains(u"gactlCommand,"); });
    AssociateDialog rows(QStringLiteral("lsr-1"), {});
    collect(&rows, QStringLiteral("add certificates dialog"));
    expectAllWrapped();
}

void TestWrapped::profileDialog()
{
    QSettings settings(m_dir.filePath(QStringLiteral("profiles.conf")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    SessionSecretStore secrets;
    ProfileDialog dialog(&profiles, &secrets);
    dialog.show();
    m_unwrapped.clear();
    collect(&dialog, QStringLiteral("profile dialog"));
    expectAllWrapped();
}

void TestWrapped::proxySettingsDialog()
{
    QSettings settings(m_dir.filePath(QStringLiteral("proxy.conf")), QSettings::IniFormat);
    SessionSecretStore secrets;
    ProxySettingsStore store(&secrets, &settings);
    ProxySettingsDialog dialog(&store);
    dialog.show();
    m_unwrapped.clear();
    collect(&dialog, QStringLiteral("proxy dialog"));
    expectAllWrapped();
}

QTEST_MAIN(TestWrapped)
#include "tst_wrapped.moc"
