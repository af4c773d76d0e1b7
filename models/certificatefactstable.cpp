#include "certificatefactstable.h"

#include "certificatedisplay.h"

#include <limits>

namespace ga {
namespace {

const CertificateDetails noDetails;
const CertificateFacts noFacts;

// What a certificate's tooltip and cells are made of. CAS's raw record is compared too, but a
// record built without one (a fake, an older parser) still shows its changes.
bool sameDetails(const CertificateDetails &a, const CertificateDetails &b)
{
    const CasCertificate &x = a.certificate;
    const CasCertificate &y = b.certificate;
    return a.status == b.status && a.problem == b.problem && x.raw == y.raw && x.name == y.name
        && x.commonName == y.commonName && x.subjectAlternativeNames == y.subjectAlternativeNames
        && x.issuer == y.issuer && x.serial == y.serial && x.notBefore == y.notBefore
        && x.notAfter == y.notAfter && x.status == y.status;
}

} // namespace

CertificateFactsTable::CertificateFactsTable()
    : m_now(QDateTime::currentDateTimeUtc())
{ }

int CertificateFactsTable::indexOf(const QString &certificateId)
{
    if (const int entry = m_index.value(certificateId, -1); entry >= 0)
        return entry;
    m_entries.append({ {}, factsFor({}) });
    m_ids.append(certificateId);
    m_index.insert(certificateId, int(m_entries.size()) - 1);
    return int(m_entries.size()) - 1;
}

const CertificateDetails &CertificateFactsTable::details(int entry) const
{
    return entry >= 0 && entry < m_entries.size() ? m_entries[entry].details : noDetails;
}

const CertificateFacts &CertificateFactsTable::facts(int entry) const
{
    return entry >= 0 && entry < m_entries.size() ? m_entries[entry].facts : noFacts;
}

bool CertificateFactsTable::hasDetails(const QString &certificateId) const
{
    const int entry = m_index.value(certificateId, -1);
    return entry >= 0 && m_entries[entry].details.status != CertificateDetails::Status::NotLookedUp;
}

CertificateFacts CertificateFactsTable::factsFor(const CertificateDetails &details) const
{
    CertificateFacts facts;
    facts.status = details.status;
    facts.name = display::certificateName(details);
    const CasCertificate &certificate = details.certificate;
    if (details.status == CertificateDetails::Status::Found && certificate.notAfter.isValid()) {
        facts.hasExpiry = true;
        facts.notAfterMs = certificate.notAfter.toMSecsSinceEpoch();
        facts.daysLeft = certs::daysLeft(certificate, m_now);
    }
    facts.expiry = certs::expiryOf(details, m_now, m_thresholds);
    return facts;
}

QList<bool> CertificateFactsTable::setDetails(const QHash<QString, CertificateDetails> &details,
                                              bool *news)
{
    for (auto it = details.cbegin(); it != details.cend(); ++it)
        indexOf(it.key());
    QList<bool> changed(m_entries.size(), false);
    for (auto it = details.cbegin(); it != details.cend(); ++it) {
        const int index = m_index.value(it.key());
        Entry &entry = m_entries[index];
        if (sameDetails(entry.details, it.value()))
            continue;
        if (news && entry.details.status != CertificateDetails::Status::NotLookedUp)
            *news = true;
        entry.details = it.value();
        entry.facts = factsFor(entry.details);
        noteNextTimeChange(entry);
        changed[index] = true;
    }
    return changed;
}

QList<bool> CertificateFactsTable::setNow(const QDateTime &now)
{
    if (!now.isValid() || now == m_now)
        return {};
    m_now = now;
    if (now.toMSecsSinceEpoch() < m_nextTimeChangeMs)
        return {};
    return refreshTimes();
}

QList<bool> CertificateFactsTable::setThresholds(const certs::ExpiryThresholds &thresholds)
{
    if (thresholds.criticalDays == m_thresholds.criticalDays
        && thresholds.warningDays == m_thresholds.warningDays)
        return {};
    m_thresholds = thresholds;
    return refreshTimes();
}

QList<bool> CertificateFactsTable::refreshTimes()
{
    // Only days left and the expiry depend on the time and the thresholds; the name does not.
    QList<bool> changed;
    m_nextTimeChangeMs = std::numeric_limits<qint64>::max();
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        if (entry.details.status != CertificateDetails::Status::Found)
            continue;
        noteNextTimeChange(entry);
        const int days
            = entry.facts.hasExpiry ? certs::daysLeft(entry.details.certificate, m_now) : 0;
        const certs::Expiry expiry = certs::expiryOf(entry.details, m_now, m_thresholds);
        if (days == entry.facts.daysLeft && expiry == entry.facts.expiry)
            continue;
        entry.facts.daysLeft = days;
        entry.facts.expiry = expiry;
        if (changed.isEmpty())
            changed.resize(m_entries.size(), false);
        changed[i] = true;
    }
    return changed;
}

void CertificateFactsTable::noteNextTimeChange(const Entry &entry)
{
    if (entry.details.status != CertificateDetails::Status::Found || !entry.facts.hasExpiry)
        return;
    // Days left are whole days to NotAfter, rounded down, and the expiry follows from them and
    // from NotAfter itself: both can change only when the time to NotAfter crosses a whole
    // number of days, at the earliest `rest` ms from now.
    constexpr qint64 day = 24 * 3600 * 1000LL;
    const qint64 nowMs = m_now.toMSecsSinceEpoch();
    const qint64 rest = ((entry.facts.notAfterMs - nowMs) % day + day) % day;
    m_nextTimeChangeMs = std::min(m_nextTimeChangeMs, nowMs + rest);
}

} // namespace ga
