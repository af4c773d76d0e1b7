#include "operationhistorymodel.h"

#include "displayformat.h"
#include "modelroles.h"
#include "operationstate.h"
#include "ops/changeoperation.h"
#include "ops/operationcenter.h"
#include "ops/operationjournal.h"

#include <QCoreApplication>

namespace ga {
namespace {

QString durationText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return QCoreApplication::translate("ga::OperationHistoryModel", "%1 s").arg(seconds);
    return QCoreApplication::translate("ga::OperationHistoryModel", "%1 min %2 s")
        .arg(seconds / 60)
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// Whether the journal has anything new on an operation: every event moves updatedAt.
bool sameEvents(const OperationRecord &a, const OperationRecord &b)
{
    return a.status == b.status && a.updatedAt == b.updatedAt && a.lastState == b.lastState
        && a.requestId == b.requestId && a.resumed == b.resumed && a.errorCode == b.errorCode
        && a.errorMessage == b.errorMessage;
}

} // namespace

OperationHistoryModel::OperationHistoryModel(OperationCenter *center, QObject *parent)
    : QAbstractTableModel(parent)
    , m_center(center)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &OperationHistoryModel::tick);
    // A process that holds a lease can die without a word to the journal (SIGKILL): its
    // records are probed again until none is running elsewhere.
    m_leaseProbe.setInterval(5000);
    connect(&m_leaseProbe, &QTimer::timeout, this, &OperationHistoryModel::reloadHistory);
    reloadHistory();
    connect(center, &OperationCenter::historyChanged, this, &OperationHistoryModel::reloadHistory);
    for (ChangeOperation *operation : center->operations())
        track(operation);
    connect(center, &OperationCenter::operationAdded, this, &OperationHistoryModel::track);
    const auto update = [this](ChangeOperation *operation) {
        rowChanged(rowOf(operation->record().operationId));
    };
    connect(center, &OperationCenter::operationChanged, this, update);
    connect(center, &OperationCenter::operationFinished, this, update);
}

int OperationHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OperationHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case ProfileColumn:
        return tr("Profile");
    case AcceleratorColumn:
        return tr("Accelerator");
    case ListenerColumn:
        return tr("Listener");
    case DomainsColumn:
        return tr("Domains");
    case ClientTokenColumn:
        return tr("ClientToken");
    case RequestIdColumn:
        return tr("RequestId");
    case StateColumn:
        return tr("State");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

OperationSummary OperationHistoryModel::summary(int row) const
{
    const Row &r = m_rows.at(row);
    OperationSummary summary;
    if (r.live) {
        summary.record = r.live->record();
        const OperationStateText text = describeOperation(*r.live);
        summary.state = text.state;
        summary.stateText = text.badge;
        summary.detail = text.detail;
        summary.live = !r.live->isFinished();
        summary.durationMs = summary.live
            ? summary.record.createdAt.msecsTo(QDateTime::currentDateTimeUtc())
            : summary.record.createdAt.msecsTo(summary.record.updatedAt);
    } else {
        summary.record = r.record;
        const OperationStateText text = describeRecord(r.record, r.runningElsewhere);
        summary.state = text.state;
        summary.stateText = text.badge;
        summary.detail = text.detail;
        summary.durationMs
            = r.record.isFinished() ? r.record.createdAt.msecsTo(r.record.updatedAt) : 0;
    }
    summary.durationMs = std::max<qint64>(0, summary.durationMs);
    return summary;
}

QList<OperationSummary> OperationHistoryModel::summaries() const
{
    QList<OperationSummary> all;
    for (int row = 0; row < m_rows.size(); ++row)
        all.append(summary(row));
    return all;
}

ChangeOperation *OperationHistoryModel::operationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).live.data() : nullptr;
}

QVariant OperationHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OperationSummary s = summary(index.row());
    const OperationRecord &r = s.record;
    switch (role) {
    case IdRole:
        return r.operationId;
    case StateRole:
        return s.state;
    case Qt::ToolTipRole:
        if (index.column() == DomainsColumn) // the cell elides; its tooltip has every one
            return r.domains().join(u'\n');
        return index.column() == StateColumn ? s.detail : QVariant();
    case Qt::AccessibleTextRole:
        if (index.column() == DomainsColumn) {
            const QStringList domains = r.domains();
            return tr("%n domain(s): %1", nullptr, int(domains.size()))
                .arg(domains.join(QStringLiteral(", ")));
        }
        return index.column() == StateColumn
            ? QVariant(tr("operation on listener %1 %2").arg(r.listenerId, s.stateText))
            : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sorting = role == SortRole;
    switch (index.column()) {
    case StartedColumn:
        return sorting ? QVariant(r.createdAt) : QVariant(display::dateTime(r.createdAt));
    case ProfileColumn:
        return r.profile;
    case AcceleratorColumn:
        return r.acceleratorId;
    case ListenerColumn:
        return r.listenerId;
    case DomainsColumn:
        return r.domains().join(QStringLiteral(", "));
    case ClientTokenColumn:
        return r.operationId;
    case RequestIdColumn:
        return r.requestId;
    case StateColumn:
        return sorting ? s.state : s.stateText;
    case DurationColumn:
        return sorting ? QVariant(s.durationMs) : QVariant(durationText(s.durationMs));
    default:
        return {};
    }
}

void OperationHistoryModel::reloadHistory()
{
    // A diff, never a reset: new operations are appended, changed ones change in place, so
    // the dock's selection and scroll stay.
    const QList<OperationRecord> records = m_center->journal()->operations();
    bool elsewhere = false;
    for (const OperationRecord &record : records) {
        const int row = rowOf(record.operationId);
        if (row >= 0 && m_rows[row].live)
            continue;
        const qint64 holder = record.isFinished() ? 0 : m_center->leaseHolder(record.operationId);
        elsewhere = elsewhere || holder != 0;
        if (row < 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append({ record, nullptr, holder });
            endInsertRows();
        } else if (!sameEvents(m_rows[row].record, record)
                   || m_rows[row].runningElsewhere != holder) {
            m_rows[row].record = record;
            m_rows[row].runningElsewhere = holder;
            rowChanged(row);
        }
    }
    if (elsewhere && !m_leaseProbe.isActive())
        m_leaseProbe.start();
    else if (!elsewhere)
        m_leaseProbe.stop();
}

int OperationHistoryModel::rowOf(const QString &operationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].record.operationId == operationId)
            return row;
    }
    return -1;
}

void OperationHistoryModel::track(ChangeOperation *operation)
{
    const int row = rowOf(operation->record().operationId);
    if (row >= 0) {
        m_rows[row].live = operation; // resumed: the journal row comes alive
        m_rows[row].runningElsewhere = 0;
        rowChanged(row);
    } else {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append({ operation->record(), operation });
        endInsertRows();
    }
    if (!m_ticker.isActive())
        m_ticker.start();
}

void OperationHistoryModel::rowChanged(int row)
{
    if (row < 0)
        return;
    if (m_rows[row].live)
        m_rows[row].record = m_rows[row].live->record();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void OperationHistoryModel::tick()
{
    bool running = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        const ChangeOperation *live = m_rows[row].live;
        if (!live || live->isFinished())
            continue;
        running = true;
        emit dataChanged(
            index(row, StateColumn), index(row, DurationColumn),
            { Qt::DisplayRole, SortRole, StateRole, Qt::ToolTipRole, Qt::AccessibleTextRole });
    }
    if (!running)
        m_ticker.stop();
}

} // namespace ga
