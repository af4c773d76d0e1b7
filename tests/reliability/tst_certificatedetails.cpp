// Certificate Management through the real gactl against the emulator's CAS on the same URL:
// `certificates --details` and `inventory --details` JSON, `gactl expiring` exit codes on two
// worlds, the preflight refusal of a locked accelerator, and proof that no request gactl sends
// can return a private key and that no certificate body or key reaches an output or a file.
#include "api/castypes.h"
#include "emulatorfixture.h"
#include "gactlharness.h"
#include "world.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QUrlQuery>

using namespace ga;

namespace {

// Text that only a certificate body or a private key holds.
const QList<QByteArray> secretMarkers { "PRIVATE KEY", "BEGIN CERTIFICATE",
                                        "EMULATOR-FAKE-PRIVATE-KEY" };

bool holdsSecret(const QByteArray &text, QByteArray *which)
{
    for (const QByteArray &marker : secretMarkers) {
        if (text.contains(marker)) {
            *which = marker;
            return true;
        }
    }
    return false;
}

// A V1 parameter (query or form) or its V3 header.
QByteArray field(const emu::IncomingRequest &request, const QByteArray &parameter,
                 const QByteArray &header)
{
    for (const ParamMap *params : { &request.query, &request.form }) {
        if (const auto it = params->find(parameter); it != params->end())
            return it->second;
    }
    const auto it = request.headers.find(header);
    return it == request.headers.end() ? QByteArray() : it->second;
}

QByteArray actionOf(const emu::IncomingRequest &request)
{
    return field(request, "Action", "x-acs-action");
}

QByteArray versionOf(const emu::IncomingRequest &request)
{
    return field(request, "Version", "x-acs-version");
}

} // namespace

class TestCertificateDetails : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void detailsJsonCarriesCasFields();
    void inventoryDetailsCoversEveryKind();
    void expiringExitsOneWhenSomeExpire();
    void expiringExitsZeroOnAHealthyAccount();
    void expiringWithoutCasIsAnError();
    void lockedAcceleratorRefusedBeforeSending();
    void noRequestCanReturnAKey();

private:
    void startWorld(emu::CertificateHealth health);
    test::GactlRun gactl(QStringList args);
    const emu::EmuListener &firstHttpsListener();

    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<test::GactlHarness> m_gactl;
    QList<QByteArray> m_casActions; // every CAS action gactl sent, in order
};

void TestCertificateDetails::init()
{
    startWorld(emu::CertificateHealth::Mixed);
}

void TestCertificateDetails::startWorld(emu::CertificateHealth health)
{
    emu::EmulatorOptions options = test::smallWorld(100);
    options.accelerators = 10;
    options.certificateHealth = health;
    m_emulator = test::startEmulator(options);
    m_gactl = std::make_unique<test::GactlHarness>();
    m_casActions.clear();
    m_emulator->setRequestObserver([this](const emu::IncomingRequest &request) {
        if (versionOf(request) == "2020-04-07")
            m_casActions.append(actionOf(request));
    });
}

test::GactlRun TestCertificateDetails::gactl(QStringList args)
{
    const QString url = m_emulator->baseUrl().toString();
    args << QStringLiteral("--endpoint") << url << QStringLiteral("--cas-endpoint") << url;
    return m_gactl->run(args,
                        m_gactl->environment(QString::fromLatin1(emu::demoAccessKeyId),
                                             QString::fromLatin1(emu::demoAccessKeySecret)));
}

const emu::EmuListener &TestCertificateDetails::firstHttpsListener()
{
    const emu::EmuAccelerator &accelerator = m_emulator->world().accelerators().first();
    return *m_emulator->world().listener(accelerator.listenerIds.first());
}

