#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QWidget;

namespace ga {

class AccountCertificateModel;
class AccountController;
class DomainSearchDialog;
class OperationCenter;
class PlanFlow;
struct CertificatePlan;
struct RetireSelection;

// The Certificates view's ways into a plan, each ending in PlanFlow's one preview: "Retire
// checked…" (the checked rows as one retire plan, whatever listeners and accelerators they
// are on), "Retire domain…" (the "where is this domain?" search, then every listener that
// serves it) and "Replace certificate…" on a row (pick the new ID, planReplace with the
// catalog's details, GA's DryRun of every update, then the preview). On a read-only profile
// the actions are disabled with the reason as their tooltip.
class CertificatePlanActions final : public QObject
{
    Q_OBJECT

public:
    CertificatePlanActions(OperationCenter *center, AccountController *controller,
                           AccountCertificateModel *model, QWidget *window);

    void setProfile(const QString &profile, bool readOnly, bool production);
    PlanFlow *flow() const { return m_flow; }
    QAction *retireCheckedAction() const { return m_retireChecked; }
    QAction *retireDomainAction() const { return m_retireDomain; }
    // "n checked on m listeners".
    QLabel *counter() const { return m_counter; }
    void updateActions();

    // The plan of the checked rows as it would be previewed.
    void retireChecked();
    void retireDomain();
    // Asks for the certificate that replaces `oldId` everywhere.
    void replaceCertificate(const QString &oldId);
    // Plans "replace oldId with newId" (looking newId up in CAS first), dry-runs it, previews.
    void planReplacement(const QString &oldId, const QString &newId);
    // The open search, if any (tests type into it).
    DomainSearchDialog *searchDialog() const;

signals:
    // A replacement is being checked (CAS, DryRun): the view may say so.
    void checking(const QString &text);

private:
    void previewRetire(const RetireSelection &selection, const QString &command);
    void replaceChecked(const QString &oldId, const QString &newId);
    // `gactl retire ...` for the domains of a plan made from picks: the picked domains, and
    // --accelerator when they are all on one; a note when gactl would take more.
    QString retireCommandForPicks(const CertificatePlan &plan) const;

    AccountController *m_controller;
    AccountCertificateModel *m_model;
    QWidget *m_window;
    PlanFlow *m_flow;
    QAction *m_retireChecked;
    QAction *m_retireDomain;
    QLabel *m_counter;
    QPointer<DomainSearchDialog> m_search;
    QString m_checkedPlanId; // the plan made of the checked rows, while it is previewed
};

// A word of a command line, quoted for a POSIX shell when it needs it ("*.example.com").
QString shellWord(const QString &word);

} // namespace ga
