// The account-wide Certificates view's model, filter and controller: one row per listener and
// domain, every refresh and every new CAS detail a diff (only the changed cells, never a
// reset), at most ten checks per listener, the problem filters, sorting on raw values, and the
// controller over the in-memory GA and CAS (tests/support/fakegaapi.h, fakecasapi.h) reading
// while shown and re-reading a listener once a change on it is done.
#include "accountcertificatefilter.h"
#include "accountcertificatemodel.h"
#include "accountcontroller.h"
#include "certificatedisplay.h"
#include "certs/certificatecatalog.h"
#include "displaystate.h"
#include "fakecasapi.h"
#include "fakegaapi.h"
#include "modelroles.h"
#include "ops/changeoperation.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ga;
using Model = AccountCertificateModel;

namespace {

const QDateTime now = QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC);

// An account of `accelerators` × `listeners` HTTPS listeners × `domains` domains; domain d of
// listener l of accelerator a is "d<d>.l<l>.a<a>.example.com" with certificate "<n>-cn-hangzhou".
AccountSnapshot account(int accelerators, int listeners, int domains)
{
    AccountSnapshot snapshot;
    int n = 1000;
    for (int a = 0; a < accelerators; ++a) {
        Accelerator accelerator;
        accelerator.acceleratorId = QStringLiteral("ga-%1").arg(a);
        accelerator.name = QStringLiteral("accelerator %1").arg(a);
        accelerator.state = activeState();
        snapshot.accelerators.append(accelerator);
        for (int l = 0; l < listeners; ++l) {
            Listener listener;
            listener.listenerId = QStringLiteral("lsr-%1-%2").arg(a).arg(l);
            listener.acceleratorId = accelerator.acceleratorId;
            listener.name = QStringLiteral("listener %1").arg(l);
            listener.protocol = QStringLiteral("https");
            listener.state = activeState();
            listener.portRanges = { { 443 + l, 443 + l } };
            snapshot.listeners[accelerator.acceleratorId].append(listener);
            QList<ListenerCertificate> certificates;
            for (int d = 0; d < domains; ++d) {
                ListenerCertificate c;
                c.domain = QStringLiteral("d%1.l%2.a%3.example.com").arg(d).arg(l).arg(a);
                c.certificateId = QStringLiteral("%1-cn-hangzhou").arg(n++);
                c.state = activeState();
                certificates.append(c);
            }
            snapshot.certificates.insert(listener.listenerId, certificates);
        }
    }
    return snapshot;
}

CertificateDetails found(const QString &id, const QStringList &names, const QDateTime &notAfter)
{
    CertificateDetails details;
    details.status = CertificateDetails::Status::Found;
    details.certificate.certIdentifier = id;
    details.certificate.name = QStringLiteral("cert ") + id;
    details.certificate.commonName = names.value(0);
    details.certificate.subjectAlternativeNames = names;
    details.certificate.notBefore = notAfter.addDays(-365);
    details.certificate.notAfter = notAfter;
    details.certificate.status = QStringLiteral("issued");
    return details;
}

QString key(const QString &listener, const QString &domain)
{
    return Model::keyOf(listener, domain);
}

bool check(Model &model, const QString &rowKey)
{
    return model.setData(model.index(model.rowOf(rowKey), Model::DomainColumn), Qt::Checked,
                         Qt::CheckStateRole);
}

QStringList shownDomains(const QAbstractItemModel &proxy)
{
    QStringList domains;
    for (int r = 0; r < proxy.rowCount(); ++r)
        domains.append(proxy.index(r, 0).data(Model::DomainRole).toString());
    return domains;
}

} // namespace

class TestAccountCertificateModel : public QObject
{
    Q_OBJECT

private slots:
    void oneRowPerListenerAndDomain();
    void aRefreshIsADiffOfTheChangedCells();
    void detailsChangeOnlyTheirCells();
    void daysLeftFollowTheClock();
    void moreThanTenChecksOnOneListener();
    void checksSurviveARefreshAndGoneRowsUncheck();
    void dissociatingRowsCannotBeChecked();
    void problemFiltersShowAnyOfThePicked();
    void textFilterMatchesEveryWord();
    void sortsOnRawValues();
    void controllerReadsOnlyWhileActive();
    void controllerFollowsAChangeAndRereadsItsListener();
};

