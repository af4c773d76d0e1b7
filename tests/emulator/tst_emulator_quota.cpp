// The additional-certificate limits of an HTTPS listener (docs/ga-api.md §2.5, docs/emulator.md):
// an Associate may bring a listener to at most --certificate-quota distinct certificate IDs
// (1-10, default 10, GA's raised quota) and one certificate ID to at most 3 of its domains.
// Refused requests apply nothing. The seeded world fits both, so re-associating what was just
// dissociated (the console's undo) is accepted.

#include "emulatorclient.h"
#include "gaactions.h"
#include "world.h"

#include <QSet>
#include <QTest>

using namespace ga;
using namespace ga::test;

namespace {

constexpr char associateAction[] = "AssociateAdditionalCertificatesWithListener";

struct Target
{
    QByteArray acceleratorId;
    QByteArray listenerId; // HTTPS, on an active accelerator
};

Target target(emu::World &world)
{
    for (const emu::EmuAccelerator &a : world.accelerators()) {
        if (a.state != u"active")
            continue;
        for (const emu::EmuListener *l : world.listenersOf(a.acceleratorId)) {
            if (l->isHttps() && !l->additional.isEmpty())
                return { a.acceleratorId.toUtf8(), l->listenerId.toUtf8() };
        }
    }
    qFatal("no active accelerator with an HTTPS listener");
}

using Pair = QPair<QString, QString>; // domain, certificate ID

ParamMap associate(const Target &t, const QList<Pair> &pairs)
{
    ParamMap params { { "AcceleratorId", t.acceleratorId }, { "ListenerId", t.listenerId } };
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        params["Certificates." + n + ".Domain"] = pairs[i].first.toUtf8();
        params["Certificates." + n + ".Id"] = pairs[i].second.toUtf8();
    }
    return params;
}

// New certificates of one domain each: c<first>.quota.example.com with <900000 + first>.
QList<Pair> newCertificates(int first, int count)
{
    QList<Pair> pairs;
    for (int i = first; i < first + count; ++i)
        pairs.append({ QStringLiteral("c%1.quota.example.com").arg(i),
                       QStringLiteral("%1-cn-hangzhou").arg(900'000 + i) });
    return pairs;
}

QSet<QString> distinctIds(const emu::EmuListener &listener)
{
    QSet<QString> ids;
    for (const emu::EmuCertificate &c : listener.additional)
        ids.insert(c.certificateId);
    return ids;
}

QHash<QString, int> domainsPerId(const emu::EmuListener &listener)
{
    QHash<QString, int> count;
    for (const emu::EmuCertificate &c : listener.additional)
        ++count[c.certificateId];
    return count;
}

QList<Pair> pairsOf(const emu::EmuListener &listener)
{
    QList<Pair> pairs;
    for (const emu::EmuCertificate &c : listener.additional)
        pairs.append({ c.domain, c.certificateId });
    return pairs;
}

} // namespace

class TestEmulatorQuota : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void optionParsed_data();
    void optionParsed();
    void optionOutOfRange_data();
    void optionOutOfRange();
    void seededWorldFitsTheDefaultQuota_data();
    void seededWorldFitsTheDefaultQuota();
    void belowTheQuotaAccepted();
    void atTheQuotaRefused();
    void oneRequestCrossingTheQuotaIsRefusedWhole();
    void threeDomainsPerCertificate();
    void undoOfADissociationInTheDemoWorld();
    void seededWithinASmallerQuota();

private:
    void start(const emu::EmulatorOptions &options)
    {
        m_emulator = startEmulator(options);
        m_client = std::make_unique<EmulatorClient>(m_emulator->baseUrl());
    }
    const emu::EmuListener &listener(const Target &t)
    {
        return *m_emulator->world().listener(QString::fromUtf8(t.listenerId));
    }
    // Sends an Associate; when accepted, waits until it is applied.
    RawReply send(const ParamMap &params)
    {
        const RawReply reply = m_client->call(associateAction, params);
        if (reply.status == 200
            && !m_client->waitForListenerState(QString::fromUtf8(params.at("ListenerId")),
                                               QStringLiteral("active")))
            qWarning("the Associate was not applied in time");
        return reply;
    }
    qint64 accepted() const { return m_emulator->stats().mutationsAccepted; }

    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<EmulatorClient> m_client;
};

void TestEmulatorQuota::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void TestEmulatorQuota::optionParsed_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("quota");
    QTest::newRow("default") << QStringList() << 10;
    QTest::newRow("GA's default quota")
        << QStringList { QStringLiteral("--certificate-quota"), QStringLiteral("3") } << 3;
    QTest::newRow("lowest") << QStringList { QStringLiteral("--certificate-quota=1") } << 1;
    QTest::newRow("highest") << QStringList { QStringLiteral("--certificate-quota=10") } << 10;
}

