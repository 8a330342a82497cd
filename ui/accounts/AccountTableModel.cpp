#include "ui/accounts/AccountTableModel.h"

#include "core/Masking.h"
#include "store/AccountRepository.h"
#include "sync/CacheSession.h"

#include <QColor>
#include <QDateTime>
#include <QPalette>

#include <algorithm>
#include <limits>

namespace dm {

namespace {

// Two loads at a time: one for what is on screen, one for where the user is heading; more would only queue behind
// sync batches in the worker thread.
constexpr int kMaxInFlight = 2;
// The blocks the latest paints asked for; older wishes are forgotten when the user scrolls on.
constexpr int kMaxWanted = 4;
// A jump further than this many blocks from every known position seeks its start by position (an index scan of a
// few milliseconds) instead of walking the pages in between (a second and more across a million rows).
constexpr int kSeekBlocks = 20;

QString formatTime(qint64 ms)
{
    if (ms <= 0) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

AccountTableModel::AccountTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_sharedGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    m_dispatchTimer.setSingleShot(true);
    m_dispatchTimer.setInterval(0);
    connect(&m_dispatchTimer, &QTimer::timeout, this, &AccountTableModel::dispatch);
}

AccountTableModel::~AccountTableModel()
{
    // Jobs still queued in the worker thread see a generation that is not theirs and skip their work.
    m_sharedGeneration->store(~quint64(0));
}

void AccountTableModel::setSession(CacheSession* session)
{
    m_session = session;
    reload(false);
}

void AccountTableModel::setQuery(const AccountQuery& query)
{
    m_query = query;
    reload(false);
}

void AccountTableModel::setAccountSort(const AccountSort& sort)
{
    m_sort = sort;
    reload(false);
}

void AccountTableModel::setUnitNames(const QHash<QString, QString>& names)
{
    m_unitNames = names;
    if (m_rowCount > 0) {
        Q_EMIT dataChanged(index(0, UnitColumn), index(int(m_rowCount) - 1, UnitColumn), {Qt::DisplayRole});
    }
}

void AccountTableModel::refresh()
{
    reload(true);
}

void AccountTableModel::reload(bool keepRows)
{
    ++m_generation;
    m_sharedGeneration->store(m_generation);
    m_edges.clear();
    m_inFlight.clear();
    m_wanted.clear();
    if (!keepRows || m_session.isNull()) {
        beginResetModel();
        m_blocks.clear();
        m_rowCount = 0;
        endResetModel();
    } else {
        for (Block& block : m_blocks) {
            block.stale = true;
        }
    }
    if (m_session.isNull()) {
        m_counting = false;
        return;
    }
    m_counting = true;
    const quint64 generation = m_generation;
    m_session->query<Expected<qint64, DbError>>(
        [query = m_query](Db& db) { return AccountRepository(db).count(query); }, this,
        [this, generation, keepRows](Expected<qint64, DbError> rows) {
            if (!rows) {
                if (generation == m_generation) {
                    m_counting = false;
                    Q_EMIT loadFailed(rows.error().message());
                }
                return;
            }
            onCounted(generation, *rows, keepRows);
        });
}

void AccountTableModel::onCounted(quint64 generation, qint64 rows, bool keepRows)
{
    if (generation != m_generation) {
        return;
    }
    m_counting = false;
    // A view takes int rows; two billion accounts are beyond any court.
    rows = qMin<qint64>(rows, std::numeric_limits<int>::max());
    if (!keepRows) {
        if (rows > 0) {
            beginInsertRows({}, 0, int(rows) - 1);
            m_rowCount = rows;
            endInsertRows();
            startLoad(0); // the view starts at the top: no need to wait for its first paint
        }
    } else {
        if (rows > m_rowCount) {
            beginInsertRows({}, int(m_rowCount), int(rows) - 1);
            m_rowCount = rows;
            endInsertRows();
        } else if (rows < m_rowCount) {
            beginRemoveRows({}, int(rows), int(m_rowCount) - 1);
            m_rowCount = rows;
            const int blocks = rows == 0 ? 0 : lastBlock() + 1;
            for (auto it = m_blocks.begin(); it != m_blocks.end();) {
                it = it.key() >= blocks ? m_blocks.erase(it) : std::next(it);
            }
            endRemoveRows();
        }
        if (m_rowCount > 0) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_rowCount) - 1, ColumnCount - 1));
        }
    }
    Q_EMIT counted(rows);
}

int AccountTableModel::lastBlock() const
{
    return m_rowCount == 0 ? 0 : int((m_rowCount - 1) / m_blockSize);
}

void AccountTableModel::requestBlock(int block) const
{
    if (m_inFlight.contains(block) || m_session.isNull() || m_counting) {
        return;
    }
    m_wanted.removeOne(block);
    m_wanted.append(block);
    while (m_wanted.size() > kMaxWanted) {
        m_wanted.removeFirst();
    }
    if (!m_dispatchTimer.isActive()) {
        m_dispatchTimer.start();
    }
}