void TestAccountCertificateModel::oneRowPerListenerAndDomain()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(account(2, 3, 4), now);
    QCOMPARE(model.rowCount(), 24);
    const int row
        = model.rowOf(key(QStringLiteral("lsr-1-2"), QStringLiteral("d3.l2.a1.example.com")));
    QVERIFY(row >= 0);
    const auto cell = [&](int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(Model::AcceleratorNameColumn), QStringLiteral("accelerator 1"));
    QCOMPARE(cell(Model::AcceleratorIdColumn), QStringLiteral("ga-1"));
    QCOMPARE(cell(Model::ListenerNameColumn), QStringLiteral("listener 2"));
    QCOMPARE(cell(Model::ListenerIdColumn), QStringLiteral("lsr-1-2"));
    QCOMPARE(cell(Model::PortColumn), QStringLiteral("445"));
    QCOMPARE(cell(Model::CertificateIdColumn), QStringLiteral("1023-cn-hangzhou"));
    // Not looked up yet: the name says so, expiry and coverage are unknown.
    QCOMPARE(cell(Model::NameColumn), QStringLiteral("…"));
    QCOMPARE(cell(Model::DaysLeftColumn), QString());
    QCOMPARE(model.index(row, Model::DaysLeftColumn).data(StateRole).toString(),
             stateWord(DisplayState::CertificateUnknown));
    QCOMPARE(model.index(row, Model::StateColumn).data(StateRole).toString(), activeState());
}

void TestAccountCertificateModel::aRefreshIsADiffOfTheChangedCells()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AccountSnapshot snapshot = account(2, 2, 5);
    model.setSnapshot(snapshot, now);
    const QPersistentModelIndex kept = model.index(
        model.rowOf(key(QStringLiteral("lsr-1-1"), QStringLiteral("d4.l1.a1.example.com"))), 0);

    // One domain gone, one new, one with another certificate, one listener renamed.
    QList<ListenerCertificate> &first = snapshot.certificates[QStringLiteral("lsr-0-0")];
    first.removeAt(2);
    ListenerCertificate added = first.first();
    added.domain = QStringLiteral("new.example.com");
    snapshot.certificates[QStringLiteral("lsr-0-1")].append(added);
    snapshot.certificates[QStringLiteral("lsr-1-0")][1].certificateId
        = QStringLiteral("9-cn-hangzhou");
    snapshot.listeners[QStringLiteral("ga-1")][1].name = QStringLiteral("renamed");

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    // Which row and cells each dataChanged names, read when it is emitted.
    struct Change
    {
        QString key;
        int first;
        int last;
    };
    QList<Change> changes;
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                QCOMPARE(topLeft.row(), bottomRight.row());
                changes.append(
                    { topLeft.data(IdRole).toString(), topLeft.column(), bottomRight.column() });
            });
    model.setSnapshot(snapshot, now.addSecs(15));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 20);
    QVERIFY(model.rowOf(key(QStringLiteral("lsr-0-0"), QStringLiteral("d2.l0.a0.example.com")))
            < 0);
    QVERIFY(model.rowOf(key(QStringLiteral("lsr-0-1"), QStringLiteral("new.example.com"))) >= 0);
    // 1 certificate changed, 5 rows of the renamed listener: 6 dataChanged, only their cells.
    QCOMPARE(changes.size(), 6);
    int renamedCells = 0;
    for (const Change &change : std::as_const(changes)) {
        const int row = model.rowOf(change.key);
        QVERIFY(row >= 0);
        if (change.first == Model::ListenerNameColumn) {
            QCOMPARE(change.last, int(Model::ListenerNameColumn));
            QVERIFY(model.index(row, 0).data(ChangedAtRole).isNull());
            QCOMPARE(model.index(row, Model::ListenerNameColumn).data(ChangedAtRole).toDateTime(),
                     now.addSecs(15));
            ++renamedCells;
        } else {
            QCOMPARE(change.key,
                     key(QStringLiteral("lsr-1-0"), QStringLiteral("d1.l0.a1.example.com")));
            QCOMPARE(change.first, int(Model::NameColumn));
            QCOMPARE(change.last, int(Model::CertificateIdColumn));
        }
    }
    QCOMPARE(renamedCells, 5);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), QStringLiteral("d4.l1.a1.example.com"));

    // The same reading again changes nothing.
    changes.clear();
    model.setSnapshot(snapshot, now.addSecs(30));
    QCOMPARE(changes.size(), 0);
}

