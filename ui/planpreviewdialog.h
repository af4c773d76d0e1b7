#pragma once

#include "plans/certificateplan.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace ga {

// The plan before anything is sent, like `terraform plan` (docs/architecture.md, Plans):
// every request that will go, grouped by accelerator (name and ID) with the counts of
// requests, listeners and domains, the listeners left alone and why, and the gactl command
// that does the same. One confirmation for the whole plan; on a production profile the admin
// types the number of domains first. Cancel is the default button.
class PlanPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    // `gactlCommand`: the equivalent command line ("gactl retire shop.example.com --yes").
    PlanPreviewDialog(CertificatePlan plan, QString gactlCommand, bool production,
                      QWidget *parent = nullptr);

    const CertificatePlan &plan() const { return m_plan; }
    const QString &gactlCommand() const { return m_command; }
    // The requests the tree lists (one child row each, under its accelerator).
    int listedRequests() const;
    bool canConfirm() const;

private:
    QWidget *createTree();
    void updateConfirm();

    CertificatePlan m_plan;
    QString m_command;
    QLineEdit *m_typedCount = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    int m_listed = 0;
};

// The dialog's title and button: "Retire 6 domains", "Replace on 5 domains", "Undo plan".
QString planActionText(const CertificatePlan &plan);

} // namespace ga
