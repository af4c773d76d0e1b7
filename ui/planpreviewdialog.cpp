#include "planpreviewdialog.h"

#include "confirmbuttons.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ga {
namespace {

QString nameAndId(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

// What one item of a request does, in the preview's words.
QString itemText(ChangeKind kind, const ChangeItem &item)
{
    switch (kind) {
    case ChangeKind::Dissociate:
        return PlanPreviewDialog::tr("remove %1 (certificate %2)")
            .arg(item.domain, item.certificateId);
    case ChangeKind::Associate:
        return PlanPreviewDialog::tr("add %1 with certificate %2")
            .arg(item.domain, item.certificateId);
    case ChangeKind::Update:
        return PlanPreviewDialog::tr("%1: certificate %2 → %3")
            .arg(item.domain, item.previousCertificateId, item.certificateId);
    }
    return item.domain;
}

} // namespace

QString planActionText(const CertificatePlan &plan)
{
    switch (plan.kind) {
    case CertificatePlan::Kind::Retire:
        return PlanPreviewDialog::tr("Retire %n domain(s)", nullptr, plan.domainCount());
    case CertificatePlan::Kind::Replace:
        return PlanPreviewDialog::tr("Replace the certificate of %n domain(s)", nullptr,
                                     plan.domainCount());
    case CertificatePlan::Kind::Undo:
        return PlanPreviewDialog::tr("Undo the plan");
    }
    return {};
}

PlanPreviewDialog::PlanPreviewDialog(CertificatePlan plan, QString gactlCommand, bool production,
                                     QWidget *parent)
    : QDialog(parent)
    , m_plan(std::move(plan))
    , m_command(std::move(gactlCommand))
{
    setObjectName(QStringLiteral("planPreviewDialog"));
    const QString action = planActionText(m_plan);
    setWindowTitle(action);
    const int requests = int(m_plan.requests.size());
    const int domains = m_plan.domainCount();

    //: The plan's summary: %1 what it does (e.g. "Retire 6 domains"), %2 requests,
    //: %3 listeners, %n accelerators.
    auto *summary = new QLabel(
        tr("<b>%1</b> (%2): %3 on %4, %n accelerator(s). Nothing has been sent yet.", nullptr,
           int(m_plan.acceleratorIds().size()))
            .arg(action, m_plan.what.toHtmlEscaped(), tr("%n request(s)", nullptr, requests),
                 tr("%n listener(s)", nullptr, m_plan.listenerCount())),
        this);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);

    auto *explanation = new QLabel(
        tr("Each request changes one listener. The requests of one accelerator go one after "
           "another (GA locks the instance while it changes); the accelerators go side by "
           "side. A failed request does not stop the others and can be sent again alone."),
        this);
    explanation->setWordWrap(true);

    auto *commands = new QPlainTextEdit(m_command, this);
    commands->setObjectName(QStringLiteral("gactlCommand"));
    commands->setAccessibleName(tr("Equivalent gactl command"));
    commands->setReadOnly(true);
    commands->setMaximumHeight(fontMetrics().height() * 4);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copyCommand"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_command); });
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(commands, 1);
    commandRow->addWidget(copy, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(createTree(), 1);
    layout->addWidget(explanation);
    layout->addWidget(new QLabel(tr("The same from a terminal:"), this));
    layout->addLayout(commandRow);

    if (production) {
        // A plan has no one ID to type: the number of domains says the admin read what goes.
        auto *warning = new QLabel(
            tr("<b>Production profile.</b> Type %1, the number of domains, to confirm:")
                .arg(domains),
            this);
        m_typedCount = new QLineEdit(this);
        m_typedCount->setObjectName(QStringLiteral("typedCount"));
        m_typedCount->setAccessibleName(tr("Type the number of domains to confirm"));
        warning->setBuddy(m_typedCount);
        connect(m_typedCount, &QLineEdit::textChanged, this, &PlanPreviewDialog::updateConfirm);
        layout->addWidget(warning);
        layout->addWidget(m_typedCount);
    }
    m_buttons = confirmationButtons(this, action, [this] { return canConfirm(); });
    layout->addWidget(m_buttons);
    updateConfirm();
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 32);
}

QWidget *PlanPreviewDialog::createTree()
{
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("planTree"));
    tree->setAccessibleName(tr("The plan's requests by accelerator"));
    tree->setHeaderLabels(
        { tr("Accelerator / request / domain"), tr("Requests"), tr("Listeners"), tr("Domains") });
    for (const QString &acceleratorId : m_plan.acceleratorIds()) {
        const QList<OperationRecord> requests = m_plan.requestsOn(acceleratorId);
        QSet<QString> listeners;
        int domains = 0;
        for (const OperationRecord &request : requests) {
            listeners.insert(request.listenerId);
            domains += int(request.items.size());
        }
        auto *accelerator = new QTreeWidgetItem(
            tree,
            { tr("Accelerator %1")
                  .arg(nameAndId(m_plan.acceleratorNames.value(acceleratorId), acceleratorId)),
              QString::number(requests.size()), QString::number(listeners.size()),
              QString::number(domains) });
        accelerator->setData(0, Qt::UserRole, acceleratorId);
        int order = 0;
        for (const OperationRecord &request : requests) {
            //: A request in a plan's preview: its place on the accelerator, the listener.
            auto *item = new QTreeWidgetItem(
                accelerator,
                { tr("%1. Listener %2")
                      .arg(++order)
                      .arg(nameAndId(m_plan.listenerNames.value(request.listenerId),
                                     request.listenerId)),
                  QString(), QString(), QString::number(request.items.size()) });
            item->setData(0, Qt::UserRole, request.operationId);
            for (const ChangeItem &change : request.items)
                (new QTreeWidgetItem(item, { itemText(request.kind, change) }))
                    ->setFirstColumnSpanned(true);
            ++m_listed;
        }
    }
    if (!m_plan.skipped.isEmpty()) {
        auto *skipped = new QTreeWidgetItem(
            tree, { tr("Left alone: %n listener(s)", nullptr, int(m_plan.skipped.size())) });
        skipped->setData(0, Qt::UserRole, QStringLiteral("skipped"));
        for (const CertificatePlan::Skipped &skip : std::as_const(m_plan.skipped)) {
            auto *item = new QTreeWidgetItem(
                skipped,
                //: A listener a plan leaves alone: its domains, the listener, why (the reason
                //: names the accelerator when it is the accelerator's).
                { tr("%1 on listener %2: %3")
                      .arg(skip.domains.join(QStringLiteral(", ")), skip.listenerId,
                           skip.reason) });
            item->setToolTip(0, skip.reason);
            item->setFirstColumnSpanned(true);
        }
    }
    // A plan that fits on screen shows every domain; a large one its requests, to unfold.
    if (m_plan.domainCount() <= 40)
        tree->expandAll();
    else
        tree->expandToDepth(0);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    return tree;
}

int PlanPreviewDialog::listedRequests() const
{
    return m_listed;
}

bool PlanPreviewDialog::canConfirm() const
{
    if (m_plan.requests.isEmpty())
        return false;
    return !m_typedCount || m_typedCount->text().trimmed() == QString::number(m_plan.domainCount());
}

void PlanPreviewDialog::updateConfirm()
{
    updateConfirmationButtons(m_buttons, canConfirm());
}

} // namespace ga