void TestAccountCertificateModel::detailsChangeOnlyTheirCells()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AccountSnapshot snapshot = account(1, 2, 3);
    // Two domains of two listeners share one certificate.
    snapshot.certificates[QStringLiteral("lsr-0-1")][0].certificateId
        = QStringLiteral("1000-cn-hangzhou");
    model.setSnapshot(snapshot, now);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDetails(
        { { QStringLiteral("1000-cn-hangzhou"),
            found(QStringLiteral("1000-cn-hangzhou"), { QStringLiteral("*.l0.a0.example.com") },
                  now.addDays(12).addSecs(3600)) } });
    QCOMPARE(changed.size(), 2);
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        QCOMPARE(signal[0].value<QModelIndex>().column(), int(Model::NameColumn));
        QCOMPARE(signal[1].value<QModelIndex>().column(), int(Model::CoversColumn));
        QVERIFY(!signal[2].value<QList<int>>().contains(ChangedAtRole)); // the first answer
    }
    const int mine
        = model.rowOf(key(QStringLiteral("lsr-0-0"), QStringLiteral("d0.l0.a0.example.com")));
    const int shared
        = model.rowOf(key(QStringLiteral("lsr-0-1"), QStringLiteral("d0.l1.a0.example.com")));
    QCOMPARE(model.index(mine, Model::NameColumn).data().toString(),
             QStringLiteral("cert 1000-cn-hangzhou"));
    QCOMPARE(model.index(mine, Model::DaysLeftColumn).data().toString(),
             display::daysLeft(model.detailsOf(*model.rowAt(mine)), now));
    QCOMPARE(model.factsOf(*model.rowAt(mine)).daysLeft, 12);
    QCOMPARE(model.index(mine, Model::DaysLeftColumn).data(StateRole).toString(),
             stateWord(DisplayState::CertificateExpiresSoon));
    QCOMPARE(model.index(mine, Model::CoversColumn).data().toString(), QStringLiteral("yes"));
    // The wildcard is of listener 0's domains: listener 1's domain is not covered.
    QCOMPARE(model.index(shared, Model::CoversColumn).data().toString(), QStringLiteral("no"));
    QVERIFY(model.index(shared, Model::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"Does not cover"));

    // The same details again: nothing; a later change: a flash on those cells.
    changed.clear();
    const CertificateDetails same
        = found(QStringLiteral("1000-cn-hangzhou"), { QStringLiteral("*.l0.a0.example.com") },
                now.addDays(12).addSecs(3600));
    model.setDetails({ { QStringLiteral("1000-cn-hangzhou"), same } });
    QCOMPARE(changed.size(), 0);
    CertificateDetails gone;
    gone.status = CertificateDetails::Status::NotInCas;
    model.setDetails({ { QStringLiteral("1000-cn-hangzhou"), gone } });
    QCOMPARE(changed.size(), 2);
    QVERIFY(changed.first()[2].value<QList<int>>().contains(ChangedAtRole));
    QCOMPARE(model.index(mine, Model::NameColumn).data().toString(), QStringLiteral("not in CAS"));
    QCOMPARE(model.index(mine, Model::CoversColumn).data().toString(), QString());
}

void TestAccountCertificateModel::daysLeftFollowTheClock()
{
    Model model;
    model.setSnapshot(account(1, 1, 2), now);
    model.setDetails(
        { { QStringLiteral("1000-cn-hangzhou"),
            found(QStringLiteral("1000-cn-hangzhou"), {}, now.addDays(7).addSecs(60)) },
          { QStringLiteral("1001-cn-hangzhou"),
            found(QStringLiteral("1001-cn-hangzhou"), {}, now.addDays(100).addSecs(3600)) } });
    const int row
        = model.rowOf(key(QStringLiteral("lsr-0-0"), QStringLiteral("d0.l0.a0.example.com")));
    QCOMPARE(model.index(row, Model::DaysLeftColumn).data(StateRole).toString(),
             stateWord(DisplayState::CertificateExpiresSoon));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(now.addSecs(30)); // still 7 days
    QCOMPARE(changed.size(), 0);
    model.setNow(now.addSecs(120)); // 6 days: under the critical threshold
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first()[0].value<QModelIndex>().row(), row);
    QCOMPARE(model.factsOf(*model.rowAt(row)).daysLeft, 6);
    QCOMPARE(model.index(row, Model::DaysLeftColumn).data(StateRole).toString(),
             stateWord(DisplayState::CertificateExpiresVerySoon));
    model.setNow(now.addDays(8));
    QCOMPARE(model.index(row, Model::DaysLeftColumn).data(StateRole).toString(),
             stateWord(DisplayState::CertificateExpired));
    // The thresholds come from the settings: a 3-day critical one makes 6 days a warning.
    model.setNow(now.addSecs(120));
    model.setThresholds({ 3, 30 });
    QCOMPARE(model.index(row, Model::DaysLeftColumn).data(StateRole).toString(),
             stateWord(DisplayState::CertificateExpiresSoon));
}

