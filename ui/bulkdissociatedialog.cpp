#include "bulkdissociatedialog.h"

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
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ga {
namespace {

QString nameOrDash(const QString &name)
{
    return name.isEmpty() ? QStringLiteral("—") : name;
}

} // namespace

BulkDissociateDialog::BulkDissociateDialog(QList<ChangeRequest> requests, QWidget *parent)
    : QDialog(parent)
    , m_requests(std::move(requests))
{
    const int domains = domainCount();
    const int listeners = int(m_requests.size());
    const QString action = tr("Dissociate %n domain(s)", nullptr, domains);
    setObjectName(QStringLiteral("bulkDissociateDialog"));
    setWindowTitle(action);

    auto *summary = new QLabel(
        tr("%1 from %n listener(s). Each listener is one change: they run one accelerator at a "
           "time and are watched until their listeners are active again.",
           nullptr, listeners)
            .arg(action),
        this);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);

    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("listenerTree"));
    tree->setAccessibleName(tr("Listeners and the domains to dissociate from each"));
    tree->setHeaderLabels({ tr("Listener / domain"), tr("Certificate ID") });
    tree->setRootIsDecorated(true);
    for (const ChangeRequest &request : std::as_const(m_requests)) {
        auto *listener = new QTreeWidgetItem(
            tree,
            { tr("%1 (%2), ports %3 on accelerator %4 (%5)")
                  .arg(request.listenerId, nameOrDash(request.listenerName),
                       nameOrDash(request.listenerPorts), request.acceleratorId,
                       nameOrDash(request.acceleratorName)),
              tr("%n domain(s)", nullptr, int(request.domains.size())) });
        for (const ChangeRequest::Domain &domain : request.domains)
            new QTreeWidgetItem(listener, { domain.domain, domain.certificateId });
    }
    tree->expandAll();
    tree->header()->setStretchLastSection(true);
    tree->resizeColumnToContents(0);

    auto *commands = new QPlainTextEdit(gactlCommands(), this);
    commands->setObjectName(QStringLiteral("gactlCommands"));
    commands->setAccessibleName(tr("Equivalent gactl commands"));
    commands->setReadOnly(true);
    commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    commands->setMaximumHeight(fontMetrics().height() * (std::min(listeners, 4) + 2));
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copyCommands"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(gactlCommands()); });
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(commands, 1);
    commandRow->addWidget(copy, 0, Qt::AlignTop);

    auto *explanation = new QLabel(
        tr("GA removes these additional certificates from their listeners. Each listener is "
           "\"updating\" for a while and serves its default certificate for these domains "
           "afterwards."),
        this);
    explanation->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(tree, 1);
    layout->addWidget(explanation);
    layout->addWidget(new QLabel(tr("The same from a terminal:"), this));
    layout->addLayout(commandRow);

    const bool production = !m_requests.isEmpty() && m_requests.first().production;
    if (production) {
        // Several listeners have no one ID to type: the number of domains says the admin
        // read what goes.
        auto *warning = new QLabel(
            tr("<b>Production profile.</b> Type %1, the number of domains, to confirm:")
                .arg(domains),
            this);
        m_typedCount = new QLineEdit(this);
        m_typedCount->setObjectName(QStringLiteral("typedCount"));
        m_typedCount->setAccessibleName(tr("Type the number of domains to confirm"));
        warning->setBuddy(m_typedCount);
        connect(m_typedCount, &QLineEdit::textChanged, this, &BulkDissociateDialog::updateConfirm);
        layout->addWidget(warning);
        layout->addWidget(m_typedCount);
    }

    m_buttons = confirmationButtons(this, action, [this] { return canConfirm(); });
    layout->addWidget(m_buttons);
    updateConfirm();
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 30);
}

int BulkDissociateDialog::domainCount() const
{
    int count = 0;
    for (const ChangeRequest &request : m_requests)
        count += int(request.domains.size());
    return count;
}

bool BulkDissociateDialog::canConfirm() const
{
    if (m_requests.isEmpty())
        return false;
    return !m_typedCount || m_typedCount->text().trimmed() == QString::number(domainCount());
}

QString BulkDissociateDialog::gactlCommands() const
{
    QStringList lines;
    for (const ChangeRequest &request : m_requests)
        lines.append(request.gactlCommand());
    return lines.join(u'\n');
}

void BulkDissociateDialog::updateConfirm()
{
    updateConfirmationButtons(m_buttons, canConfirm());
}

} // namespace ga
