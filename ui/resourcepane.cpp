#include "resourcepane.h"

#include "changeflash.h"
#include "filterproxymodel.h"
#include "modelroles.h"
#include "statebadge.h"
#include "statebadgedelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ga {

ResourcePane::ResourcePane(const QString &title, const QString &settingsKey,
                           QAbstractItemModel *model, int stateColumn, QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
    , m_title(new QLabel(title, this))
    , m_status(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_proxy(new FilterProxyModel(this))
    , m_animation(new QTimer(this))
    , m_busyCheck(new QTimer(this))
    , m_stateColumn(stateColumn)
{
    setObjectName(settingsKey + QStringLiteral("Pane"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status->setObjectName(QStringLiteral("status"));
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter: words to match, !word to exclude"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter %1").arg(title));
    m_view->setObjectName(QStringLiteral("table"));
    m_view->setAccessibleName(title);

    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegate(new ChangeFlashDelegate(m_view));
    if (stateColumn >= 0)
        m_view->setItemDelegateForColumn(stateColumn, new StateBadgeDelegate(m_view));

    // Title, filter and status share one line: on a small or 2x screen the height goes to rows.
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_filter, 1);
    header->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view);

    const QByteArray state
        = QSettings().value(QStringLiteral("panes/%1/header").arg(m_settingsKey)).toByteArray();
    if (!state.isEmpty()) {
        m_view->horizontalHeader()->restoreState(state);
    } else {
        // No saved widths yet: fit the columns to the first rows that arrive, once.
        auto fitOnce = std::make_shared<QMetaObject::Connection>();
        *fitOnce = connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this, fitOnce] {
            m_view->resizeColumnsToContents();
            disconnect(*fitOnce);
        });
    }

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &FilterProxyModel::setFilterText);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &ResourcePane::showHeaderMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentIdChanged(current.data(IdRole).toString());
            });

    // Busy badges spin: repaint the state column while any row is busy, and only then.
    m_animation->setInterval(80);
    connect(m_animation, &QTimer::timeout, this, [this] {
        m_view->viewport()->update();
        if (!m_busy && m_flashUntil.hasExpired())
            m_animation->stop(); // nothing moves any more
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                // A refresh changed cells: keep repainting while their highlight fades.
                if (roles.contains(ChangedAtRole))
                    m_flashUntil.setRemainingTime(changeFlashMs);
                m_busyCheck->start();
            });
    // A refresh emits many signals; the scan over every row runs once after them, not per signal.
    m_busyCheck->setSingleShot(true);
    m_busyCheck->setInterval(0);
    connect(m_busyCheck, &QTimer::timeout, this, &ResourcePane::updateBusyAnimation);
    for (const auto signal :
         { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, m_busyCheck, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::modelReset, m_busyCheck, qOverload<>(&QTimer::start));
}

ResourcePane::~ResourcePane()
{
    saveHeaderState();
}

void ResourcePane::setStatusText(const QString &text)
{
    m_status->setText(text);
}

QStringList ResourcePane::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(IdRole).toString());
    return ids;
}

QString ResourcePane::currentId() const
{
    return m_view->currentIndex().data(IdRole).toString();
}

bool ResourcePane::selectId(const QString &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toString() == id) {
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

void ResourcePane::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        QAction *action = menu.addAction(
            m_proxy->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The first column holds the ID: it stays, or rows could not be told apart.
        action->setEnabled(column != 0);
        connect(action, &QAction::toggled, this, [this, header, column](bool visible) {
            header->setSectionHidden(column, !visible);
            saveHeaderState();
        });
    }
    menu.exec(header->mapToGlobal(position));
}

void ResourcePane::saveHeaderState() const
{
    QSettings().setValue(QStringLiteral("panes/%1/header").arg(m_settingsKey),
                         m_view->horizontalHeader()->saveState());
}

void ResourcePane::updateBusyAnimation()
{
    // Rows change only here (on model signals), so the per-tick work stays a flag check.
    m_busy = false;
    for (int row = 0; row < m_proxy->rowCount() && !m_busy && m_stateColumn >= 0; ++row)
        m_busy = toneOf(m_proxy->index(row, m_stateColumn).data(StateRole).toString())
            == StateTone::Busy;
    const bool flashing = !m_flashUntil.hasExpired();
    if ((m_busy || flashing) && !m_animation->isActive())
        m_animation->start();
    else if (!m_busy && !flashing)
        m_animation->stop();
}

} // namespace ga
