#include "changekind.h"

#include "api/gaapi.h"
#include "api/inputvalidation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::ops)
};

} // namespace

bool CertificateExpectation::isMetBy(const QList<ListenerCertificate> &additional) const
{
    QHash<QString, const ListenerCertificate *> byDomain;
    for (const ListenerCertificate &certificate : additional)
        byDomain.insert(certificate.domain, &certificate);
    for (const QString &domain : absent) {
        if (byDomain.contains(domain))
            return false;
    }
    for (auto it = present.cbegin(); it != present.cend(); ++it) {
        const ListenerCertificate *listed = byDomain.value(it.key());
        // An Update reports its progress in the certificate's own State (docs/ga-api.md §2.8).
        if (!listed || listed->certificateId != it.value()
            || (!listed->state.isEmpty() && !isActiveState(listed->state)))
            return false;
    }
    return true;
}

namespace changekind {

QJsonArray itemsJson(const QList<ChangeItem> &items)
{
    QJsonArray array;
    for (const ChangeItem &item : items) {
        QJsonObject entry { { QStringLiteral("Domain"), item.domain } };
        if (!item.certificateId.isEmpty())
            entry.insert(QStringLiteral("CertificateId"), item.certificateId);
        if (!item.previousCertificateId.isEmpty())
            entry.insert(QStringLiteral("PreviousCertificateId"), item.previousCertificateId);
        array.append(entry);
    }
    return array;
}

QString name(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Dissociate:
        return QStringLiteral("dissociate");
    case ChangeKind::Associate:
        return QStringLiteral("associate");
    case ChangeKind::Update:
        return QStringLiteral("update");
    }
    return {};
}

std::optional<ChangeKind> fromName(const QString &name)
{
    for (ChangeKind kind : { ChangeKind::Dissociate, ChangeKind::Associate, ChangeKind::Update }) {
        if (changekind::name(kind) == name)
            return kind;
    }
    return std::nullopt;
}

Result<OperationRecord> validated(const OperationRecord &record)
{
    const Result<QString> accelerator
        = validate::resourceId(record.acceleratorId, validate::acceleratorIdLabel());
    if (!accelerator.ok())
        return accelerator.error();
    const Result<QString> listener
        = validate::resourceId(record.listenerId, validate::listenerIdLabel());
    if (!listener.ok())
        return listener.error();
    const Result<QString> token = validate::clientToken(record.operationId);
    if (!token.ok())
        return token.error();
    const Result<QStringList> domains = validate::domains(record.domains());
    if (!domains.ok())
        return domains.error();
    if (record.kind == ChangeKind::Update && record.items.size() != 1)
        return ApiError::invalidInput(
            Text::tr("An update replaces the certificate of exactly one domain."));
    OperationRecord normalised = record;
    normalised.acceleratorId = accelerator.value();
    normalised.listenerId = listener.value();
    for (qsizetype i = 0; i < normalised.items.size(); ++i) {
        ChangeItem &item = normalised.items[i];
        item.domain = domains.value().at(i);
        // A dissociation names domains only; the certificate it removes is recorded when known.
        if (record.kind == ChangeKind::Dissociate && item.certificateId.isEmpty())
            continue;
        const Result<QString> certificate = validate::certificateId(item.certificateId);
        if (!certificate.ok())
            return ApiError::invalidInput(
                QStringLiteral("%1: %2").arg(item.domain, certificate.error().message));
        item.certificateId = certificate.value();
    }
    return normalised;
}

Job<MutationAccepted> *send(GaApi &api, const OperationRecord &record)
{
    switch (record.kind) {
    case ChangeKind::Associate: {
        QList<QPair<QString, QString>> certificates;
        for (const ChangeItem &item : record.items)
            certificates.append({ item.domain, item.certificateId });
        return api.associateAdditionalCertificates(record.acceleratorId, record.listenerId,
                                                   certificates, record.operationId);
    }
    case ChangeKind::Update: {
        const ChangeItem item = record.items.value(0);
        return api.updateAdditionalCertificate(record.acceleratorId, record.listenerId, item.domain,
                                               item.certificateId, record.operationId);
    }
    case ChangeKind::Dissociate:
        break;
    }
    return api.dissociateAdditionalCertificates(record.acceleratorId, record.listenerId,
                                                record.domains(), record.operationId);
}

CertificateExpectation doneWhen(const OperationRecord &record)
{
    CertificateExpectation expectation;
    for (const ChangeItem &item : record.items) {
        if (record.kind == ChangeKind::Dissociate)
            expectation.absent.append(item.domain);
        else
            expectation.present.insert(item.domain, item.certificateId);
    }
    return expectation;
}

Result<OperationRecord> undoOf(const OperationRecord &done)
{
    if (done.status != OperationRecord::Status::Done)
        return ApiError::invalidInput(
            Text::tr("Operation %1 is not done, so there is nothing to undo yet.")
                .arg(done.operationId));
    OperationRecord undo;
    undo.operationId = validate::newClientToken();
    undo.profile = done.profile;
    undo.endpoint = done.endpoint;
    undo.acceleratorId = done.acceleratorId;
    undo.listenerId = done.listenerId;
    undo.undoes = done.operationId;
    switch (done.kind) {
    case ChangeKind::Dissociate:
        undo.kind = ChangeKind::Associate;
        for (const ChangeItem &item : done.items) {
            if (item.certificateId.isEmpty())
                return ApiError::invalidInput(
                    Text::tr("Operation %1 did not record which certificate %2 had, so it "
                             "cannot be undone; associate it again with gactl associate.")
                        .arg(done.operationId, item.domain));
            undo.items.append({ item.domain, item.certificateId, {} });
        }
        break;
    case ChangeKind::Associate:
        undo.kind = ChangeKind::Dissociate;
        for (const ChangeItem &item : done.items)
            undo.items.append({ item.domain, item.certificateId, {} });
        break;
    case ChangeKind::Update:
        undo.kind = ChangeKind::Update;
        for (const ChangeItem &item : done.items) {
            if (item.previousCertificateId.isEmpty())
                return ApiError::invalidInput(
                    Text::tr("Operation %1 did not record the certificate %2 had before, so it "
                             "cannot be undone.")
                        .arg(done.operationId, item.domain));
            undo.items.append({ item.domain, item.previousCertificateId, item.certificateId });
        }
        break;
    }
    return undo;
}

} // namespace changekind
} // namespace ga
