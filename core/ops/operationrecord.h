#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ga {

// One user intent (a dissociation) as the journal knows it, folded from its events.
struct OperationRecord
{
    enum class Status {
        Pending, // intent written; unknown whether the request reached GA
        Sent, // GA accepted it (RequestId known); not yet seen done
        Done,
        Failed,
    };

    QString operationId; // the ClientToken: one per intent, reused on every retry and resume
    QString profile;
    QString endpoint;
    QString acceleratorId;
    QString listenerId;
    QStringList domains;
    QString requestId;
    QString lastState;
    Status status = Status::Pending;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString errorCode;
    QString errorMessage;
    bool resumed = false;

    bool isFinished() const { return status == Status::Done || status == Status::Failed; }
    QString clientToken() const { return operationId; }
};

QString statusName(OperationRecord::Status status);

} // namespace ga
