// Certificate mutations as GA runs them (docs/ga-api.md §2.6-2.8, §5): asynchronous (updating for
// --update-ms, then applied and active), one at a time per instance, idempotent per
// ClientToken, and refused for more than 10 domains, an unknown domain or a non-HTTPS listener.

#include "api/inputvalidation.h"
#include "emulatorclient.h"
#include "world.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ga;
using namespace ga::test;

namespace {

struct Target
{
    QByteArray acceleratorId;
    QByteArray listenerId; // HTTPS
    QByteArray secondHttpsListenerId; // HTTPS, same accelerator
    QByteArray plainListenerId; // not HTTPS, same accelerator
    QStringList domains; // additional certificates of listenerId
};

Target target(emu::World &world)
{
    for (const emu::EmuAccelerator &a : world.accelerators()) {
        if (a.state != u"active")
            continue;
        Target t;
        t.acceleratorId = a.acceleratorId.toUtf8();
        for (const emu::EmuListener *l : world.listenersOf(a.acceleratorId)) {
            if (l->isHttps() && t.listenerId.isEmpty()) {
                t.listenerId = l->listenerId.toUtf8();
                for (const emu::EmuCertificate &c : l->additional)
                    t.domains.append(c.domain);
            } else if (l->isHttps() && t.secondHttpsListenerId.isEmpty()) {
                t.secondHttpsListenerId = l->listenerId.toUtf8();
            } else if (!l->isHttps() && t.plainListenerId.isEmpty()) {
                t.plainListenerId = l->listenerId.toUtf8();
            }
        }
        if (!t.secondHttpsListenerId.isEmpty() && !t.plainListenerId.isEmpty())
            return t;
    }
    qFatal("no active accelerator with two HTTPS listeners and a plain one");
}

ParamMap dissociate(const Target &t, const QStringList &domains, const QByteArray &token = {})
{
    ParamMap params { { "AcceleratorId", t.acceleratorId }, { "ListenerId", t.listenerId } };
    for (qsizetype i = 0; i < domains.size(); ++i)
        params["Domains." + QByteArray::number(i + 1)] = domains[i].toUtf8();
    if (!token.isEmpty())
        params["ClientToken"] = token;
    return params;
}

ParamMap associate(const Target &t, const QList<QPair<QByteArray, QByteArray>> &domainAndId)
{
    ParamMap params { { "AcceleratorId", t.acceleratorId }, { "ListenerId", t.listenerId } };
    for (qsizetype i = 0; i < domainAndId.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        params["Certificates." + n + ".Domain"] = domainAndId[i].first;
        params["Certificates." + n + ".Id"] = domainAndId[i].second;
    }
    return params;
}

ParamMap update(const Target &t, const QString &domain, const QByteArray &certificateId)
{
    return { { "AcceleratorId", t.acceleratorId },
             { "ListenerId", t.listenerId },
             { "Domain", domain.toUtf8() },
             { "CertificateId", certificateId } };
}

QString state(const RawReply &reply)
{
    return reply.body.value(QStringLiteral("State")).toString();
}

} // namespace

class TestEmulatorMutations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void asynchronousTransition();
    void updateDurationIsInjectable();
    void instanceLock();
    void lockedAccelerators();
    void idempotency();
    void idempotencyAcrossSignatureVersions();
    void tenDomainsAtMost();
    void unknownDomainFailsTheBatch();
    void nonHttpsListener();
    void associateRules();
    void associateAndUpdateAnswer();
    void instanceLockOfAssociateAndUpdate_data();
    void instanceLockOfAssociateAndUpdate();
    void idempotencyOfAssociateAndUpdate_data();
    void idempotencyOfAssociateAndUpdate();
    void clientTokenWithSpacesAndSigns_data();
    void clientTokenWithSpacesAndSigns();
    void updateShowsCertificateState();
    void dryRun();

private:
    RawReply describeListener(const QByteArray &id)
    {
        return m_client->call("DescribeListener", { { "ListenerId", id } });
    }
    RawReply describeAccelerator(const QByteArray &id)
    {
        return m_client->call("DescribeAccelerator", { { "AcceleratorId", id } });
    }
    QStringList additionalDomains(const Target &t)
    {
        const RawReply reply = m_client->call("ListListenerCertificates",
                                              { { "AcceleratorId", t.acceleratorId },
                                                { "ListenerId", t.listenerId },
                                                { "Role", "additional" },
                                                { "MaxResults", "50" } });
        QStringList domains;
        for (const QJsonValue &c : array(reply, "Certificates"))
            domains.append(field(c, "Domain"));
        return domains;
    }

    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<EmulatorClient> m_client;
};

