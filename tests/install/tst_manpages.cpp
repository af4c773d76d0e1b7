// The man pages (docs/man/) and gactl's bash completion (resources/completion/gactl.bash)
// stay in step with the programs: every option each program's --help prints is on its page,
// every gactl command is on gactl(1) and in the completion, and the completion, run by bash
// with bash-completion, offers the commands, an option's values and the profiles gactl lists.
#include "auth/profilestore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The page as man shows its words: troff's escaped hyphens plain, font changes gone.
QString pageText(const QString &program)
{
    QString page
        = readFile(QStringLiteral(GA_SOURCE_DIR "/docs/man/") + program + QStringLiteral(".1"));
    page.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    page.remove(QRegularExpression(QStringLiteral("\\\\f[BIRP]")));
    return page;
}

QString helpOf(const QString &path, const QProcessEnvironment &environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(path, { QStringLiteral("--help") });
    if (!process.waitForFinished(30'000))
        return {};
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

QStringList optionsIn(const QString &text)
{
    QStringList options;
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z0-9-]*"));
    for (auto it = option.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured();
        if (!options.contains(name))
            options.append(name);
    }
    return options;
}

bool hasWord(const QString &text, const QString &word)
{
    return text.contains(QRegularExpression(QStringLiteral("(?<![\\w-])")
                                            + QRegularExpression::escape(word)
                                            + QStringLiteral("(?![\\w-])")));
}

// gactl's commands: the first word of each line under "Commands:" in its --help.
QStringList gactlCommands(const QString &help)
{
    QStringList commands;
    const QStringList lines = help.section(QStringLiteral("Commands:\n"), 1).split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty())
            break;
        const QString word = line.trimmed().section(u' ', 0, 0);
        if (line.startsWith(QStringLiteral("  ")) && !line.startsWith(QStringLiteral("   "))
            && !commands.contains(word))
            commands.append(word);
    }
    return commands;
}

} // namespace

class TestManPages : public QObject
{
    Q_OBJECT

private slots:
    void everyOptionOfHelpIsOnThePage_data();
    void everyOptionOfHelpIsOnThePage();
    void everyGactlCommandIsOnThePageAndCompleted();
    void completionOffersCommandsValuesAndProfiles();
};

void TestManPages::everyOptionOfHelpIsOnThePage_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("path");
    QTest::newRow("gactl") << QStringLiteral("gactl") << QStringLiteral(GA_GACTL_PATH);
    QTest::newRow("ga-console") << QStringLiteral("ga-console") << QStringLiteral(GA_CONSOLE_PATH);
    QTest::newRow("ga-emulator") << QStringLiteral("ga-emulator")
                                 << QStringLiteral(GA_EMULATOR_PATH);
}

