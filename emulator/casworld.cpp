#include "casworld.h"

#include "seededrandom.h"
#include "world.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace ga::emu {
namespace {

constexpr qint64 day = 86'400; // seconds

// What can be wrong with a certificate a listener uses, as a monitoring view should find it.
enum class Kind {
    Fine, // issued, covering its domains, more than 60 days left
    Missing, // deleted from CAS while GA still serves it: CAS answers NotFound
    Expired,
    ExpiresWithinAWeek,
    ExpiresWithinAMonth,
    SansMiss, // its SANs do not cover one of the domains it serves
};

// The mixed health, per twenty certificates in use: most fine, a few of every other kind, so
// that any world with twenty of them shows each kind at least once.
const QList<Kind> mixedPattern {
    Kind::Missing,
    Kind::Expired,
    Kind::Expired,
    Kind::ExpiresWithinAWeek,
    Kind::ExpiresWithinAWeek,
    Kind::ExpiresWithinAMonth,
    Kind::ExpiresWithinAMonth,
    Kind::SansMiss,
    Kind::SansMiss,
    Kind::Fine,
    Kind::Fine,
    Kind::Fine,
    Kind::Fine,
    Kind::Fine,
    Kind::Fine,
    Kind::Fine,
    Kind::Fine,
    Kind::Fine,
    Kind::Fine,
    Kind::Fine,
};

const QStringList unusedHosts { QStringLiteral("legacy"),   QStringLiteral("intranet"),
                                QStringLiteral("vpn"),      QStringLiteral("git"),
                                QStringLiteral("wiki"),     QStringLiteral("blog"),
                                QStringLiteral("mail"),     QStringLiteral("ci"),
                                QStringLiteral("old-shop"), QStringLiteral("events") };
const QStringList unusedZones { QStringLiteral("example.com"), QStringLiteral("example.net"),
                                QStringLiteral("example.org"), QStringLiteral("example.cn") };

// A certificate ID as the GA world uses it: the domains it serves there.
struct Use
{
    qint64 number = 0;
    QStringList served; // additional-certificate domains; empty for a default certificate
    QString zone; // the listener's zone, for a default certificate's SANs
};

// "*.static.example.com" and "www.example.com" are both in the zone "example.com".
QString zoneOf(const QString &domain)
{
    QStringList labels = domain.split(u'.');
    if (labels.value(0) == u"*")
        labels.removeFirst();
    labels.removeFirst();
    return labels.join(u'.');
}

// A SAN that looks right for `domain` but does not cover it: a wildcard covers exactly one
// label, so "*.www.example.com" misses "www.example.com", and a wildcard domain needs the
// wildcard itself, so "img.example.com" misses "*.img.example.com".
QString nearMiss(const QString &domain)
{
    return domain.startsWith(u"*.") ? domain.mid(2) : QStringLiteral("*.") + domain;
}

// SANs that cover every served domain: the domain itself, or for some a wildcard one label up
// ("*.example.com" for "www.example.com"), without repeats.
QStringList coveringSans(const QStringList &served, SeededRandom &random)
{
    QStringList sans;
    for (const QString &domain : served) {
        const QString san = !domain.startsWith(u"*.") && random.below(3) == 0
            ? QStringLiteral("*.") + domain.section(u'.', 1)
            : domain;
        if (!sans.contains(san))
            sans.append(san);
    }
    return sans;
}

QString slug(const QString &commonName)
{
    QString text = commonName;
    text.replace(QStringLiteral("*."), QStringLiteral("wildcard-"));
    text.replace(u'.', u'-');
    return text;
}

// Everything but the names and dates: who issued it and how, the way each source looks.
void fillIssuance(CasRecord &record, const QString &source, SeededRandom &random, quint64 seed)
{
    record.source = source;
    record.algorithm = QStringLiteral("RSA");
    record.keySize = random.below(5) == 0 ? 4096 : 2048;
    record.rootCa = QStringLiteral("DigiCert Global Root G2");
    if (source == u"TEST") {
        record.issuer = QStringLiteral("DigiCert");
        record.issuingCa = QStringLiteral("Encryption Everywhere DV TLS CA - G2");
        record.instanceId = random.id(QStringLiteral("cas-free-")).left(16);
    } else if (source == u"UPLOAD") {
        record.issuer = QStringLiteral("Let's Encrypt");
        record.rootCa = QStringLiteral("ISRG Root X1");
        const bool ecc = random.below(3) == 0;
        record.algorithm = ecc ? QStringLiteral("ECC") : QStringLiteral("RSA");
        record.keySize = ecc ? 256 : 2048;
        record.issuingCa = ecc ? QStringLiteral("E6") : QStringLiteral("R11");
        record.existPrivateKey = random.below(6) != 0; // an upload may come without its key
        record.instanceId = random.id(QStringLiteral("cas-upload-")).left(18);
    } else {
        const bool digicert = random.below(2) == 0;
        record.issuer = digicert ? QStringLiteral("DigiCert") : QStringLiteral("GlobalSign");
        record.issuingCa = digicert ? QStringLiteral("DigiCert Global G2 TLS RSA SHA256 2020 CA1")
                                    : QStringLiteral("GlobalSign GCC R3 DV TLS CA 2020");
        if (!digicert)
            record.rootCa = QStringLiteral("GlobalSign Root CA - R3");
        record.instanceId = random.id(QStringLiteral("cas-ivauto-")).left(18);
        record.orderId = 1'000'000 + random.below(9'000'000);
        if (random.below(3) == 0) { // organisation validated
            record.orgName = QStringLiteral("Example Trading Co., Ltd.");
            record.country = QStringLiteral("CN");
            record.province = QStringLiteral("Zhejiang");
            record.city = QStringLiteral("Hangzhou");
            record.companyId = 10'000 + random.below(90'000);
        }
    }
    record.contactId = 100'000 + random.below(900'000);
    if (random.below(3) == 0)
        record.tags = { { QStringLiteral("env"), QStringLiteral("prod") } };
    const QByteArray seedText = record.identifier().toUtf8() + '/' + QByteArray::number(seed);
    record.fingerprint
        = QString::fromLatin1(QCryptographicHash::hash(seedText, QCryptographicHash::Sha1).toHex())
              .toUpper();
    const QByteArray sha256 = QCryptographicHash::hash(seedText, QCryptographicHash::Sha256);
    record.sha2 = QString::fromLatin1(sha256.toHex()).toUpper();
    record.serial = QString::fromLatin1(sha256.left(16).toHex());
}

