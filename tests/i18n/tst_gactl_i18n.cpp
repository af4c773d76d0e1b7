// gactl in Simplified Chinese, chosen by --lang zh_CN or by the locale (LANG=zh_CN.UTF-8):
// --help, a refused input and a missing credential come out in Chinese with no English
// sentence left over, and the refused input still exits 2 without sending anything. With
// --lang en the same runs print the English text, whatever the locale says.
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// How a row picks the language: by option or by the environment.
enum class Choice { Option, Locale, English };

} // namespace

Q_DECLARE_METATYPE(Choice)

class TestGactlI18n : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpIsChinese_data();
    void helpIsChinese();
    void badInputIsChineseAndSendsNothing_data();
    void badInputIsChineseAndSendsNothing();
    void missingCredentialsAreChinese_data();
    void missingCredentialsAreChinese();
    void englishWithLangEn();

private:
    static void addChoices();
    QProcessEnvironment environment(Choice choice, bool withCredentials) const;
    static QStringList arguments(Choice choice, const QStringList &args);
    Run run(Choice choice, const QStringList &args, bool withCredentials = false);
    // English prose that slipped through: three words of lower-case letters in a row, not
    // part of an option, a path or a gactl command line.
    static QString englishSentence(const QString &text);

    std::unique_ptr<QTemporaryDir> m_home;
    QTcpServer m_server; // the endpoint: nothing may connect to it
    int m_connections = 0;
};

void TestGactlI18n::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    if (!m_server.isListening()) {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->close();
                socket->deleteLater();
            }
        });
    }
    m_connections = 0;
}

void TestGactlI18n::addChoices()
{
    QTest::addColumn<Choice>("choice");
    QTest::newRow("--lang zh_CN") << Choice::Option;
    QTest::newRow("LANG=zh_CN.UTF-8") << Choice::Locale;
}

QProcessEnvironment TestGactlI18n::environment(Choice choice, bool withCredentials) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // LANGUAGE, LC_ALL and LC_MESSAGES would outrank LANG; only LANG speaks here. The debug
    // log (English, for developers) stays off, so stderr holds only what gactl says.
    for (const char *name :
         { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "QT_LOGGING_RULES", "ALIBABA_CLOUD_ACCESS_KEY_ID",
           "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN",
           "ALIBABA_CLOUD_ENDPOINT_GA", "HTTPS_PROXY", "https_proxy" }) {
        env.remove(QLatin1String(name));
    }
    // With --lang the locale says the other language, so only the option can be obeyed.
    env.insert(QStringLiteral("LANG"),
               choice == Choice::Option ? QStringLiteral("en_US.UTF-8")
                                        : QStringLiteral("zh_CN.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    if (withCredentials) {
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAI-i18n-test"));
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                   QStringLiteral("not-a-secret"));
    }
    return env;
}

QStringList TestGactlI18n::arguments(Choice choice, const QStringList &args)
{
    if (choice == Choice::Option)
        return QStringList { QStringLiteral("--lang"), QStringLiteral("zh_CN") } + args;
    if (choice == Choice::English)
        return QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args;
    return args;
}

