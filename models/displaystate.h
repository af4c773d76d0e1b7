#pragma once

#include <QString>
#include <QStringList>

namespace ga {

// The tone a badge gives a state; never colour alone: the text is the state.
enum class StateTone { Good, Busy, Warning, Bad, Unknown };

// The console's own words for an operation, beside GA's states (docs/ga-api.md §3). A word
// is the raw state a model's StateRole carries and an export writes: never translated.
enum class DisplayState {
    Queued,
    Submitted,
    Waiting,
    Accepted, // GA accepted it and nobody watches it
    Done,
    Failed,
    TimedOut,
    Unconfirmed,
    Unfinished, // known only from the journal, not finished
    Dissociating, // a domain of a change that runs
    RunningElsewhere, // unfinished, and another process holds its lease
    // How long a certificate has left (models/certificatedisplay.h)
    CertificateExpired,
    CertificateExpiresVerySoon, // under the critical threshold (7 days by default)
    CertificateExpiresSoon, // under the warning threshold (30 days by default)
    CertificateValid,
    CertificateUnknown, // not in CAS, unknown store, or CAS not asked yet
};

// One table (models/displaystate.cpp) holds every state a badge can show, GA's and the
// console's, with its word, its words in the UI language and its tone.
QString stateWord(DisplayState state);
// GA's "active" and "done" are good; "finacialLocked" (the API's spelling), "deleting",
// "failed" and "timed out" bad; no state and "unconfirmed"/"unfinished" unknown; every
// other spelling, known or not, busy.
StateTone toneOf(const QString &state);

namespace display {
// A state for people, in the UI language: what it means ("Locked: overdue payment" for GA's
// "finacialLocked"). Unknown states are shown as they are.
QString stateText(const QString &state);
// The raw state for a badge's tooltip and accessible description, e.g. "State as GA reports
// it: finacialLocked": what to search the API's documentation for.
QString rawState(const QString &state);
// Every state of GA's enumerations (docs/ga-api.md §3) as the API spells it, for the tests.
QStringList apiStates();
} // namespace display

} // namespace ga