void TestEmulatorQuota::optionParsed()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, quota);
    const emu::EmulatorOptionsParse parsed = emu::parseEmulatorArguments(arguments);
    QVERIFY2(parsed.options.has_value(), qPrintable(parsed.error));
    QCOMPARE(parsed.options->certificateQuota, quota);
    QCOMPARE(emu::Emulator(*parsed.options).actions().operations().certificateQuota(), quota);
    QVERIFY(emu::emulatorUsage().contains(u"--certificate-quota"));
}

void TestEmulatorQuota::optionOutOfRange_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("0") << QStringLiteral("0");
    QTest::newRow("11") << QStringLiteral("11");
    QTest::newRow("25, the old page's figure") << QStringLiteral("25");
    QTest::newRow("negative") << QStringLiteral("-3");
    QTest::newRow("not a number") << QStringLiteral("ten");
    QTest::newRow("empty") << QString();
}

void TestEmulatorQuota::optionOutOfRange()
{
    QFETCH(QString, value);
    const emu::EmulatorOptionsParse parsed
        = emu::parseEmulatorArguments({ QStringLiteral("--certificate-quota=") + value });
    QVERIFY(!parsed.options.has_value());
    QCOMPARE(parsed.error,
             QStringLiteral("--certificate-quota takes a whole number from 1 to 10, not \"%1\".")
                 .arg(value));
}

void TestEmulatorQuota::seededWorldFitsTheDefaultQuota_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("certificates");
    QTest::newRow("demo world") << 1 << emu::EmulatorOptions().certificates;
    QTest::newRow("seed 7") << 7 << 12;
    QTest::newRow("30 domains, the most GA allows") << 3 << 30;
}

void TestEmulatorQuota::seededWorldFitsTheDefaultQuota()
{
    QFETCH(int, seed);
    QFETCH(int, certificates);
    const emu::World world = emu::World::generate({ quint64(seed), 6, 4, certificates });
    int https = 0;
    for (const emu::EmuListener &l : world.listeners()) {
        if (!l.isHttps())
            continue;
        ++https;
        QCOMPARE(l.additional.size(), certificates);
        QCOMPARE(distinctIds(l).size(), (certificates + 2) / 3);
        QVERIFY(distinctIds(l).size() <= emu::defaultCertificateQuota);
        for (const int count : domainsPerId(l))
            QVERIFY(count <= 3);
    }
    QVERIFY(https > 0);
}

void TestEmulatorQuota::belowTheQuotaAccepted()
{
    start(smallWorld(20));
    const Target t = target(m_emulator->world());
    QCOMPARE(distinctIds(listener(t)).size(), 4); // 12 seeded domains, 3 per certificate
    // 4 + 6 = 10, the quota: accepted.
    const RawReply reply = send(associate(t, newCertificates(1, 6)));
    QCOMPARE(reply.status, 200);
    QCOMPARE(listener(t).additional.size(), 18);
    QCOMPARE(distinctIds(listener(t)).size(), 10);
    // At the quota, another domain for a certificate already there is no new certificate.
    QCOMPARE(send(associate(t,
                            { { QStringLiteral("second.quota.example.com"),
                                newCertificates(1, 1).first().second } }))
                 .status,
             200);
    QCOMPARE(distinctIds(listener(t)).size(), 10);
    QCOMPARE(listener(t).additional.size(), 19);
}