void TestEmulatorMutations::init()
{
    m_emulator = startEmulator(smallWorld(150));
    m_client = std::make_unique<EmulatorClient>(m_emulator->baseUrl());
}

void TestEmulatorMutations::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void TestEmulatorMutations::asynchronousTransition()
{
    const Target t = target(m_emulator->world());
    QElapsedTimer clock;
    clock.start();
    const RawReply accepted
        = m_client->call("DissociateAdditionalCertificatesFromListener",
                         dissociate(t, { t.domains[0], t.domains[3] }, "async-1"));
    QCOMPARE(accepted.status, 200);
    QVERIFY(!accepted.requestId().isEmpty());
    QVERIFY(clock.elapsed() < 150); // the RequestId comes back at once

    // Busy: the listener is updating, the accelerator not active, nothing applied yet.
    QCOMPARE(state(describeListener(t.listenerId)), QStringLiteral("updating"));
    const QString acceleratorState = state(describeAccelerator(t.acceleratorId));
    QVERIFY(acceleratorState != u"active");
    QVERIFY(!acceleratorState.isEmpty());
    QVERIFY(additionalDomains(t).contains(t.domains[0]));

    QVERIFY(
        m_client->waitForListenerState(QString::fromUtf8(t.listenerId), QStringLiteral("active")));
    QVERIFY(clock.elapsed() >= 140);
    QCOMPARE(state(describeAccelerator(t.acceleratorId)), QStringLiteral("active"));
    const QStringList after = additionalDomains(t);
    QCOMPARE(after.size(), t.domains.size() - 2);
    QVERIFY(!after.contains(t.domains[0]));
    QVERIFY(!after.contains(t.domains[3]));
    QCOMPARE(m_client->stats().value(QStringLiteral("mutationsApplied")).toInt(), 1);
}

void TestEmulatorMutations::updateDurationIsInjectable()
{
    const Target t = target(m_emulator->world());
    m_emulator->setUpdateMs(0);
    QCOMPARE(
        m_client
            ->call("DissociateAdditionalCertificatesFromListener", dissociate(t, { t.domains[1] }))
            .status,
        200);
    QVERIFY(m_client->waitForListenerState(QString::fromUtf8(t.listenerId),
                                           QStringLiteral("active"), 1'000));
    QVERIFY(!additionalDomains(t).contains(t.domains[1]));
}

// docs/ga-api.md §2.7, §5: GA locks the whole instance while a certificate operation runs.
void TestEmulatorMutations::instanceLock()
{
    m_emulator->setUpdateMs(400);
    const Target t = target(m_emulator->world());
    QCOMPARE(
        m_client
            ->call("DissociateAdditionalCertificatesFromListener", dissociate(t, { t.domains[0] }))
            .status,
        200);

    // The same listener again.
    RawReply refused = m_client->call("DissociateAdditionalCertificatesFromListener",
                                      dissociate(t, { t.domains[1] }));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code(), QStringLiteral("NotActive.Listener"));
    QCOMPARE(refused.body.value(QStringLiteral("Message")).toString(),
             QStringLiteral("The state of the listener is not active."));

    // Another HTTPS listener of the same accelerator.
    refused = m_client->call("AssociateAdditionalCertificatesWithListener",
                             { { "AcceleratorId", t.acceleratorId },
                               { "ListenerId", t.secondHttpsListenerId },
                               { "Certificates.1.Id", "222222-cn-hangzhou" },
                               { "Certificates.1.Domain", "locked.example.com" } });
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code(), QStringLiteral("StateError.Accelerator"));
    QCOMPARE(refused.body.value(QStringLiteral("Message")).toString(),
             QStringLiteral("The state of the accelerated instance is invalid."));

    // Reads go on while it is busy.
    QCOMPARE(describeListener(t.listenerId).status, 200);
    QCOMPARE(m_client->call("ListAccelerators").status, 200);

    QVERIFY(
        m_client->waitForListenerState(QString::fromUtf8(t.listenerId), QStringLiteral("active")));
    QCOMPARE(
        m_client
            ->call("DissociateAdditionalCertificatesFromListener", dissociate(t, { t.domains[1] }))
            .status,
        200);
    QCOMPARE(m_client->stats().value(QStringLiteral("mutationsApplied")).toInt(), 1);
}