void TestAccountCertificateModel::moreThanTenChecksOnOneListener()
{
    // A retire plan splits a listener's domains into requests of ten: no limit on checks.
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(account(1, 2, 12), now);
    QSignalSpy refused(&model, &Model::checkRefused);
    const QString a = QStringLiteral("lsr-0-0");
    for (int d = 0; d < 12; ++d)
        QVERIFY(check(model, key(a, QStringLiteral("d%1.l0.a0.example.com").arg(d))));
    QCOMPARE(refused.size(), 0);
    QVERIFY(check(model, key(QStringLiteral("lsr-0-1"), QStringLiteral("d0.l1.a0.example.com"))));
    QCOMPARE(model.checkedCount(), 13);
    QCOMPARE(model.checkedListenerCount(), 2);
    model.uncheckAll();
    QStringList keys;
    for (int d = 0; d < 12; ++d) {
        keys << key(a, QStringLiteral("d%1.l0.a0.example.com").arg(d))
             << key(QStringLiteral("lsr-0-1"), QStringLiteral("d%1.l1.a0.example.com").arg(d));
    }
    QCOMPARE(model.checkKeys(keys), 0);
    QCOMPARE(model.checkedCount(), 24);
    QCOMPARE(model.checkedListenerCount(), 2);
}

void TestAccountCertificateModel::checksSurviveARefreshAndGoneRowsUncheck()
{
    Model model;
    AccountSnapshot snapshot = account(1, 2, 3);
    model.setSnapshot(snapshot, now);
    const QString stays = key(QStringLiteral("lsr-0-1"), QStringLiteral("d1.l1.a0.example.com"));
    const QString goes = key(QStringLiteral("lsr-0-0"), QStringLiteral("d0.l0.a0.example.com"));
    QVERIFY(check(model, stays));
    QVERIFY(check(model, goes));
    QSignalSpy count(&model, &Model::checkedCountChanged);
    snapshot.certificates[QStringLiteral("lsr-0-0")].removeFirst();
    model.setSnapshot(snapshot, now.addSecs(15));
    QCOMPARE(model.checkedCount(), 1);
    QCOMPARE(count.size(), 1);
    QCOMPARE(model.checkedRows().size(), 1);
    QCOMPARE(model.checkedRows().first()->key, stays);
    QCOMPARE(model.index(model.rowOf(stays), 0).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Checked);
}

void TestAccountCertificateModel::dissociatingRowsCannotBeChecked()
{
    Model model;
    model.setSnapshot(account(1, 1, 3), now);
    const QString busy = key(QStringLiteral("lsr-0-0"), QStringLiteral("d1.l0.a0.example.com"));
    QVERIFY(check(model, busy));
    model.setDissociating({ busy });
    QCOMPARE(model.checkedCount(), 0); // a change took it
    const QModelIndex domain = model.index(model.rowOf(busy), Model::DomainColumn);
    QVERIFY(!(model.flags(domain) & Qt::ItemIsUserCheckable));
    QCOMPARE(model.index(domain.row(), Model::StateColumn).data(StateRole).toString(),
             stateWord(DisplayState::Dissociating));
    QVERIFY(model.anyRowDissociating());
    QSignalSpy refused(&model, &Model::checkRefused);
    QVERIFY(!check(model, busy));
    QVERIFY(refused.first().first().toString().contains(u"being dissociated"));
    model.setDissociating({});
    QVERIFY(check(model, busy));
}

