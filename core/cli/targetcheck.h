#pragma once

#include <QString>

#include <functional>

namespace ga {

struct GactlContext;

// Reads the accelerator and the listener a change is for (DescribeAccelerator,
// DescribeListener, both reads) and refuses with exit 2, before anything is journaled or sent,
// when GA would refuse the change anyway (core/ops/targetpreflight.h). Calls `proceed` when
// nothing stands in the way, and also when a read fails: GA then decides, and says why.
void checkTarget(GactlContext &context, const QString &acceleratorId, const QString &listenerId,
                 std::function<void()> proceed);

} // namespace ga
