// Every string the sources mark for translation has a finished zh_CN translation, and the
// English file has every plural form. lupdate reads the sources as they are now into a copy
// of the committed .ts files; whatever it adds or leaves unfinished fails the test by name.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool finished = false;
    int forms = 0; // numerus forms filled in
    bool numerus = false;
    QStringList translations;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = {};
            current.context = context;
            current.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            current.finished = type.isEmpty();
            if (!current.numerus) {
                current.translations << xml.readElementText();
            } else {
                while (xml.readNextStartElement()) // one <numerusform> per plural form
                    current.translations << xml.readElementText();
            }
            for (const QString &text : std::as_const(current.translations))
                current.forms += text.isEmpty() ? 0 : 1;
            messages.append(current);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString describe(const QList<Message> &messages)
{
    QStringList lines;
    for (const Message &m : messages)
        lines << m.context + QStringLiteral(": \"") + m.source + u'"';
    return lines.join(u'\n');
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySourceStringHasAFinishedChineseTranslation();
    void englishHasEveryPluralForm();
    void placeholdersSurviveTranslation();

private:
    // Runs lupdate over the sources into a copy of `tsName`; returns the updated copy's path.
    QString updatedCopy(const QString &tsName, const QStringList &extraOptions = {});
    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestTranslations::updatedCopy(const QString &tsName, const QStringList &extraOptions)
{
    const QString committed = QStringLiteral(GA_SOURCE_DIR "/resources/translations/") + tsName;
    const QString copy = m_dir.filePath(tsName);
    QFile::remove(copy);
    if (!QFile::copy(committed, copy))
        qFatal("cannot copy %s", qPrintable(committed));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList arguments { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                            QStringLiteral("none"), QStringLiteral("-silent") };
    arguments << extraOptions;
    for (const char *folder : { "core", "models", "ui", "app" })
        arguments << QStringLiteral(GA_SOURCE_DIR "/") + QLatin1String(folder);
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE_PATH), arguments);
    if (!lupdate.waitForFinished(90'000) || lupdate.exitCode() != 0)
        qFatal("lupdate failed: %s", lupdate.readAllStandardError().constData());
    return copy;
}

void TestTranslations::everySourceStringHasAFinishedChineseTranslation()
{
    const QList<Message> messages = readTs(updatedCopy(QStringLiteral("ga-console_zh_CN.ts")));
    QVERIFY(messages.size() > 150);
    QList<Message> missing;
    for (const Message &m : messages) {
        if (!m.finished || m.forms == 0)
            missing.append(m);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) without a finished zh_CN translation "
                                       "(cmake --build build --target update_translations, then "
                                       "translate them in resources/translations):\n")
                            .arg(missing.size())
                        + describe(missing)));
}

void TestTranslations::englishHasEveryPluralForm()
{
    const QList<Message> messages = readTs(
        updatedCopy(QStringLiteral("ga-console_en.ts"), { QStringLiteral("-pluralonly") }));
    QVERIFY(!messages.isEmpty());
    QList<Message> missing;
    for (const Message &m : messages) {
        if (!m.numerus || !m.finished || m.forms != 2)
            missing.append(m);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(describe(missing)));
}

void TestTranslations::placeholdersSurviveTranslation()
{
    // A translation that drops %1 or %n shows a value nowhere, or the wrong one.
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    const auto placeholders = [](const QString &text) {
        QStringList found;
        auto it = placeholder.globalMatch(text);
        while (it.hasNext())
            found << it.next().captured(0);
        found.sort();
        found.removeDuplicates();
        return found;
    };
    QStringList broken;
    for (const QString &ts :
         { QStringLiteral("ga-console_zh_CN.ts"), QStringLiteral("ga-console_en.ts") }) {
        const QList<Message> messages
            = readTs(QStringLiteral(GA_SOURCE_DIR "/resources/translations/") + ts);
        for (const Message &m : messages) {
            for (const QString &text : m.translations) {
                if (!text.isEmpty() && placeholders(text) != placeholders(m.source))
                    broken << ts + QStringLiteral(": ") + m.source + QStringLiteral(" -> ") + text;
            }
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
}

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
