#include "world.h"

#include "seededrandom.h"

#include <QStringList>

namespace ga::emu {
namespace {

const QStringList teams { QStringLiteral("shop"),  QStringLiteral("api"), QStringLiteral("media"),
                          QStringLiteral("games"), QStringLiteral("pay"), QStringLiteral("search"),
                          QStringLiteral("mail"),  QStringLiteral("edge") };
const QStringList stages { QStringLiteral("prod"), QStringLiteral("staging"),
                           QStringLiteral("dr") };
const QStringList regions { QStringLiteral("hz"), QStringLiteral("sg"), QStringLiteral("fra"),
                            QStringLiteral("sv"), QStringLiteral("tokyo") };
const QStringList zones { QStringLiteral("example.com"), QStringLiteral("example.net"),
                          QStringLiteral("example.org"), QStringLiteral("shop.example.cn"),
                          QStringLiteral("example.co.jp") };
const QStringList hosts { QStringLiteral("www"),   QStringLiteral("api"),
                          QStringLiteral("m"),     QStringLiteral("static"),
                          QStringLiteral("img"),   QStringLiteral("login"),
                          QStringLiteral("pay"),   QStringLiteral("cdn"),
                          QStringLiteral("docs"),  QStringLiteral("status"),
                          QStringLiteral("admin"), QStringLiteral("ws") };
const QStringList specs { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("5"), QStringLiteral("8"), QStringLiteral("10"),
                          QStringLiteral("20") };

constexpr int domainsPerSeededCertificate = 3;
constexpr qint64 day = 86'400;

// docs/ga-api.md §3.1: a few accelerators are not active, the misspelt one included.
QString acceleratorState(int index, int count)
{
    if (count < 6)
        return QStringLiteral("active");
    switch (index % 10) {
    case 3:
        return QStringLiteral("finacialLocked");
    case 5:
        return QStringLiteral("binding");
    default:
        return QStringLiteral("active");
    }
}

// Half of the listeners are HTTPS, the first one always; the others rotate through tcp, http
// and udp, shifted per accelerator so that the default shape (4 listeners each) still shows
// every protocol somewhere in the world.
QString listenerProtocol(int index, int acceleratorIndex)
{
    static const QStringList others { QStringLiteral("tcp"), QStringLiteral("http"),
                                      QStringLiteral("udp") };
    return index % 2 == 0 ? QStringLiteral("https")
                          : others[(index / 2 + acceleratorIndex) % others.size()];
}

} // namespace

QString casSiteOfNumber(qint64 number)
{
    return number % 10 == 7 ? QStringLiteral("ap-southeast-1") : QStringLiteral("cn-hangzhou");
}

QString certificateIdentifier(qint64 number)
{
    return QStringLiteral("%1-%2").arg(number).arg(casSiteOfNumber(number));
}

const EmuCertificate *EmuListener::additionalFor(const QString &domain) const
{
    for (const EmuCertificate &c : additional) {
        if (c.domain == domain)
            return &c;
    }
    return nullptr;
}

World World::generate(const Shape &shape)
{
    World world;
    SeededRandom random(shape.seed);
    const qint64 nowSeconds
        = shape.now.isValid() ? shape.now.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
    const int keptDomains = shape.certificateQuota * domainsPerSeededCertificate;
    for (int a = 0; a < shape.accelerators; ++a) {
        EmuAccelerator accelerator;
        accelerator.acceleratorId = random.id(QStringLiteral("ga-bp1"));
        const QString team = teams[random.below(int(teams.size()))];
        const QString stage = stages[random.below(int(stages.size()))];
        accelerator.name = QStringLiteral("%1-%2-%3")
                               .arg(team, stage, regions[random.below(int(regions.size()))]);
        accelerator.description = QStringLiteral("%1 traffic for the %2 team").arg(stage, team);
        accelerator.state = acceleratorState(a, shape.accelerators);
        accelerator.spec = specs[random.below(int(specs.size()))];
        accelerator.bandwidth = (1 + random.below(20)) * 10;
        accelerator.dnsName = accelerator.acceleratorId + QStringLiteral(".aliyunga0019.com");
        // Bought 30 to 330 days ago for a year: a subscription (PREPAY) still running today.
        accelerator.createTimeSeconds
            = nowSeconds - (30 + (a * 47) % 300) * day - random.below(int(day));
        accelerator.expiredTimeSeconds = accelerator.createTimeSeconds + 365 * day;
        accelerator.instanceChargeType = QStringLiteral("PREPAY");
        accelerator.bandwidthBillingType
            = random.below(3) == 0 ? QStringLiteral("CDT") : QStringLiteral("BandwidthPackage");
        for (int l = 0; l < shape.listenersPerAccelerator; ++l) {
            EmuListener listener;
            listener.listenerId = random.id(QStringLiteral("lsr-bp1"));
            listener.acceleratorId = accelerator.acceleratorId;
            listener.protocol = listenerProtocol(l, a);
            listener.name = QStringLiteral("%1-%2").arg(listener.protocol).arg(l + 1);
            const int port = listener.protocol == u"https" ? 443 + l * 1000
                : listener.protocol == u"http"             ? 80 + l * 1000
                                                           : 10'000 + l;
            listener.fromPort = port;
            listener.toPort = listener.protocol == u"udp" ? port + 9 : port;
            listener.createTimeMs = (accelerator.createTimeSeconds + 3600LL * (l + 1)) * 1000;
            if (listener.isHttps()) {
                listener.defaultCertificateId
                    = certificateIdentifier(100'000 + random.below(900'000));
                const QString zone = zones[random.below(int(zones.size()))];
                // Three domains share each certificate, the most one covers (docs/ga-api.md
                // §2.5), so the default 12 domains are 4 certificates, within the quota; a
                // listener keeps no more certificates than the quota allows. One number is
                // drawn per domain all the same, kept or not, so that the IDs generated after
                // these stay what they were whatever the quota.
                QString certificateId;
                for (int c = 0; c < shape.certificatesPerHttpsListener; ++c) {
                    EmuCertificate certificate;
                    const QString drawn = certificateIdentifier(100'000 + random.below(900'000));
                    if (c % domainsPerSeededCertificate == 0)
                        certificateId = drawn;
                    if (c >= keptDomains)
                        continue;
                    certificate.certificateId = certificateId;
                    // Every fourth one is a wildcard, like *.api.example.net.
                    const QString host = hosts[c % hosts.size()];
                    const QString suffix
                        = c < hosts.size() ? QString() : QString::number(c / hosts.size());
                    certificate.domain = c % 4 == 3
                        ? QStringLiteral("*.%1%2.%3").arg(host, suffix, zone)
                        : QStringLiteral("%1%2.%3").arg(host, suffix, zone);
                    listener.additional.append(certificate);
                }
            }
            accelerator.listenerIds.append(listener.listenerId);
            world.m_listeners.insert(listener.listenerId, listener);
        }
        world.m_accelerators.append(accelerator);
    }
    return world;
}