// An accelerator in another state (finacialLocked, binding, ...) takes no mutation.
void TestEmulatorMutations::lockedAccelerators()
{
    int checked = 0;
    for (const emu::EmuAccelerator &a : m_emulator->world().accelerators()) {
        if (a.state == u"active")
            continue;
        const emu::EmuListener *https = nullptr;
        for (const emu::EmuListener *l : m_emulator->world().listenersOf(a.acceleratorId)) {
            if (l->isHttps() && !l->additional.isEmpty())
                https = l;
        }
        QVERIFY(https);
        const RawReply reply
            = m_client->call("DissociateAdditionalCertificatesFromListener",
                             { { "AcceleratorId", a.acceleratorId.toUtf8() },
                               { "ListenerId", https->listenerId.toUtf8() },
                               { "Domains.1", https->additional.first().domain.toUtf8() } });
        QCOMPARE(reply.code(), QStringLiteral("StateError.Accelerator"));
        ++checked;
    }
    QVERIFY(checked >= 2);
}

void TestEmulatorMutations::idempotency()
{
    const Target t = target(m_emulator->world());
    const ParamMap params = dissociate(t, { t.domains[2] }, "intent-42");
    const RawReply first = m_client->call("DissociateAdditionalCertificatesFromListener", params);
    QCOMPARE(first.status, 200);

    // A retry while the operation runs: the first RequestId, not NotActive.Listener.
    RawReply retry = m_client->call("DissociateAdditionalCertificatesFromListener", params);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.requestId(), first.requestId());

    QVERIFY(
        m_client->waitForListenerState(QString::fromUtf8(t.listenerId), QStringLiteral("active")));
    // And after it finished, though the domain is gone by now.
    retry = m_client->call("DissociateAdditionalCertificatesFromListener", params);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.requestId(), first.requestId());
    QCOMPARE(state(describeListener(t.listenerId)), QStringLiteral("active")); // nothing started

    // The same token with other parameters is refused.
    const RawReply mismatch = m_client->call("DissociateAdditionalCertificatesFromListener",
                                             dissociate(t, { t.domains[4] }, "intent-42"));
    QCOMPARE(mismatch.status, 400);
    QCOMPARE(mismatch.code(), QStringLiteral("IdempotentParameterMismatch"));
    QVERIFY(additionalDomains(t).contains(t.domains[4]));

    const QJsonObject stats = m_client->stats();
    QCOMPARE(stats.value(QStringLiteral("mutationsApplied")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("distinctClientTokensApplied")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("idempotentReplays")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("requestsByAction"))
                 .toObject()
                 .value(QStringLiteral("DissociateAdditionalCertificatesFromListener"))
                 .toInt(),
             4);
}

// The token belongs to the request, not to its signature: a retry may be signed either way.
void TestEmulatorMutations::idempotencyAcrossSignatureVersions()
{
    const Target t = target(m_emulator->world());
    const ParamMap params = dissociate(t, { t.domains[5] }, "intent-v1-v3");
    const RawReply first = m_client->call("DissociateAdditionalCertificatesFromListener", params,
                                          SignatureVersion::V3);
    const RawReply again = m_client->call("DissociateAdditionalCertificatesFromListener", params,
                                          SignatureVersion::V1, Shape::FormPost);
    QCOMPARE(first.status, 200);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.requestId(), first.requestId());
}

