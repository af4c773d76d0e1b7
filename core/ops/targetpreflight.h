#pragma once

#include <QString>

namespace ga {

struct Accelerator;
struct Listener;

// The reasons GA will refuse any certificate change on a listener whatever is waited for,
// said before anything is sent, for the window (a disabled action's tooltip) and for gactl
// (exit 2) alike (docs/ga-api.md §3.4). A state that passes (configuring, updating, binding:
// another change holds the lock) is not a refusal: the change waits its turn in the queue.
namespace preflight {

// The listener's accelerator: locked for an overdue payment (finacialLocked), being deleted,
// past its expiry, or managed by another service. Empty when nothing stands in the way.
QString whyAcceleratorRefuses(const Accelerator &accelerator);
// The listener itself: not HTTPS, being deleted, or managed by another service.
QString whyListenerRefuses(const Listener &listener);
// Both, the accelerator first; `accelerator` may be null when it is not known.
QString whyTargetRefuses(const Accelerator *accelerator, const Listener &listener);

} // namespace preflight
} // namespace ga
