// The Certificate Management store the emulator generates beside its GA world: a record for
// every certificate ID a listener uses, with the mix a monitoring view must cope with (missing,
// expired, expiring within 7 and 30 days, SANs that miss a domain), certificates no listener
// uses, --certificate-health fine, dates that count from the emulator's clock, and GA
// certificate IDs of the form <digits>-<site> within the certificate quota.

#include "castestkit.h"
#include "manualclock.h"

#include <QSet>

using namespace ga;
using namespace ga::test;

namespace {

// What a monitoring view would call each certificate a listener uses, at `nowMs`.
struct Mix
{
    int missing = 0;
    int expired = 0;
    int withinAWeek = 0;
    int withinAMonth = 0;
    int sansMiss = 0;
    int fine = 0;
    int wildcardSans = 0; // present and covering a domain through a wildcard
    int unused = 0; // records no listener uses
    int revoked = 0;
    int total() const { return missing + expired + withinAWeek + withinAMonth + sansMiss + fine; }
};

Mix mixOf(emu::Emulator &emulator, qint64 nowMs)
{
    Mix mix;
    const QMap<QString, QStringList> used = certificatesInUse(emulator.world());
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        const emu::CasRecord *record = emulator.casWorld().find(numberOf(it.key()));
        if (!record) {
            ++mix.missing;
            continue;
        }
        const qint64 left = record->notAfterMs - nowMs;
        const bool covering = coversAll(record->subjectAlternativeNames, it.value());
        if (left <= 0)
            ++mix.expired;
        else if (left <= 7 * dayMs)
            ++mix.withinAWeek;
        else if (left <= 30 * dayMs)
            ++mix.withinAMonth;
        else if (!covering)
            ++mix.sansMiss;
        else
            ++mix.fine;
        if (covering && !it.value().isEmpty()
            && std::any_of(record->subjectAlternativeNames.cbegin(),
                           record->subjectAlternativeNames.cend(), [&](const QString &san) {
                               return san.startsWith(u"*.") && !it.value().contains(san);
                           }))
            ++mix.wildcardSans;
    }
    for (const emu::CasRecord &record : emulator.casWorld().records()) {
        mix.unused += used.contains(record.identifier()) ? 0 : 1;
        mix.revoked += record.revoked ? 1 : 0;
    }
    return mix;
}

QSet<QString> distinctIds(const emu::EmuListener &listener)
{
    QSet<QString> ids;
    for (const emu::EmuCertificate &c : listener.additional)
        ids.insert(c.certificateId);
    return ids;
}

} // namespace

class TestEmulatorCasWorld : public QObject
{
    Q_OBJECT

private slots:
    void defaultWorldHasEveryKind();
    void healthFine();
    void sameSeedSameStore();
    void datesFollowTheEmulatorClock();
    void acceleratorDatesFollowToday();
    void certificateIdsAndTheQuota();
};

void TestEmulatorCasWorld::defaultWorldHasEveryKind()
{
    const auto emulator = startEmulator(emu::EmulatorOptions());
    const Mix mix = mixOf(*emulator, QDateTime::currentMSecsSinceEpoch());
    qInfo("default world: %d certificates in use: %d fine, %d missing from CAS, %d expired, %d "
          "expiring within 7 days, %d within 30 days, %d with SANs missing a domain (%d covering "
          "through a wildcard); %d records no listener uses, %d revoked; ListCertificates "
          "TotalCount %d",
          mix.total(), mix.fine, mix.missing, mix.expired, mix.withinAWeek, mix.withinAMonth,
          mix.sansMiss, mix.wildcardSans, mix.unused, mix.revoked,
          int(emulator->casWorld().records().size()));
    QVERIFY(mix.missing >= 1);
    QVERIFY(mix.expired >= 1);
    QVERIFY(mix.withinAWeek >= 1);
    QVERIFY(mix.withinAMonth >= 1);
    QVERIFY(mix.sansMiss >= 1);
    QVERIFY(mix.wildcardSans >= 1);
    QVERIFY(mix.fine > mix.total() / 2); // most are fine
    QVERIFY(mix.unused >= 8);
    QVERIFY(mix.revoked >= 1);

    // A missing record is one GA still uses; every other used one says so.
    const auto cas = casClient(*emulator);
    const QMap<QString, QStringList> used = certificatesInUse(emulator->world());
    const RawReply list = cas->call("ListCertificates", { { "ShowSize", "100" } });
    QCOMPARE(list.body.value(u"TotalCount").toInt(), int(emulator->casWorld().records().size()));
    for (const QJsonValue &item : array(list, "CertificateList")) {
        const bool inUse = used.contains(field(item, "CertIdentifier"));
        QCOMPARE(strings(item.toObject().value(u"UsingProductList")).contains(u"GA"), inUse);
    }
}