void TestEmulatorMutations::tenDomainsAtMost()
{
    const Target t = target(m_emulator->world());
    QVERIFY(t.domains.size() >= 11);
    const RawReply eleven = m_client->call("DissociateAdditionalCertificatesFromListener",
                                           dissociate(t, t.domains.mid(0, 11)));
    QCOMPARE(eleven.status, 400);
    QCOMPARE(eleven.code(), QStringLiteral("InvalidParameter.Domains"));
    QCOMPARE(state(describeListener(t.listenerId)), QStringLiteral("active"));

    ParamMap associate { { "AcceleratorId", t.acceleratorId },
                         { "ListenerId", t.secondHttpsListenerId } };
    for (int i = 1; i <= 11; ++i) {
        associate["Certificates." + QByteArray::number(i) + ".Id"] = "333333-cn-hangzhou";
        associate["Certificates." + QByteArray::number(i) + ".Domain"]
            = "d" + QByteArray::number(i) + ".example.org";
    }
    QCOMPARE(m_client->call("AssociateAdditionalCertificatesWithListener", associate).code(),
             QStringLiteral("InvalidParameter.Domains"));

    const RawReply ten = m_client->call("DissociateAdditionalCertificatesFromListener",
                                        dissociate(t, t.domains.mid(0, 10)));
    QCOMPARE(ten.status, 200);
    QVERIFY(
        m_client->waitForListenerState(QString::fromUtf8(t.listenerId), QStringLiteral("active")));
    QCOMPARE(additionalDomains(t), t.domains.mid(10));
}

void TestEmulatorMutations::unknownDomainFailsTheBatch()
{
    const Target t = target(m_emulator->world());
    const RawReply reply
        = m_client->call("DissociateAdditionalCertificatesFromListener",
                         dissociate(t, { t.domains[0], QStringLiteral("nothere.example.com") }));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), QStringLiteral("NotExist.Certificate"));
    QVERIFY(reply.body.value(QStringLiteral("Message"))
                .toString()
                .contains(QStringLiteral("nothere.example.com")));
    // All or nothing: the domain that exists is still there and nothing started.
    QCOMPARE(state(describeListener(t.listenerId)), QStringLiteral("active"));
    QVERIFY(additionalDomains(t).contains(t.domains[0]));

    const RawReply update = m_client->call("UpdateAdditionalCertificateWithListener",
                                           { { "AcceleratorId", t.acceleratorId },
                                             { "ListenerId", t.listenerId },
                                             { "Domain", "nothere.example.com" },
                                             { "CertificateId", "1-cn-hangzhou" } });
    QCOMPARE(update.code(), QStringLiteral("NotExist.Certificate"));
}

void TestEmulatorMutations::nonHttpsListener()
{
    const Target t = target(m_emulator->world());
    ParamMap params = dissociate(t, { QStringLiteral("a.example.com") });
    params["ListenerId"] = t.plainListenerId;
    const RawReply reply = m_client->call("DissociateAdditionalCertificatesFromListener", params);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), QStringLiteral("NotSupported.ListenerProtocol"));

    const RawReply associate = m_client->call("AssociateAdditionalCertificatesWithListener",
                                              { { "AcceleratorId", t.acceleratorId },
                                                { "ListenerId", t.plainListenerId },
                                                { "Certificates.1.Id", "1-cn-hangzhou" },
                                                { "Certificates.1.Domain", "a.example.com" } });
    QCOMPARE(associate.code(), QStringLiteral("NotSupported.ListenerProtocol"));
}

void TestEmulatorMutations::associateRules()
{
    const Target t = target(m_emulator->world());
    ParamMap existing { { "AcceleratorId", t.acceleratorId },
                        { "ListenerId", t.listenerId },
                        { "Certificates.1.Id", "1-cn-hangzhou" },
                        { "Certificates.1.Domain", t.domains[0].toUtf8() } };
    QCOMPARE(m_client->call("AssociateAdditionalCertificatesWithListener", existing).code(),
             QStringLiteral("Exist.AdditionalCertificate"));
    QCOMPARE(state(describeListener(t.listenerId)), QStringLiteral("active"));
    // The quota and the 3 domains per certificate: tst_emulator_quota.
}

