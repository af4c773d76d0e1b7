#include "changedialog.h"

#include "listenertablemodel.h"

#include "displayformat.h"

#include "acceleratortablemodel.h"
#include "confirmbuttons.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ga {
namespace {

// Single quotes unless the word is plainly safe: a wildcard domain must not glob.
QString shellQuoted(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._:/@=+-]+$"));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QStringLiteral("'"), QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString nameOrDash(const QString &name)
{
    return name.isEmpty() ? QStringLiteral("—") : name;
}

} // namespace

void ChangeRequest::setTarget(const QString &accelerator, const QString &listener,
                              const AcceleratorTableModel &accelerators,
                              const ListenerTableModel &listeners)
{
    acceleratorId = accelerator;
    listenerId = listener;
    if (const Accelerator *row = accelerators.rowAt(accelerators.rowOf(accelerator)))
        acceleratorName = row->name;
    if (const Listener *row = listeners.rowAt(listeners.rowOf(listener))) {
        listenerName = row->name;
        listenerPorts = display::ports(row->portRanges);
    }
}

QStringList ChangeRequest::domainNames() const
{
    QStringList names;
    for (const Domain &d : domains)
        names.append(d.domain);
    return names;
}

QString ChangeRequest::gactlCommand() const
{
    QStringList words { QStringLiteral("gactl") };
    if (!profile.isEmpty())
        words << QStringLiteral("--profile") << shellQuoted(profile);
    else if (!endpoint.isEmpty())
        words << QStringLiteral("--endpoint") << shellQuoted(endpoint);
    if (!undoes.isEmpty()) {
        words << QStringLiteral("undo") << shellQuoted(undoes) << QStringLiteral("--wait");
        return words.join(u' ');
    }
    const bool associate = kind == ChangeKind::Associate;
    words << (associate ? QStringLiteral("associate") : QStringLiteral("dissociate"))
          << shellQuoted(acceleratorId) << shellQuoted(listenerId);
    for (const Domain &d : domains)
        words << shellQuoted(associate ? d.domain + u'=' + d.certificateId : d.domain);
    words << QStringLiteral("--wait");
    return words.join(u' ');
}

ChangeDialog::ChangeDialog(ChangeRequest request, QWidget *parent)
    : QDialog(parent)
    , m_request(std::move(request))
{
    const bool associate = m_request.kind == ChangeKind::Associate;
    const int count = int(m_request.domains.size());
    const QString action = associate ? tr("Associate %n certificate(s)", nullptr, count)
                                     : tr("Dissociate %n domain(s)", nullptr, count);
    setObjectName(associate ? QStringLiteral("associateDialog")
                            : QStringLiteral("dissociateDialog"));
    setWindowTitle(action);

    auto *form = new QFormLayout;
    auto *accelerator = new QLabel(
        tr("%1 (%2)").arg(m_request.acceleratorId, nameOrDash(m_request.acceleratorName)));
    accelerator->setObjectName(QStringLiteral("acceleratorLabel"));
    auto *listener = new QLabel(tr("%1 (%2), ports %3")
                                    .arg(m_request.listenerId, nameOrDash(m_request.listenerName),
                                         nameOrDash(m_request.listenerPorts)));
    listener->setObjectName(QStringLiteral("listenerLabel"));
    for (QLabel *label : { accelerator, listener })
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Accelerator:"), accelerator);
    form->addRow(tr("Listener:"), listener);

    auto *domains = new QTableWidget(int(m_request.domains.size()), 2, this);
    domains->setObjectName(QStringLiteral("domainTable"));
    domains->setAccessibleName(associate ? tr("Domains to associate")
                                         : tr("Domains to dissociate"));
    domains->setHorizontalHeaderLabels({ tr("Domain"), tr("Certificate ID") });
    domains->setEditTriggers(QAbstractItemView::NoEditTriggers);
    domains->verticalHeader()->hide();
    domains->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_request.domains.size(); ++row) {
        domains->setItem(row, 0, new QTableWidgetItem(m_request.domains[row].domain));
        domains->setItem(row, 1, new QTableWidgetItem(m_request.domains[row].certificateId));
    }
    domains->resizeColumnsToContents();

    auto *command = new QLineEdit(m_request.gactlCommand(), this);
    command->setObjectName(QStringLiteral("gactlCommand"));
    command->setAccessibleName(tr("Equivalent gactl command"));
    command->setReadOnly(true);
    command->setCursorPosition(0);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copyCommand"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this,
            [command] { QGuiApplication::clipboard()->setText(command->text()); });
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(command, 1);
    commandRow->addWidget(copy);

    QString explained = associate
        ? tr("GA adds these additional certificates to the listener. The listener is "
             "\"updating\" for a while; the console watches it until it is active and lists "
             "them.")
        : tr("GA removes these additional certificates from the listener. The listener is "
             "\"updating\" for a while and serves the default certificate for these domains "
             "afterwards. The console watches it until it is active again.");
    if (!m_request.undoes.isEmpty())
        explained = tr("This undoes operation %1: the domains get back the certificates they "
                       "had.")
                        .arg(m_request.undoes)
            + u' ' + explained;
    auto *explanation = new QLabel(explained, this);
    explanation->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(domains, 1);
    layout->addWidget(explanation);
    layout->addWidget(new QLabel(tr("The same from a terminal:"), this));
    layout->addLayout(commandRow);

    if (m_request.production) {
        auto *warning
            = new QLabel(tr("<b>Production profile.</b> Type the listener ID to confirm:"), this);
        m_typedListenerId = new QLineEdit(this);
        m_typedListenerId->setObjectName(QStringLiteral("typedListenerId"));
        m_typedListenerId->setAccessibleName(tr("Type the listener ID to confirm"));
        m_typedListenerId->setPlaceholderText(m_request.listenerId);
        warning->setBuddy(m_typedListenerId);
        connect(m_typedListenerId, &QLineEdit::textChanged, this, &ChangeDialog::updateConfirm);
        layout->addWidget(warning);
        layout->addWidget(m_typedListenerId);
    }

    m_buttons = confirmationButtons(this, action, [this] { return canConfirm(); });
    layout->addWidget(m_buttons);
    updateConfirm();
    // Room for the domains and the command: sized by the font, not in pixels.
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 26);
}

bool ChangeDialog::canConfirm() const
{
    return !m_typedListenerId || m_typedListenerId->text().trimmed() == m_request.listenerId;
}

void ChangeDialog::updateConfirm()
{
    updateConfirmationButtons(m_buttons, canConfirm());
}

} // namespace ga
