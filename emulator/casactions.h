#pragma once

#include "actionsupport.h"
#include "casworld.h"
#include "clock.h"

#include <QSet>

namespace ga::emu {

class World;
struct EmulatorStats;

// Certificate Management's three read operations (API 2020-04-07, docs/cas-api.md §3) over a
// CasWorld: ListCertificates, GetCertificateDetail and GetUserCertificateDetail. None takes
// RegionId. UsingProductList says "GA" for a certificate a listener of the GA world uses at the
// time of the request, so it follows the mutations.
class CasActions
{
public:
    CasActions(CasWorld world, const World *ga, EmulatorStats *stats);

    static bool isKnown(const QString &action);
    ActionResponse handle(const QString &action, const ParamMap &params);

    CasWorld &world() { return m_world; }
    // The time statuses and remaining days are judged by; the system's when null.
    void setClock(const Clock *clock) { m_clock = clock; }
    // An unfiltered ListCertificates leaves expired certificates out (--cas-list-hides-expired).
    void setListHidesExpired(bool hides) { m_listHidesExpired = hides; }

private:
    ActionResponse listCertificates(const ParamMap &params) const;
    ActionResponse getCertificateDetail(const ParamMap &params) const;
    ActionResponse getUserCertificateDetail(const ParamMap &params);
    // The record a numeric ID parameter names, or the refusal to send.
    const CasRecord *lookUp(const ParamMap &params, const char *name,
                            ActionResponse *refusal) const;
    QStringList usingProducts(const CasRecord &record, const QSet<QString> &usedByGa) const;
    QSet<QString> certificatesUsedByGa() const;
    qint64 nowMs() const;

    CasWorld m_world;
    const World *m_ga;
    EmulatorStats *m_stats;
    const Clock *m_clock = nullptr;
    bool m_listHidesExpired = false;
};

} // namespace ga::emu
