#include "associatedialog.h"

#include "api/inputvalidation.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ga {
namespace {

enum Column { DomainColumn, CertificateColumn, ProblemColumn };

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

AssociateDialog::AssociateDialog(QString listenerId, QSet<QString> domainsOnListener,
                                 QWidget *parent)
    : QDialog(parent)
    , m_listenerId(std::move(listenerId))
    , m_existing(std::move(domainsOnListener))
    , m_table(new QTableWidget(validate::maxDomainsPerRequest, 3, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addCertificatesDialog"));
    setWindowTitle(tr("Add certificates to listener %1").arg(m_listenerId));
    m_table->setObjectName(QStringLiteral("certificateRows"));
    m_table->setAccessibleName(tr("Domains and their certificate IDs"));
    m_table->setHorizontalHeaderLabels({ tr("Domain"), tr("Certificate ID"), tr("Problem") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *problem = new QTableWidgetItem;
        problem->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, ProblemColumn, problem);
    }
    auto *hint = new QLabel(
        tr("Up to %1 domains, each with the ID of its certificate as Certificate Management shows "
           "it (for example 123456-cn-hangzhou). GA allows a few additional certificates per "
           "listener (3 unless the quota was raised, at most 10), each covering up to 3 domains; "
           "it says so if this is more.")
            .arg(validate::maxDomainsPerRequest),
        this);
    hint->setWordWrap(true);
    QPushButton *next = m_buttons->addButton(tr("Next…"), QDialogButtonBox::AcceptRole);
    next->setObjectName(QStringLiteral("nextButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!items().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != ProblemColumn)
            check();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    check();
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 24);
}

QList<ChangeItem> AssociateDialog::items() const
{
    return m_items;
}

QStringList AssociateDialog::problems() const
{
    return m_problems;
}

void AssociateDialog::check()
{
    QList<ChangeItem> items;
    QStringList problems;
    QSet<QString> seen;
    bool allPass = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString domain = cell(m_table, row, DomainColumn);
        const QString certificate = cell(m_table, row, CertificateColumn);
        QString problem;
        if (domain.isEmpty() && certificate.isEmpty()) {
            problems.append(QString());
        } else {
            const Result<QString> checkedDomain = validate::domain(domain);
            const Result<QString> checkedCertificate = validate::certificateId(certificate);
            if (!checkedDomain.ok())
                problem = checkedDomain.error().message;
            else if (!checkedCertificate.ok())
                problem = checkedCertificate.error().message;
            else if (seen.contains(checkedDomain.value()))
                problem = tr("%1 is in the list twice.").arg(checkedDomain.value());
            else if (m_existing.contains(checkedDomain.value()))
                problem = tr("%1 has a certificate on listener %2 already.")
                              .arg(checkedDomain.value(), m_listenerId);
            if (problem.isEmpty()) {
                seen.insert(checkedDomain.value());
                items.append({ checkedDomain.value(), checkedCertificate.value(), {} });
            }
            problems.append(problem);
        }
        allPass = allPass && problem.isEmpty();
        const QSignalBlocker blocker(m_table);
        m_table->item(row, ProblemColumn)->setText(problem);
        m_table->item(row, ProblemColumn)->setToolTip(problem);
    }
    m_items = allPass ? items : QList<ChangeItem> {};
    m_problems = problems;
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!m_items.isEmpty());
    }
}

} // namespace ga
