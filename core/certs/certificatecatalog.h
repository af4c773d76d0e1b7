#pragma once

#include "api/castypes.h"
#include "api/gatypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

#include <memory>

namespace ga {

class CasApi;
class JobBase;

// What the session knows about each GA certificate ID, from CAS, cached by CertIdentifier
// (docs/cas-api.md §7). lookUp() asks only for IDs not cached yet, with the fewest calls:
// ListCertificates pages of 100 per store while that is cheaper than one GetCertificateDetail
// per missing ID, then GetCertificateDetail for whatever the pages did not hold. refresh()
// asks again for everything it was ever asked for. Without a CasApi every ID is Unavailable.
class CertificateCatalog final : public QObject
{
    Q_OBJECT

public:
    explicit CertificateCatalog(CasApi *api = nullptr, QObject *parent = nullptr);
    ~CertificateCatalog() override;

    // A new account (profile switch): forgets everything and cancels what is in flight.
    void setApi(CasApi *api);
    CasApi *api() const;

    CertificateDetails details(const QString &certificateId) const;
    // Looks up the IDs not known yet; detailsChanged() names those whose details changed.
    void lookUp(const QStringList &certificateIds);
    // Looks `ids` up and calls `done` once every answer is in (on the next turn when all are
    // cached already), unless `context` is gone by then.
    void lookUpThen(const QStringList &ids, QObject *context, std::function<void()> done);
    // Forgets the cache and looks up every ID asked for so far.
    void refresh();
    bool isBusy() const { return m_inFlight > 0; }

    // How many CAS calls the catalog made this session (for benchmarks and tests).
    int callsMade() const { return m_callsMade; }

signals:
    void detailsChanged(const QStringList &certificateIds);
    // Every lookup asked for so far has an answer.
    void idle();

private:
    struct SiteLookup;
    void startSite(CasSite site, QSet<QString> wanted);
    void listPage(const std::shared_ptr<SiteLookup> &lookup, int page);
    void onPage(const std::shared_ptr<SiteLookup> &lookup, const Page<CasCertificate> &page);
    void detailEach(const std::shared_ptr<SiteLookup> &lookup);
    void unavailable(const QSet<QString> &ids, const ApiError &problem);
    void store(const QString &certificateId, CertificateDetails details);
    void track(JobBase *job);
    void finishOne();
    void cancelAll();

    QPointer<CasApi> m_api;
    QList<QPointer<JobBase>> m_jobs;
    QHash<QString, CertificateDetails> m_known; // by GA certificate ID (= CertIdentifier)
    QSet<QString> m_asked; // every ID asked for, for refresh()
    QSet<QString> m_pending; // asked and not answered yet
    int m_inFlight = 0;
    int m_callsMade = 0;
    int m_generation = 0; // bumped by setApi()/refresh(): late answers of older ones are dropped
};

} // namespace ga
