#include "planprogressdialog.h"

#include "planpreviewdialog.h"
#include "planprogressmodel.h"
#include "plans/planrun.h"
#include "statebadgedelegate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ga {

PlanProgressDialog::PlanProgressDialog(PlanRun *run, QWidget *parent)
    : QDialog(parent)
    , m_run(run)
    , m_model(new PlanProgressModel(run, this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_sendAgain(new QPushButton(tr("&Send again"), this))
    , m_undo(new QPushButton(tr("&Undo plan"), this))
{
    run->setParent(this);
    setObjectName(QStringLiteral("planProgressDialog"));
    const CertificatePlan &plan = run->plan();
    setWindowTitle(tr("%1 — progress").arg(planActionText(plan)));

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("progressTree"));
    m_view->setAccessibleName(tr("The plan's requests by accelerator, with their states"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(PlanProgressModel::StateColumn,
                                     new StateBadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->expandAll();
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(PlanProgressModel::WhatColumn,
                                           QHeaderView::ResizeToContents);

    m_sendAgain->setObjectName(QStringLiteral("sendAgainButton"));
    m_sendAgain->setAutoDefault(false);
    m_undo->setObjectName(QStringLiteral("undoPlanButton"));
    m_undo->setAutoDefault(false);
    // An undo plan is not undone from here: its own undo would be a plan of its own making.
    m_undo->setVisible(plan.kind != CertificatePlan::Kind::Undo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_sendAgain, QDialogButtonBox::ActionRole);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sendAgain, &QPushButton::clicked, this, &PlanProgressDialog::sendAgain);
    connect(m_undo, &QPushButton::clicked, this,
            [this] { emit undoRequested(m_run->plan().planId); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(run, &PlanRun::requestChanged, this, [this] {
        updateSummary();
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlanProgressDialog::updateButtons);
    updateSummary();
    updateButtons();
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 26);
}

bool PlanProgressDialog::selectRequest(const QString &operationId)
{
    const QModelIndex index = m_model->indexOfRequest(operationId);
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void PlanProgressDialog::updateSummary()
{
    const PlanRun::Counts counts = m_run->counts();
    //: The counts of a plan's requests while it runs.
    QString text = tr("%1 queued, %2 running, %3 done, %4 failed, of %n request(s).", nullptr,
                      int(m_run->plan().requests.size()))
                       .arg(counts.waiting)
                       .arg(counts.running)
                       .arg(counts.done)
                       .arg(counts.failed);
    if (m_run->isDone())
        text += u' ' + tr("The plan is done.");
    else if (m_run->isFinished())
        text += u' '
            + tr("The plan has ended with failures: select a failed request and send it again.");
    else
        text += u' '
            + tr("Closing this window stops nothing: the operations dock follows every request.");
    m_summary->setText(text);
}

void PlanProgressDialog::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool canSend
        = current.siblingAtColumn(0).data(PlanProgressModel::CanSendAgainRole).toBool();
    m_sendAgain->setEnabled(canSend);
    m_sendAgain->setToolTip(canSend ? tr("Send the selected failed request again, alone")
                                    : tr("Select a failed request to send it again."));
    const bool finished = m_run->isFinished();
    const bool changed = m_run->counts().done > 0;
    m_undo->setEnabled(finished && changed);
    m_undo->setToolTip(!finished      ? tr("The plan can be undone once every request has ended.")
                           : !changed ? tr("No request changed anything.")
                                      : tr("Put back everything this plan changed, as a plan of "
                                           "its own (previewed first)."));
}

void PlanProgressDialog::sendAgain()
{
    const QString operationId = m_view->currentIndex()
                                    .siblingAtColumn(0)
                                    .data(PlanProgressModel::OperationIdRole)
                                    .toString();
    if (!operationId.isEmpty())
        m_run->sendAgain(operationId);
    updateSummary();
    updateButtons();
}

} // namespace ga
