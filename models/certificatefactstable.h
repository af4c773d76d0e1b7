#pragma once

#include "api/castypes.h"
#include "certs/certificatefacts.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace ga {

// What a view sorts and filters a certificate by, kept beside its details so that a sort or
// a filter keystroke over thousands of rows never formats a date or copies the details.
struct CertificateFacts
{
    CertificateDetails::Status status = CertificateDetails::Status::NotLookedUp;
    QString name; // as shown: the name, or why there is none
    qint64 notAfterMs = 0; // valid only when hasExpiry
    bool hasExpiry = false;
    int daysLeft = 0; // valid only when hasExpiry
    certs::Expiry expiry = certs::Expiry::Unknown;
    friend bool operator==(const CertificateFacts &, const CertificateFacts &) = default;
};

// The CAS details and facts of every certificate ID a view has shown, each at a stable index
// (rows keep the index, not the ID), with the time days left are counted from and the expiry
// thresholds. Each change returns which entries it changed, so only their rows are redrawn.
class CertificateFactsTable
{
public:
    CertificateFactsTable();

    // The entry of `certificateId`, added (not looked up) when it is new.
    int indexOf(const QString &certificateId);
    const CertificateDetails &details(int entry) const;
    const CertificateFacts &facts(int entry) const;
    // The certificate ID of `entry`: one string for every row that shows it.
    const QString &idOf(int entry) const { return m_ids[entry]; }
    bool hasDetails(const QString &certificateId) const;
    int size() const { return int(m_entries.size()); }

    // Stores details; returns a flag per entry, set where they changed. `news` is set when an
    // entry that had details before changed (not a first answer).
    QList<bool> setDetails(const QHash<QString, CertificateDetails> &details, bool *news);
    // Days left and expiries from `now` / with `thresholds`; the entries that changed.
    QList<bool> setNow(const QDateTime &now);
    QList<bool> setThresholds(const certs::ExpiryThresholds &thresholds);
    const QDateTime &now() const { return m_now; }
    const certs::ExpiryThresholds &thresholds() const { return m_thresholds; }

private:
    struct Entry
    {
        CertificateDetails details;
        CertificateFacts facts;
    };
    CertificateFacts factsFor(const CertificateDetails &details) const;
    QList<bool> refreshTimes();
    void noteNextTimeChange(const Entry &entry);

    QList<Entry> m_entries;
    QList<QString> m_ids; // by entry
    QHash<QString, int> m_index; // entry by certificate ID
    // Before this time (ms since the epoch) no entry's days left or expiry can change, so a
    // refresh every 15 s does not look at them all.
    qint64 m_nextTimeChangeMs = 0;
    QDateTime m_now;
    certs::ExpiryThresholds m_thresholds;
};

} // namespace ga
