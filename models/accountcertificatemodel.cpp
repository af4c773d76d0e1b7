#include "accountcertificatemodel.h"

#include "displayformat.h"
#include "modelroles.h"

#include <bit>

namespace ga {
namespace {

// The CAS columns are adjacent, so a change of details is one dataChanged span per run.
constexpr int firstCasColumn = AccountCertificateModel::NameColumn;
constexpr int lastCasColumn = AccountCertificateModel::CoversColumn;

quint32 bit(int column)
{
    return 1u << column;
}

} // namespace

AccountCertificateModel::AccountCertificateModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString AccountCertificateModel::keyOf(const QString &listenerId, const QString &domain)
{
    // Neither a listener ID nor a domain holds a '/'.
    return listenerId + u'/' + domain;
}

int AccountCertificateModel::rowOf(const QString &key) const
{
    const qsizetype slash = key.indexOf(u'/');
    if (slash < 0)
        return -1;
    return m_index.value({ key.left(slash), key.mid(slash + 1) }, -1);
}

int AccountCertificateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountCertificateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountCertificateModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return accountcells::columnTitles().value(section);
}

const AccountCertificateRow *AccountCertificateModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

const CertificateFacts &AccountCertificateModel::factsOf(const AccountCertificateRow &row) const
{
    return m_facts.facts(row.certificate);
}

const CertificateDetails &AccountCertificateModel::detailsOf(const AccountCertificateRow &row) const
{
    return m_facts.details(row.certificate);
}

bool AccountCertificateModel::hasDetails(const QString &certificateId) const
{
    return m_facts.hasDetails(certificateId);
}

AccountCertificateCell AccountCertificateModel::cellOf(const AccountCertificateRow &row) const
{
    return { row, factsOf(row), detailsOf(row), m_facts.now(), m_checks.isDissociating(row.key) };
}

QVariant AccountCertificateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountCertificateRow &row = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return accountcells::display(cellOf(row), column);
    case SortRole:
        return accountcells::sort(cellOf(row), column);
    case StateRole:
        return accountcells::state(cellOf(row), column);
    case Qt::CheckStateRole:
        if (column != DomainColumn)
            return {};
        return m_checks.isChecked(row.key) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (column == DomainColumn && m_checks.isDissociating(row.key))
            return whyNotCheckable(row);
        return accountcells::tooltip(cellOf(row), column, m_readAt);
    case Qt::AccessibleTextRole:
        if (column == StateColumn || column == DaysLeftColumn)
            return tr("domain %1 on listener %2 %3")
                .arg(row.domain, row.listenerId,
                     accountcells::display(cellOf(row), column).toString());
        return accountcells::display(cellOf(row), column);
    case StateReadAtRole:
        return m_readAt;
    default:
        return accountcells::data(cellOf(row), column, role);
    }
}

int AccountCertificateModel::compareRows(int a, int b, int column) const
{
    return accountcells::compare(cellOf(m_rows[a]), cellOf(m_rows[b]), column);
}

Qt::ItemFlags AccountCertificateModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == DomainColumn
        && !m_checks.isDissociating(m_rows[index.row()].key))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

void AccountCertificateModel::share(AccountCertificateRow &row)
{
    // The next refresh compares every row's certificate ID and state with the new reading's:
    // strings shared by the rows of one certificate and by every row in one state are a few
    // blocks of memory that stay in the cache, not 16,000 scattered ones.
    row.certificate = m_facts.indexOf(row.certificateId);
    row.certificateId = m_facts.idOf(row.certificate);
    auto state = m_states.constFind(row.state);
    if (state == m_states.cend())
        state = m_states.insert(row.state);
    row.state = *state;
}

void AccountCertificateModel::updateDerived(AccountCertificateRow &row) const
{
    accountcells::updateDerived(row, factsOf(row), detailsOf(row));
}