void AccountTableModel::dispatch()
{
    while (m_inFlight.size() < kMaxInFlight && !m_wanted.isEmpty()) {
        const int block = m_wanted.takeLast();
        const auto found = m_blocks.constFind(block);
        if (found != m_blocks.cend() && !found->stale) {
            continue;
        }
        startLoad(block);
    }
}

void AccountTableModel::startLoad(int block)
{
    if (m_session.isNull() || m_inFlight.contains(block) || block < 0 || block > lastBlock()) {
        return;
    }
    AccountBlockRequest request;
    request.query = m_query;
    request.sort = m_sort;
    request.blockSize = m_blockSize;
    request.rowCount = m_rowCount;
    request.target = block;
    request.generation = m_generation;
    request.currentGeneration = m_sharedGeneration;
    const int last = lastBlock();
    if (block == 0) {
        request.direction = PageDirection::Forward;
    } else if (m_edges.contains(block - 1)) {
        request.direction = PageDirection::Forward;
        request.start = block;
        request.cursor = m_edges.value(block - 1).last;
    } else if (m_edges.contains(block + 1)) {
        request.direction = PageDirection::Backward;
        request.start = block + 1;
        request.cursor = m_edges.value(block + 1).first;
    } else if (block == last) {
        request.direction = PageDirection::Backward;
    } else {
        // A jump: walk from the nearest known position, counting the two ends of the listing as known.
        int below = -1;       // the walk forward starts after this block
        int above = last + 1; // the walk backward starts before this block
        for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it) {
            if (it.key() < block) {
                below = qMax(below, it.key());
            } else if (it.key() > block) {
                above = qMin(above, it.key());
            }
        }
        if (std::min(block - below, above - block) > kSeekBlocks) {
            request.direction = PageDirection::Forward;
            request.start = block;
            request.seek = true;
        } else if (block - below <= above - block) {
            request.direction = PageDirection::Forward;
            request.start = below + 1;
            if (below >= 0) {
                request.cursor = m_edges.value(below).last;
            }
        } else {
            request.direction = PageDirection::Backward;
            request.start = above;
            if (above <= last) {
                request.cursor = m_edges.value(above).first;
            }
        }
    }
    m_inFlight.append(block);
    m_session->query<AccountBlockResult>([request](Db& db) { return accountblock::load(db, request); }, this,
                                         [this](AccountBlockResult result) { onBlockLoaded(result); });
}

void AccountTableModel::onBlockLoaded(const AccountBlockResult& result)
{
    if (result.generation != m_generation || result.cancelled) {
        return; // a newer query, sort or refresh replaced it; reload() already forgot it was in flight
    }
    m_inFlight.removeOne(result.target);
    for (auto it = result.edges.cbegin(); it != result.edges.cend(); ++it) {
        m_edges.insert(it.key(), it.value());
    }
    if (result.error) {
        // Not kept: its rows stay placeholders and are asked for again when the view next needs them.
        Q_EMIT loadFailed(result.error->message());
        return;
    }
    // A block that came back short (the listing changed under the count) is kept as it is, so the view does not
    // ask again and again; the next refresh recounts.
    Block block;
    block.rows = result.rows;
    block.outboxState = result.outboxState;
    block.lastUse = ++m_useClock;
    m_blocks.insert(result.target, block);
    evict();
    const int first = result.target * m_blockSize;
    const int last = int(qMin<qint64>(m_rowCount, qint64(first) + m_blockSize)) - 1;
    if (last >= first) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    Q_EMIT blockLoaded(result.target);
    dispatch();
}

void AccountTableModel::evict()
{
    while (m_blocks.size() > m_maxBlocks) {
        auto oldest = m_blocks.begin();
        for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
            if (it->lastUse < oldest->lastUse) {
                oldest = it;
            }
        }
        m_blocks.erase(oldest);
    }
}

std::optional<AccountRow> AccountTableModel::rowAt(int row) const
{
    const auto found = m_blocks.constFind(row / m_blockSize);
    if (row < 0 || row >= m_rowCount || found == m_blocks.cend()) {
        return std::nullopt;
    }
    const int offset = row % m_blockSize;
    if (offset >= found->rows.size()) {
        return std::nullopt;
    }
    return found->rows.at(offset);
}

bool AccountTableModel::isLoaded(int row) const
{
    const auto found = m_blocks.constFind(row / m_blockSize);
    return found != m_blocks.cend() && !found->stale && row % m_blockSize < found->rows.size();
}

int AccountTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rowCount);
}

int AccountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int blockIndex = index.row() / m_blockSize;
    auto found = m_blocks.find(blockIndex);
    if (found == m_blocks.end()) {
        requestBlock(blockIndex);
        if (role == Qt::DisplayRole && index.column() == AccountNameColumn) {
            return tr("Loading…");
        }
        if (role == Qt::ForegroundRole) {
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        }
        return {};
    }
    found->lastUse = ++m_useClock;
    if (found->stale) {
        requestBlock(blockIndex);
    }
    const int offset = index.row() % m_blockSize;
    if (offset >= found->rows.size()) {
        return {};
    }
    const AccountRow& row = found->rows.at(offset);
    const auto state = found->outboxState.constFind(row.account.accountName);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, *found, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn && state != found->outboxState.cend() && *state == OutboxState::Failed) {
            return tr("The last change to this account failed; select it to see why.");
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn && state != found->outboxState.cend() && *state == OutboxState::Failed) {
            return QColor(0xb0, 0x1c, 0x1c);
        }
        if (row.account.status != AccountStatus::Enabled) {
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case AccountNameRole:
        return row.account.accountName;
    case OutboxStateRole:
        return state != found->outboxState.cend() ? QVariant(int(*state)) : QVariant();
    default:
        return {};
    }
}

QVariant AccountTableModel::displayData(const AccountRow& row, const Block& block, int column) const
{
    const Account& a = row.account;
    switch (column) {
    case AccountNameColumn:
        return a.accountName;
    case NameColumn:
        return a.name;
    case JobNumberColumn:
        return a.jobNumber;
    case UnitColumn:
        return m_unitNames.value(a.unitId, a.unitId);
    case StatusColumn:
        return statusText(a.status);
    case ActivationColumn:
        return activationText(a.activation.state);
    case IdNumberColumn:
        return a.idNumber.isEmpty() ? QString() : maskIdNumber(a.idNumber);
    case MobileColumn:
        return a.mobile.isEmpty() ? QString() : maskMobile(a.mobile);
    case CreatedColumn:
        return formatTime(a.createdAt);
    case UpdatedColumn:
        return formatTime(a.updatedAt);
    case ChangeColumn: {
        const auto state = block.outboxState.constFind(a.accountName);
        return state == block.outboxState.cend() ? QString() : outboxStateText(*state);
    }
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case AccountNameColumn:
        return tr("Account");
    case NameColumn:
        return tr("Name");
    case JobNumberColumn:
        return tr("Case number");
    case UnitColumn:
        return tr("Unit");
    case StatusColumn:
        return tr("Status");
    case ActivationColumn:
        return tr("Activation");
    case IdNumberColumn:
        return tr("ID number");
    case MobileColumn:
        return tr("Mobile");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

void AccountTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sortBy = sortColumn(column);
    if (!sortBy) {
        return;
    }
    setAccountSort({*sortBy, order == Qt::DescendingOrder});
}

std::optional<AccountSortColumn> AccountTableModel::sortColumn(int column)
{
    switch (column) {
    case AccountNameColumn:
        return AccountSortColumn::AccountName;
    case NameColumn:
        return AccountSortColumn::Name;
    case JobNumberColumn:
        return AccountSortColumn::JobNumber;
    case UnitColumn:
        return AccountSortColumn::Unit;
    case StatusColumn:
        return AccountSortColumn::Status;
    case ActivationColumn:
        return AccountSortColumn::ActivationState;
    case CreatedColumn:
        return AccountSortColumn::CreatedAt;
    case UpdatedColumn:
        return AccountSortColumn::UpdatedAt;
    default:
        return std::nullopt;
    }
}

int AccountTableModel::viewColumn(AccountSortColumn column)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (sortColumn(c) == column) {
            return c;
        }
    }
    return CreatedColumn;
}

QString AccountTableModel::statusText(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Enabled:
        return tr("Enabled");
    case AccountStatus::Disabled:
        return tr("Disabled");
    case AccountStatus::Deleted:
        return tr("Deleted");
    case AccountStatus::Departed:
        return tr("Departed");
    case AccountStatus::HandingOver:
        return tr("Handing over");
    case AccountStatus::HandedOver:
        return tr("Handed over");
    }
    return {};
}

QString AccountTableModel::activationText(ActivationState state)
{
    switch (state) {
    case ActivationState::Created:
        return tr("Created");
    case ActivationState::SmsSent:
        return tr("SMS sent");
    case ActivationState::FirstLogin:
        return tr("First login");
    case ActivationState::Activated:
        return tr("Activated");
    }
    return {};
}

QString AccountTableModel::outboxStateText(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return tr("Pending");
    case OutboxState::Running:
        return tr("Sending…");
    case OutboxState::Failed:
        return tr("Failed");
    case OutboxState::Done:
    case OutboxState::Cancelled:
        return {};
    }
    return {};
}

} // namespace dm
