#include "gaactions.h"

#include "api/crypto.h"
#include "eventlog.h"
#include "worldjson.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>

namespace ga::emu {
namespace {

constexpr int maxPageSize = 50;
constexpr int maxDomainsPerRequest = 10;
constexpr int maxAdditionalCertificates = 25; // per HTTPS listener

QString text(const ParamMap &params, const char *name)
{
    const auto it = params.find(name);
    return it == params.end() ? QString() : QString::fromUtf8(it->second);
}

ActionResponse missing(const char *name)
{
    return actionError(400, QStringLiteral("Missing%1").arg(QLatin1String(name)),
                       QStringLiteral("%1 is mandatory for this action.").arg(QLatin1String(name)));
}

// Reads an optional positive integer parameter; nullopt with `error` set when it is bad.
std::optional<int> integer(const ParamMap &params, const char *name, int fallback, int max,
                           ActionResponse *error)
{
    const auto it = params.find(name);
    if (it == params.end())
        return fallback;
    bool ok = false;
    const int value = it->second.toInt(&ok);
    if (!ok || value < 1 || value > max) {
        *error = actionError(400, QStringLiteral("IllegalParameter.%1").arg(QLatin1String(name)),
                             QStringLiteral("The parameter %1 must be an integer from 1 to %2.")
                                 .arg(QLatin1String(name))
                                 .arg(max));
        return std::nullopt;
    }
    return value;
}

// Collects Name.1, Name.2, ... (1-based, without gaps), as the SDKs flatten lists.
QStringList repeated(const ParamMap &params, const QByteArray &prefix,
                     const QByteArray &suffix = {})
{
    QStringList values;
    for (int i = 1;; ++i) {
        const auto it = params.find(prefix + '.' + QByteArray::number(i) + suffix);
        if (it == params.end())
            return values;
        values.append(QString::fromUtf8(it->second));
    }
}

QByteArray digestOf(const QString &action, const ParamMap &params)
{
    ParamMap relevant = params;
    relevant.erase("ClientToken");
    relevant.erase("RegionId");
    const QByteArray text = action.toUtf8() + '?' + canonicalQueryString(relevant);
    return crypto::sha256(text);
}

ActionResponse ok(QJsonObject body)
{
    ActionResponse response;
    response.body = std::move(body);
    return response;
}

ActionResponse noSuchAccelerator()
{
    return actionError(400, QStringLiteral("NotExist.Accelerator"),
                       QStringLiteral("The accelerated instance does not exist."));
}

ActionResponse noSuchListener()
{
    return actionError(400, QStringLiteral("NotExist.Listener"),
                       QStringLiteral("The listener does not exist."));
}

// One PageNumber/PageSize page of `all` under `key`, with the paging fields GA sends.
template<typename T, typename ToJson>
ActionResponse numberedPage(const QList<const T *> &all, int pageNumber, int pageSize,
                            const QString &key, ToJson toJson)
{
    QJsonArray items;
    const qsizetype first = qsizetype(pageNumber - 1) * pageSize;
    for (qsizetype i = first; i < all.size() && i < first + pageSize; ++i)
        items.append(toJson(*all[i]));
    return ok({ { QStringLiteral("TotalCount"), int(all.size()) },
                { QStringLiteral("PageNumber"), pageNumber },
                { QStringLiteral("PageSize"), pageSize },
                { key, items } });
}

} // namespace

ActionResponse actionError(int httpStatus, const QString &code, const QString &message)
{
    ActionResponse response;
    response.httpStatus = httpStatus;
    response.code = code;
    response.message = message;
    return response;
}

GaActions::GaActions(World world, int updateMs, EmulatorStats *stats, EventLog *log,
                     QObject *parent)
    : QObject(parent)
    , m_world(std::move(world))
    , m_updateMs(updateMs)
    , m_stats(stats)
    , m_log(log)
{ }

bool GaActions::isMutation(const QString &action)
{
    return action == u"AssociateAdditionalCertificatesWithListener"
        || action == u"DissociateAdditionalCertificatesFromListener"
        || action == u"UpdateAdditionalCertificateWithListener";
}

bool GaActions::isKnown(const QString &action)
{
    return isMutation(action) || action == u"ListAccelerators" || action == u"DescribeAccelerator"
        || action == u"ListListeners" || action == u"DescribeListener"
        || action == u"ListListenerCertificates";
}

ActionResponse GaActions::handle(const QString &action, const ParamMap &params,
                                 const QString &requestId)
{
    if (!params.count("RegionId"))
        return missing("RegionId");
    if (action == u"ListAccelerators")
        return listAccelerators(params);
    if (action == u"DescribeAccelerator")
        return describeAccelerator(params);
    if (action == u"ListListeners")
        return listListeners(params);
    if (action == u"DescribeListener")
        return describeListener(params);
    if (action == u"ListListenerCertificates")
        return listListenerCertificates(params);
    return mutate(action, params, requestId);
}

ActionResponse GaActions::listAccelerators(const ParamMap &params)
{
    ActionResponse error;
    const auto pageNumber = integer(params, "PageNumber", 1, 1'000'000, &error);
    const auto pageSize = integer(params, "PageSize", 10, maxPageSize, &error);
    if (!pageNumber || !pageSize)
        return error;
    const QString state = text(params, "State");
    const QString onlyId = text(params, "AcceleratorId");
    QList<const EmuAccelerator *> matching;
    for (const EmuAccelerator &a : m_world.accelerators()) {
        if ((state.isEmpty() || a.state == state)
            && (onlyId.isEmpty() || a.acceleratorId == onlyId))
            matching.append(&a);
    }
    return numberedPage(matching, *pageNumber, *pageSize, QStringLiteral("Accelerators"),
                        &json::accelerator);
}

ActionResponse GaActions::describeAccelerator(const ParamMap &params)
{
    const QString id = text(params, "AcceleratorId");
    if (id.isEmpty())
        return missing("AcceleratorId");
    const EmuAccelerator *accelerator = m_world.accelerator(id);
    if (!accelerator)
        return noSuchAccelerator();
    QJsonObject body = json::accelerator(*accelerator);
    body.insert(QStringLiteral("CrossPrivateState"), QStringLiteral("false"));
    return ok(body);
}

ActionResponse GaActions::listListeners(const ParamMap &params)
{
    const QString id = text(params, "AcceleratorId");
    if (id.isEmpty())
        return missing("AcceleratorId");
    ActionResponse error;
    const auto pageNumber = integer(params, "PageNumber", 1, 1'000'000, &error);
    const auto pageSize = integer(params, "PageSize", 10, maxPageSize, &error);
    if (!pageNumber || !pageSize)
        return error;
    if (!m_world.accelerator(id))
        return noSuchAccelerator();
    return numberedPage(m_world.listenersOf(id), *pageNumber, *pageSize,
                        QStringLiteral("Listeners"), &json::listListenersItem);
}

ActionResponse GaActions::describeListener(const ParamMap &params)
{
    const QString id = text(params, "ListenerId");
    if (id.isEmpty())
        return missing("ListenerId");
    const EmuListener *listener = m_world.listener(id);
    if (!listener)
        return noSuchListener();
    return ok(json::describeListener(*listener));
}

ActionResponse GaActions::listListenerCertificates(const ParamMap &params)
{
    const QString acceleratorId = text(params, "AcceleratorId");
    const QString listenerId = text(params, "ListenerId");
    if (acceleratorId.isEmpty())
        return missing("AcceleratorId");
    if (listenerId.isEmpty())
        return missing("ListenerId");
    ActionResponse error;
    const auto maxResults = integer(params, "MaxResults", 20, maxPageSize, &error);
    if (!maxResults)
        return error;
    const QString role = text(params, "Role");
    if (!role.isEmpty() && role != u"default" && role != u"additional")
        return actionError(400, QStringLiteral("IllegalParameter.Role"),
                           QStringLiteral("The parameter Role must be default or additional."));
    if (!m_world.accelerator(acceleratorId))
        return noSuchAccelerator();
    const EmuListener *listener = m_world.listener(listenerId);
    if (!listener || listener->acceleratorId != acceleratorId)
        return noSuchListener();

    QList<QJsonObject> all;
    if (listener->isHttps() && role != u"additional")
        all.append(json::certificate(
            EmuCertificate { listener->defaultCertificateId, {}, QStringLiteral("active") }, true));
    if (role != u"default") {
        for (const EmuCertificate &c : listener->additional)
            all.append(json::certificate(c, false));
    }
    // The token is the offset of the next page, tied to the listener so it cannot be mixed up.
    int offset = 0;
    const QString token = text(params, "NextToken");
    if (!token.isEmpty()) {
        const QStringList parts = token.split(u':');
        bool ok = false;
        offset = parts.size() == 2 && parts[0] == listenerId ? parts[1].toInt(&ok) : -1;
        if (!ok || offset < 0 || offset > all.size())
            return actionError(400, QStringLiteral("IllegalParameter.NextToken"),
                               QStringLiteral("The specified NextToken is invalid."));
    }
    QJsonArray items;
    for (qsizetype i = offset; i < all.size() && i < offset + *maxResults; ++i)
        items.append(all[i]);
    const qsizetype next = offset + *maxResults;
    return ok(
        { { QStringLiteral("TotalCount"), int(all.size()) },
          { QStringLiteral("MaxResults"), *maxResults },
          { QStringLiteral("NextToken"),
            next < all.size() ? QStringLiteral("%1:%2").arg(listenerId).arg(next) : QString() },
          { QStringLiteral("Certificates"), items } });
}

ActionResponse GaActions::mutate(const QString &action, const ParamMap &params,
                                 const QString &requestId)
{
    const QString acceleratorId = text(params, "AcceleratorId");
    const QString listenerId = text(params, "ListenerId");
    if (acceleratorId.isEmpty())
        return missing("AcceleratorId");
    if (listenerId.isEmpty())
        return missing("ListenerId");

    const bool associate = action == u"AssociateAdditionalCertificatesWithListener";
    const bool update = action == u"UpdateAdditionalCertificateWithListener";
    const QStringList domains = associate ? repeated(params, "Certificates", ".Domain")
        : update                          ? QStringList { text(params, "Domain") }
                                          : repeated(params, "Domains");
    const QStringList certificateIds = associate ? repeated(params, "Certificates", ".Id")
                                                 : QStringList { text(params, "CertificateId") };
    if (domains.isEmpty() || domains.first().isEmpty())
        return associate ? missing("Certificates")
            : update     ? missing("Domain")
                         : missing("Domains");
    if (update && certificateIds.first().isEmpty())
        return missing("CertificateId");
    if (associate && certificateIds.size() != domains.size())
        return actionError(400, QStringLiteral("IllegalParameter.Certificates"),
                           QStringLiteral("Each certificate needs an Id and a Domain."));
    if (domains.size() > maxDomainsPerRequest)
        return actionError(400, QStringLiteral("InvalidParameter.Domains"),
                           QStringLiteral("At most %1 domains can be given in one request.")
                               .arg(maxDomainsPerRequest));
    if (QSet<QString>(domains.cbegin(), domains.cend()).size() != domains.size())
        return actionError(400, QStringLiteral("InvalidParameter.Domains"),
                           QStringLiteral("A domain is given more than once."));

    EmuAccelerator *accelerator = m_world.accelerator(acceleratorId);
    if (!accelerator)
        return noSuchAccelerator();
    EmuListener *listener = m_world.listener(listenerId);
    if (!listener || listener->acceleratorId != acceleratorId)
        return noSuchListener();
    if (!listener->isHttps())
        return actionError(
            400, QStringLiteral("NotSupported.ListenerProtocol"),
            QStringLiteral("Additional certificates are supported only on HTTPS listeners."));
    if (update && params.count("DryRun") && params.at("DryRun") == "true")
        return actionError(
            400, QStringLiteral("DryRunOperation"),
            QStringLiteral("Request validation has been passed with DryRun flag set."));

    // Idempotency comes before the lock: a retry of an operation in progress gets its answer.
    QString clientToken = text(params, "ClientToken");
    const QByteArray digest = digestOf(action, params);
    if (!clientToken.isEmpty()) {
        const auto used = m_tokens.constFind(clientToken);
        if (used != m_tokens.cend()) {
            if (used->action != action || used->digest != digest)
                return actionError(400, QStringLiteral("IdempotentParameterMismatch"),
                                   QStringLiteral("The request uses the same client token as a "
                                                  "previous, but non-identical request."));
            ++m_stats->idempotentReplays;
            ActionResponse replay = ok(
                associate || update ? QJsonObject { { QStringLiteral("ListenerId"), listenerId } }
                                    : QJsonObject {});
            replay.requestId = used->requestId;
            return replay;
        }
    } else {
        clientToken = requestId; // ga-api.md §2.7: without one, GA uses the RequestId
    }

    if (listener->state != u"active")
        return actionError(400, QStringLiteral("NotActive.Listener"),
                           QStringLiteral("The state of the listener is not active."));
    if (accelerator->state != u"active")
        return actionError(400, QStringLiteral("StateError.Accelerator"),
                           QStringLiteral("The state of the accelerated instance is invalid."));

    for (const QString &domain : domains) {
        const bool exists = listener->additionalFor(domain) != nullptr;
        if (associate && exists)
            return actionError(
                400, QStringLiteral("Exist.AdditionalCertificate"),
                QStringLiteral("The domain %1 already has an additional certificate.").arg(domain));
        if (!associate && !exists)
            return actionError(
                400, QStringLiteral("NotExist.Certificate"),
                QStringLiteral("The domain %1 has no additional certificate on this listener.")
                    .arg(domain));
    }
    if (associate && listener->additional.size() + domains.size() > maxAdditionalCertificates)
        return actionError(
            400, QStringLiteral("QuotaExceeded.AdditionalCertificate"),
            QStringLiteral("An HTTPS listener takes at most %1 additional certificates.")
                .arg(maxAdditionalCertificates));

    m_tokens.insert(clientToken, TokenUse { action, digest, requestId });
    ++m_stats->mutationsAccepted;
    startOperation(*accelerator, *listener, clientToken, [=](EmuListener &target) {
        if (associate) {
            for (qsizetype i = 0; i < domains.size(); ++i)
                target.additional.append(
                    EmuCertificate { certificateIds[i], domains[i], QStringLiteral("active") });
        } else if (update) {
            for (EmuCertificate &c : target.additional) {
                if (c.domain == domains.first()) {
                    c.certificateId = certificateIds.first();
                    c.state = QStringLiteral("active");
                }
            }
        } else {
            target.additional.removeIf(
                [&domains](const EmuCertificate &c) { return domains.contains(c.domain); });
        }
    });
    if (update) {
        for (EmuCertificate &c : listener->additional) {
            if (c.domain == domains.first())
                c.state = QStringLiteral("updating");
        }
    }
    ActionResponse accepted
        = ok(associate || update ? QJsonObject { { QStringLiteral("ListenerId"), listenerId } }
                                 : QJsonObject {});
    accepted.appliedMutation = true;
    return accepted;
}

void GaActions::startOperation(EmuAccelerator &accelerator, EmuListener &listener,
                               const QString &clientToken, std::function<void(EmuListener &)> apply)
{
    ++m_inProgress;
    setListenerState(listener, QStringLiteral("updating"));
    setAcceleratorState(accelerator, QStringLiteral("configuring"));
    const QString acceleratorId = accelerator.acceleratorId;
    const QString listenerId = listener.listenerId;
    QTimer::singleShot(m_updateMs, this, [=, this] {
        --m_inProgress;
        EmuListener *target = m_world.listener(listenerId);
        EmuAccelerator *owner = m_world.accelerator(acceleratorId);
        if (!target || !owner)
            return;
        apply(*target);
        ++m_stats->mutationsApplied;
        m_stats->appliedClientTokens.insert(clientToken);
        setListenerState(*target, QStringLiteral("active"));
        setAcceleratorState(*owner, QStringLiteral("active"));
        emit operationApplied(listenerId);
    });
}

void GaActions::setListenerState(EmuListener &listener, const QString &state)
{
    if (listener.state == state)
        return;
    m_log->transition(QStringLiteral("listener"), listener.listenerId, listener.state, state);
    listener.state = state;
}

void GaActions::setAcceleratorState(EmuAccelerator &accelerator, const QString &state)
{
    if (accelerator.state == state)
        return;
    m_log->transition(QStringLiteral("accelerator"), accelerator.acceleratorId, accelerator.state,
                      state);
    accelerator.state = state;
}

} // namespace ga::emu
