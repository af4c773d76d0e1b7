#include "operationsdock.h"

#include "undoflow.h"

#include "modelroles.h"
#include "operationexport.h"
#include "operationhistorymodel.h"
#include "ops/changeoperation.h"
#include "ops/operationcenter.h"
#include "statebadgedelegate.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ga {

OperationsDock::OperationsDock(OperationCenter *center, QWidget *parent)
    : QDockWidget(tr("Operations"), parent)
    , m_model(new OperationHistoryModel(center, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_keepWatching(new QPushButton(tr("&Keep watching"), this))
    , m_undo(new QPushButton(tr("Re-associate…"), this))
    , m_plan(new QPushButton(tr("&Plan…"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_empty(new QLabel(tr("No operations yet. The changes made here or with gactl appear "
                            "in this list."),
                         this))
{
    setObjectName(QStringLiteral("operationsDock"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    m_view->setObjectName(QStringLiteral("operationsView"));
    m_view->setAccessibleName(tr("Operations"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OperationHistoryModel::StartedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(OperationHistoryModel::StateColumn,
                                     new StateBadgeDelegate(m_view));
    m_keepWatching->setObjectName(QStringLiteral("keepWatching"));
    m_keepWatching->setToolTip(tr("Watch a timed-out operation again until it is done"));
    m_undo->setObjectName(QStringLiteral("undoOperation"));
    m_plan->setObjectName(QStringLiteral("showPlan"));
    m_export->setObjectName(QStringLiteral("exportOperations"));
    m_export->setToolTip(tr("Save the history as CSV or JSON (no credentials are in it)"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_keepWatching);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_plan);
    buttons->addWidget(m_export);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty->setObjectName(QStringLiteral("noOperations"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_keepWatching, &QPushButton::clicked, this, [this] {
        if (ChangeOperation *operation = selectedOperation())
            operation->keepWatching();
    });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        OperationRecord record;
        if (m_undoFlow && selectedRecord(&record))
            m_undoFlow->requestUndo(record);
    });
    connect(m_plan, &QPushButton::clicked, this, [this] {
        OperationRecord record;
        if (selectedRecord(&record) && !record.planId.isEmpty())
            emit planRequested(record.planId);
    });
    connect(m_export, &QPushButton::clicked, this, &OperationsDock::chooseExportFile);
    // An empty history takes a strip, so the panes have the height (a small screen, 2x);
    // once the window has laid itself out (and restored its state), and whenever it empties.
    for (const auto signal :
         { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &OperationsDock::updateEmpty);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OperationsDock::updateEmpty);
    showHistory(false);
    QTimer::singleShot(0, this, [this] {
        m_wasEmpty = !m_model->rowCount();
        showHistory(!m_wasEmpty);
        if (auto *window = qobject_cast<QMainWindow *>(parentWidget()); window && m_wasEmpty)
            window->resizeDocks({ this }, { sizeHint().height() }, Qt::Vertical);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OperationsDock::updateButtons);
    // What the buttons offer changes with the selected row, or when an operation ends (an
    // undo ending makes the row it undid no longer undoable); the other rows' ticks, every
    // second while an operation runs, change nothing here, and the undo check reads the
    // journal.
    connect(center, &OperationCenter::operationFinished, this, &OperationsDock::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OperationsDock::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndexList rows = m_view->selectionModel()->selectedRows();
                if (rows.isEmpty())
                    return;
                const int row = m_sorted->mapToSource(rows.first()).row();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    updateButtons();
            });
    updateButtons();
}

QString OperationsDock::exportTo(const QString &path, Format format) const
{
    const QList<OperationSummary> operations = m_model->summaries();
    const QByteArray bytes = format == Format::Csv ? operationexport::toCsv(operations)
                                                   : operationexport::toJson(operations);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

ChangeOperation *OperationsDock::selectedOperation() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->operationAt(m_sorted->mapToSource(rows.first()).row());
}

void OperationsDock::setUndoFlow(UndoFlow *undo)
{
    m_undoFlow = undo;
    updateButtons();
}

bool OperationsDock::selectOperation(const QString &operationId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->summary(row).record.operationId != operationId)
            continue;
        m_view->selectionModel()->select(m_sorted->mapFromSource(m_model->index(row, 0)),
                                         QItemSelectionModel::ClearAndSelect
                                             | QItemSelectionModel::Rows);
        return true;
    }
    return false;
}

bool OperationsDock::selectedRecord(OperationRecord *record) const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    *record = m_model->summary(m_sorted->mapToSource(rows.first()).row()).record;
    return true;
}

bool OperationsDock::isStrip() const
{
    return m_empty->isVisibleTo(this);
}

void OperationsDock::showHistory(bool shown)
{
    // The buttons act on rows: with none they would only be four disabled ones.
    for (QWidget *widget :
         std::initializer_list<QWidget *> { m_view, m_keepWatching, m_undo, m_plan, m_export })
        widget->setVisible(shown);
    m_empty->setVisible(!shown);
}

void OperationsDock::updateEmpty()
{
    const bool empty = m_model->rowCount() == 0;
    showHistory(!empty);
    auto *window = qobject_cast<QMainWindow *>(parentWidget());
    if (window && empty != m_wasEmpty) {
        // The first operation opens the table to about eight rows; an emptied one goes back.
        const int rows = m_view->verticalHeader()->defaultSectionSize();
        const int wanted = empty ? sizeHint().height()
                                 : std::max(height(),
                                            8 * rows + m_export->sizeHint().height()
                                                + m_view->horizontalHeader()->height());
        window->resizeDocks({ this }, { wanted }, Qt::Vertical);
    }
    m_wasEmpty = empty;
}

void OperationsDock::updateButtons()
{
    const ChangeOperation *operation = selectedOperation();
    m_keepWatching->setEnabled(operation && operation->phase() == ChangeOperation::Phase::TimedOut);
    OperationRecord record;
    const bool selected = selectedRecord(&record);
    const QString whyNot = !m_undoFlow ? tr("Undo is not available here.")
        : selected                     ? m_undoFlow->whyNot(record)
                                       : tr("Select a finished operation to undo it.");
    m_undo->setText(selected ? UndoFlow::actionText(record) : tr("Re-associate…"));
    m_undo->setEnabled(whyNot.isEmpty());
    m_undo->setToolTip(whyNot.isEmpty()
                           ? tr("Undo operation %1: its own change, confirmed first, then "
                                "queued and watched")
                                 .arg(record.operationId)
                           : whyNot);
    const bool inPlan = selected && !record.planId.isEmpty();
    m_plan->setEnabled(inPlan);
    m_plan->setToolTip(
        inPlan ? tr("Show the progress of plan %1, this request's plan").arg(record.planId)
               : tr("Select a request of a plan to show the plan's progress."));
    m_export->setEnabled(m_model->rowCount() > 0);
}

void OperationsDock::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export operations"),
                                                      folder + QStringLiteral("/ga-operations.csv"),
                                                      tr("CSV (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    const Format format = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
            || filter.contains(QStringLiteral("json"), Qt::CaseInsensitive)
        ? Format::Json
        : Format::Csv;
    const QString problem = exportTo(path, format);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Export operations"), problem);
}

} // namespace ga
