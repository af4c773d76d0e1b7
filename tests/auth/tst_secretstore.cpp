// SecretStore against the real Secret Service (the test command's gnome-keyring session), and
// the session-only store beside it.
#include "auth/keychainsecretstore.h"
#include "auth/sessionsecretstore.h"

#include <QPointer>
#include <QStandardPaths>
#include <QTest>

using namespace ga;

namespace {

// Waits for a job and copies out what it finished with (the job deletes itself).
struct Outcome
{
    bool finished = false;
    bool ok = false;
    SecretError error;
    QString secret;
};

Outcome wait(SecretJob *job)
{
    Outcome outcome;
    QObject context;
    job->onFinished(&context, [&outcome](const SecretJob &done) {
        outcome = { true, done.ok(), done.error(), done.secret() };
    });
    (void)QTest::qWaitFor([&] { return outcome.finished; }, 20'000);
    return outcome;
}

const QString service = QStringLiteral("ga-console-test");

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadOverwriteDelete();
    void readMissingIsNotFound();
    void probeLeavesNothing();
    void jobsDeleteThemselves();
    void sessionStoreIsMemoryOnly();
};

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    KeychainSecretStore store(service);
    const Outcome probe = wait(store.probe());
    QVERIFY2(probe.ok,
             qPrintable(QStringLiteral("These tests need a usable Secret Service: run them "
                                       "through scripts/test.sh (dbus-run-session with an "
                                       "unlocked gnome-keyring). ")
                        + probe.error.message));
}

void TestSecretStore::writeReadOverwriteDelete()
{
    KeychainSecretStore store(service);
    QVERIFY(store.isPersistent());
    const QString key = QStringLiteral("rw:LTAI5tReadWrite");
    QVERIFY(wait(store.write(key, QStringLiteral("first-secret"))).ok);
    Outcome read = wait(store.read(key));
    QVERIFY2(read.ok, qPrintable(read.error.message));
    QCOMPARE(read.secret, QStringLiteral("first-secret"));

    QVERIFY(wait(store.write(key, QStringLiteral("second-secret ünïcode"))).ok);
    read = wait(store.read(key));
    QCOMPARE(read.secret, QStringLiteral("second-secret ünïcode"));

    QVERIFY(wait(store.remove(key)).ok);
    read = wait(store.read(key));
    QVERIFY(!read.ok);
    QCOMPARE(read.error.kind, SecretError::Kind::NotFound);
    QVERIFY(wait(store.remove(key)).ok); // deleting what is gone succeeds
}

void TestSecretStore::readMissingIsNotFound()
{
    KeychainSecretStore store(service);
    const Outcome read = wait(store.read(QStringLiteral("never:written")));
    QVERIFY(read.finished);
    QCOMPARE(read.error.kind, SecretError::Kind::NotFound);
    QVERIFY2(read.error.message.contains(QStringLiteral("\"never\"")),
             qPrintable(read.error.message));
    QVERIFY(read.error.message.contains(QStringLiteral("unlock")));
    QVERIFY(!read.error.keychainUnusable());
}

void TestSecretStore::probeLeavesNothing()
{
    KeychainSecretStore store(service);
    QVERIFY(wait(store.probe()).ok);
    QCOMPARE(wait(store.read(QStringLiteral("ga-console-probe"))).error.kind,
             SecretError::Kind::NotFound);
}

void TestSecretStore::jobsDeleteThemselves()
{
    KeychainSecretStore store(service);
    QPointer<SecretJob> job = store.read(QStringLiteral("never:written"));
    QVERIFY(wait(job).finished);
    QTRY_VERIFY(job.isNull());
}

void TestSecretStore::sessionStoreIsMemoryOnly()
{
    SessionSecretStore store;
    QVERIFY(!store.isPersistent());
    QVERIFY(store.description().contains(QStringLiteral("session")));
    QVERIFY(wait(store.probe()).ok);
    QVERIFY(wait(store.write(QStringLiteral("s:ID"), QStringLiteral("session-secret"))).ok);
    QCOMPARE(wait(store.read(QStringLiteral("s:ID"))).secret, QStringLiteral("session-secret"));
    QVERIFY(wait(store.remove(QStringLiteral("s:ID"))).ok);
    const Outcome gone = wait(store.read(QStringLiteral("s:ID")));
    QCOMPARE(gone.error.kind, SecretError::Kind::NotFound);
    QVERIFY(gone.error.message.contains(QStringLiteral("memory")));

    // The keychain never sees what the session store holds.
    QVERIFY(wait(store.write(QStringLiteral("s:ID"), QStringLiteral("session-secret"))).ok);
    KeychainSecretStore keychain(service);
    QCOMPARE(wait(keychain.read(QStringLiteral("s:ID"))).error.kind, SecretError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
