#pragma once

#include "certificateplan.h"

#include <QObject>
#include <QPointer>

namespace ga {

class ChangeOperation;
class OperationCenter;

// One plan while it runs, for its progress view and for gactl --wait: the run of each of its
// requests now (a request sent again has a new run, found by its operation ID), counts, and
// whether the whole plan has ended. It owns no operation: the OperationCenter does, so a
// closed progress view stops nothing.
class PlanRun final : public QObject
{
    Q_OBJECT

public:
    struct Counts
    {
        int waiting = 0; // queued behind another request on its accelerator, or not started
        int running = 0; // sending (or waiting to send again) or watching
        int done = 0;
        int failed = 0; // failed, timed out or unconfirmed: each can be sent again
    };

    PlanRun(OperationCenter *center, CertificatePlan plan, QObject *parent = nullptr);

    const CertificatePlan &plan() const { return m_plan; }
    OperationCenter *center() const { return m_center; }
    // The latest run of the request `operationId` in this session; null when it has none.
    ChangeOperation *operationFor(const QString &operationId) const;
    Counts counts() const;
    bool isFinished() const; // every request has ended, one way or another
    bool isDone() const; // every request is done
    // Sends one failed (or unconfirmed, timed-out) request again with its own ClientToken;
    // null when it is not finished or already done.
    ChangeOperation *sendAgain(const QString &operationId);

signals:
    void requestChanged(const QString &operationId);
    // Once, when the last request ends (again, after a send-again).
    void finished();

private:
    void onChanged(ChangeOperation *operation);

    OperationCenter *m_center;
    CertificatePlan m_plan;
    bool m_finishedSignalled = false;
};

} // namespace ga
