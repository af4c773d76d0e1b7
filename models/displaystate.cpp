#include "displaystate.h"

#include <QCoreApplication>

namespace ga {
namespace {

struct Entry
{
    const char *word; // the raw state, the key
    StateTone tone;
    const char *text = nullptr; // what it means, when the word itself does not say it
};

// GA's spellings first (docs/ga-api.md §3, including its "finacialLocked"), then the
// console's. QT_TRANSLATE_NOOP lets lupdate see the words while lookups stay keyed by the
// raw state; a GA spelling that is not plain English ("init", "finacialLocked") gets words
// of its own, so English shows what it means as Chinese does.
constexpr Entry table[] = {
    { QT_TRANSLATE_NOOP("ga::State", "active"), StateTone::Good },
    { "init", StateTone::Busy, QT_TRANSLATE_NOOP("ga::State", "initializing") },
    { QT_TRANSLATE_NOOP("ga::State", "creating"), StateTone::Busy },
    { QT_TRANSLATE_NOOP("ga::State", "configuring"), StateTone::Busy },
    { QT_TRANSLATE_NOOP("ga::State", "updating"), StateTone::Busy },
    { QT_TRANSLATE_NOOP("ga::State", "binding"), StateTone::Busy },
    { QT_TRANSLATE_NOOP("ga::State", "unbinding"), StateTone::Busy },
    { QT_TRANSLATE_NOOP("ga::State", "deleting"), StateTone::Bad },
    { "Deleting", StateTone::Bad, "deleting" }, // the 2021 reference's capital
    { "finacialLocked", StateTone::Bad, QT_TRANSLATE_NOOP("ga::State", "Locked: overdue payment") },
    // DisplayState, in its order
    { QT_TRANSLATE_NOOP("ga::State", "queued"), StateTone::Busy },
    { QT_TRANSLATE_NOOP("ga::State", "submitted"), StateTone::Busy },
    { QT_TRANSLATE_NOOP("ga::State", "waiting"), StateTone::Busy },
    { QT_TRANSLATE_NOOP("ga::State", "sent"), StateTone::Busy },
    { QT_TRANSLATE_NOOP("ga::State", "done"), StateTone::Good },
    { QT_TRANSLATE_NOOP("ga::State", "failed"), StateTone::Bad },
    { QT_TRANSLATE_NOOP("ga::State", "timed out"), StateTone::Bad },
    { QT_TRANSLATE_NOOP("ga::State", "unconfirmed"), StateTone::Unknown },
    { QT_TRANSLATE_NOOP("ga::State", "unfinished"), StateTone::Unknown },
    { QT_TRANSLATE_NOOP("ga::State", "dissociating"), StateTone::Busy },
    { QT_TRANSLATE_NOOP("ga::State", "running elsewhere"), StateTone::Busy },
    { QT_TRANSLATE_NOOP("ga::State", "expired"), StateTone::Bad },
    { QT_TRANSLATE_NOOP("ga::State", "expires very soon"), StateTone::Bad },
    { QT_TRANSLATE_NOOP("ga::State", "expires soon"), StateTone::Warning },
    { QT_TRANSLATE_NOOP("ga::State", "valid"), StateTone::Good },
    { QT_TRANSLATE_NOOP("ga::State", "no details"), StateTone::Unknown },
};
constexpr int firstConsoleWord = 10;
static_assert(std::size(table) == firstConsoleWord + int(DisplayState::CertificateUnknown) + 1,
              "one table entry for every DisplayState");

const Entry *find(const QString &state)
{
    for (const Entry &entry : table) {
        if (state == QLatin1StringView(entry.word))
            return &entry;
    }
    return nullptr;
}

} // namespace

QString stateWord(DisplayState state)
{
    return QLatin1StringView(table[firstConsoleWord + int(state)].word);
}

StateTone toneOf(const QString &state)
{
    if (state.isEmpty())
        return StateTone::Unknown;
    const Entry *entry = find(state);
    return entry ? entry->tone : StateTone::Busy;
}

QString display::stateText(const QString &state)
{
    if (state.isEmpty())
        return QCoreApplication::translate("ga::State", "unknown");
    const Entry *entry = find(state);
    if (!entry)
        return state;
    return QCoreApplication::translate("ga::State", entry->text ? entry->text : entry->word);
}

QString display::rawState(const QString &state)
{
    //: Tooltip and accessible description of a state badge: the state as the API spells it.
    return QCoreApplication::translate("ga::State", "State as GA reports it: %1")
        .arg(state.isEmpty() ? QStringLiteral("-") : state);
}

QStringList display::apiStates()
{
    QStringList states;
    for (int i = 0; i < firstConsoleWord; ++i)
        states.append(QLatin1StringView(table[i].word));
    return states;
}

} // namespace ga
