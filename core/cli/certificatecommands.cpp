#include "certificatecommands.h"

#include "api/casapi.h"
#include "api/gaclient.h"
#include "certs/certificatecatalog.h"
#include "certs/certificatefacts.h"
#include "gactlcontext.h"
#include "inventory/accountinventory.h"
#include "readcommands.h"
#include "tablewriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

namespace ga::certificatecommands {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::gactl)
};

QString lookupName(CertificateDetails::Status status)
{
    switch (status) {
    case CertificateDetails::Status::Found:
        return QStringLiteral("Found");
    case CertificateDetails::Status::NotInCas:
        return QStringLiteral("NotInCas");
    case CertificateDetails::Status::UnknownSite:
        return QStringLiteral("UnknownSite");
    case CertificateDetails::Status::Unavailable:
        return QStringLiteral("Unavailable");
    case CertificateDetails::Status::NotLookedUp:
        break;
    }
    return QStringLiteral("NotLookedUp");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

// The words of the table cells for one certificate's details.
struct DetailCells
{
    QString name;
    QString expires;
    QString daysLeft;
    QString covers;
};

DetailCells cells(const CertificateDetails &details, const QString &domain, const QDateTime &now)
{
    switch (details.status) {
    case CertificateDetails::Status::Found:
        break;
    case CertificateDetails::Status::NotInCas:
        return { Text::tr("(not in CAS)"), QStringLiteral("-"), QStringLiteral("-"),
                 QStringLiteral("-") };
    case CertificateDetails::Status::UnknownSite:
        return { Text::tr("(unknown store)"), QStringLiteral("-"), QStringLiteral("-"),
                 QStringLiteral("-") };
    case CertificateDetails::Status::Unavailable:
    case CertificateDetails::Status::NotLookedUp:
        return { Text::tr("(CAS unavailable)"), QStringLiteral("-"), QStringLiteral("-"),
                 QStringLiteral("-") };
    }
    const CasCertificate &c = details.certificate;
    return { orDash(c.name),
             c.notAfter.isValid() ? c.notAfter.toUTC().date().toString(Qt::ISODate)
                                  : QStringLiteral("-"),
             c.notAfter.isValid() ? QString::number(certs::daysLeft(c, now)) : QStringLiteral("-"),
             certs::covers(c, domain) ? Text::tr("yes") : Text::tr("NO") };
}

// Finishes with an error when CAS could not be asked about one of `ids` (a monitoring job must
// not read "nothing expires" then, nor a table without details); false when all were answered.
bool failedUnavailable(GactlContext &context, const QStringList &ids)
{
    for (const QString &id : ids) {
        const CertificateDetails details = context.catalog->details(id);
        if (details.status != CertificateDetails::Status::Unavailable)
            continue;
        *context.err
            << "gactl: "
            << Text::tr("Certificate Management could not be asked: %1").arg(details.problem)
            << '\n';
        ApiError error;
        error.kind = details.problemKind;
        context.finish(GactlContext::exitCodeFor(error));
        return true;
    }
    return false;
}

} // namespace

QJsonObject withCasDetails(QJsonObject certificate, const QString &domain,
                           const CertificateDetails &details, const QDateTime &now)
{
    certificate.insert(QStringLiteral("CasLookup"), lookupName(details.status));
    if (details.status == CertificateDetails::Status::Unavailable)
        certificate.insert(QStringLiteral("CasProblem"), details.problem);
    if (details.status != CertificateDetails::Status::Found)
        return certificate;
    const CasCertificate &c = details.certificate;
    certificate.insert(QStringLiteral("CasCertificate"), c.raw);
    if (c.notAfter.isValid())
        certificate.insert(QStringLiteral("DaysToExpiry"), certs::daysLeft(c, now));
    if (!domain.isEmpty())
        certificate.insert(QStringLiteral("CoversDomain"), certs::covers(c, domain));
    return certificate;
}

