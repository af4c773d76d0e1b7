#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace ga::i18n {
namespace {

QString g_current = QStringLiteral("en");
QPointer<QTranslator> g_program;
QPointer<QTranslator> g_qt;

void remove(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"--")
            break;
        if (argument == u"--lang")
            return arguments.value(i + 1);
        if (argument.startsWith(QStringLiteral("--lang=")))
            return argument.mid(7);
    }
    return {};
}

QStringList languages()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

QString fromLocale(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    // Traditional-script regions read English before a Simplified text they did not ask for.
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript
        || (locale.script() == QLocale::AnyScript
            && (locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
                || locale.territory() == QLocale::Macao));
    return traditional ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

QString resolve(const QString &requested, QString *error)
{
    QString name = requested.trimmed();
    name.replace(u'-', u'_');
    const QString lower = name.toLower();
    if (lower == u"en" || lower.startsWith(QStringLiteral("en_")) || lower == u"c"
        || lower == u"posix")
        return QStringLiteral("en");
    if (lower == u"zh" || lower == u"zh_cn" || lower == u"zh_hans" || lower == u"zh_sg"
        || lower == u"zh_hans_cn")
        return QStringLiteral("zh_CN");
    if (error) {
        *error = QCoreApplication::translate(
                     "ga::i18n", "No translation for \"%1\". Use --lang with one of: %2.")
                     .arg(requested, languages().join(QStringLiteral(", ")));
    }
    return {};
}

bool install(const QString &language)
{
    remove(g_program);
    remove(g_qt);
    g_current = language;
    auto *program = new QTranslator(QCoreApplication::instance());
    // English has a file too: it holds the plural forms ("1 domain", "2 domains").
    const bool loaded = program->load(QStringLiteral(":/i18n/ga-console_%1.qm").arg(language));
    if (loaded) {
        QCoreApplication::installTranslator(program);
        g_program = program;
    } else {
        delete program;
    }
    if (language != u"en") {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            g_qt = qt;
        } else {
            delete qt;
        }
    }
    return loaded;
}

QString current()
{
    return g_current;
}

} // namespace ga::i18n
