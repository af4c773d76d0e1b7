#include "certificatecatalog.h"

#include "api/casapi.h"
#include "api/casclient.h"

#include <QTimer>

namespace ga {

// What one store's lookup still needs, shared by the calls it makes.
struct CertificateCatalog::SiteLookup
{
    CasSite site = CasSite::Unknown;
    QSet<QString> wanted; // not found yet
    int generation = 0;
    int pagesRead = 0;
    int pagesPending = 0;
};

CertificateCatalog::CertificateCatalog(CasApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

CertificateCatalog::~CertificateCatalog()
{
    cancelAll();
}

void CertificateCatalog::setApi(CasApi *api)
{
    cancelAll();
    m_api = api;
    const QStringList forgotten = m_known.keys();
    m_known.clear();
    m_asked.clear();
    if (!forgotten.isEmpty())
        emit detailsChanged(forgotten);
}

CasApi *CertificateCatalog::api() const
{
    return m_api;
}

CertificateDetails CertificateCatalog::details(const QString &certificateId) const
{
    return m_known.value(certificateId);
}

void CertificateCatalog::lookUp(const QStringList &certificateIds)
{
    QHash<CasSite, QSet<QString>> bySite;
    for (const QString &id : certificateIds) {
        if (id.isEmpty() || m_known.contains(id) || m_pending.contains(id))
            continue;
        m_asked.insert(id);
        const CasSite site = casSiteOf(id);
        if (site == CasSite::Unknown) {
            CertificateDetails details;
            details.status = CertificateDetails::Status::UnknownSite;
            store(id, details);
            emit detailsChanged({ id });
            continue;
        }
        if (!m_api) {
            unavailable({ id },
                        ApiError::invalidInput(tr("Not connected to Certificate Management.")));
            continue;
        }
        m_pending.insert(id);
        bySite[site].insert(id);
    }
    for (auto it = bySite.begin(); it != bySite.end(); ++it)
        startSite(it.key(), it.value());
}

void CertificateCatalog::lookUpThen(const QStringList &ids, QObject *context,
                                    std::function<void()> done)
{
    lookUp(ids);
    if (!isBusy()) {
        QTimer::singleShot(0, context, std::move(done));
        return;
    }
    connect(this, &CertificateCatalog::idle, context, std::move(done), Qt::SingleShotConnection);
}

void CertificateCatalog::refresh()
{
    const QSet<QString> asked = m_asked;
    cancelAll();
    m_known.clear();
    lookUp(asked.values());
}

void CertificateCatalog::startSite(CasSite site, QSet<QString> wanted)
{
    auto lookup = std::make_shared<SiteLookup>();
    lookup->site = site;
    lookup->wanted = std::move(wanted);
    lookup->generation = m_generation;
    // docs/cas-api.md §7: one or two certificates are cheaper one by one than a page of a
    // large account; more are cheaper from the list.
    if (lookup->wanted.size() <= 2)
        detailEach(lookup);
    else
        listPage(lookup, 1);
}

void CertificateCatalog::listPage(const std::shared_ptr<SiteLookup> &lookup, int page)
{
    ++m_inFlight;
    ++m_callsMade;
    ++lookup->pagesPending;
    auto *job = m_api->listCertificates(lookup->site, page, CasClient::maxShowSize);
    track(job);
    job->onFinished(this, [this, lookup](const Result<Page<CasCertificate>> &result) {
        if (lookup->generation != m_generation)
            return;
        --lookup->pagesPending;
        if (result.ok()) {
            onPage(lookup, result.value());
        } else if (lookup->pagesPending == 0) {
            // A refused list (permissions, an older service) still leaves the per-ID way;
            // an outage would refuse that too, so it ends here.
            if (result.error().kind == ApiError::Kind::Service)
                detailEach(lookup);
            else
                unavailable(lookup->wanted, result.error());
        }
        finishOne();
    });
}

void CertificateCatalog::onPage(const std::shared_ptr<SiteLookup> &lookup,
                                const Page<CasCertificate> &page)
{
    ++lookup->pagesRead;
    QStringList changed;
    for (const CasCertificate &certificate : page.items) {
        // Every record of the page is kept: the next lookup of the session may want it.
        CertificateDetails details;
        details.status = CertificateDetails::Status::Found;
        details.certificate = certificate;
        const QString id = certificate.certIdentifier;
        m_pending.remove(id);
        lookup->wanted.remove(id);
        store(id, details);
        if (m_asked.contains(id))
            changed.append(id);
    }
    if (!changed.isEmpty())
        emit detailsChanged(changed);
    if (lookup->pagesRead != 1 || lookup->wanted.isEmpty()) {
        if (lookup->pagesPending == 0 && !lookup->wanted.isEmpty())
            detailEach(lookup);
        return;
    }
    // After the first page: the rest of the list, or one detail per missing ID, whichever
    // is fewer calls (docs/cas-api.md §7).
    const int listed = int(page.items.size());
    const int remainingPages = std::max(
        0, (page.totalCount - listed + CasClient::maxShowSize - 1) / CasClient::maxShowSize);
    if (remainingPages > 0 && remainingPages <= lookup->wanted.size()) {
        for (int next = 2; next <= remainingPages + 1; ++next)
            listPage(lookup, next);
    } else {
        detailEach(lookup);
    }
}

void CertificateCatalog::detailEach(const std::shared_ptr<SiteLookup> &lookup)
{
    const QSet<QString> wanted = std::exchange(lookup->wanted, {});
    for (const QString &id : wanted) {
        ++m_inFlight;
        ++m_callsMade;
        auto *job = m_api->getCertificateDetail(id);
        track(job);
        job->onFinished(
            this,
            [this, id, generation = lookup->generation](const Result<CasCertificate> &result) {
                if (generation != m_generation)
                    return;
                m_pending.remove(id);
                CertificateDetails details;
                if (result.ok()) {
                    details.status = CertificateDetails::Status::Found;
                    details.certificate = result.value();
                } else if (isNotFound(result.error())) {
                    details.status = CertificateDetails::Status::NotInCas;
                } else {
                    details.status = CertificateDetails::Status::Unavailable;
                    details.problem = result.error().toString();
                }
                store(id, details);
                emit detailsChanged({ id });
                finishOne();
            });
    }
}

void CertificateCatalog::unavailable(const QSet<QString> &ids, const ApiError &problem)
{
    QStringList changed;
    for (const QString &id : ids) {
        m_pending.remove(id);
        CertificateDetails details;
        details.status = CertificateDetails::Status::Unavailable;
        details.problem = problem.toString();
        details.problemKind = problem.kind;
        store(id, details);
        changed.append(id);
    }
    if (!changed.isEmpty())
        emit detailsChanged(changed);
}

void CertificateCatalog::store(const QString &certificateId, CertificateDetails details)
{
    m_known.insert(certificateId, std::move(details));
}

void CertificateCatalog::track(JobBase *job)
{
    m_jobs.removeIf([](const QPointer<JobBase> &j) { return j.isNull() || j->isFinished(); });
    m_jobs.append(job);
}

void CertificateCatalog::finishOne()
{
    if (--m_inFlight == 0) {
        m_jobs.clear();
        emit idle();
    }
}

void CertificateCatalog::cancelAll()
{
    ++m_generation;
    m_inFlight = 0;
    m_pending.clear();
    for (const QPointer<JobBase> &job : std::exchange(m_jobs, {})) {
        if (job && !job->isFinished()) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

} // namespace ga