void TestCertificateDetails::detailsJsonCarriesCasFields()
{
    const emu::EmuListener &listener = firstHttpsListener();
    const test::GactlRun r = gactl({ QStringLiteral("certificates"), listener.acceleratorId,
                                     listener.listenerId, QStringLiteral("--role"),
                                     QStringLiteral("additional"), QStringLiteral("--details"),
                                     QStringLiteral("--output"), QStringLiteral("json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray certificates
        = QJsonDocument::fromJson(r.out).object().value(u"Certificates").toArray();
    QCOMPARE(certificates.size(), listener.additional.size());
    int found = 0;
    for (const QJsonValue &value : certificates) {
        const QJsonObject c = value.toObject();
        QVERIFY(c.contains(u"CasLookup"));
        if (c.value(u"CasLookup").toString() != u"Found")
            continue;
        ++found;
        const QJsonObject cas = c.value(u"CasCertificate").toObject();
        // CAS's own names and JSON types (docs/cas-api.md §3).
        QCOMPARE(cas.value(u"CertIdentifier").toString(), c.value(u"CertificateId").toString());
        QVERIFY(cas.value(u"CertificateName").isString());
        QVERIFY(cas.value(u"NotAfter").isDouble());
        QVERIFY(cas.value(u"SubjectAlternativeNames").isArray());
        QVERIFY(c.value(u"DaysToExpiry").isDouble());
        QVERIFY(c.value(u"CoversDomain").isBool());
    }
    QVERIFY(found > 0);
    // 12 domains on 4 certificate IDs: one list call, not one call per domain.
    QVERIFY2(m_casActions.size() <= 2, m_casActions.join(' ').constData());
}

void TestCertificateDetails::inventoryDetailsCoversEveryKind()
{
    const test::GactlRun r = gactl({ QStringLiteral("inventory"), QStringLiteral("--details"),
                                     QStringLiteral("--output"), QStringLiteral("json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QSet<QString> lookups;
    bool uncovered = false;
    const QJsonArray accelerators
        = QJsonDocument::fromJson(r.out).object().value(u"Accelerators").toArray();
    for (const QJsonValue &a : accelerators) {
        for (const QJsonValue &l : a.toObject().value(u"Listeners").toArray()) {
            for (const QJsonValue &c : l.toObject().value(u"AdditionalCertificates").toArray()) {
                lookups.insert(c.toObject().value(u"CasLookup").toString());
                if (c.toObject().value(u"CoversDomain") == QJsonValue(false))
                    uncovered = true;
            }
        }
    }
    QVERIFY(lookups.contains(QStringLiteral("Found")));
    QVERIFY2(lookups.contains(QStringLiteral("NotInCas")),
             "the mixed world has certificates deleted from CAS");
    QVERIFY(uncovered);
    // Far fewer CAS calls than certificate IDs: pages of 100 and details only for the rest.
    const QStringList ids = [this] {
        QSet<QString> set;
        for (const auto &listener : m_emulator->world().listeners())
            for (const emu::EmuCertificate &c : listener.additional)
                set.insert(c.certificateId);
        return set.values();
    }();
    QVERIFY2(
        m_casActions.size() < ids.size() / 2,
        qPrintable(
            QStringLiteral("%1 CAS calls for %2 IDs").arg(m_casActions.size()).arg(ids.size())));
}

void TestCertificateDetails::expiringExitsOneWhenSomeExpire()
{
    const test::GactlRun r
        = gactl({ QStringLiteral("expiring"), QStringLiteral("--output"), QStringLiteral("json") });
    QVERIFY2(r.exitCode == 1, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(u"Days").toInt(), 30);
    const QJsonArray certificates = report.value(u"Certificates").toArray();
    QVERIFY(!certificates.isEmpty());
    for (const QJsonValue &value : certificates) {
        const QJsonObject c = value.toObject();
        QVERIFY(c.value(u"DaysToExpiry").toInt() < 30);
        QVERIFY(!c.value(u"ListenerId").toString().isEmpty()); // where it is used
        QVERIFY(!c.value(u"AcceleratorId").toString().isEmpty());
    }
    // The table says the same in words, and --days 0 keeps only the expired ones.
    const test::GactlRun table = gactl({ QStringLiteral("expiring") });
    QCOMPARE(table.exitCode, 1);
    QVERIFY(table.out.startsWith("DAYS LEFT"));
    const test::GactlRun expired
        = gactl({ QStringLiteral("expiring"), QStringLiteral("--days"), QStringLiteral("1"),
                  QStringLiteral("--output"), QStringLiteral("json") });
    QVERIFY(expired.exitCode == 0 || expired.exitCode == 1);
    QVERIFY(QJsonDocument::fromJson(expired.out).object().value(u"TotalCount").toInt()
            < certificates.size());
}

void TestCertificateDetails::expiringExitsZeroOnAHealthyAccount()
{
    startWorld(emu::CertificateHealth::Fine);
    const test::GactlRun r = gactl({ QStringLiteral("expiring") });
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    QVERIFY2(r.out.contains("No additional certificate expires within 30 day"), r.out.constData());
}

// A monitoring job must not read "nothing expires" when CAS could not be asked.
void TestCertificateDetails::expiringWithoutCasIsAnError()
{
    const QString url = m_emulator->baseUrl().toString();
    const test::GactlRun r
        = m_gactl->run({ QStringLiteral("expiring"), QStringLiteral("--endpoint"), url,
                         QStringLiteral("--cas-endpoint"), QStringLiteral("http://127.0.0.1:1") },
                       m_gactl->environment(QString::fromLatin1(emu::demoAccessKeyId),
                                            QString::fromLatin1(emu::demoAccessKeySecret)),
                       {}, 120'000);
    QVERIFY2(r.exitCode == 4, QByteArray(r.out + r.err).constData());
    QVERIFY(r.err.contains("Certificate Management could not be asked"));
}

void TestCertificateDetails::lockedAcceleratorRefusedBeforeSending()
{
    const emu::EmuAccelerator *locked = nullptr;
    for (const emu::EmuAccelerator &a : m_emulator->world().accelerators()) {
        if (a.state == u"finacialLocked")
            locked = &a;
    }
    QVERIFY(locked);
    const emu::EmuListener &listener = *m_emulator->world().listener(locked->listenerIds.first());
    QVERIFY(listener.isHttps() && !listener.additional.isEmpty());
    const test::GactlRun r
        = gactl({ QStringLiteral("dissociate"), locked->acceleratorId, listener.listenerId,
                  listener.additional.first().domain, QStringLiteral("--yes") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("overdue payment"), r.err.constData());
    QVERIFY(r.err.contains("Nothing was sent"));
    QCOMPARE(m_emulator->stats().requestsByAction.value(
                 QStringLiteral("DissociateAdditionalCertificatesFromListener")),
             0);
    QVERIFY(m_gactl->journal().isEmpty()); // not even journaled
}

// docs/cas-api.md §5: gactl only ever sends CAS operations that return no key material, so
// the emulator, which would hand out a fake key to GetUserCertificateDetail without
// CertFilter=true, serves none; and nothing gactl prints or writes holds a body or a key.
void TestCertificateDetails::noRequestCanReturnAKey()
{
    // The probe can fail: asked the wrong way, the emulator does return a key.
    QNetworkAccessManager network;
    const test::RawReply leaky = test::sendSigned(
        network, m_emulator->baseUrl(),
        ApiCall {
            "GetUserCertificateDetail",
            { { "CertId",
                casNumericId(firstHttpsListener().additional.first().certificateId).toLatin1() } },
            "2020-04-07" });
    QByteArray which;
    QVERIFY2(holdsSecret(leaky.bytes, &which), leaky.bytes.constData());
    QCOMPARE(m_emulator->stats().privateKeysServed, 1);
    m_casActions.clear();

    const emu::EmuListener &listener = firstHttpsListener();
    QByteArray everything;
    for (const QStringList &args :
         { QStringList { QStringLiteral("certificates"), listener.acceleratorId,
                         listener.listenerId, QStringLiteral("--details"),
                         QStringLiteral("--verbose") },
           QStringList { QStringLiteral("inventory"), QStringLiteral("--details"),
                         QStringLiteral("--output"), QStringLiteral("json"),
                         QStringLiteral("--verbose") },
           QStringList { QStringLiteral("expiring"), QStringLiteral("--output"),
                         QStringLiteral("json"), QStringLiteral("--verbose") } }) {
        const test::GactlRun r = gactl(args);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        everything += r.out + r.err;
    }
    QVERIFY(!m_casActions.isEmpty());
    for (const QByteArray &action : std::as_const(m_casActions)) {
        QVERIFY2(action == "ListCertificates" || action == "GetCertificateDetail",
                 action.constData());
    }
    QCOMPARE(m_emulator->stats().privateKeysServed, 1); // still only the probe's
    QVERIFY2(!holdsSecret(everything, &which), which.constData());
    QDirIterator files(m_gactl->home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!holdsSecret(file.readAll(), &which), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestCertificateDetails)
#include "tst_certificatedetails.moc"