void TestEmulatorQuota::atTheQuotaRefused()
{
    start(smallWorld(20));
    const Target t = target(m_emulator->world());
    QCOMPARE(send(associate(t, newCertificates(1, 6))).status, 200);
    const QList<Pair> before = pairsOf(listener(t));
    const qint64 acceptedBefore = accepted();

    const RawReply refused = m_client->call(associateAction, associate(t, newCertificates(7, 1)));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code(), QStringLiteral("QuotaExceeded.AdditionalCertificate"));
    const QString message = refused.body.value(QStringLiteral("Message")).toString();
    QVERIFY2(message.startsWith(
                 u"The listener already has 10 additional certificates; the quota is 10."),
             qPrintable(message));
    // Nothing applied, nothing started.
    QCOMPARE(accepted(), acceptedBefore);
    QCOMPARE(m_client->call("DescribeListener", { { "ListenerId", t.listenerId } })
                 .body.value(QStringLiteral("State"))
                 .toString(),
             QStringLiteral("active"));
    QTest::qWait(60);
    QCOMPARE(pairsOf(listener(t)), before);
    QCOMPARE(m_emulator->stats().mutationsApplied, qint64(1));
}

void TestEmulatorQuota::oneRequestCrossingTheQuotaIsRefusedWhole()
{
    emu::EmulatorOptions options = smallWorld(20);
    options.certificateQuota = 5;
    start(options);
    const Target t = target(m_emulator->world());
    const QList<Pair> before = pairsOf(listener(t));
    // 4 + 2 = 6 > 5: the first of the two would fit, but the request is refused whole.
    const RawReply refused = m_client->call(associateAction, associate(t, newCertificates(1, 2)));
    QCOMPARE(refused.code(), QStringLiteral("QuotaExceeded.AdditionalCertificate"));
    QVERIFY2(
        refused.body.value(QStringLiteral("Message"))
            .toString()
            .startsWith(u"The listener already has 4 additional certificates; the quota is 5."),
        refused.bytes.constData());
    QCOMPARE(accepted(), qint64(0));
    QCOMPARE(pairsOf(listener(t)), before);
    // One fits.
    QCOMPARE(send(associate(t, newCertificates(1, 1))).status, 200);
    QCOMPARE(distinctIds(listener(t)).size(), 5);
}

// docs/ga-api.md §2.5: one certificate covers at most 3 domains of a listener, counting those
// it already covers there.
void TestEmulatorQuota::threeDomainsPerCertificate()
{
    start(smallWorld(20));
    const Target t = target(m_emulator->world());
    const QString seeded = listener(t).additional.first().certificateId; // covers 3 already
    QCOMPARE(domainsPerId(listener(t)).value(seeded), 3);
    const QList<Pair> before = pairsOf(listener(t));

    RawReply refused = m_client->call(
        associateAction, associate(t, { { QStringLiteral("fourth.quota.example.com"), seeded } }));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code(), QStringLiteral("QuotaExceeded.DomainsPerCertificate"));
    QString message = refused.body.value(QStringLiteral("Message")).toString();
    QVERIFY2(message.contains(seeded) && message.contains(u"4 domains")
                 && message.contains(u"at most 3"),
             qPrintable(message));

    // Four domains of one new certificate in one request.
    const QString fresh = QStringLiteral("777777-cn-hangzhou");
    QList<Pair> four;
    for (int i = 1; i <= 4; ++i)
        four.append({ QStringLiteral("d%1.three.example.com").arg(i), fresh });
    refused = m_client->call(associateAction, associate(t, four));
    QCOMPARE(refused.code(), QStringLiteral("QuotaExceeded.DomainsPerCertificate"));
    QCOMPARE(accepted(), qint64(0));
    QCOMPARE(pairsOf(listener(t)), before);

    // Three are fine, and then a fourth is not.
    QCOMPARE(send(associate(t, four.mid(0, 3))).status, 200);
    QCOMPARE(domainsPerId(listener(t)).value(fresh), 3);
    QCOMPARE(m_client->call(associateAction, associate(t, four.mid(3))).code(),
             QStringLiteral("QuotaExceeded.DomainsPerCertificate"));
    QCOMPARE(listener(t).additional.size(), before.size() + 3);
}