// docs/ga-api.md §2.6, §2.8: both answer {ListenerId, RequestId}, strings, whichever signature.
void TestEmulatorMutations::associateAndUpdateAnswer()
{
    const Target t = target(m_emulator->world());
    int round = 0;
    for (const SignatureVersion version : { SignatureVersion::V1, SignatureVersion::V3 }) {
        ++round;
        const QByteArray domain = "answer" + QByteArray::number(round) + ".example.org";
        const RawReply associated
            = m_client->call("AssociateAdditionalCertificatesWithListener",
                             associate(t, { { domain, "121212-cn-hangzhou" } }), version);
        QCOMPARE(associated.status, 200);
        QCOMPARE(associated.body.keys(),
                 (QStringList { QStringLiteral("ListenerId"), QStringLiteral("RequestId") }));
        QVERIFY(associated.body.value(QStringLiteral("ListenerId")).isString());
        QVERIFY(associated.body.value(QStringLiteral("RequestId")).isString());
        QCOMPARE(associated.body.value(QStringLiteral("ListenerId")).toString(),
                 QString::fromUtf8(t.listenerId));
        QVERIFY(m_client->waitForListenerState(QString::fromUtf8(t.listenerId),
                                               QStringLiteral("active")));

        const RawReply updated
            = m_client->call("UpdateAdditionalCertificateWithListener",
                             update(t, QString::fromUtf8(domain), "131313-cn-hangzhou"), version);
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.body.keys(),
                 (QStringList { QStringLiteral("ListenerId"), QStringLiteral("RequestId") }));
        QVERIFY(updated.body.value(QStringLiteral("ListenerId")).isString());
        QVERIFY(updated.body.value(QStringLiteral("RequestId")).isString());
        QCOMPARE(updated.body.value(QStringLiteral("ListenerId")).toString(),
                 QString::fromUtf8(t.listenerId));
        QVERIFY(m_client->waitForListenerState(QString::fromUtf8(t.listenerId),
                                               QStringLiteral("active")));
    }
}

// The instance lock of instanceLock(), with an Associate or an Update holding it.
void TestEmulatorMutations::instanceLockOfAssociateAndUpdate_data()
{
    QTest::addColumn<bool>("updateHoldsIt");
    QTest::newRow("Associate holds it") << false;
    QTest::newRow("Update holds it") << true;
}

void TestEmulatorMutations::instanceLockOfAssociateAndUpdate()
{
    QFETCH(bool, updateHoldsIt);
    m_emulator->setUpdateMs(400);
    const Target t = target(m_emulator->world());
    const RawReply first = updateHoldsIt
        ? m_client->call("UpdateAdditionalCertificateWithListener",
                         update(t, t.domains[0], "141414-cn-hangzhou"))
        : m_client->call("AssociateAdditionalCertificatesWithListener",
                         associate(t, { { "held.example.org", "141414-cn-hangzhou" } }));
    QCOMPARE(first.status, 200);

    // The same listener: every mutation is refused with NotActive.Listener.
    const QList<QPair<QByteArray, ParamMap>> sameListener {
        { "AssociateAdditionalCertificatesWithListener",
          associate(t, { { "other.example.org", "151515-cn-hangzhou" } }) },
        { "UpdateAdditionalCertificateWithListener",
          update(t, t.domains[1], "151515-cn-hangzhou") },
        { "DissociateAdditionalCertificatesFromListener", dissociate(t, { t.domains[2] }) },
    };
    for (const auto &[action, params] : sameListener) {
        const RawReply refused = m_client->call(action, params);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.code(), QStringLiteral("NotActive.Listener"));
    }
    // Another HTTPS listener of the same accelerator: StateError.Accelerator.
    Target second = t;
    second.listenerId = t.secondHttpsListenerId;
    const QString secondDomain
        = m_emulator->world().listener(QString::fromUtf8(second.listenerId))->additional[0].domain;
    const QList<QPair<QByteArray, ParamMap>> otherListener {
        { "AssociateAdditionalCertificatesWithListener",
          associate(second, { { "other.example.org", "151515-cn-hangzhou" } }) },
        { "UpdateAdditionalCertificateWithListener",
          update(second, secondDomain, "151515-cn-hangzhou") },
        { "DissociateAdditionalCertificatesFromListener", dissociate(second, { secondDomain }) },
    };
    for (const auto &[action, params] : otherListener) {
        const RawReply refused = m_client->call(action, params);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.code(), QStringLiteral("StateError.Accelerator"));
    }

    QVERIFY(
        m_client->waitForListenerState(QString::fromUtf8(t.listenerId), QStringLiteral("active")));
    const QJsonObject stats = m_client->stats();
    QCOMPARE(stats.value(QStringLiteral("mutationsAccepted")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("mutationsApplied")).toInt(), 1);
    // Free again.
    QCOMPARE(m_client
                 ->call("UpdateAdditionalCertificateWithListener",
                        update(second, secondDomain, "161616-cn-hangzhou"))
                 .status,
             200);
}

