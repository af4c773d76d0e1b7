#pragma once

#include <QString>

namespace ga {

class ConsoleController;
class GaApi;

// The reasons a certificate change cannot be made from the window, said before anything is
// sent, in one place for every action that changes certificates (Dissociate, Add
// certificates, Undo). Each returns the reason in the UI language, or empty when nothing
// stands in the way. What GA itself will refuse, for the window and gactl alike, is in
// core/ops/targetpreflight.h.
namespace preflight {

// A read-only profile changes nothing; without an account nothing can be sent.
QString whyNoChange(const QString &profile, bool readOnly, const GaApi *api);
// whyNoChange(), then `noListener` when no listener is selected, then what GA would refuse on
// the selected listener (core/ops/targetpreflight.h): what every action on the domain list
// checks first.
QString whyNoChangeOnSelectedListener(const QString &profile, bool readOnly,
                                      const ConsoleController &controller,
                                      const QString &noListener);

} // namespace preflight
} // namespace ga
