#pragma once

#include "ops/operationrecord.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ga {

// One certificate job across the account as the requests that do it (docs/architecture.md,
// Plans): a retire removes domains wherever they are, a replace points every domain of one
// certificate at another, an undo puts back what a finished plan changed. Each request is a
// change of its own (one listener, at most ten domains, one ClientToken) and all of them carry
// the plan's ID, so the journal, the queue, the watcher and resume treat them as they treat
// any change. The requests of one accelerator run one after another (GA locks the instance);
// the accelerators run side by side.
struct CertificatePlan
{
    enum class Kind { Retire, Replace, Undo };

    // A listener the plan leaves alone, and why (GA would refuse a change there).
    struct Skipped
    {
        QString acceleratorId;
        QString listenerId;
        QStringList domains;
        QString reason;
    };

    QString planId;
    Kind kind = Kind::Retire;
    QString what; // "shop.example.com, *.old.example.com" or "1234-cn-hangzhou → 5678-cn-hangzhou"
    QString undoes; // the plan an undo plan puts back
    QList<OperationRecord> requests; // accelerator by accelerator, each in sending order
    QList<Skipped> skipped;
    // Names for the preview, by ID; may be empty.
    QHash<QString, QString> acceleratorNames;
    QHash<QString, QString> listenerNames;

    // The accelerators in the order their first request comes.
    QStringList acceleratorIds() const;
    QList<OperationRecord> requestsOn(const QString &acceleratorId) const;
    int domainCount() const;
    int listenerCount() const;
    bool isEmpty() const { return requests.isEmpty(); }
    // The plan as gactl prints it with --output json: what, counts, and every request grouped
    // by accelerator.
    QJsonObject toJson() const;
};

namespace plans {

// "retire", "replace", "undo".
QString kindName(CertificatePlan::Kind kind);
// A new plan ID: "plan-" and a UUID.
QString newPlanId();
// Gives every request the plan's ID, a ClientToken of its own and its place in the order:
// accelerators in the order of their first request, each one's requests in theirs.
void seal(CertificatePlan &plan);

} // namespace plans
} // namespace ga