// idempotency(), for Associate and Update: the same token and parameters get the first
// RequestId and apply nothing again, during the operation and after it; the same token with
// other parameters, or on another action, is refused with IdempotentParameterMismatch.
void TestEmulatorMutations::idempotencyOfAssociateAndUpdate_data()
{
    QTest::addColumn<bool>("isUpdate");
    QTest::newRow("Associate") << false;
    QTest::newRow("Update") << true;
}

void TestEmulatorMutations::idempotencyOfAssociateAndUpdate()
{
    QFETCH(bool, isUpdate);
    const Target t = target(m_emulator->world());
    const QByteArray action = isUpdate ? "UpdateAdditionalCertificateWithListener"
                                       : "AssociateAdditionalCertificatesWithListener";
    const QByteArray token = isUpdate ? "update-intent-7" : "associate-intent-7";
    const auto params = [&](const char *certificateId) {
        ParamMap p = isUpdate ? update(t, t.domains[3], certificateId)
                              : associate(t, { { "again.example.org", certificateId } });
        p["ClientToken"] = token;
        return p;
    };
    const RawReply first = m_client->call(action, params("171717-cn-hangzhou"));
    QCOMPARE(first.status, 200);

    RawReply retry = m_client->call(action, params("171717-cn-hangzhou"), SignatureVersion::V1);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.requestId(), first.requestId());
    QCOMPARE(retry.body.value(QStringLiteral("ListenerId")).toString(),
             QString::fromUtf8(t.listenerId));

    QVERIFY(
        m_client->waitForListenerState(QString::fromUtf8(t.listenerId), QStringLiteral("active")));
    retry = m_client->call(action, params("171717-cn-hangzhou"));
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.requestId(), first.requestId());
    QCOMPARE(retry.body.keys(),
             (QStringList { QStringLiteral("ListenerId"), QStringLiteral("RequestId") }));
    QCOMPARE(state(describeListener(t.listenerId)), QStringLiteral("active")); // nothing started

    // Other parameters, and another action, with the same token.
    const RawReply mismatch = m_client->call(action, params("181818-cn-hangzhou"));
    QCOMPARE(mismatch.status, 400);
    QCOMPARE(mismatch.code(), QStringLiteral("IdempotentParameterMismatch"));
    const RawReply otherAction = m_client->call("DissociateAdditionalCertificatesFromListener",
                                                dissociate(t, { t.domains[5] }, token));
    QCOMPARE(otherAction.code(), QStringLiteral("IdempotentParameterMismatch"));

    const emu::EmuListener *listener
        = m_emulator->world().listener(QString::fromUtf8(t.listenerId));
    if (isUpdate) {
        QCOMPARE(listener->additionalFor(t.domains[3])->certificateId,
                 QStringLiteral("171717-cn-hangzhou"));
    } else {
        QVERIFY(listener->additionalFor(QStringLiteral("again.example.org")));
        QCOMPARE(listener->additional.size(), t.domains.size() + 1); // applied once
    }
    QVERIFY(listener->additionalFor(t.domains[5]));
    const QJsonObject stats = m_client->stats();
    QCOMPARE(stats.value(QStringLiteral("mutationsApplied")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("distinctClientTokensApplied")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("idempotentReplays")).toInt(), 2);
}

// docs/ga-api.md §2.10: a ClientToken may hold any printable ASCII, the space included. It is
// percent-encoded (%20 for the space, never '+') in every signature version and wire shape; the
// emulator verifies the signature, stores the token decoded and recognises it on a repeat sent
// another way.
void TestEmulatorMutations::clientTokenWithSpacesAndSigns_data()
{
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<Shape>("shape");
    QTest::newRow("v1 sdk-post") << SignatureVersion::V1 << Shape::SdkPost;
    QTest::newRow("v1 form-post") << SignatureVersion::V1 << Shape::FormPost;
    QTest::newRow("v1 get") << SignatureVersion::V1 << Shape::Get;
    QTest::newRow("v3 sdk-post") << SignatureVersion::V3 << Shape::SdkPost;
    QTest::newRow("v3 form-post") << SignatureVersion::V3 << Shape::FormPost;
    QTest::newRow("v3 get") << SignatureVersion::V3 << Shape::Get;
}

