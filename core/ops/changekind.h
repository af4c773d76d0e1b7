#pragma once

#include "api/result.h"
#include "operationrecord.h"

#include <QHash>
#include <QJsonArray>

namespace ga {

class GaApi;
struct ListenerCertificate;
template<typename T> class Job;
struct MutationAccepted;

// When a watched listener is done with a change: what must be gone from its additional
// certificates, and what must be listed, with which certificate ID. The watcher checks
// this against ListListenerCertificates once the listener reads "active" again, so a poll
// that still reads "active" before GA switched to "updating" cannot end a wait early.
struct CertificateExpectation
{
    QStringList absent; // domains
    QHash<QString, QString> present; // domain -> certificate ID

    bool isEmpty() const { return absent.isEmpty() && present.isEmpty(); }
    bool isMetBy(const QList<ListenerCertificate> &additional) const;
};

// Everything that differs between the kinds of change, in one place (docs/ga-api.md
// §2.6-2.8): the words the journal uses, the checks before anything is journaled, the
// request, the "done" test, and the change that undoes one.
namespace changekind {

// The items as gactl prints them, under GA's names: Domain, CertificateId and
// PreviousCertificateId where known.
QJsonArray itemsJson(const QList<ChangeItem> &items);

// "dissociate", "associate", "update": the journal's and gactl's spelling.
QString name(ChangeKind kind);
std::optional<ChangeKind> fromName(const QString &name);

// Checks the record's IDs, ClientToken and items as this kind needs them and returns the
// record normalised (domains in ASCII), or what is wrong. Nothing is journaled or sent
// before this passes.
Result<OperationRecord> validated(const OperationRecord &record);

// Sends the change; the job finishes with GA's answer.
Job<MutationAccepted> *send(GaApi &api, const OperationRecord &record);

CertificateExpectation doneWhen(const OperationRecord &record);

// The change that puts back what `done` changed: a dissociation is undone by associating the
// same domains with the certificate IDs recorded at its intent, an association by
// dissociating them, an update by updating back. Fails for a change that is not done, or a
// dissociation journaled without certificate IDs (before they were recorded).
Result<OperationRecord> undoOf(const OperationRecord &done);

} // namespace changekind
} // namespace ga