void TestManPages::everyOptionOfHelpIsOnThePage()
{
    QFETCH(QString, program);
    QFETCH(QString, path);
    const QString help = helpOf(path);
    const QStringList options = optionsIn(help);
    QVERIFY2(options.size() >= 5, qPrintable(program + QStringLiteral(" --help: ") + help));
    const QString page = pageText(program);
    QVERIFY2(page.contains(QStringLiteral(".SH OPTIONS")), qPrintable(program));
    QStringList missing;
    for (const QString &option : options) {
        if (!hasWord(page, option))
            missing.append(option);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("docs/man/%1.1 lacks %2, which %1 --help prints")
                            .arg(program, missing.join(QStringLiteral(", ")))));
    // --version is documented and works without a display.
    QVERIFY(hasWord(page, QStringLiteral("--version")));
    QProcess version;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    version.setProcessEnvironment(environment);
    version.start(path, { QStringLiteral("--version") });
    QVERIFY(version.waitForFinished(30'000));
    QCOMPARE(version.exitCode(), 0);
    const QString printed = QString::fromLocal8Bit(version.readAllStandardOutput());
    QVERIFY2(printed.startsWith(program + QStringLiteral(" " GA_PROJECT_VERSION)),
             qPrintable(printed));
}

void TestManPages::everyGactlCommandIsOnThePageAndCompleted()
{
    const QString help = helpOf(QStringLiteral(GA_GACTL_PATH));
    const QStringList commands = gactlCommands(help);
    QVERIFY2(commands.contains(QStringLiteral("inventory")), qPrintable(help));
    const QString page = pageText(QStringLiteral("gactl"));
    const QString completion
        = readFile(QStringLiteral(GA_SOURCE_DIR "/resources/completion/gactl.bash"));
    QVERIFY(!completion.isEmpty());
    QStringList missing;
    for (const QString &command : commands) {
        if (!page.contains(QStringLiteral("\n") + command + u' ')
            && !page.contains(QStringLiteral("\n") + command + u'\n'))
            missing.append(QStringLiteral("gactl.1: ") + command);
        if (!hasWord(completion, command))
            missing.append(QStringLiteral("gactl.bash: ") + command);
    }
    for (const QString &option : optionsIn(help)) {
        if (!hasWord(completion, option))
            missing.append(QStringLiteral("gactl.bash: ") + option);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
}

void TestManPages::completionOffersCommandsValuesAndProfiles()
{
    const QString bashCompletion = QStringLiteral("/usr/share/bash-completion/bash_completion");
    if (!QFile::exists(bashCompletion))
        QSKIP("bash-completion is not installed (scripts/install-deps.sh installs it)");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString config = home.filePath(QStringLiteral(".config"));
    {
        QSettings settings(config + QStringLiteral("/ga-console/profiles.conf"),
                           QSettings::IniFormat);
        ProfileStore store(&settings);
        for (const char *name : { "prod-cn", "staging.2" }) {
            Profile profile;
            profile.name = QLatin1String(name);
            profile.accessKeyId = QStringLiteral("LTAI5tCompletionTest01");
            QCOMPARE(store.save(profile), QString());
        }
    }

    // Completes the words of `line` (the cursor at its end) and prints COMPREPLY, one a line.
    const auto complete = [&](const QString &line) {
        // The line as typed, the built gactl as its first word, as bash hands it over.
        const QString script = QStringLiteral(
            "source \"$COMPLETION\"; source \"$GACTL_COMPLETION\"\n"
            "LINE=\"$GACTL${LINE#gactl}\"\n"
            "read -ra COMP_WORDS <<< \"$LINE\"; [[ $LINE == *' ' ]] && COMP_WORDS+=('')\n"
            "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE=$LINE; COMP_POINT=${#LINE}\n"
            "_gactl \"$GACTL\" \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
            "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
        QProcess bash;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        environment.insert(QStringLiteral("LINE"), line);
        environment.insert(QStringLiteral("COMPLETION"), bashCompletion);
        environment.insert(QStringLiteral("GACTL_COMPLETION"),
                           QStringLiteral(GA_SOURCE_DIR "/resources/completion/gactl.bash"));
        environment.insert(QStringLiteral("GACTL"), QStringLiteral(GA_GACTL_PATH));
        bash.setProcessEnvironment(environment);
        bash.start(QStringLiteral("bash"), { QStringLiteral("-c"), script });
        bash.waitForFinished(30'000);
        QStringList words
            = QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        words.sort();
        return words;
    };

    QVERIFY(complete(QStringLiteral("gactl ")).contains(QStringLiteral("inventory")));
    QCOMPARE(complete(QStringLiteral("gactl inv")), QStringList { QStringLiteral("inventory") });
    QCOMPARE(complete(QStringLiteral("gactl --output ")),
             (QStringList { QStringLiteral("json"), QStringLiteral("table") }));
    QCOMPARE(complete(QStringLiteral("gactl --profile ")),
             (QStringList { QStringLiteral("prod-cn"), QStringLiteral("staging.2") }));
    QCOMPARE(complete(QStringLiteral("gactl profile remove st")),
             QStringList { QStringLiteral("staging.2") });
    QCOMPARE(complete(QStringLiteral("gactl --profile prod-cn expiring --d")),
             QStringList { QStringLiteral("--days") });
    QVERIFY(complete(QStringLiteral("gactl dissociate --")).contains(QStringLiteral("--wait")));
    QVERIFY(complete(QStringLiteral("gactl accelerators --state fin"))
                .contains(QStringLiteral("finacialLocked")));
}

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
