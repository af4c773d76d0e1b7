#include "networkpool.h"

#include "logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <algorithm>

namespace ga {
namespace {

int managersFor(int connections)
{
    return std::max(1,
                    (connections + NetworkPool::connectionsPerManager - 1)
                        / NetworkPool::connectionsPerManager);
}

} // namespace

NetworkPool::NetworkPool(int maxInFlight, QObject *parent)
    : QObject(parent)
    , m_maxInFlight(std::max(1, maxInFlight))
    , m_maxManagers(managersFor(m_maxInFlight))
{
    add(); // the one manager a client always had
}

NetworkPool::~NetworkPool()
{
    // The managers take their unfinished replies with them, and those replies' finished()
    // reaches back into m_members: delete them while the members are still here.
    for (Member &member : m_members) {
        delete member.manager;
        member.manager = nullptr;
    }
}

QString NetworkPool::configure(const TransportOptions &transport)
{
    m_transport = transport;
    const int connections = transport.maxConnections > 0
        ? std::min(transport.maxConnections, m_maxInFlight)
        : m_maxInFlight;
    m_maxManagers = std::max(managersFor(connections), managerCount());
    for (Member &member : m_members) {
        if (const QString problem = applyProxy(*member.manager, m_transport); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString NetworkPool::origin(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme + QStringLiteral("://") + url.host(QUrl::FullyEncoded).toLower() + u':'
        + QString::number(url.port(scheme == u"https" ? 443 : 80));
}

void NetworkPool::add()
{
    auto *manager = new QNetworkAccessManager(this);
    // Same input as the first manager's, which configure() already checked.
    applyProxy(*manager, m_transport);
    m_members.push_back({ manager, {} });
}

int NetworkPool::pick(const QString &key)
{
    if (const auto it = m_multiplexedBy.constFind(key); it != m_multiplexedBy.cend())
        return *it;
    // Fill the managers in order: at a window of six or less this is the single manager of
    // before, and a manager whose six are busy would only queue the request inside Qt.
    for (int i = 0; i < managerCount(); ++i) {
        if (m_members[i].inFlight.value(key) < connectionsPerManager)
            return i;
    }
    if (managerCount() < m_maxManagers) {
        add();
        qCDebug(lcApi) << "network pool: manager" << managerCount() << "of" << m_maxManagers
                       << "for" << key;
        return managerCount() - 1;
    }
    // Every connection the limit allows is busy (GA_MAX_CONNECTIONS below the window): the
    // least busy manager queues it until one of its connections is free.
    int least = 0;
    for (int i = 1; i < managerCount(); ++i) {
        if (m_members[i].inFlight.value(key) < m_members[least].inFlight.value(key))
            least = i;
    }
    return least;
}

QNetworkReply *NetworkPool::post(const QNetworkRequest &request, const QByteArray &body)
{
    const QString key = origin(request.url());
    const int index = pick(key);
    ++m_members[index].inFlight[key];
    QNetworkReply *reply = m_members[index].manager->post(request, body);
    // finished() comes exactly once, abort() included, and before any slot of the caller's
    // (connected after this), so a caller that sends its next request from there finds the
    // count already down.
    connect(reply, &QNetworkReply::finished, this, [this, index, key, reply] {
        --m_members[index].inFlight[key];
        if (reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()
            && !m_multiplexedBy.contains(key)) {
            qCDebug(lcApi) << "network pool:" << key << "answers over HTTP/2, on one connection";
            m_multiplexedBy.insert(key, index);
        }
    });
    return reply;
}

int NetworkPool::inFlight(const QUrl &url) const
{
    const QString key = origin(url);
    int total = 0;
    for (const Member &member : m_members)
        total += member.inFlight.value(key);
    return total;
}

int NetworkPool::inFlight(const QUrl &url, int managerIndex) const
{
    return m_members.at(managerIndex).inFlight.value(origin(url));
}

bool NetworkPool::isMultiplexed(const QUrl &url) const
{
    return m_multiplexedBy.contains(origin(url));
}

} // namespace ga
