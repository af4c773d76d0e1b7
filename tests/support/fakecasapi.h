#pragma once

#include "api/casapi.h"
#include "api/failedjob.h"

#include <QHash>
#include <QTimer>

namespace ga::test {

// Certificate Management in memory, for unit tests of what sits on CasApi (the catalog, the
// account model): records by CertIdentifier, ListCertificates pages in insertion order,
// GetCertificateDetail with NotFound for what it does not hold. Every job finishes on a later
// turn of the event loop, as CasClient's do, and every call is counted by name.
class FakeCasApi final : public CasApi
{
public:
    using CasApi::CasApi;

    // A certificate named after its ID, covering `domains`, expiring at `notAfter`.
    CasCertificate &add(const QString &certificateId, const QStringList &domains,
                        const QDateTime &notAfter)
    {
        CasCertificate c;
        c.certIdentifier = certificateId;
        c.certificateId = casNumericId(certificateId);
        c.name = QStringLiteral("cert-") + c.certificateId;
        c.commonName = domains.value(0);
        c.subjectAlternativeNames = domains;
        c.issuer = QStringLiteral("Test CA");
        c.notBefore = notAfter.addDays(-365);
        c.notAfter = notAfter;
        c.status = QStringLiteral("issued");
        m_order.append(certificateId);
        return m_records[certificateId] = c;
    }
    void remove(const QString &certificateId)
    {
        m_records.remove(certificateId);
        m_order.removeAll(certificateId);
    }
    // Answers every call with `error` while set (a refused permission, an outage).
    void failEverything(std::optional<ApiError> error) { m_failure = std::move(error); }

    int calls(const QString &action) const { return m_calls.value(action); }
    int totalCalls() const
    {
        int total = 0;
        for (int n : m_calls)
            total += n;
        return total;
    }
    void resetCalls() { m_calls.clear(); }

    Job<Page<CasCertificate>> *listCertificates(CasSite site, int currentPage,
                                                int showSize) override
    {
        ++m_calls[QStringLiteral("ListCertificates")];
        if (m_failure)
            return new FailedJob<Page<CasCertificate>>(*m_failure, this);
        Page<CasCertificate> page;
        QList<CasCertificate> ofSite;
        for (const QString &id : std::as_const(m_order)) {
            if (casSiteOf(id) == site)
                ofSite.append(m_records.value(id));
        }
        page.totalCount = int(ofSite.size());
        page.pageNumber = currentPage;
        page.pageSize = showSize;
        page.items = ofSite.mid((currentPage - 1) * showSize, showSize);
        return later<Page<CasCertificate>>(page);
    }

    Job<CasCertificate> *getCertificateDetail(const QString &certificateId) override
    {
        ++m_calls[QStringLiteral("GetCertificateDetail")];
        if (m_failure)
            return new FailedJob<CasCertificate>(*m_failure, this);
        if (!m_records.contains(certificateId)) {
            ApiError error;
            error.kind = ApiError::Kind::Service;
            error.code = QStringLiteral("NotFound");
            error.message = QStringLiteral("The certificate does not exist.");
            return new FailedJob<CasCertificate>(error, this);
        }
        return later<CasCertificate>(m_records.value(certificateId));
    }

private:
    template<typename T> class LaterJob final : public Job<T>
    {
    public:
        LaterJob(T value, QObject *parent)
            : Job<T>(parent)
        {
            QTimer::singleShot(0, this, [this, value] { this->finish(value); });
        }
        void cancel() override
        {
            ApiError error;
            error.kind = ApiError::Kind::Cancelled;
            this->finish(error);
        }
    };
    template<typename T> Job<T> *later(T value) { return new LaterJob<T>(std::move(value), this); }

    QHash<QString, CasCertificate> m_records;
    QStringList m_order;
    QHash<QString, int> m_calls;
    std::optional<ApiError> m_failure;
};

} // namespace ga::test
