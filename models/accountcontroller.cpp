#include "accountcontroller.h"

#include "accountcertificatemodel.h"
#include "api/casapi.h" // certificatecatalog.h's api() needs it complete
#include "api/gaapi.h"
#include "certs/certificatecatalog.h"
#include "inventory/accountinventory.h"
#include "ops/changeoperation.h"
#include "ops/operationcenter.h"

#include <QTimer>

namespace ga {
namespace {

using Phase = ChangeOperation::Phase;

// As ConsoleController does for the domain list: the domains of a change that ended well a
// moment ago stay "dissociating" until the listing without them arrives, so they never look
// checkable again in between.
constexpr qint64 recentlyDoneMs = 60'000;

} // namespace

AccountController::AccountController(GaApi *api, OperationCenter *center,
                                     CertificateCatalog *catalog, AccountCertificateModel *model,
                                     QObject *parent)
    : QObject(parent)
    , m_center(center)
    , m_model(model)
{
    Q_ASSERT(m_center && m_model);
    connect(m_center, &OperationCenter::operationAdded, this,
            &AccountController::updateDissociating);
    connect(m_center, &OperationCenter::operationChanged, this,
            &AccountController::updateDissociating);
    connect(m_center, &OperationCenter::operationFinished, this,
            &AccountController::onOperationFinished);
    setClient(api);
    setCatalog(catalog);
}

AccountController::~AccountController()
{
    for (const QPointer<JobBase> &job : std::exchange(m_rereads, {})) {
        if (job && !job->isFinished())
            job->cancel();
    }
}

void AccountController::setClient(GaApi *api)
{
    for (const QPointer<JobBase> &job : std::exchange(m_rereads, {})) {
        if (job && !job->isFinished())
            job->cancel(); // out of m_rereads first: their Cancelled answers are not applied
    }
    m_rereadAt.clear();
    m_readAskedAt = {};
    delete m_inventory; // cancels a reading of the other account
    m_api = api;
    m_inventory = new AccountInventory(api, this);
    connect(m_inventory, &AccountInventory::finished, this,
            &AccountController::onInventoryFinished);
    connect(m_inventory, &AccountInventory::failed, this, [this](const ApiError &error) {
        m_readingSince = {};
        emit readingChanged(false);
        emit errorOccurred(tr("Reading the account's certificates failed."), error);
    });
    m_snapshot = {};
    m_passed.clear(); // the catalog forgets the other account's details too
    m_model->setSnapshot({});
    m_model->uncheckAll();
    updateDissociating();
    if (m_active)
        refresh();
}

GaApi *AccountController::client() const
{
    return m_api;
}

CertificateCatalog *AccountController::catalog() const
{
    return m_catalog;
}

const Accelerator *AccountController::accelerator(const QString &acceleratorId) const
{
    for (const Accelerator &accelerator : m_snapshot.accelerators) {
        if (accelerator.acceleratorId == acceleratorId)
            return &accelerator;
    }
    return nullptr;
}

const Listener *AccountController::listener(const QString &acceleratorId,
                                            const QString &listenerId) const
{
    const auto listeners = m_snapshot.listeners.constFind(acceleratorId);
    if (listeners == m_snapshot.listeners.cend())
        return nullptr;
    for (const Listener &listener : *listeners) {
        if (listener.listenerId == listenerId)
            return &listener;
    }
    return nullptr;
}

void AccountController::setCatalog(CertificateCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    m_passed.clear();
    if (!m_catalog)
        return;
    // The catalog tells each ID as it learns it (some at once, one by one): collect them and
    // pass them to the model once per turn of the event loop, not once per ID.
    auto pending = std::make_shared<QStringList>();
    connect(m_catalog, &CertificateCatalog::detailsChanged, this,
            [this, pending](const QStringList &ids) {
                if (pending->isEmpty())
                    QTimer::singleShot(0, this, [this, pending] {
                        passDetails(std::exchange(*pending, {}), false);
                    });
                *pending += ids;
            });
    const QStringList ids = m_snapshot.certificateIds();
    passDetails(ids, false);
    m_catalog->lookUp(ids);
}

void AccountController::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    // Shown: what is kept shows at once and is read again (what changed while hidden too).
    if (m_active)
        refresh();
}

bool AccountController::isReading() const
{
    return m_inventory->isRunning();
}

void AccountController::refresh()
{
    if (!m_active)
        return;
    // A whole-account reading takes a while at scale: a tick during one does not restart it.
    if (!m_api || m_inventory->isRunning())
        return;
    m_readingSince = QDateTime::currentDateTimeUtc();
    m_inventory->start();
    if (m_inventory->isRunning())
        emit readingChanged(true);
}

