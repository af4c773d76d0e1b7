// Paging exactly as docs/ga-api.md documents it: PageNumber/PageSize (at most 50) for
// ListAccelerators and ListListeners, MaxResults/NextToken for ListListenerCertificates, at
// the boundaries 0, 1, 50, 51 and 120 items.

#include "emulatorclient.h"
#include "world.h"

#include <QSet>
#include <QTest>

using namespace ga;
using namespace ga::test;

class TestEmulatorPaging : public QObject
{
    Q_OBJECT

private slots:
    void counts_data();
    void listAccelerators_data() { counts_data(); }
    void listAccelerators();
    void listListeners_data() { counts_data(); }
    void listListeners();
    void listListenerCertificates_data() { counts_data(); }
    void listListenerCertificates();
    void defaultsAndLimits();
};

void TestEmulatorPaging::counts_data()
{
    QTest::addColumn<int>("count");
    for (const int count : { 0, 1, 50, 51, 120 })
        QTest::addRow("%d", count) << count;
}

namespace {

int pagesFor(int count, int pageSize)
{
    return count == 0 ? 1 : (count + pageSize - 1) / pageSize;
}

} // namespace

void TestEmulatorPaging::listAccelerators()
{
    QFETCH(int, count);
    emu::EmulatorOptions options = smallWorld();
    options.accelerators = count;
    options.listeners = 1;
    options.certificates = 0;
    const auto emulator = startEmulator(options);
    EmulatorClient client(emulator->baseUrl());

    QSet<QString> seen;
    const int pages = pagesFor(count, 50);
    for (int page = 1; page <= pages + 1; ++page) {
        const RawReply reply
            = client.call("ListAccelerators",
                          { { "PageSize", "50" }, { "PageNumber", QByteArray::number(page) } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.value(QStringLiteral("TotalCount")).toInt(), count);
        QCOMPARE(reply.body.value(QStringLiteral("PageNumber")).toInt(), page);
        QCOMPARE(reply.body.value(QStringLiteral("PageSize")).toInt(), 50);
        const QJsonArray items = array(reply, "Accelerators");
        const int expected = page > pages ? 0 : qMin(50, count - (page - 1) * 50);
        QCOMPARE(items.size(), expected); // past the last page: an empty array
        for (const QJsonValue &item : items)
            seen.insert(field(item, "AcceleratorId"));
    }
    QCOMPARE(seen.size(), count);
}

void TestEmulatorPaging::listListeners()
{
    QFETCH(int, count);
    emu::EmulatorOptions options = smallWorld();
    options.accelerators = 1;
    options.listeners = count;
    options.certificates = 0;
    const auto emulator = startEmulator(options);
    EmulatorClient client(emulator->baseUrl());
    const QByteArray id = emulator->world().accelerators().first().acceleratorId.toUtf8();

    QSet<QString> seen;
    const int pages = pagesFor(count, 50);
    for (int page = 1; page <= pages + 1; ++page) {
        const RawReply reply = client.call("ListListeners",
                                           { { "AcceleratorId", id },
                                             { "PageSize", "50" },
                                             { "PageNumber", QByteArray::number(page) } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.value(QStringLiteral("TotalCount")).toInt(), count);
        QCOMPARE(reply.body.value(QStringLiteral("PageNumber")).toInt(), page);
        const QJsonArray items = array(reply, "Listeners");
        QCOMPARE(items.size(), page > pages ? 0 : qMin(50, count - (page - 1) * 50));
        for (const QJsonValue &item : items)
            seen.insert(field(item, "ListenerId"));
    }
    QCOMPARE(seen.size(), count);
}

void TestEmulatorPaging::listListenerCertificates()
{
    QFETCH(int, count);
    emu::EmulatorOptions options = smallWorld();
    options.accelerators = 1;
    options.listeners = 1; // the first listener is always HTTPS
    options.certificates = count;
    const auto emulator = startEmulator(options);
    EmulatorClient client(emulator->baseUrl());
    const emu::EmuAccelerator &accelerator = emulator->world().accelerators().first();
    // The generator stops at the quota, 10 certificates of 3 domains (30, as many as GA
    // allows): the test adds the rest itself, a listener GA itself would never have.
    emu::EmuListener *listener = emulator->world().listener(accelerator.listenerIds.first());
    for (qsizetype i = listener->additional.size(); i < count; ++i)
        listener->additional.append({ QStringLiteral("%1-cn-hangzhou").arg(800'000 + i),
                                      QStringLiteral("p%1.paging.example.com").arg(i) });
    const ParamMap ids { { "AcceleratorId", accelerator.acceleratorId.toUtf8() },
                         { "ListenerId", accelerator.listenerIds.first().toUtf8() },
                         { "Role", "additional" },
                         { "MaxResults", "50" } };

    QSet<QString> domains;
    QByteArray token;
    int pages = 0;
    do {
        ParamMap params = ids;
        if (!token.isEmpty())
            params["NextToken"] = token;
        const RawReply reply = client.call("ListListenerCertificates", params);
        QCOMPARE(reply.status, 200);
        ++pages;
        QCOMPARE(reply.body.value(QStringLiteral("MaxResults")).toInt(), 50);
        QVERIFY(reply.body.value(QStringLiteral("NextToken")).isString());
        const QJsonArray items = array(reply, "Certificates");
        QCOMPARE(items.size(), qMin(50, count - (pages - 1) * 50));
        for (const QJsonValue &item : items)
            domains.insert(field(item, "Domain"));
        token = reply.body.value(QStringLiteral("NextToken")).toString().toUtf8();
        QVERIFY(pages <= 10);
    } while (!token.isEmpty());
    QCOMPARE(pages, pagesFor(count, 50));
    QCOMPARE(domains.size(), count);
}

void TestEmulatorPaging::defaultsAndLimits()
{
    emu::EmulatorOptions options = smallWorld();
    options.accelerators = 25;
    options.listeners = 1;
    options.certificates = 25;
    const auto emulator = startEmulator(options);
    EmulatorClient client(emulator->baseUrl());
    const emu::EmuAccelerator &accelerator = emulator->world().accelerators().first();
    const ParamMap ids { { "AcceleratorId", accelerator.acceleratorId.toUtf8() },
                         { "ListenerId", accelerator.listenerIds.first().toUtf8() } };

    // docs/ga-api.md: PageSize defaults to 10, MaxResults to 20.
    RawReply reply = client.call("ListAccelerators");
    QCOMPARE(reply.body.value(QStringLiteral("PageSize")).toInt(), 10);
    QCOMPARE(reply.body.value(QStringLiteral("PageNumber")).toInt(), 1);
    QCOMPARE(array(reply, "Accelerators").size(), 10);
    reply = client.call("ListListenerCertificates", ids);
    QCOMPARE(reply.body.value(QStringLiteral("MaxResults")).toInt(), 20);
    QCOMPARE(array(reply, "Certificates").size(), 20);
    QVERIFY(!reply.body.value(QStringLiteral("NextToken")).toString().isEmpty());

    for (const QByteArray &size : { QByteArray("51"), QByteArray("0"), QByteArray("ten") }) {
        reply = client.call("ListAccelerators", { { "PageSize", size } });
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("IllegalParameter.PageSize"));
        reply = client.call("ListListeners",
                            { { "AcceleratorId", ids.at("AcceleratorId") }, { "PageSize", size } });
        QCOMPARE(reply.code(), QStringLiteral("IllegalParameter.PageSize"));
        ParamMap params = ids;
        params["MaxResults"] = size;
        reply = client.call("ListListenerCertificates", params);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("IllegalParameter.MaxResults"));
    }
    reply = client.call("ListAccelerators", { { "PageNumber", "0" } });
    QCOMPARE(reply.code(), QStringLiteral("IllegalParameter.PageNumber"));

    // A token that this listener never handed out.
    ParamMap forged = ids;
    forged["NextToken"] = "not-a-token";
    reply = client.call("ListListenerCertificates", forged);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), QStringLiteral("IllegalParameter.NextToken"));
}

QTEST_GUILESS_MAIN(TestEmulatorPaging)
#include "tst_emulator_paging.moc"
