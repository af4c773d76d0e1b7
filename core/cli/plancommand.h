#pragma once

#include "plans/certificateplan.h"

#include <QObject>

namespace ga {

class AccountInventory;
class PlanRun;
struct AccountSnapshot;
struct GactlContext;

// `gactl retire DOMAIN... [--accelerator ID]` and `gactl replace OLD_CERT_ID NEW_CERT_ID`,
// each `[--plan|--yes] [--wait]` (docs/architecture.md, Plans): reads the account, builds the
// plan (for a replace with Certificate Management's details of the replacement, then GA's
// DryRun of every update), prints it as the console's preview shows it, and with --plan stops
// there. Otherwise, once confirmed, the whole plan is journaled and sent; with --wait gactl
// waits until every request is done (or failed) and prints how each ended. `gactl undo
// PLAN_ID` goes the same way with the plan that puts back what a finished plan changed.
class PlanCommand final : public QObject
{
    Q_OBJECT

public:
    PlanCommand(GactlContext &context, QObject *parent);
    void run();

private:
    void onSnapshot(const AccountSnapshot &snapshot);
    void planReplace(const AccountSnapshot &snapshot);
    void checked(CertificatePlan plan);
    void printPlan(const CertificatePlan &plan) const;
    void launch(CertificatePlan plan);
    void report();

    GactlContext &m_context;
    AccountInventory *m_inventory;
    PlanRun *m_run = nullptr;
};

} // namespace ga
