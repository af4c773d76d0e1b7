#include "domainsearchdialog.h"

#include "api/inputvalidation.h"
#include "inventory/accountsnapshot.h"
#include "plans/retireplanner.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ga {
namespace {

// More rows than an admin reads; the count still says how many there are.
constexpr int shownMatches = 500;

QString nameAndId(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

} // namespace

DomainSearchDialog::DomainSearchDialog(const AccountSnapshot &snapshot, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(snapshot)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("domainSearchDialog"));
    setWindowTitle(tr("Retire a domain everywhere"));
    auto *prompt = new QLabel(tr("&Where is this domain? Type domains or *. patterns "
                                 "(*.example.com is every name under example.com):"),
                              this);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("pattern"));
    m_edit->setPlaceholderText(tr("shop.example.com *.old.example.com"));
    m_edit->setAccessibleName(tr("Domains or patterns to retire"));
    m_edit->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("matches"));
    m_results->setAccessibleName(tr("Listeners that serve a match"));
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels(
        { tr("Domain"), tr("Listener"), tr("Accelerator"), tr("Certificate ID") });
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    QPushButton *retire
        = m_buttons->addButton(tr("&Retire everywhere…"), QDialogButtonBox::AcceptRole);
    retire->setObjectName(QStringLiteral("retireButton"));
    // Cancel stays the default: Enter in the search box never starts a retire.
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_matches > 0)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &DomainSearchDialog::search);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_buttons);
    search();
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 26);
}

QStringList DomainSearchDialog::patterns() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return m_edit->text().split(separators, Qt::SkipEmptyParts);
}

void DomainSearchDialog::search()
{
    m_results->clear();
    m_matches = 0;
    const QStringList wanted = patterns();
    QString problem;
    for (const QString &pattern : wanted) {
        if (const Result<QString> checked = validate::domain(pattern); !checked.ok()) {
            problem = checked.error().toString();
            break;
        }
    }
    QSet<QString> listeners;
    QSet<QString> accelerators;
    QList<QTreeWidgetItem *> rows;
    if (problem.isEmpty() && !wanted.isEmpty()) {
        for (const CertificateUse &use : certificateUses(m_snapshot)) {
            const QString &domain = use.certificate->domain;
            if (use.certificate->isDefault || domain.isEmpty())
                continue;
            const bool selected
                = std::any_of(wanted.cbegin(), wanted.cend(),
                              [&](const QString &p) { return plans::patternSelects(p, domain); });
            if (!selected)
                continue;
            ++m_matches;
            listeners.insert(use.listener->listenerId);
            accelerators.insert(use.accelerator->acceleratorId);
            if (rows.size() < shownMatches)
                rows.append(new QTreeWidgetItem(
                    { domain, nameAndId(use.listener->name, use.listener->listenerId),
                      nameAndId(use.accelerator->name, use.accelerator->acceleratorId),
                      use.certificate->certificateId }));
        }
    }
    m_results->addTopLevelItems(rows);
    if (!problem.isEmpty())
        m_status->setText(problem);
    else if (wanted.isEmpty())
        m_status->setText(tr("Type a domain to see where it is."));
    else if (m_matches == 0)
        m_status->setText(tr("No listener of the account serves a match."));
    else
        //: %1 is "N domain(s)" served, %2 "on N listener(s)", %n accelerators.
        m_status->setText(tr("%1 on %2 of %n accelerator(s).", nullptr, int(accelerators.size()))
                              .arg(tr("%n match(es)", nullptr, m_matches),
                                   tr("%n listener(s)", nullptr, int(listeners.size()))));
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(m_matches > 0);
    }
}

} // namespace ga
