#pragma once

#include <QString>
#include <QStringList>

class QLocale;

// The languages GA Console speaks: English (the source) and Simplified Chinese. Both
// programs pick one at start, from --lang or from the system locale.
namespace ga::i18n {

// The value of --lang NAME or --lang=NAME among a program's arguments; empty without one.
// Read before the options are parsed, so that even --help speaks the chosen language.
QString requestedLanguage(const QStringList &arguments);
// "en" and "zh_CN".
QStringList languages();
// The language for `requested` ("en", "zh", "zh_CN", "zh-Hans", "C"); empty when the program
// does not have it, with `error` saying which ones it has.
QString resolve(const QString &requested, QString *error);
// The system's choice (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, through QLocale::system()):
// Simplified Chinese for zh, zh-CN, zh-SG and zh-Hans, English for everything else.
QString fromLocale(const QLocale &locale);
// Installs the program's translation for `language` and Qt's own (dialog buttons and the
// like, when the system has them), replacing any installed before. Returns false when the
// program's translation could not be loaded.
bool install(const QString &language);
// The language install() last set ("en" before any).
QString current();

} // namespace ga::i18n
