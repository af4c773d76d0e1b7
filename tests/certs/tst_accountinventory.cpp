#include "fakegaapi.h"
#include "inventory/accountinventory.h"

#include <QSignalSpy>
#include <QTest>

using namespace ga;

class TestAccountInventory : public QObject
{
    Q_OBJECT

private slots:
    void readsTheWholeAccount()
    {
        test::FakeGaApi api;
        api.seed(QStringLiteral("ga-a"), 2, 3);
        api.seed(QStringLiteral("ga-b"), 1, 4);
        AccountInventory inventory(&api);
        QSignalSpy finished(&inventory, &AccountInventory::finished);
        inventory.start();
        QVERIFY(finished.wait(5000));
        const AccountSnapshot &snapshot = inventory.snapshot();
        QCOMPARE(snapshot.accelerators.size(), 2);
        QCOMPARE(snapshot.listeners.value(QStringLiteral("ga-a")).size(), 2);
        const QList<CertificateUse> uses = certificateUses(snapshot);
        QCOMPARE(uses.size(), 2 * 3 + 4);
        QCOMPARE(uses.first().accelerator->acceleratorId, QStringLiteral("ga-a"));
        QCOMPARE(uses.last().listener->acceleratorId, QStringLiteral("ga-b"));
        QCOMPARE(snapshot.certificateIds().size(), 10);
        QVERIFY(!inventory.isRunning());
    }

    void firstErrorEndsIt()
    {
        test::FakeGaApi api;
        api.seed(QStringLiteral("ga-a"), 2, 3);
        ApiError error;
        error.kind = ApiError::Kind::Service;
        error.code = QStringLiteral("Throttling.User");
        api.failNext(QStringLiteral("ListListenerCertificates"), error);
        AccountInventory inventory(&api);
        QSignalSpy finished(&inventory, &AccountInventory::finished);
        QSignalSpy failed(&inventory, &AccountInventory::failed);
        inventory.start();
        QVERIFY(failed.wait(5000));
        QTest::qWait(20);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.first().first().value<ApiError>().code, QStringLiteral("Throttling.User"));
    }

    void withoutAnAccount()
    {
        AccountInventory inventory(nullptr);
        QSignalSpy failed(&inventory, &AccountInventory::failed);
        inventory.start();
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccountInventory)
#include "tst_accountinventory.moc"