void AccountCertificateModel::setSnapshot(const AccountSnapshot &snapshot, const QDateTime &readAt)
{
    static const QList<int> roles { Qt::DisplayRole, SortRole,         FilterRole,
                                    StateRole,       Qt::ToolTipRole,  Qt::AccessibleTextRole,
                                    ChangedAtRole,   CertificateIdRole };
    m_readAt = readAt;
    setNow(readAt);
    QList<char> seen(m_rows.size(), 0);
    QList<AccountCertificateRow> added;
    QSet<UseKey> addedKeys;
    const Listener *portsOf = nullptr;
    QString ports;
    int firstPort = 0;
    int next = 0;
    // What changed about the listener and its accelerator, compared on its first known row:
    // its rows all hold the same names and ports, so the others need not be compared.
    bool listenerCompared = false;
    quint32 listenerChanged = 0;
    for (const CertificateUse &use : certificateUses(snapshot)) {
        const Accelerator &accelerator = *use.accelerator;
        const Listener &listener = *use.listener;
        const ListenerCertificate &certificate = *use.certificate;
        if (&listener != portsOf) { // once per listener, not per domain
            portsOf = &listener;
            ports = display::ports(listener.portRanges);
            firstPort = listener.portRanges.isEmpty() ? 0 : listener.portRanges.first().fromPort;
            listenerCompared = false;
        }
        // A reading lists the account in the order the one before did: the row after the
        // last one found is tried first, and the index (a hash lookup, most of a refresh's
        // cost at 8,000 rows) only when that is not the one.
        int at = -1;
        if (next < m_rows.size() && m_rows[next].domain == certificate.domain
            && m_rows[next].listenerId == listener.listenerId)
            at = next;
        else
            at = m_index.value({ listener.listenerId, certificate.domain }, -1);
        if (at < 0) {
            UseKey key { listener.listenerId, certificate.domain };
            if (addedKeys.contains(key))
                continue; // GA lists a domain once per listener; never show it twice
            addedKeys.insert(std::move(key));
            AccountCertificateRow row = accountcells::makeRow(accelerator, listener, certificate);
            row.key = keyOf(listener.listenerId, certificate.domain);
            row.ports = ports;
            row.firstPort = firstPort;
            share(row);
            updateDerived(row);
            added.append(std::move(row));
            continue;
        }
        next = at + 1;
        if (seen[at])
            continue;
        seen[at] = 1;
        AccountCertificateRow &row = m_rows[at];
        quint32 changed = 0;
        if (row.certificateId != certificate.certificateId)
            changed |= bit(CertificateIdColumn) | bit(NameColumn) | bit(ExpiresColumn)
                | bit(DaysLeftColumn) | bit(CoversColumn);
        if (row.state != certificate.state)
            changed |= bit(StateColumn);
        if (!listenerCompared) {
            listenerCompared = true;
            listenerChanged = accountcells::listenerChanges(row, accelerator, listener, ports);
        }
        changed |= listenerChanged;
        if (!changed)
            continue;
        row.certificateId = certificate.certificateId;
        row.state = certificate.state;
        row.acceleratorId = accelerator.acceleratorId;
        row.acceleratorName = accelerator.name;
        row.listenerName = listener.name;
        row.ports = ports;
        row.firstPort = firstPort;
        share(row);
        updateDerived(row);
        row.changedAt = readAt;
        row.changedColumns = changed;
        const int first = std::countr_zero(changed);
        const int last = 31 - std::countl_zero(changed);
        emit dataChanged(index(at, first), index(at, last), roles);
    }
    removeRowsNotIn(seen);
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (AccountCertificateRow &row : added) {
            m_index.insert({ row.listenerId, row.domain }, int(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }
}

void AccountCertificateModel::removeRowsNotIn(const QList<char> &seen)
{
    // From the bottom up, one contiguous run at a time, so indexes above stay valid.
    bool removed = false;
    int row = int(seen.size()) - 1;
    while (row >= 0) {
        if (seen[row]) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !seen[first - 1])
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
        removed = true;
    }
    if (!removed)
        return;
    rebuildIndex();
    // Checks of rows that went away go with them.
    const QSet<QString> checked = m_checks.keys();
    for (const QString &key : checked) {
        if (rowOf(key) < 0)
            setChecked(key, false);
    }
}

void AccountCertificateModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert({ m_rows[i].listenerId, m_rows[i].domain }, i);
}

void AccountCertificateModel::setDetails(const QHash<QString, CertificateDetails> &details)
{
    // The first answer is no news worth a flash; a later change is.
    bool news = false;
    const QList<bool> changed = m_facts.setDetails(details, &news);
    rowsOfEntriesChanged(changed, news);
}

void AccountCertificateModel::setNow(const QDateTime &now)
{
    rowsOfEntriesChanged(m_facts.setNow(now), false);
}

void AccountCertificateModel::setThresholds(const certs::ExpiryThresholds &thresholds)
{
    rowsOfEntriesChanged(m_facts.setThresholds(thresholds), false);
}