// The console's undo: after a dissociation of k domains, an Associate of the same k (domain,
// certificate ID) pairs. In the demo world (default options) it is accepted, whether it takes a
// whole certificate away and back or some domains of one.
void TestEmulatorQuota::undoOfADissociationInTheDemoWorld()
{
    emu::EmulatorOptions options; // the demo world: ga-console --demo starts this one
    options.updateMs = 20;
    start(options);
    const Target t = target(m_emulator->world());
    const QList<Pair> seeded = pairsOf(listener(t));
    QCOMPARE(seeded.size(), 12);

    // Up to 10 domains: the first certificate whole, then some of every other one.
    const QList<QList<int>> undos {
        { 0, 1, 2 }, { 4 }, { 0, 3, 6, 9, 11 }, { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }
    };
    for (const QList<int> &rows : undos) {
        QList<Pair> removed;
        ParamMap dissociate { { "AcceleratorId", t.acceleratorId },
                              { "ListenerId", t.listenerId } };
        for (const int row : rows) {
            removed.append(seeded[row]);
            dissociate["Domains." + QByteArray::number(removed.size())]
                = seeded[row].first.toUtf8();
        }
        QCOMPARE(m_client->call("DissociateAdditionalCertificatesFromListener", dissociate).status,
                 200);
        QVERIFY(m_client->waitForListenerState(QString::fromUtf8(t.listenerId),
                                               QStringLiteral("active")));
        QCOMPARE(listener(t).additional.size(), 12 - removed.size());

        const RawReply undo = send(associate(t, removed));
        QVERIFY2(undo.status == 200, undo.bytes.constData());
        const QList<Pair> after = pairsOf(listener(t));
        QCOMPARE(QSet<Pair>(after.cbegin(), after.cend()),
                 QSet<Pair>(seeded.cbegin(), seeded.cend()));
    }
}

// --certificate-quota 3 plays an account with GA's default quota. The generator gives no
// listener more certificates than that (3, 9 domains, where the raised quota has 4): undoing a
// Dissociate is accepted, a fourth certificate is refused.
void TestEmulatorQuota::seededWithinASmallerQuota()
{
    emu::EmulatorOptions options;
    options.updateMs = 20;
    options.certificateQuota = 3;
    start(options);
    const Target t = target(m_emulator->world());
    const QList<Pair> seeded = pairsOf(listener(t));
    QCOMPARE(distinctIds(listener(t)).size(), 3);
    const RawReply listed = m_client->call("ListListenerCertificates",
                                           { { "AcceleratorId", t.acceleratorId },
                                             { "ListenerId", t.listenerId },
                                             { "Role", "additional" },
                                             { "MaxResults", "50" } });
    QCOMPARE(array(listed, "Certificates").size(), 9);

    QCOMPARE(m_client
                 ->call("DissociateAdditionalCertificatesFromListener",
                        { { "AcceleratorId", t.acceleratorId },
                          { "ListenerId", t.listenerId },
                          { "Domains.1", seeded[0].first.toUtf8() },
                          { "Domains.2", seeded[1].first.toUtf8() },
                          { "Domains.3", seeded[2].first.toUtf8() } })
                 .status,
             200);
    QVERIFY(
        m_client->waitForListenerState(QString::fromUtf8(t.listenerId), QStringLiteral("active")));
    QCOMPARE(distinctIds(listener(t)).size(), 2);

    // The undo restores a state within the quota.
    const RawReply undo = m_client->call(associateAction, associate(t, seeded.mid(0, 3)));
    QVERIFY2(undo.status == 200, undo.bytes.constData());
    QVERIFY(
        m_client->waitForListenerState(QString::fromUtf8(t.listenerId), QStringLiteral("active")));
    QCOMPARE(distinctIds(listener(t)).size(), 3);

    const RawReply refused = m_client->call(associateAction, associate(t, newCertificates(1, 1)));
    QCOMPARE(refused.code(), QStringLiteral("QuotaExceeded.AdditionalCertificate"));
    QVERIFY2(
        refused.body.value(QStringLiteral("Message"))
            .toString()
            .startsWith(u"The listener already has 3 additional certificates; the quota is 3."),
        refused.bytes.constData());
    QCOMPARE(listener(t).additional.size(), 9);
}

QTEST_GUILESS_MAIN(TestEmulatorQuota)
#include "tst_emulator_quota.moc"
