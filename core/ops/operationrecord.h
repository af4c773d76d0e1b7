#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ga {

// What a certificate change does to a listener's additional certificates. Each kind states
// its request and its "done" test in one place, core/ops/changekind.cpp; everything else
// (journal, queue, operation, watcher) handles a change as data.
enum class ChangeKind {
    Dissociate, // DissociateAdditionalCertificatesFromListener
    Associate, // AssociateAdditionalCertificatesWithListener
    Update, // UpdateAdditionalCertificateWithListener
};

// One domain of a change. The certificate ID is what it serves after the change (Associate,
// Update) or served before it (Dissociate, recorded at intent time so an undo can put it
// back); previousCertificateId is what an Update replaces.
struct ChangeItem
{
    QString domain;
    QString certificateId;
    QString previousCertificateId;
    friend bool operator==(const ChangeItem &, const ChangeItem &) = default;
};

// One user intent (a certificate change) as the journal knows it, folded from its events.
struct OperationRecord
{
    enum class Status {
        Pending, // intent written; unknown whether the request reached GA (unfinished)
        Accepted, // GA accepted it (RequestId known); not yet seen done (unfinished)
        Done,
        Failed,
    };

    QString operationId; // the ClientToken: one per intent, reused on every retry and resume
    ChangeKind kind = ChangeKind::Dissociate;
    QString profile;
    QString endpoint;
    QString acceleratorId;
    QString listenerId;
    QList<ChangeItem> items;
    QString undoes; // the operation this one undoes, if it is an undo
    // The plan this change is one request of (core/plans): a plan journals every request's
    // intent together before the first is sent. Empty for a change made on its own.
    QString planId;
    QString requestId;
    QString lastState;
    Status status = Status::Pending;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString errorCode;
    QString errorMessage;
    bool resumed = false;

    bool isFinished() const { return status == Status::Done || status == Status::Failed; }
    QStringList domains() const
    {
        QStringList names;
        for (const ChangeItem &item : items)
            names.append(item.domain);
        return names;
    }
};

QString statusName(OperationRecord::Status status);

} // namespace ga