void AccountCertificateModel::rowsOfEntriesChanged(const QList<bool> &changed, bool flash)
{
    if (changed.isEmpty())
        return;
    QList<int> roles { Qt::DisplayRole, SortRole,        FilterRole,
                       StateRole,       Qt::ToolTipRole, Qt::AccessibleTextRole };
    if (flash)
        roles.append(ChangedAtRole);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // One dataChanged per run of adjacent rows: rows of one certificate are often neighbours.
    int runStart = -1;
    for (int r = 0; r <= m_rows.size(); ++r) {
        const bool hit = r < m_rows.size() && m_rows[r].certificate >= 0
            && m_rows[r].certificate < changed.size() && changed[m_rows[r].certificate];
        if (hit) {
            AccountCertificateRow &row = m_rows[r];
            updateDerived(row);
            if (flash) {
                row.changedAt = now;
                row.changedColumns = bit(NameColumn) | bit(ExpiresColumn) | bit(DaysLeftColumn)
                    | bit(CoversColumn);
            }
            if (runStart < 0)
                runStart = r;
            continue;
        }
        if (runStart >= 0) {
            emit dataChanged(index(runStart, firstCasColumn), index(r - 1, lastCasColumn), roles);
            runStart = -1;
        }
    }
}

QList<const AccountCertificateRow *>
AccountCertificateModel::usesOf(const QString &certificateId) const
{
    QList<const AccountCertificateRow *> uses;
    for (const AccountCertificateRow &row : m_rows) {
        if (row.certificateId == certificateId)
            uses.append(&row);
    }
    return uses;
}

QString AccountCertificateModel::whyNotCheckable(const AccountCertificateRow &row) const
{
    return m_checks.whyNot(row.key, row.domain, row.listenerId);
}

bool AccountCertificateModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != DomainColumn)
        return false;
    const AccountCertificateRow *row = rowAt(index.row());
    if (!row)
        return false;
    const bool check = value.value<Qt::CheckState>() == Qt::Checked;
    if (check) {
        if (const QString reason = whyNotCheckable(*row); !reason.isEmpty()) {
            emit checkRefused(reason);
            return false;
        }
    }
    setChecked(row->key, check);
    return true;
}

void AccountCertificateModel::setChecked(const QString &key, bool checked)
{
    if (!m_checks.set(key, checked))
        return;
    if (const int row = rowOf(key); row >= 0)
        emit dataChanged(index(row, DomainColumn), index(row, DomainColumn),
                         { Qt::CheckStateRole });
    emit checkedCountChanged(m_checks.count());
}

QList<const AccountCertificateRow *> AccountCertificateModel::checkedRows() const
{
    QList<const AccountCertificateRow *> checked;
    if (m_checks.count() == 0)
        return checked;
    for (const AccountCertificateRow &row : m_rows) {
        if (m_checks.isChecked(row.key))
            checked.append(&row);
    }
    return checked;
}

int AccountCertificateModel::checkKeys(const QStringList &keys)
{
    int refused = 0;
    for (const QString &key : keys) {
        const AccountCertificateRow *row = rowAt(rowOf(key));
        if (!row || m_checks.isChecked(key) || m_checks.isDissociating(key))
            continue;
        if (!whyNotCheckable(*row).isEmpty()) {
            ++refused;
            continue;
        }
        setChecked(key, true);
    }
    return refused;
}

void AccountCertificateModel::uncheckAll()
{
    const QSet<QString> checked = m_checks.keys();
    for (const QString &key : checked)
        setChecked(key, false);
}

void AccountCertificateModel::setDissociating(const QSet<QString> &keys)
{
    if (keys == m_checks.dissociating())
        return;
    const QSet<QString> touched = keys + m_checks.dissociating();
    m_checks.setDissociating(keys);
    for (const QString &key : touched) {
        if (keys.contains(key))
            setChecked(key, false);
        if (const int row = rowOf(key); row >= 0)
            emit dataChanged(index(row, DomainColumn), index(row, StateColumn),
                             { Qt::DisplayRole, SortRole, StateRole, Qt::CheckStateRole,
                               Qt::AccessibleTextRole, Qt::ToolTipRole });
    }
}

bool AccountCertificateModel::anyRowDissociating() const
{
    for (const QString &key : m_checks.dissociating()) {
        if (rowOf(key) >= 0)
            return true;
    }
    return false;
}

} // namespace ga
