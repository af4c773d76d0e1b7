#include "casactions.h"

#include "casjson.h"
#include "eventlog.h"
#include "world.h"

#include <QJsonArray>

namespace ga::emu {

using namespace action;

namespace {

constexpr int maxShowSize = 100; // docs/cas-api.md §3: ListCertificates' ShowSize
constexpr int maxCurrentPage = 1'000'000;

const QStringList statuses { QStringLiteral("issued"), QStringLiteral("revoked"),
                             QStringLiteral("willExpire"), QStringLiteral("expired") };
const QStringList sources { QStringLiteral("BUY"), QStringLiteral("TEST"),
                            QStringLiteral("UPLOAD") };

// One of `allowed`, or absent; otherwise IllegalParameter.<name> (the emulator's family of
// codes for a bad value, as for GA's page sizes).
std::optional<QString> oneOf(const ParamMap &params, const char *name, const QStringList &allowed,
                             ActionResponse *error)
{
    const QString value = text(params, name);
    if (value.isEmpty() || allowed.contains(value))
        return value;
    *error = actionError(400, QStringLiteral("IllegalParameter.%1").arg(QLatin1String(name)),
                         QStringLiteral("The parameter %1 must be one of %2.")
                             .arg(QLatin1String(name), allowed.join(QStringLiteral(", "))));
    return std::nullopt;
}

// Keyword is fuzzy (docs/cas-api.md §3): a part of a domain, of the name or of the instance ID.
bool matches(const CasRecord &record, const QString &keyword)
{
    if (keyword.isEmpty())
        return true;
    const auto has
        = [&keyword](const QString &text) { return text.contains(keyword, Qt::CaseInsensitive); };
    return has(record.name) || has(record.instanceId)
        || std::any_of(record.subjectAlternativeNames.cbegin(),
                       record.subjectAlternativeNames.cend(), has);
}

} // namespace

CasActions::CasActions(CasWorld world, const World *ga, EmulatorStats *stats)
    : m_world(std::move(world))
    , m_ga(ga)
    , m_stats(stats)
{ }

bool CasActions::isKnown(const QString &action)
{
    return action == u"ListCertificates" || action == u"GetCertificateDetail"
        || action == u"GetUserCertificateDetail";
}

ActionResponse CasActions::handle(const QString &action, const ParamMap &params)
{
    if (action == u"ListCertificates")
        return listCertificates(params);
    if (action == u"GetCertificateDetail")
        return getCertificateDetail(params);
    if (action == u"GetUserCertificateDetail")
        return getUserCertificateDetail(params);
    return unknownAction();
}

qint64 CasActions::nowMs() const
{
    return Clock::orSystem(m_clock).utcNow().toMSecsSinceEpoch();
}

QSet<QString> CasActions::certificatesUsedByGa() const
{
    QSet<QString> used;
    for (const EmuListener &listener : m_ga->listeners()) {
        if (!listener.isHttps())
            continue;
        used.insert(listener.defaultCertificateId);
        for (const EmuCertificate &c : listener.additional)
            used.insert(c.certificateId);
    }
    return used;
}

QStringList CasActions::usingProducts(const CasRecord &record, const QSet<QString> &usedByGa) const
{
    QStringList products;
    if (usedByGa.contains(record.identifier()))
        products.append(QStringLiteral("GA"));
    return products + record.otherProducts;
}

ActionResponse CasActions::listCertificates(const ParamMap &params) const
{
    ActionResponse error;
    const auto currentPage = integer(params, "CurrentPage", 1, maxCurrentPage, &error);
    const auto showSize = integer(params, "ShowSize", 10, maxShowSize, &error);
    if (!currentPage || !showSize)
        return error;
    const auto status = oneOf(params, "CertificateStatus", statuses, &error);
    const auto source = oneOf(params, "CertificateSource", sources, &error);
    if (!status || !source)
        return error;
    const QString keyword = text(params, "Keyword");

    const qint64 now = nowMs();
    QList<const CasRecord *> matching;
    for (const CasRecord &record : m_world.records()) {
        const QString recordStatus = record.statusAt(now);
        if (!status->isEmpty() ? recordStatus != *status
                               : m_listHidesExpired && recordStatus == u"expired")
            continue;
        if ((source->isEmpty() || record.source == *source) && matches(record, keyword))
            matching.append(&record);
    }
    const QSet<QString> usedByGa = certificatesUsedByGa();
    QJsonArray items;
    const qsizetype first = qsizetype(*currentPage - 1) * *showSize;
    for (qsizetype i = first; i < matching.size() && i < first + *showSize; ++i)
        items.append(casjson::listItem(*matching[i], now, usingProducts(*matching[i], usedByGa)));
    return ok({ { QStringLiteral("CertificateList"), items },
                { QStringLiteral("CurrentPage"), *currentPage },
                { QStringLiteral("ShowSize"), *showSize },
                { QStringLiteral("TotalCount"), int(matching.size()) } });
}

const CasRecord *CasActions::lookUp(const ParamMap &params, const char *name,
                                    ActionResponse *refusal) const
{
    const QString value = text(params, name);
    if (value.isEmpty()) {
        *refusal = missing(name);
        return nullptr;
    }
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    if (!ok || id <= 0) {
        *refusal = actionError(
            400, QStringLiteral("IllegalParameter.%1").arg(QLatin1String(name)),
            QStringLiteral("The parameter %1 must be the numeric ID of a certificate.")
                .arg(QLatin1String(name)));
        return nullptr;
    }
    const CasRecord *record = m_world.find(id);
    if (!record) // docs/cas-api.md §6: the code is chosen, clients match "NotFound"
        *refusal = actionError(404, QStringLiteral("NotFound"),
                               QStringLiteral("The certificate %1 does not exist.").arg(id));
    return record;
}

ActionResponse CasActions::getCertificateDetail(const ParamMap &params) const
{
    ActionResponse refusal;
    const CasRecord *record = lookUp(params, "CertificateId", &refusal);
    if (!record)
        return refusal;
    return ok(casjson::certificateDetail(*record, nowMs(),
                                         usingProducts(*record, certificatesUsedByGa())));
}

ActionResponse CasActions::getUserCertificateDetail(const ParamMap &params)
{
    ActionResponse refusal;
    const CasRecord *record = lookUp(params, "CertId", &refusal);
    if (!record)
        return refusal;
    QJsonObject body = casjson::userCertificateDetail(*record, nowMs());
    // docs/cas-api.md §3: CertFilter defaults to false, which returns the body and the key.
    // Only "true" filters (in any case, as a Java server reads a boolean): a client that
    // sends anything else gets a key, and privateKeysServed shows it.
    if (text(params, "CertFilter").compare(u"true", Qt::CaseInsensitive) != 0) {
        const QJsonObject keys = casjson::keyMaterial(*record);
        for (auto it = keys.constBegin(); it != keys.constEnd(); ++it)
            body.insert(it.key(), it.value());
        ++m_stats->privateKeysServed;
    }
    return ok(body);
}

} // namespace ga::emu