void AccountController::onInventoryFinished(const AccountSnapshot &snapshot)
{
    const QDateTime askedAt = std::exchange(m_readingSince, {});
    AccountSnapshot fresh = snapshot;
    // A listener re-read after a change and asked for later than this reading knows better:
    // its listing stays. The older ones this reading supersedes.
    for (auto it = m_rereadAt.begin(); it != m_rereadAt.end();) {
        if (it.value() <= askedAt || !fresh.certificates.contains(it.key())
            || !m_snapshot.certificates.contains(it.key())) {
            it = m_rereadAt.erase(it);
            continue;
        }
        fresh.certificates.insert(it.key(), m_snapshot.certificates.value(it.key()));
        ++it;
    }
    m_snapshot = std::move(fresh);
    m_readAskedAt = askedAt;
    apply(askedAt);
    emit readingChanged(false);
}

void AccountController::apply(const QDateTime &readAt)
{
    m_model->setSnapshot(m_snapshot, readAt);
    m_lastRead = QDateTime::currentDateTimeUtc();
    updateDissociating();
    if (m_catalog) {
        const QStringList ids = m_snapshot.certificateIds();
        passDetails(ids, true); // what the catalog knew already (the domain list asked)
        m_catalog->lookUp(ids);
    }
    emit snapshotApplied(m_model->rowCount());
}

void AccountController::passDetails(const QStringList &certificateIds, bool onlyNew)
{
    if (!m_catalog)
        return;
    QHash<QString, CertificateDetails> details;
    for (const QString &id : certificateIds) {
        if (onlyNew && m_passed.contains(id))
            continue;
        CertificateDetails d = m_catalog->details(id);
        if (onlyNew && d.status == CertificateDetails::Status::NotLookedUp)
            continue;
        m_passed.insert(id);
        details.insert(id, std::move(d));
    }
    if (!details.isEmpty())
        m_model->setDetails(details);
}

void AccountController::rereadListener(const QString &acceleratorId, const QString &listenerId)
{
    if (!m_api)
        return;
    const QDateTime askedAt = QDateTime::currentDateTimeUtc();
    auto *job
        = m_api->listListenerCertificates(acceleratorId, listenerId, CertificateRole::Additional);
    if (const QPointer<JobBase> superseded = m_rereads.value(listenerId);
        superseded && !superseded->isFinished()) {
        m_rereads.remove(listenerId);
        superseded->cancel();
    }
    m_rereads.insert(listenerId, job);
    job->onFinished(
        this, [this, job, listenerId, askedAt](const Result<QList<ListenerCertificate>> &r) {
            if (m_rereads.value(listenerId) != job)
                return; // superseded, or another account's
            m_rereads.remove(listenerId);
            if (!r.ok())
                return emit errorOccurred(
                    tr("Listing the certificates of %1 failed.").arg(listenerId), r.error());
            if (!m_snapshot.certificates.contains(listenerId))
                return;
            m_snapshot.certificates.insert(listenerId, r.value());
            m_rereadAt.insert(listenerId, askedAt);
            apply(askedAt);
        });
}

void AccountController::onOperationFinished(ChangeOperation *operation)
{
    const OperationRecord &record = operation->record();
    const bool changed
        = operation->phase() == Phase::Done || operation->phase() == Phase::AcceptedUnwatched;
    // Hidden, the listener is read with the rest of the account when the view is shown.
    if (changed && m_active && m_snapshot.certificates.contains(record.listenerId))
        rereadListener(record.acceleratorId, record.listenerId);
    updateDissociating();
}

void AccountController::updateDissociating()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> keys;
    for (const ChangeOperation *operation : m_center->operations()) {
        const OperationRecord &record = operation->record();
        // An association's domains are not listed yet; the others' are, and are busy.
        if (record.kind == ChangeKind::Associate
            || !m_snapshot.certificates.contains(record.listenerId))
            continue;
        // Until a listing asked for after it was done shows the domains gone.
        const bool recentlyDone = operation->phase() == Phase::Done
            && record.updatedAt.msecsTo(now) < recentlyDoneMs
            && listedAt(record.listenerId) < record.updatedAt;
        if (!operation->isFinished() || recentlyDone) {
            for (const ChangeItem &item : record.items)
                keys.insert(AccountCertificateModel::keyOf(record.listenerId, item.domain));
        }
    }
    m_model->setDissociating(keys);
}

QDateTime AccountController::listedAt(const QString &listenerId) const
{
    const QDateTime reread = m_rereadAt.value(listenerId);
    return reread.isValid() && reread > m_readAskedAt ? reread : m_readAskedAt;
}

} // namespace ga
