#pragma once

#include "api/result.h"
#include "certificateplan.h"

namespace ga {

class ChangeOperation;
class GaApi;
class OperationCenter;

// Starting and undoing a plan through the one OperationCenter (docs/architecture.md, Plans).
namespace plans {

// Starts every request of `plan` for `profile`: each is checked as its kind needs, each
// request's lease is taken, then all the intents are journaled in one write, and only then is
// any request queued (one queue per accelerator, the accelerators side by side). Fails before
// anything is journaled or sent when a request is bad, a lease is held by another process, or
// the journal cannot be written. The plan's requests come back normalised.
Result<QList<ChangeOperation *>> launch(OperationCenter &center, GaApi *api, const QString &profile,
                                        CertificatePlan &plan);

// The journaled requests of plan `planId`, in journal order; empty when there is no such plan.
QList<OperationRecord> journaledRequests(const OperationCenter &center, const QString &planId,
                                         QString *error = nullptr);

// The plan that puts back what the finished plan `planId` changed: each done request undone
// (a dissociation re-associated with the certificates it removed, an update updated back),
// failed requests left out (they changed nothing). Fails, with the reason, while a request
// still runs or is unfinished in the journal, when the plan was undone already, or when it was
// sent to another endpoint than `endpoint`.
Result<CertificatePlan> undoPlan(const OperationCenter &center, const QString &planId,
                                 const QString &endpoint);

} // namespace plans
} // namespace ga