void TestEmulatorMutations::clientTokenWithSpacesAndSigns()
{
    QFETCH(SignatureVersion, version);
    QFETCH(Shape, shape);
    const QString token = QStringLiteral("a b+c*d~e%f/g");
    QVERIFY(validate::clientToken(token).ok());
    QByteArray seen;
    m_emulator->setRequestObserver([&seen](const emu::IncomingRequest &request) {
        for (const auto &[name, value] : request.query)
            if (name == "ClientToken")
                seen = value;
        for (const auto &[name, value] : request.form)
            if (name == "ClientToken")
                seen = value;
    });
    const Target t = target(m_emulator->world());
    const ParamMap params = dissociate(t, { t.domains[7] }, token.toUtf8());
    const RawReply first
        = m_client->call("DissociateAdditionalCertificatesFromListener", params, version, shape);
    QVERIFY2(first.status == 200, first.bytes.constData());
    QCOMPARE(seen, token.toUtf8()); // decoded exactly, '+' not turned into a space
    QVERIFY(
        m_client->waitForListenerState(QString::fromUtf8(t.listenerId), QStringLiteral("active")));
    QCOMPARE(m_emulator->stats().appliedClientTokens, QSet<QString> { token });

    // The repeat, signed the same way and the other way: the first RequestId, nothing applied.
    const SignatureVersion other
        = version == SignatureVersion::V1 ? SignatureVersion::V3 : SignatureVersion::V1;
    for (const SignatureVersion again : { version, other }) {
        const RawReply repeat
            = m_client->call("DissociateAdditionalCertificatesFromListener", params, again, shape);
        QVERIFY2(repeat.status == 200, repeat.bytes.constData());
        QCOMPARE(repeat.requestId(), first.requestId());
    }
    QCOMPARE(m_emulator->stats().mutationsApplied, qint64(1));
    QCOMPARE(m_emulator->stats().idempotentReplays, qint64(2));
    QCOMPARE(m_emulator->stats().signatureFailures, qint64(0));
    QVERIFY(!m_emulator->world()
                 .listener(QString::fromUtf8(t.listenerId))
                 ->additionalFor(t.domains[7]));
    m_emulator->setRequestObserver({});
}

// docs/ga-api.md §2.8: Update's progress shows on the certificate, updating then active.
void TestEmulatorMutations::updateShowsCertificateState()
{
    const Target t = target(m_emulator->world());
    const QString domain = t.domains[6];
    QCOMPARE(m_client
                 ->call("UpdateAdditionalCertificateWithListener",
                        { { "AcceleratorId", t.acceleratorId },
                          { "ListenerId", t.listenerId },
                          { "Domain", domain.toUtf8() },
                          { "CertificateId", "555555-cn-hangzhou" } })
                 .status,
             200);
    const auto certificate = [&] {
        const RawReply reply = m_client->call("ListListenerCertificates",
                                              { { "AcceleratorId", t.acceleratorId },
                                                { "ListenerId", t.listenerId },
                                                { "Role", "additional" },
                                                { "MaxResults", "50" } });
        for (const QJsonValue &c : array(reply, "Certificates")) {
            if (field(c, "Domain") == domain)
                return c.toObject();
        }
        return QJsonObject();
    };
    QCOMPARE(certificate().value(QStringLiteral("State")).toString(), QStringLiteral("updating"));
    QVERIFY(
        m_client->waitForListenerState(QString::fromUtf8(t.listenerId), QStringLiteral("active")));
    QCOMPARE(certificate().value(QStringLiteral("State")).toString(), QStringLiteral("active"));
    QCOMPARE(certificate().value(QStringLiteral("CertificateId")).toString(),
             QStringLiteral("555555-cn-hangzhou"));
}

void TestEmulatorMutations::dryRun()
{
    const Target t = target(m_emulator->world());
    const RawReply reply = m_client->call("UpdateAdditionalCertificateWithListener",
                                          { { "AcceleratorId", t.acceleratorId },
                                            { "ListenerId", t.listenerId },
                                            { "Domain", t.domains[0].toUtf8() },
                                            { "CertificateId", "666666-cn-hangzhou" },
                                            { "DryRun", "true" } });
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), QStringLiteral("DryRunOperation"));
    QCOMPARE(state(describeListener(t.listenerId)), QStringLiteral("active"));
}

QTEST_GUILESS_MAIN(TestEmulatorMutations)
#include "tst_emulator_mutations.moc"
