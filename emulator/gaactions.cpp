#include "gaactions.h"

#include "worldjson.h"

#include <QJsonArray>

namespace ga::emu {

using namespace action;

namespace {

constexpr int maxPageSize = 50;

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

GaActions::GaActions(World world, int updateMs, EmulatorStats *stats, EventLog *log,
                     QObject *parent)
    : QObject(parent)
    , m_world(std::move(world))
    , m_operations(&m_world, updateMs, stats, log, this)
{ }

bool GaActions::isMutation(const QString &action)
{
    return CertificateOperations::isMutation(action);
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
    return m_operations.handle(action, params, requestId);
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

} // namespace ga::emu