// --certificate-health fine: a monitoring test that expects nothing wrong gets nothing wrong.
void TestEmulatorCasWorld::healthFine()
{
    const auto parsed = emu::parseEmulatorArguments(
        { QStringLiteral("--certificate-health"), QStringLiteral("fine") });
    QVERIFY(parsed.options);
    QVERIFY(parsed.options->certificateHealth == emu::CertificateHealth::Fine);
    QVERIFY(emu::EmulatorOptions().certificateHealth == emu::CertificateHealth::Mixed);
    QCOMPARE(emu::parseEmulatorArguments({ QStringLiteral("--certificate-health=good") }).error,
             QStringLiteral("--certificate-health takes mixed or fine, not \"good\"."));

    const auto emulator = startEmulator(*parsed.options);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Mix mix = mixOf(*emulator, now);
    QCOMPARE(mix.fine, mix.total());
    const QMap<QString, QStringList> used = certificatesInUse(emulator->world());
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        const emu::CasRecord *record = emulator->casWorld().find(numberOf(it.key()));
        QVERIFY2(record, qPrintable(it.key()));
        QVERIFY(record->notAfterMs - now > 60 * dayMs);
        QCOMPARE(record->statusAt(now), QStringLiteral("issued"));
        QVERIFY2(coversAll(record->subjectAlternativeNames, it.value()), qPrintable(it.key()));
    }
}

