#pragma once

#include "api/apierror.h"
#include "inventory/accountsnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace ga {

class AccountCertificateModel;
class AccountInventory;
class CertificateCatalog;
class ChangeOperation;
class GaApi;
class JobBase;
class OperationCenter;

// The only writer of the account-wide AccountCertificateModel. While the view is active it
// reads the whole account (AccountInventory) when it becomes active and on every refresh(),
// applies each reading as a diff, and asks the catalog to look up the certificate IDs in
// use, passing on whatever details the catalog has or learns. It follows the OperationCenter
// as ConsoleController does for the domain list: rows a change is dissociating show so, and
// a finished change re-reads its listener at once (not the whole account). Links no widgets.
class AccountController final : public QObject
{
    Q_OBJECT

public:
    AccountController(GaApi *api, OperationCenter *center, CertificateCatalog *catalog,
                      AccountCertificateModel *model, QObject *parent = nullptr);
    ~AccountController() override;

    // Another account: what is in flight is cancelled, the rows go, and it is read anew
    // when active.
    void setClient(GaApi *api);
    GaApi *client() const;
    // The catalog of the account's CAS (one per profile); null: no details.
    void setCatalog(CertificateCatalog *catalog);
    CertificateCatalog *catalog() const;

    // Shown (true) or hidden: shown, the account is read at once and on every refresh();
    // hidden, nothing is read.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Reads the account again, when active and no reading runs already.
    void refresh();
    bool isReading() const;
    const QDateTime &lastRead() const { return m_lastRead; }
    const AccountSnapshot &snapshot() const { return m_snapshot; }
    // From the reading the model shows; null when it has no such accelerator or listener.
    const Accelerator *accelerator(const QString &acceleratorId) const;
    const Listener *listener(const QString &acceleratorId, const QString &listenerId) const;

signals:
    void readingChanged(bool reading);
    void snapshotApplied(int rows);
    void errorOccurred(const QString &context, const ga::ApiError &error);

private:
    void onInventoryFinished(const AccountSnapshot &snapshot);
    void apply(const QDateTime &readAt);
    void passDetails(const QStringList &certificateIds, bool onlyNew);
    void rereadListener(const QString &acceleratorId, const QString &listenerId);
    void onOperationFinished(ChangeOperation *operation);
    void updateDissociating();
    // When the listing of `listenerId` the model shows was asked for.
    QDateTime listedAt(const QString &listenerId) const;

    QPointer<GaApi> m_api;
    OperationCenter *m_center;
    QPointer<CertificateCatalog> m_catalog;
    AccountCertificateModel *m_model;
    AccountInventory *m_inventory = nullptr;
    AccountSnapshot m_snapshot;
    QDateTime m_readingSince; // when the reading in flight was asked for
    QDateTime m_readAskedAt; // when the reading the model shows was asked for
    QDateTime m_lastRead;
    // The listing of a listener re-read after a change, one in flight per listener (the one
    // whose answer counts), and when each applied one was asked for: a whole-account reading
    // asked before it must not undo it.
    QHash<QString, QPointer<JobBase>> m_rereads;
    QHash<QString, QDateTime> m_rereadAt;
    QSet<QString> m_passed; // certificate IDs whose details the model has from the catalog
    bool m_active = false;
};

} // namespace ga