void certificatesWithDetails(GactlContext &context)
{
    const CertificateRole role = readcommands::roleOption(context);
    context.client
        ->listListenerCertificates(context.options.arguments.value(0),
                                   context.options.arguments.value(1), role)
        ->onFinished(context.client, [&context](const Result<QList<ListenerCertificate>> &result) {
            if (!result.ok())
                return context.failWith(result.error());
            const QList<ListenerCertificate> certificates = result.value();
            QStringList ids;
            for (const ListenerCertificate &c : certificates)
                ids.append(c.certificateId);
            context.catalog->lookUpThen(ids, context.catalog, [&context, certificates, ids] {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                const CertificateCatalog &catalog = *context.catalog;
                if (context.json()) {
                    QJsonArray array;
                    for (const ListenerCertificate &c : certificates)
                        array.append(
                            withCasDetails(c.raw, c.domain, catalog.details(c.certificateId), now));
                    context.printJson(
                        QJsonDocument(QJsonObject { { QStringLiteral("TotalCount"), array.size() },
                                                    { QStringLiteral("Certificates"), array } }));
                } else {
                    TableWriter table({ Text::tr("DOMAIN"), Text::tr("CERTIFICATE ID"),
                                        Text::tr("NAME"), Text::tr("EXPIRES"),
                                        Text::tr("DAYS LEFT"), Text::tr("COVERS"),
                                        Text::tr("STATE") });
                    for (const ListenerCertificate &c : certificates) {
                        const DetailCells d
                            = cells(catalog.details(c.certificateId), c.domain, now);
                        table.addRow({ c.isDefault ? Text::tr("(default)",
                                                              "the default certificate, in the "
                                                              "DOMAIN column")
                                                   : c.domain,
                                       c.certificateId, d.name, d.expires, d.daysLeft,
                                       c.isDefault ? QStringLiteral("-") : d.covers,
                                       orDash(c.state) });
                    }
                    *context.out << table.render();
                }
                if (!failedUnavailable(context, ids))
                    context.finish(exitcode::done);
            });
        });
}

void expiring(GactlContext &context)
{
    const int days = context.options.value(QStringLiteral("days"), QStringLiteral("30")).toInt();
    auto *inventory = new AccountInventory(context.client, context.client);
    QObject::connect(inventory, &AccountInventory::failed, context.client,
                     [&context](const ApiError &error) { context.failWith(error); });
    QObject::connect(
        inventory, &AccountInventory::finished, context.client,
        [&context, inventory, days](const AccountSnapshot &snapshot) {
            const QStringList ids = snapshot.certificateIds();
            context.catalog->lookUpThen(ids, context.catalog, [&context, inventory, days, ids] {
                const AccountSnapshot &snapshot = inventory->snapshot();
                const CertificateCatalog &catalog = *context.catalog;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                QList<CertificateUse> soon;
                for (const CertificateUse &use : certificateUses(snapshot)) {
                    const CertificateDetails details
                        = catalog.details(use.certificate->certificateId);
                    if (details.status != CertificateDetails::Status::Found)
                        continue;
                    const CasCertificate &c = details.certificate;
                    if (certs::isExpired(c, now)
                        || (c.notAfter.isValid() && certs::daysLeft(c, now) < days))
                        soon.append(use);
                }
                if (context.json()) {
                    QJsonArray array;
                    for (const CertificateUse &use : std::as_const(soon)) {
                        QJsonObject row
                            = withCasDetails(use.certificate->raw, use.certificate->domain,
                                             catalog.details(use.certificate->certificateId), now);
                        row.insert(QStringLiteral("AcceleratorId"), use.accelerator->acceleratorId);
                        row.insert(QStringLiteral("AcceleratorName"), use.accelerator->name);
                        row.insert(QStringLiteral("ListenerId"), use.listener->listenerId);
                        row.insert(QStringLiteral("ListenerName"), use.listener->name);
                        array.append(row);
                    }
                    context.printJson(
                        QJsonDocument(QJsonObject { { QStringLiteral("Days"), days },
                                                    { QStringLiteral("TotalCount"), array.size() },
                                                    { QStringLiteral("Certificates"), array } }));
                } else if (soon.isEmpty()) {
                    *context.out << Text::tr("No additional certificate expires within %n day(s).",
                                             nullptr, days)
                                 << '\n';
                } else {
                    TableWriter table({ Text::tr("DAYS LEFT"), Text::tr("EXPIRES"),
                                        Text::tr("DOMAIN"), Text::tr("CERTIFICATE ID"),
                                        Text::tr("NAME"), Text::tr("ACCELERATOR ID"),
                                        Text::tr("LISTENER ID"), Text::tr("PORTS") });
                    for (const CertificateUse &use : std::as_const(soon)) {
                        const DetailCells d = cells(catalog.details(use.certificate->certificateId),
                                                    use.certificate->domain, now);
                        table.addRow({ d.daysLeft, d.expires, use.certificate->domain,
                                       use.certificate->certificateId, d.name,
                                       use.accelerator->acceleratorId, use.listener->listenerId,
                                       formatPorts(use.listener->portRanges) });
                    }
                    *context.out << table.render();
                }
                if (!failedUnavailable(context, ids))
                    context.finish(soon.isEmpty() ? exitcode::done : exitcode::found);
            });
        });
    inventory->start();
}

} // namespace ga::certificatecommands