EmuAccelerator *World::accelerator(const QString &id)
{
    for (EmuAccelerator &a : m_accelerators) {
        if (a.acceleratorId == id)
            return &a;
    }
    return nullptr;
}

EmuListener *World::listener(const QString &id)
{
    const auto it = m_listeners.find(id);
    return it == m_listeners.end() ? nullptr : &*it;
}

QList<const EmuListener *> World::listenersOf(const QString &acceleratorId) const
{
    QList<const EmuListener *> result;
    for (const EmuAccelerator &a : m_accelerators) {
        if (a.acceleratorId != acceleratorId)
            continue;
        for (const QString &id : a.listenerIds) {
            const auto it = m_listeners.constFind(id);
            if (it != m_listeners.cend())
                result.append(&*it);
        }
    }
    return result;
}

void World::addAccelerator(EmuAccelerator accelerator)
{
    m_accelerators.append(std::move(accelerator));
}

void World::addListener(EmuListener listener)
{
    if (EmuAccelerator *a = accelerator(listener.acceleratorId))
        a->listenerIds.append(listener.listenerId);
    m_listeners.insert(listener.listenerId, std::move(listener));
}

void World::shiftTimes(qint64 seconds)
{
    for (EmuAccelerator &a : m_accelerators) {
        a.createTimeSeconds += seconds;
        a.expiredTimeSeconds += seconds;
    }
    for (EmuListener &l : m_listeners)
        l.createTimeMs += seconds * 1000;
}

} // namespace ga::emu