Run TestGactlI18n::run(Choice choice, const QStringList &args, bool withCredentials)
{
    QProcess process;
    process.setProcessEnvironment(environment(choice, withCredentials));
    process.start(QStringLiteral(GACTL_PATH), arguments(choice, args));
    process.closeWriteChannel();
    Run result;
    if (!process.waitForStarted(10'000))
        return result;
    // The event loop runs meanwhile, so the endpoint would notice a connection.
    QDeadlineTimer deadline(30'000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestGactlI18n::englishSentence(const QString &text)
{
    static const QRegularExpression prose(
        QStringLiteral("(?<![-\\w./|])(?!gactl )[A-Za-z][a-z]+ [a-z]{2,} [a-z]{2,}(?![-\\w./|])"));
    const QRegularExpressionMatch match = prose.match(text);
    return match.hasMatch() ? match.captured() : QString();
}

void TestGactlI18n::helpIsChinese_data()
{
    addChoices();
}

void TestGactlI18n::helpIsChinese()
{
    QFETCH(Choice, choice);
    const Run r = run(choice, { QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    for (const char *expected : { "用法：gactl [--profile NAME]", "命令：", "凭据：", "代理：",
                                  "高级：", "退出码：", "不回显的提示", "系统钥匙串" }) {
        QVERIFY2(r.out.contains(QString::fromUtf8(expected)), expected);
    }
    // The commands and options stay as they are typed.
    QVERIFY(r.out.contains(QStringLiteral("dissociate ACCELERATOR_ID LISTENER_ID DOMAIN...")));
    QVERIFY(r.out.contains(QStringLiteral("--lang en|zh_CN")));
    for (const char *english :
         { "Usage:", "Commands:", "Credentials:", "Proxy:", "Advanced:", "Exit codes:" })
        QVERIFY2(!r.out.contains(QLatin1String(english)), english);
    QVERIFY2(englishSentence(r.out).isEmpty(), qPrintable(englishSentence(r.out)));
}

void TestGactlI18n::badInputIsChineseAndSendsNothing_data()
{
    addChoices();
}

void TestGactlI18n::badInputIsChineseAndSendsNothing()
{
    QFETCH(Choice, choice);
    QStringList args { QStringLiteral("--endpoint"),
                       QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()),
                       QStringLiteral("--yes"),
                       QStringLiteral("dissociate"),
                       QStringLiteral("ga-i18ntest"),
                       QStringLiteral("lsr-i18ntest") };
    for (int i = 1; i <= 11; ++i)
        args << QStringLiteral("d%1.example.com").arg(i);
    const Run r = run(choice, args, true);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QString::fromUtf8(
                 "指定了 11 个域名，但全球加速每次请求最多接受 10 个：请拆分为多个操作。")),
             qPrintable(r.err));
    QVERIFY2(englishSentence(r.err).isEmpty(), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // Nothing sent, nothing journaled.
    QTest::qWait(50);
    QCOMPARE(m_connections, 0);
    QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("data/ga-console/operations.jsonl"))));

    // A bad domain is refused in Chinese too.
    args = args.mid(0, 6) << QStringLiteral("not a domain");
    const Run bad = run(choice, args, true);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QString::fromUtf8("“not a domain”不是有效的域名。")),
             qPrintable(bad.err));
    QCOMPARE(m_connections, 0);
}

void TestGactlI18n::missingCredentialsAreChinese_data()
{
    addChoices();
}

void TestGactlI18n::missingCredentialsAreChinese()
{
    QFETCH(Choice, choice);
    const Run r = run(choice, { QStringLiteral("accelerators") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QString::fromUtf8("gactl: 没有凭据：未选择配置档案")),
             qPrintable(r.err));
    QVERIFY2(englishSentence(r.err).isEmpty(), qPrintable(r.err));

    const Run option = run(
        choice,
        { QStringLiteral("--output"), QStringLiteral("yaml"), QStringLiteral("accelerators") });
    QCOMPARE(option.exitCode, 2);
    QVERIFY2(option.err.startsWith(
                 QString::fromUtf8("gactl: --output 只接受 json 或 table，而不是“yaml”。")),
             qPrintable(option.err));
}

void TestGactlI18n::englishWithLangEn()
{
    // The locale says Chinese; --lang en wins.
    const Run help = run(Choice::English, { QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith(QStringLiteral("Usage: gactl [--profile NAME]")));
    QVERIFY(help.out.contains(QStringLiteral("\nCommands:\n")));
    QVERIFY(
        help.out.contains(QStringLiteral("(the secret is read from stdin or a no-echo prompt)")));
    QVERIFY(help.out.contains(QStringLiteral("\nExit codes: 0 done, 2 usage or bad input")));
    // The check for English prose does find it.
    QVERIFY(!englishSentence(help.out).isEmpty());

    QStringList args { QStringLiteral("--endpoint"),
                       QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()),
                       QStringLiteral("--yes"),
                       QStringLiteral("dissociate"),
                       QStringLiteral("ga-i18ntest"),
                       QStringLiteral("lsr-i18ntest") };
    for (int i = 1; i <= 11; ++i)
        args << QStringLiteral("d%1.example.com").arg(i);
    const Run bad = run(Choice::English, args, true);
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.err,
             QStringLiteral("gactl: 11 domains given, but GA takes at most 10 per request: split "
                            "them into several operations.\n"));
    QCOMPARE(m_connections, 0);

    const Run none = run(Choice::English, { QStringLiteral("accelerators") });
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.startsWith(QStringLiteral("gactl: No credentials: no profile was chosen")));
}

QTEST_GUILESS_MAIN(TestGactlI18n)
#include "tst_gactl_i18n.moc"
