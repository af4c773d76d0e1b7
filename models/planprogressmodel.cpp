#include "planprogressmodel.h"

#include "displaystate.h"
#include "modelroles.h"
#include "operationstate.h"
#include "ops/changeoperation.h"
#include "plans/planrun.h"

namespace ga {
namespace {

// Accelerator rows carry 0 as their internal ID; request rows their accelerator's row + 1.
constexpr quintptr acceleratorRowId = 0;

QString nameAndId(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

} // namespace

PlanProgressModel::PlanProgressModel(PlanRun *run, QObject *parent)
    : QAbstractItemModel(parent)
    , m_run(run)
{
    const CertificatePlan &plan = run->plan();
    m_accelerators = plan.acceleratorIds();
    m_requests.resize(m_accelerators.size());
    for (int i = 0; i < int(plan.requests.size()); ++i) {
        const int accelerator = int(m_accelerators.indexOf(plan.requests[i].acceleratorId));
        m_rowOf.insert(plan.requests[i].operationId,
                       { accelerator, int(m_requests[accelerator].size()) });
        m_requests[accelerator].append(i);
    }
    connect(run, &PlanRun::requestChanged, this, &PlanProgressModel::onRequestChanged);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &PlanProgressModel::tick);
    m_ticker.start();
}

QModelIndex PlanProgressModel::indexOfRequest(const QString &operationId) const
{
    const auto at = m_rowOf.constFind(operationId);
    if (at == m_rowOf.cend())
        return {};
    return index(at->second, WhatColumn, index(at->first, 0));
}

QString PlanProgressModel::requestState(const QString &operationId) const
{
    return indexOfRequest(operationId).siblingAtColumn(StateColumn).data(StateRole).toString();
}

QModelIndex PlanProgressModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, acceleratorRowId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlanProgressModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == acceleratorRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, acceleratorRowId);
}

int PlanProgressModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_accelerators.size());
    if (parent.internalId() == acceleratorRowId && parent.column() == 0)
        return int(m_requests.value(parent.row()).size());
    return 0;
}

int PlanProgressModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_run)
        return {};
    if (index.internalId() == acceleratorRowId)
        return acceleratorData(index.row(), index.column(), role);
    return requestData(int(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant PlanProgressModel::acceleratorData(int row, int column, int role) const
{
    const CertificatePlan &plan = m_run->plan();
    const QString &acceleratorId = m_accelerators.at(row);
    const QList<int> &requests = m_requests.at(row);
    int done = 0;
    int failed = 0;
    int started = 0;
    int domains = 0;
    for (int i : requests) {
        const QString state = requestState(plan.requests[i].operationId);
        domains += int(plan.requests[i].items.size());
        if (state == stateWord(DisplayState::Done))
            ++done;
        else if (toneOf(state) == StateTone::Bad || toneOf(state) == StateTone::Unknown)
            ++failed;
        else if (state != stateWord(DisplayState::Queued))
            ++started;
    }
    const int all = int(requests.size());
    QString state = stateWord(DisplayState::Queued);
    if (done == all)
        state = stateWord(DisplayState::Done);
    else if (failed > 0 && done + failed == all)
        state = stateWord(DisplayState::Failed);
    else if (started > 0 || done + failed > 0)
        state = stateWord(DisplayState::Submitted);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case WhatColumn:
            return tr("Accelerator %1")
                .arg(nameAndId(plan.acceleratorNames.value(acceleratorId), acceleratorId));
        case DomainsColumn:
            return domains;
        case StateColumn:
            //: An accelerator's requests: how many are done of how many.
            return tr("%1 of %n done", nullptr, all).arg(done);
        case DetailColumn:
            return failed > 0 ? tr("%n request(s) failed", nullptr, failed)
                              : tr("%n request(s), one at a time", nullptr, all);
        }
        break;
    case IdRole:
        return acceleratorId;
    case StateRole:
        return column == StateColumn ? QVariant(state) : QVariant();
    case OperationIdRole:
        return QString();
    case CanSendAgainRole:
        return false;
    }
    return {};
}

QVariant PlanProgressModel::requestData(int accelerator, int row, int column, int role) const
{
    const OperationRecord &planned = m_run->plan().requests[m_requests[accelerator][row]];
    const ChangeOperation *operation = m_run->operationFor(planned.operationId);
    const OperationRecord &record = operation ? operation->record() : planned;
    if (role == OperationIdRole || role == IdRole)
        return record.operationId;
    if (role == CanSendAgainRole)
        return operation && operation->isFinished()
            && operation->phase() != ChangeOperation::Phase::Done;
    if (role != Qt::DisplayRole && role != StateRole && role != Qt::ToolTipRole)
        return {};
    if (column == WhatColumn || column == DomainsColumn) {
        if (role == StateRole)
            return {};
        if (column == DomainsColumn)
            return int(record.items.size());
        //: A request of a plan: the listener (name and ID), then its domains.
        return tr("Listener %1: %2")
            .arg(nameAndId(m_run->plan().listenerNames.value(record.listenerId), record.listenerId),
                 record.domains().join(QStringLiteral(", ")));
    }
    const OperationStateText text
        = operation ? describeOperation(*operation) : describeRecord(record);
    if (role == StateRole)
        return column == StateColumn ? QVariant(text.state) : QVariant();
    if (column == StateColumn)
        return role == Qt::ToolTipRole ? text.detail : text.badge;
    return text.detail;
}

QVariant PlanProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhatColumn:
        return tr("Accelerator / request");
    case DomainsColumn:
        return tr("Domains");
    case StateColumn:
        return tr("State");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

void PlanProgressModel::onRequestChanged(const QString &operationId)
{
    const auto at = m_rowOf.constFind(operationId);
    if (at == m_rowOf.cend())
        return;
    const QModelIndex parentIndex = index(at->first, 0);
    emit dataChanged(index(at->second, 0, parentIndex),
                     index(at->second, ColumnCount - 1, parentIndex));
    emit dataChanged(index(at->first, 0), index(at->first, ColumnCount - 1));
    if (!m_ticker.isActive()) // a request sent again runs (and may wait) once more
        m_ticker.start();
}

void PlanProgressModel::tick()
{
    // Only the countdowns move between the run's signals; a finished plan has none.
    if (!m_run || m_run->isFinished()) {
        m_ticker.stop();
        return;
    }
    for (int accelerator = 0; accelerator < int(m_accelerators.size()); ++accelerator) {
        const QModelIndex parentIndex = index(accelerator, 0);
        const int rows = int(m_requests[accelerator].size());
        if (rows > 0)
            emit dataChanged(index(0, StateColumn, parentIndex),
                             index(rows - 1, DetailColumn, parentIndex));
    }
}

} // namespace ga