QString sourceFor(SeededRandom &random)
{
    switch (random.below(4)) {
    case 2:
        return QStringLiteral("TEST");
    case 3:
        return QStringLiteral("UPLOAD");
    default:
        return QStringLiteral("BUY");
    }
}

// NotBefore and NotAfter for `remainingSeconds` of validity left at `nowSeconds`.
void date(CasRecord &record, qint64 nowSeconds, qint64 remainingSeconds)
{
    const qint64 validityDays = record.source == u"BUY" ? 365 : 90;
    record.notAfterMs = (nowSeconds + remainingSeconds) * 1000;
    record.notBeforeMs = record.notAfterMs - validityDays * day * 1000;
}

qint64 remainingFor(Kind kind, const CasRecord &record, SeededRandom &random)
{
    const qint64 validityDays = record.source == u"BUY" ? 365 : 90;
    switch (kind) {
    case Kind::Expired:
        return -(day + random.below64(120 * day));
    case Kind::ExpiresWithinAWeek:
        return 3600 + random.below64(6 * day);
    case Kind::ExpiresWithinAMonth:
        return 8 * day + random.below64(22 * day);
    case Kind::Fine:
    case Kind::SansMiss:
    case Kind::Missing:
        break;
    }
    return 61 * day + random.below64((validityDays - 62) * day);
}

} // namespace

QString CasRecord::statusAt(qint64 nowMs) const
{
    if (revoked)
        return QStringLiteral("revoked");
    if (notAfterMs <= nowMs)
        return QStringLiteral("expired");
    if (notAfterMs - nowMs <= qint64(willExpireDays) * day * 1000)
        return QStringLiteral("willExpire");
    return QStringLiteral("issued");
}