void TestEmulatorCasWorld::sameSeedSameStore()
{
    const QDateTime now(QDate(2027, 3, 1), QTime(8, 0), Qt::UTC);
    const auto store = [&now](quint64 seed) {
        const emu::World world = emu::World::generate({ seed, 6, 4, 12, 10, now });
        const emu::CasWorld cas = emu::CasWorld::generate(world, { seed, {}, now });
        QStringList lines;
        for (const emu::CasRecord &r : cas.records())
            lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                             .arg(r.identifier(), r.subjectAlternativeNames.join(u','))
                             .arg(r.notBeforeMs)
                             .arg(r.notAfterMs)
                             .arg(r.fingerprint));
        return lines;
    };
    QCOMPARE(store(7), store(7));
    QVERIFY(store(7) != store(8));
    // The dates count from `now`: a day later, everything is a day later.
    const emu::World world = emu::World::generate({ 7, 6, 4, 12, 10, now });
    const emu::World later = emu::World::generate({ 7, 6, 4, 12, 10, now.addDays(1) });
    const emu::CasWorld cas = emu::CasWorld::generate(world, { 7, {}, now });
    const emu::CasWorld casLater = emu::CasWorld::generate(later, { 7, {}, now.addDays(1) });
    QCOMPARE(cas.records().keys(), casLater.records().keys());
    for (const emu::CasRecord &r : cas.records())
        QCOMPARE(casLater.find(r.id)->notAfterMs - r.notAfterMs, dayMs);
    QCOMPARE(later.accelerators().first().createTimeSeconds
                 - world.accelerators().first().createTimeSeconds,
             qint64(86'400));
}

// Emulator::setClock re-dates the worlds to the clock's now, and statuses follow the clock as
// it moves.
void TestEmulatorCasWorld::datesFollowTheEmulatorClock()
{
    const auto emulator = startEmulator(emu::EmulatorOptions());
    const qint64 generatedAt = QDateTime::currentMSecsSinceEpoch();
    const QMap<qint64, emu::CasRecord> before = emulator->casWorld().records();
    ManualClock clock(QDateTime(QDate(2031, 6, 1), QTime(12, 0), Qt::UTC));
    emulator->setClock(&clock);
    const qint64 clockNow = clock.utcNow().toMSecsSinceEpoch();
    for (const emu::CasRecord &r : before) {
        const qint64 leftBefore = r.notAfterMs - generatedAt;
        const qint64 leftAfter = emulator->casWorld().find(r.id)->notAfterMs - clockNow;
        QVERIFY2(std::abs(leftAfter - leftBefore) <= 2'000, qPrintable(r.identifier()));
    }

    const auto cas = casClient(*emulator);
    EmulatorClient ga(emulator->baseUrl());
    const auto follow = [&] {
        const qint64 offset
            = clock.utcNow().toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch();
        cas->setClockOffsetSeconds(offset);
        ga.setClockOffsetSeconds(offset);
    };
    follow();
    for (const QJsonValue &a :
         array(ga.call("ListAccelerators", { { "PageSize", "50" } }), "Accelerators")) {
        QVERIFY(a.toObject().value(u"CreateTime").toDouble() < clockNow / 1000.0);
        QVERIFY(a.toObject().value(u"ExpiredTime").toDouble() > clockNow / 1000.0);
    }

    // A certificate that expires within the week reads willExpire, and expired a week later.
    const emu::CasRecord *soon = nullptr;
    for (const emu::CasRecord &r : emulator->casWorld().records()) {
        if (r.notAfterMs > clockNow && r.notAfterMs - clockNow <= 7 * dayMs && !r.revoked)
            soon = &r;
    }
    QVERIFY(soon);
    const qint64 soonId = soon->id;
    const auto status = [&] {
        return cas
            ->call("GetCertificateDetail", { { "CertificateId", QByteArray::number(soonId) } })
            .body.value(u"CertificateStatus")
            .toString();
    };
    QCOMPARE(status(), QStringLiteral("willExpire"));
    clock.advance(8 * dayMs);
    follow();
    QCOMPARE(status(), QStringLiteral("expired"));
    const RawReply user
        = cas->call("GetUserCertificateDetail",
                    { { "CertId", QByteArray::number(soonId) }, { "CertFilter", "true" } });
    QCOMPARE(user.body.value(u"Expired").toBool(), true);
    emulator->setClock(nullptr);
}

// The demo's accelerators were bought within the last year and run past today.
void TestEmulatorCasWorld::acceleratorDatesFollowToday()
{
    const auto emulator = startEmulator(emu::EmulatorOptions());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const emu::EmuAccelerator &a : emulator->world().accelerators()) {
        QVERIFY(a.createTimeSeconds < now - 29 * 86'400);
        QVERIFY(a.createTimeSeconds > now - 366 * 86'400);
        QVERIFY(a.expiredTimeSeconds > now);
        for (const QString &id : a.listenerIds)
            QVERIFY(emulator->world().listener(id)->createTimeMs > a.createTimeSeconds * 1000);
    }
}

// GA certificate IDs are <digits>-<site>, three domains each, and no listener is generated with
// more of them than --certificate-quota: the domains beyond are left out, the rest of the
// world stays the same.
void TestEmulatorCasWorld::certificateIdsAndTheQuota()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const emu::World full = emu::World::generate({ 3, 6, 4, 40, 10, now });
    const emu::World three = emu::World::generate({ 3, 6, 4, 40, 3, now });
    for (const emu::EmuListener &l : full.listeners()) {
        const emu::EmuListener trimmed = three.listeners().value(l.listenerId);
        QCOMPARE(trimmed.defaultCertificateId, l.defaultCertificateId);
        if (!l.isHttps())
            continue;
        QVERIFY2(isCertificateId(l.defaultCertificateId), qPrintable(l.defaultCertificateId));
        QCOMPARE(l.additional.size(), 30); // 40 asked for: 10 certificates of 3 domains
        QCOMPARE(distinctIds(l).size(), 10);
        QCOMPARE(trimmed.additional.size(), 9);
        QCOMPARE(distinctIds(trimmed).size(), 3);
        QHash<QString, int> domains;
        for (qsizetype i = 0; i < l.additional.size(); ++i) {
            QVERIFY2(isCertificateId(l.additional[i].certificateId),
                     qPrintable(l.additional[i].certificateId));
            ++domains[l.additional[i].certificateId];
            if (i < trimmed.additional.size())
                QCOMPARE(trimmed.additional[i].domain, l.additional[i].domain);
        }
        for (const int count : std::as_const(domains))
            QCOMPARE(count, 3);
    }
    QCOMPARE(three.accelerators().last().acceleratorId, full.accelerators().last().acceleratorId);

    // Through the emulator's options.
    emu::EmulatorOptions options;
    options.certificateQuota = 2;
    const auto emulator = startEmulator(options);
    for (const emu::EmuListener &l : emulator->world().listeners())
        QVERIFY(distinctIds(l).size() <= 2);
}

QTEST_GUILESS_MAIN(TestEmulatorCasWorld)
#include "tst_emulator_casworld.moc"
