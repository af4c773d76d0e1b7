#include "certificatespane.h"

#include "accountcertificatemodel.h"
#include "accountcontroller.h"
#include "certificateplanactions.h"
#include "changeflash.h"
#include "consolecontroller.h"
#include "errorbanner.h"
#include "modelroles.h"
#include "planflow.h"
#include "statebadgedelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QShowEvent>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ga {
namespace {

using Problem = AccountCertificateFilter::Problem;
const QString headerKey = QStringLiteral("panes/accountCertificates/header");

} // namespace

CertificatesPane::CertificatesPane(Services services, QWidget *parent)
    : QWidget(parent)
    , m_model(new AccountCertificateModel(this))
    , m_filter(new AccountCertificateFilter(this))
    , m_controller(
          new AccountController(services.client, services.center, services.catalog, m_model, this))
    , m_plans(new CertificatePlanActions(services.center, m_controller, m_model, this))
    , m_animation(new QTimer(this))
    , m_deferred(new QTimer(this))
{
    setObjectName(QStringLiteral("certificatesView"));
    m_filter->setSourceModel(m_model);
    m_filter->setExpiringWithinDays(m_model->thresholds().warningDays);

    auto *footer = new QHBoxLayout;
    auto *retireDomain = new QToolButton(this);
    retireDomain->setObjectName(QStringLiteral("retireDomainButton"));
    retireDomain->setDefaultAction(m_plans->retireDomainAction());
    retireDomain->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *retireChecked = new QToolButton(this);
    retireChecked->setObjectName(QStringLiteral("retireCheckedButton"));
    retireChecked->setDefaultAction(m_plans->retireCheckedAction());
    retireChecked->setToolButtonStyle(Qt::ToolButtonTextOnly);
    footer->addWidget(m_plans->counter(), 1);
    footer->addWidget(retireDomain);
    footer->addWidget(retireChecked);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilterRow());
    createTable();
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    if (services.console)
        connect(services.console, &ConsoleController::refreshed, m_controller,
                &AccountController::refresh);
    if (ErrorBanner *banner = services.banner)
        connect(m_controller, &AccountController::errorOccurred, banner,
                [banner](const QString &context, const ApiError &error) {
                    banner->showError(context, error);
                });
    connect(m_model, &AccountCertificateModel::checkRefused, this,
            [this](const QString &reason) { emit message(reason, 10'000); });
    connect(m_controller, &AccountController::readingChanged, this,
            &CertificatesPane::updateStatus);
    connect(m_plans, &CertificatePlanActions::checking, this,
            [this](const QString &text) { emit message(text, 10'000); });
    connect(m_plans->flow(), &PlanFlow::refused, this,
            [this](const QString &reason) { emit message(reason, 15'000); });

    // Busy badges spin and changed cells fade: repaint while any does, and only then.
    m_animation->setInterval(80);
    connect(m_animation, &QTimer::timeout, this, [this] {
        m_view->viewport()->update();
        if (m_flashUntil.hasExpired() && !m_model->anyRowDissociating())
            m_animation->stop();
    });
    // A refresh emits many signals; the status and the animation are looked at once after.
    m_deferred->setSingleShot(true);
    m_deferred->setInterval(0);
    connect(m_deferred, &QTimer::timeout, this, [this] {
        updateStatus();
        updateAnimation();
    });
    connect(m_filter, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.contains(ChangedAtRole))
                    m_flashUntil.setRemainingTime(changeFlashMs);
                m_deferred->start();
            });
    for (const auto signal :
         { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_filter, signal, m_deferred, qOverload<>(&QTimer::start));
    connect(m_filter, &QAbstractItemModel::layoutChanged, m_deferred, qOverload<>(&QTimer::start));
    updateStatus();
}

CertificatesPane::~CertificatesPane()
{
    QSettings().setValue(headerKey, m_view->horizontalHeader()->saveState());
}

QWidget *CertificatesPane::createFilterRow()
{
    auto *row = new QWidget(this);
    m_filterEdit = new QLineEdit(row);
    m_filterEdit->setObjectName(QStringLiteral("filter"));
    m_filterEdit->setPlaceholderText(
        tr("Filter: words to match in domains, names, IDs and ports; !word to exclude"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter certificates"));
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter,
            &AccountCertificateFilter::setFilterText);
    m_status = new QLabel(row);
    m_status->setObjectName(QStringLiteral("status"));

    auto *problems = new QHBoxLayout;
    auto *only = new QLabel(tr("Show only:"), row);
    only->setToolTip(tr("With problems checked, a row shows when it has any of them."));
    problems->addWidget(only);
    problems->addWidget(addProblemBox(tr("&Expired"), QStringLiteral("expiredFilter"),
                                      AccountCertificateFilter::Expired));
    problems->addWidget(addProblemBox(tr("Expiring &within"), QStringLiteral("expiringFilter"),
                                      AccountCertificateFilter::ExpiringSoon));
    m_days = new QSpinBox(row);
    m_days->setObjectName(QStringLiteral("expiringDays"));
    m_days->setRange(1, 3650);
    m_days->setValue(m_filter->expiringWithinDays());
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Expiring within this many days"));
    connect(m_days, &QSpinBox::valueChanged, m_filter,
            &AccountCertificateFilter::setExpiringWithinDays);
    problems->addWidget(m_days);
    problems->addWidget(addProblemBox(tr("Not in CA&S"), QStringLiteral("notInCasFilter"),
                                      AccountCertificateFilter::NotInCas));
    problems->addWidget(addProblemBox(tr("Does not co&ver its domain"),
                                      QStringLiteral("notCoveringFilter"),
                                      AccountCertificateFilter::NotCovering));
    problems->addStretch();
    problems->addWidget(m_status);

    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterEdit);
    layout->addLayout(problems);
    return row;
}

QCheckBox *CertificatesPane::addProblemBox(const QString &text, const QString &name,
                                           Problem problem)
{
    auto *box = new QCheckBox(text, this);
    box->setObjectName(name);
    connect(box, &QCheckBox::toggled, m_filter,
            [this, problem](bool on) { m_filter->setProblem(problem, on); });
    m_problemBoxes.insert(problem, box);
    return box;
}

QCheckBox *CertificatesPane::problemBox(Problem problem) const
{
    return m_problemBoxes.value(problem);
}

void CertificatesPane::createTable()
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("table"));
    m_view->setAccessibleName(tr("Certificates of the account"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    // Fitting a column reads this many rows, not all 8,000.
    header->setResizeContentsPrecision(200);
    m_view->setItemDelegate(new ChangeFlashDelegate(m_view));
    auto *badges = new StateBadgeDelegate(m_view);
    m_view->setItemDelegateForColumn(AccountCertificateModel::DaysLeftColumn, badges);
    m_view->setItemDelegateForColumn(AccountCertificateModel::StateColumn, badges);
    m_view->addAction(m_plans->retireCheckedAction());

    if (const QByteArray state = QSettings().value(headerKey).toByteArray(); !state.isEmpty()) {
        header->restoreState(state);
    } else {
        // What needs attention first; the columns fit the first rows that arrive, once.
        m_view->sortByColumn(AccountCertificateModel::DaysLeftColumn, Qt::AscendingOrder);
        auto fitOnce = std::make_shared<QMetaObject::Connection>();
        *fitOnce = connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this, fitOnce] {
            m_view->resizeColumnsToContents();
            disconnect(*fitOnce);
        });
    }

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu *menu = createContextMenu(m_view->indexAt(position), this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(position));
    });
}

QMenu *CertificatesPane::createContextMenu(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("certificateMenu"));
    const QString certificateId = index.data(AccountCertificateModel::CertificateIdRole).toString();
    if (!certificateId.isEmpty()) {
        const QList<const AccountCertificateRow *> uses = m_model->usesOf(certificateId);
        QMenu *usedBy
            = menu->addMenu(tr("&Used by (%n)", nullptr, int(uses.size())) + u' ' + certificateId);
        usedBy->setObjectName(QStringLiteral("usedByMenu"));
        for (const AccountCertificateRow *use : uses) {
            //: A use of a certificate: domain, listener (name, ID, port), accelerator.
            QAction *entry
                = usedBy->addAction(tr("%1 on listener %2 (%3), port %4, "
                                       "accelerator %5 (%6)")
                                        .arg(use->domain, use->listenerId, use->listenerName,
                                             use->ports, use->acceleratorId, use->acceleratorName));
            entry->setData(use->key);
            connect(entry, &QAction::triggered, this, [this, key = use->key] {
                if (!selectKey(key))
                    emit message(tr("That row is hidden by the filters."), 5'000);
            });
        }
        menu->addAction(tr("Copy certificate &ID"), this,
                        [this, index] { copyCertificateId(index); });
        QAction *replace = menu->addAction(
            tr("Re&place certificate %1…").arg(certificateId), this,
            [this, certificateId] { m_plans->replaceCertificate(certificateId); });
        replace->setObjectName(QStringLiteral("replaceCertificateAction"));
        const QString reason = m_plans->flow()->whyNoPlan();
        replace->setEnabled(reason.isEmpty());
        replace->setToolTip(reason.isEmpty()
                                ? tr("Point every domain served by %1 at another certificate, as "
                                     "one plan")
                                      .arg(certificateId)
                                : reason);
        menu->addSeparator();
    }
    menu->addAction(tr("&Check selected"), this, &CertificatesPane::checkSelected);
    menu->addAction(tr("Uncheck &all"), m_model, &AccountCertificateModel::uncheckAll);
    menu->addAction(m_plans->retireCheckedAction());
    menu->addAction(m_plans->retireDomainAction());
    menu->setToolTipsVisible(true);
    return menu;
}

bool CertificatesPane::selectKey(const QString &key)
{
    const int row = m_model->rowOf(key);
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (row < 0 || !index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void CertificatesPane::checkSelected()
{
    QStringList keys;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        keys.append(row.data(IdRole).toString());
    if (const int refused = m_model->checkKeys(keys); refused > 0)
        emit message(tr("%n domain(s) left unchecked: a change is dissociating them already.",
                        nullptr, refused),
                     10'000);
}

void CertificatesPane::copyCertificateId(const QModelIndex &index)
{
    QGuiApplication::clipboard()->setText(
        index.data(AccountCertificateModel::CertificateIdRole).toString());
}

void CertificatesPane::setClient(GaApi *client)
{
    m_controller->setClient(client);
    m_plans->updateActions();
}

void CertificatesPane::setCatalog(CertificateCatalog *catalog)
{
    m_controller->setCatalog(catalog);
}

void CertificatesPane::setProfile(const QString &profile, bool readOnly, bool production)
{
    m_plans->setProfile(profile, readOnly, production);
}

void CertificatesPane::setExpiryThresholds(const certs::ExpiryThresholds &thresholds)
{
    m_model->setThresholds(thresholds);
    m_days->setValue(thresholds.warningDays);
}

void CertificatesPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A tab switch, not the window being restored: only the view's own visibility counts.
    if (!event->spontaneous())
        m_controller->setActive(true);
}

void CertificatesPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!event->spontaneous())
        m_controller->setActive(false);
}

void CertificatesPane::updateStatus()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    QString text = shown == all ? tr("%n certificate use(s)", nullptr, all)
                                : tr("%1 of %n certificate use(s)", nullptr, all).arg(shown);
    if (m_controller->isReading())
        text += tr(" (reading the account…)");
    m_status->setText(text);
}

void CertificatesPane::updateAnimation()
{
    const bool moving = !m_flashUntil.hasExpired() || m_model->anyRowDissociating();
    if (moving && !m_animation->isActive())
        m_animation->start();
    else if (!moving)
        m_animation->stop();
}

} // namespace ga