void TestAccountCertificateModel::problemFiltersShowAnyOfThePicked()
{
    Model model;
    model.setSnapshot(account(1, 1, 6), now);
    const auto domain = [](int d) { return QStringLiteral("d%1.l0.a0.example.com").arg(d); };
    const auto id = [](int d) { return QStringLiteral("%1-cn-hangzhou").arg(1000 + d); };
    CertificateDetails notInCas;
    notInCas.status = CertificateDetails::Status::NotInCas;
    model.setDetails({
        { id(0), found(id(0), { domain(0) }, now.addDays(-3)) }, // expired
        { id(1), found(id(1), { domain(1) }, now.addDays(10).addSecs(60)) }, // 10 days
        { id(2), found(id(2), { domain(2) }, now.addDays(29).addSecs(60)) }, // 29 days
        { id(3), found(id(3), { QStringLiteral("other.example.com") }, now.addDays(200)) },
        { id(4), notInCas },
        { id(5), found(id(5), { domain(5) }, now.addDays(30).addSecs(60)) }, // 30 days: not within
    });
    AccountCertificateFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(Model::DomainColumn);
    QCOMPARE(filter.rowCount(), 6);
    filter.setProblem(AccountCertificateFilter::ExpiringSoon, true);
    QCOMPARE(shownDomains(filter), (QStringList { domain(1), domain(2) }));
    filter.setExpiringWithinDays(11);
    QCOMPARE(shownDomains(filter), (QStringList { domain(1) }));
    filter.setExpiringWithinDays(30);
    filter.setProblem(AccountCertificateFilter::Expired, true);
    QCOMPARE(shownDomains(filter), (QStringList { domain(0), domain(1), domain(2) }));
    filter.setProblems(AccountCertificateFilter::NotInCas | AccountCertificateFilter::NotCovering);
    QCOMPARE(shownDomains(filter), (QStringList { domain(3), domain(4) }));
    // The words still apply.
    filter.setFilterText(QStringLiteral("D4."));
    QCOMPARE(shownDomains(filter), (QStringList { domain(4) }));
    filter.setFilterText({});
    filter.setProblems({});
    QCOMPARE(filter.rowCount(), 6);
    // A certificate renewed in CAS leaves the "expired" list by itself.
    filter.setProblems(AccountCertificateFilter::Expired);
    model.setDetails({ { id(0), found(id(0), { domain(0) }, now.addDays(90)) } });
    QCOMPARE(filter.rowCount(), 0);
}

void TestAccountCertificateModel::textFilterMatchesEveryWord()
{
    Model model;
    model.setSnapshot(account(2, 2, 3), now);
    AccountCertificateFilter filter;
    filter.setSourceModel(&model);
    filter.setFilterText(QStringLiteral("LSR-1-0"));
    QCOMPARE(filter.rowCount(), 3);
    filter.setFilterText(QStringLiteral("listener a1 !d0."));
    QCOMPARE(filter.rowCount(), 4);
    filter.setFilterText(QStringLiteral("444")); // the port of listener 1
    QCOMPARE(filter.rowCount(), 6);
    filter.setFilterText(QStringLiteral("1002-cn"));
    QCOMPARE(shownDomains(filter), (QStringList { QStringLiteral("d2.l0.a0.example.com") }));
}

void TestAccountCertificateModel::sortsOnRawValues()
{
    Model model;
    model.setSnapshot(account(1, 1, 4), now);
    const auto id = [](int d) { return QStringLiteral("%1-cn-hangzhou").arg(1000 + d); };
    // Days left sort by the time, not by the text ("100 days" < "9 days" as text).
    model.setDetails({ { id(0), found(id(0), {}, now.addDays(100)) },
                       { id(1), found(id(1), {}, now.addDays(9)) },
                       { id(3), found(id(3), {}, now.addDays(-1)) } });
    AccountCertificateFilter filter;
    filter.setSourceModel(&model);
    filter.sort(Model::DaysLeftColumn, Qt::AscendingOrder);
    QCOMPARE(shownDomains(filter),
             (QStringList {
                 QStringLiteral("d3.l0.a0.example.com"), QStringLiteral("d1.l0.a0.example.com"),
                 QStringLiteral("d0.l0.a0.example.com"), QStringLiteral("d2.l0.a0.example.com") }));
    // Every column: the proxy's order (model.compareRows) is the order of SortRole.
    for (int column = 0; column < Model::ColumnCount; ++column) {
        filter.sort(column, Qt::AscendingOrder);
        for (int r = 1; r < filter.rowCount(); ++r) {
            const QVariant before = filter.index(r - 1, column).data(SortRole);
            const QVariant after = filter.index(r, column).data(SortRole);
            QVERIFY2(
                QVariant::compare(before, after) != QPartialOrdering::Greater
                    || (before.typeId() == QMetaType::QString
                        && before.toString().compare(after.toString(), Qt::CaseInsensitive) <= 0),
                qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(r)));
        }
    }
}