CasWorld CasWorld::generate(const World &ga, const Shape &shape)
{
    // A stream of its own, so that the GA world is the same with or without it.
    SeededRandom random(shape.seed ^ 0x4341'5321ULL);
    const qint64 nowSeconds
        = shape.now.isValid() ? shape.now.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();

    // Additional certificates first, then the defaults, each in the order the world uses them.
    QList<Use> uses;
    QHash<qint64, qsizetype> useOf;
    QList<Use> defaults;
    QSet<qint64> seen;
    const auto numberOf = [](const QString &identifier) {
        bool ok = false;
        const qint64 number = identifier.section(u'-', 0, 0).toLongLong(&ok);
        return ok && number > 0 && identifier.section(u'-', 1) == casSiteOfNumber(number)
            ? number
            : qint64(0);
    };
    for (const EmuAccelerator &accelerator : ga.accelerators()) {
        for (const QString &listenerId : accelerator.listenerIds) {
            const auto listener = ga.listeners().constFind(listenerId);
            if (listener == ga.listeners().cend() || !listener->isHttps())
                continue;
            for (const EmuCertificate &c : listener->additional) {
                const qint64 number = numberOf(c.certificateId);
                if (number == 0)
                    continue;
                if (!useOf.contains(number)) {
                    useOf.insert(number, uses.size());
                    uses.append(Use { number, {}, {} });
                }
                uses[useOf.value(number)].served.append(c.domain);
            }
            const qint64 number = numberOf(listener->defaultCertificateId);
            if (number != 0 && !seen.contains(number)) {
                seen.insert(number);
                const QString zone = listener->additional.isEmpty()
                    ? QStringLiteral("example.com")
                    : zoneOf(listener->additional.first().domain);
                defaults.append(Use { number, {}, zone });
            }
        }
    }
    for (const Use &use : std::as_const(defaults)) {
        if (!useOf.contains(use.number))
            uses.append(use);
    }

    QList<Kind> pattern = mixedPattern;
    for (qsizetype i = pattern.size() - 1; i > 0; --i)
        pattern.swapItemsAt(i, random.below(int(i + 1)));

    CasWorld world;
    for (qsizetype i = 0; i < uses.size(); ++i) {
        const Use &use = uses[i];
        const Kind kind
            = shape.health == CertificateHealth::Fine ? Kind::Fine : pattern[i % pattern.size()];
        CasRecord record;
        record.id = use.number;
        record.site = casSiteOfNumber(use.number);
        if (use.served.isEmpty()) {
            record.subjectAlternativeNames
                = { QStringLiteral("*.") + use.zone, use.zone }; // a default certificate
        } else if (kind == Kind::SansMiss) {
            record.subjectAlternativeNames = use.served;
            record.subjectAlternativeNames.last() = nearMiss(use.served.last());
        } else {
            record.subjectAlternativeNames = coveringSans(use.served, random);
        }
        fillIssuance(record, sourceFor(random), random, shape.seed);
        record.name = (record.source == u"UPLOAD"     ? QStringLiteral("upload-")
                           : record.source == u"TEST" ? QStringLiteral("free-")
                                                      : QStringLiteral("cert-"))
            + slug(record.commonName());
        if (random.below(6) == 0)
            record.otherProducts = { QStringLiteral("CDN") };
        date(record, nowSeconds, remainingFor(kind, record, random));
        if (kind != Kind::Missing)
            world.m_records.insert(record.id, record);
    }

    // Certificates no listener uses: old ones, revoked ones, ones for other products, so that
    // a larger world has more than one ListCertificates page of 100.
    const qsizetype unused = 8 + uses.size() / 3;
    for (qsizetype k = 0; k < unused; ++k) {
        qint64 number = 0;
        do
            number = 10'000'000 + random.below64(90'000'000);
        while (world.m_records.contains(number));
        CasRecord record;
        record.id = number;
        record.site = casSiteOfNumber(number);
        const QString zone = unusedZones[random.below(int(unusedZones.size()))];
        const QString host = QStringLiteral("%1%2").arg(unusedHosts[k % unusedHosts.size()]).arg(k);
        record.subjectAlternativeNames = { k % 5 == 4 ? QStringLiteral("*.%1.%2").arg(host, zone)
                                                      : QStringLiteral("%1.%2").arg(host, zone) };
        fillIssuance(record, sourceFor(random), random, shape.seed);
        if (k % 10 == 7) { // a ShangMi (SM2) certificate, with its signing and encryption pairs
            record.source = QStringLiteral("BUY");
            record.algorithm = QStringLiteral("SM2");
            record.keySize = 256;
            record.issuer = QStringLiteral("CFCA");
            record.issuingCa = QStringLiteral("CFCA SM2 OCA1");
            record.rootCa = QStringLiteral("CFCA CS SM2 CA");
        }
        record.name = QStringLiteral("spare-") + slug(record.commonName());
        record.revoked = k % 10 == 2;
        if (k % 4 == 1)
            record.otherProducts = { k % 8 == 1 ? QStringLiteral("CDN") : QStringLiteral("SLB") };
        const qint64 remaining = k % 10 < 2
            ? -(30 * day + random.below64(700 * day))
            : remainingFor(k % 10 == 3 ? Kind::ExpiresWithinAMonth : Kind::Fine, record, random);
        date(record, nowSeconds, remaining);
        world.m_records.insert(record.id, record);
    }
    return world;
}

const CasRecord *CasWorld::find(qint64 id) const
{
    const auto it = m_records.constFind(id);
    return it == m_records.cend() ? nullptr : &*it;
}

void CasWorld::add(CasRecord record)
{
    m_records.insert(record.id, std::move(record));
}

bool CasWorld::remove(qint64 id)
{
    return m_records.remove(id) > 0;
}

void CasWorld::shiftTimes(qint64 seconds)
{
    for (CasRecord &record : m_records) {
        record.notBeforeMs += seconds * 1000;
        record.notAfterMs += seconds * 1000;
    }
}

} // namespace ga::emu
