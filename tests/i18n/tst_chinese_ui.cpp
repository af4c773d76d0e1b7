// The console in Simplified Chinese (--lang zh_CN): the translation embedded in the program
// is loaded, and the main window, its badges and the dialogs speak Chinese.
#include "api/gaclient.h"
#include "auth/profilestore.h"
#include "auth/sessionsecretstore.h"
#include "certificatelistmodel.h"
#include "changedialog.h"
#include "dissociateflow.h"
#include "emulatorfixture.h"
#include "i18n/translations.h"
#include "listenertablemodel.h"
#include "mainwindow.h"
#include "operationsdock.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"
#include "profiledialog.h"
#include "resourcepane.h"
#include "world.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace ga;

namespace {

bool isChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

} // namespace

class TestChineseUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void languageComesFromTheLocaleOrLang();
    void mainWindowSpeaksChinese();
    void dialogsSpeakChinese();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
};

void TestChineseUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(i18n::install(QStringLiteral("zh_CN")));
    QCOMPARE(i18n::current(), QStringLiteral("zh_CN"));
}

void TestChineseUi::cleanupTestCase()
{
    QVERIFY(i18n::install(QStringLiteral("en")));
}

void TestChineseUi::languageComesFromTheLocaleOrLang()
{
    QCOMPARE(i18n::fromLocale(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
    QCOMPARE(i18n::fromLocale(QLocale(QStringLiteral("zh_SG"))), QStringLiteral("zh_CN"));
    QCOMPARE(i18n::fromLocale(QLocale(QStringLiteral("zh_TW"))), QStringLiteral("en"));
    QCOMPARE(i18n::fromLocale(QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
    QCOMPARE(i18n::resolve(QStringLiteral("zh-CN"), nullptr), QStringLiteral("zh_CN"));
    QCOMPARE(i18n::resolve(QStringLiteral("en_US"), nullptr), QStringLiteral("en"));
    QString error;
    QCOMPARE(i18n::resolve(QStringLiteral("fr"), &error), QString());
    QVERIFY(error.contains(QStringLiteral("zh_CN")));
    QCOMPARE(i18n::requestedLanguage(
                 { QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("zh_CN") }),
             QStringLiteral("zh_CN"));
    QCOMPARE(i18n::requestedLanguage({ QStringLiteral("--lang=en") }), QStringLiteral("en"));
}

void TestChineseUi::mainWindowSpeaksChinese()
{
    auto emulator = test::startEmulator(test::smallWorld());
    GaClient::Config config = test::clientConfig(*emulator);
    GaClient client(config);
    OperationJournal journal(m_dir.filePath(QStringLiteral("ops.jsonl")));
    OperationCenter center(&journal);
    MainWindow::Options options;
    options.titleSuffix = QStringLiteral("Demo");
    MainWindow window(&client, options, &center);
    window.show();
    const emu::EmuAccelerator accelerator = emulator->world().accelerators().first();
    QTRY_VERIFY(window.acceleratorPane()->selectId(accelerator.acceleratorId));
    QTRY_VERIFY(window.listenerPane()->selectId(accelerator.listenerIds.first()));
    QTRY_VERIFY(window.certificateModel()->rowCount() > 0);

    QVERIFY2(isChinese(window.windowTitle()), qPrintable(window.windowTitle()));
    for (const char *name :
         { "refreshAction", "pauseAction", "findAction", "copyAction", "copyJsonAction",
           "profilesAction", "proxySettingsAction", "dissociateAction", "associateAction" }) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(isChinese(action->text()), qPrintable(action->text()));
        QVERIFY2(isChinese(action->toolTip()), qPrintable(action->toolTip()));
    }
    QVERIFY(isChinese(window.operationsDock()->windowTitle()));
    const QPushButton *undo = window.operationsDock()->undoButton();
    QVERIFY2(isChinese(undo->text()) && isChinese(undo->toolTip()), qPrintable(undo->toolTip()));
    QAbstractItemModel *accelerators = window.acceleratorPane()->view()->model();
    for (int c = 0; c < accelerators->columnCount(); ++c) {
        const QString title = accelerators->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(isChinese(title), qPrintable(title));
    }
    // A badge says its state in Chinese, and so does what a screen reader reads.
    const QModelIndex state = window.listenerModel()->index(
        window.listenerModel()->rowOf(accelerator.listenerIds.first()),
        ListenerTableModel::StateColumn);
    QVERIFY2(isChinese(state.data().toString()), qPrintable(state.data().toString()));
    QVERIFY(isChinese(state.data(Qt::AccessibleTextRole).toString()));
    auto *counter = window.findChild<QLabel *>(QStringLiteral("checkedCounter"));
    QVERIFY2(isChinese(counter->text()), qPrintable(counter->text()));
    auto *filter = window.acceleratorPane()->filterEdit();
    QVERIFY(isChinese(filter->placeholderText()));
}

void TestChineseUi::dialogsSpeakChinese()
{
    ChangeRequest request;
    request.acceleratorId = QStringLiteral("ga-1");
    request.listenerId = QStringLiteral("lsr-1");
    request.production = true;
    request.domains = { { QStringLiteral("a.example.com"), QStringLiteral("cert-1") },
                        { QStringLiteral("b.example.com"), QStringLiteral("cert-2") } };
    ChangeDialog dissociate(request);
    QVERIFY2(isChinese(dissociate.windowTitle()), qPrintable(dissociate.windowTitle()));
    const QString confirm
        = dissociate.findChild<QPushButton *>(QStringLiteral("confirmButton"))->text();
    QVERIFY2(isChinese(confirm) && confirm.contains(u'2'), qPrintable(confirm));
    // Qt's own words come from Qt's zh_CN translation, when the system has it.
    const QString cancel
        = dissociate.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text();
    QVERIFY2(isChinese(cancel), qPrintable(cancel));

    QSettings settings(m_dir.filePath(QStringLiteral("profiles.conf")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    SessionSecretStore secrets;
    ProfileDialog dialog(&profiles, &secrets);
    QVERIFY2(isChinese(dialog.windowTitle()), qPrintable(dialog.windowTitle()));
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    QVERIFY(!buttons.isEmpty());
    for (const QPushButton *button : buttons) {
        if (!button->text().isEmpty())
            QVERIFY2(isChinese(button->text()), qPrintable(button->text()));
    }
}

QTEST_MAIN(TestChineseUi)
#include "tst_chinese_ui.moc"