void TestAccountCertificateModel::controllerReadsOnlyWhileActive()
{
    QTemporaryDir dir;
    OperationJournal journal(dir.filePath(QStringLiteral("ops.jsonl")));
    OperationCenter center(&journal);
    test::FakeGaApi api;
    api.seed(QStringLiteral("ga-1"), 2, 3);
    test::FakeCasApi cas;
    CertificateCatalog catalog(&cas);
    Model model;
    AccountController controller(&api, &center, &catalog, &model);
    controller.refresh();
    QTest::qWait(20);
    QCOMPARE(api.calls(QStringLiteral("ListAccelerators")), 0);
    QCOMPARE(model.rowCount(), 0);
    controller.setActive(true);
    QTRY_COMPARE(model.rowCount(), 6);
    QCOMPARE(api.calls(QStringLiteral("ListListenerCertificates")), 2);
    controller.setActive(false);
    controller.refresh();
    QTest::qWait(20);
    QCOMPARE(api.calls(QStringLiteral("ListAccelerators")), 1);
    QCOMPARE(model.rowCount(), 6); // the last reading stays on show for the next time
    // Shown again: what is kept shows at once, and the account is read again.
    api.listener(api.listenerIds().first()).additional.removeFirst();
    controller.setActive(true);
    QCOMPARE(model.rowCount(), 6);
    QTRY_COMPARE(model.rowCount(), 5);
    QCOMPARE(api.calls(QStringLiteral("ListAccelerators")), 2);
}

void TestAccountCertificateModel::controllerFollowsAChangeAndRereadsItsListener()
{
    QTemporaryDir dir;
    OperationJournal journal(dir.filePath(QStringLiteral("ops.jsonl")));
    OperationCenter::Settings settings;
    settings.schedule = WatchSchedule::fast(2);
    OperationCenter center(&journal, settings);
    test::FakeGaApi api;
    api.seed(QStringLiteral("ga-1"), 2, 4);
    api.seed(QStringLiteral("ga-2"), 1, 3);
    test::FakeCasApi cas;
    const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(20);
    for (const QString &listenerId : api.listenerIds()) {
        for (const ListenerCertificate &c : api.listener(listenerId).additional)
            cas.add(c.certificateId, { c.domain }, soon);
    }
    CertificateCatalog catalog(&cas);
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    AccountController controller(&api, &center, &catalog, &model);
    controller.setActive(true);
    QTRY_COMPARE(model.rowCount(), 11);
    // CAS's details arrive as a diff of their cells.
    QTRY_VERIFY(
        model.hasDetails(api.listener(api.listenerIds().first()).additional.first().certificateId));
    const QString listenerId = api.listenerIds().first();
    const QString domain = api.domainsOf(listenerId).first();
    QTRY_COMPARE(model.index(model.rowOf(key(listenerId, domain)), Model::DaysLeftColumn)
                     .data(StateRole)
                     .toString(),
                 stateWord(DisplayState::CertificateExpiresSoon));

    const int listingsBefore = api.calls(QStringLiteral("ListListenerCertificates"));
    const int accountReadsBefore = api.calls(QStringLiteral("ListAccelerators"));
    const QList<ListenerCertificate> &additional = api.listener(listenerId).additional;
    ChangeOperation *operation
        = center.dissociate(&api, QString(), QStringLiteral("ga-1"), listenerId,
                            { { additional[0].domain, additional[0].certificateId, {} },
                              { additional[2].domain, additional[2].certificateId, {} } });
    const QString busy = key(listenerId, additional[0].domain);
    QTRY_VERIFY(model.isDissociating(busy));
    QCOMPARE(model.index(model.rowOf(busy), Model::StateColumn).data(StateRole).toString(),
             stateWord(DisplayState::Dissociating));
    QTRY_VERIFY(!operation->isFinished() && operation->phase() == ChangeOperation::Phase::Watching);
    api.completeChanges();
    QTRY_VERIFY(operation->isFinished());
    QCOMPARE(operation->phase(), ChangeOperation::Phase::Done);
    // The listener alone is read again, and its two domains leave by a diff.
    QTRY_COMPARE(model.rowCount(), 9);
    QVERIFY(model.rowOf(busy) < 0);
    QCOMPARE(api.calls(QStringLiteral("ListAccelerators")), accountReadsBefore);
    QVERIFY(api.calls(QStringLiteral("ListListenerCertificates")) > listingsBefore);
    QCOMPARE(reset.size(), 0);
    QVERIFY(!model.anyRowDissociating());
}

QTEST_GUILESS_MAIN(TestAccountCertificateModel)
#include "tst_accountcertificatemodel.moc"
