#include "ui/logs/KeysetTableModel.h"

#include "sync/CacheSession.h"

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

} // namespace

KeysetTableModel::KeysetTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_sharedGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    m_dispatchTimer.setSingleShot(true);
    m_dispatchTimer.setInterval(0);
    connect(&m_dispatchTimer, &QTimer::timeout, this, &KeysetTableModel::dispatch);
}

KeysetTableModel::~KeysetTableModel()
{
    // Jobs still queued in the worker thread see a generation that is not theirs and skip their work.
    m_sharedGeneration->store(~quint64(0));
}

CacheSession* KeysetTableModel::session() const
{
    return m_session.data();
}

void KeysetTableModel::setSession(CacheSession* session)
{
    m_session = session;
    reload(false);
}

void KeysetTableModel::refresh()
{
    reload(true);
}

void KeysetTableModel::reload(bool keepRows)
{
    // A refresh while a new listing shows nothing yet (its first block on the way) has no rows to keep: it starts
    // the listing again, first block first, instead of waiting for the count.
    if (keepRows && m_counting && !m_keepRows && m_rowCount == 0) {
        keepRows = false;
    }
    ++m_generation;
    m_sharedGeneration->store(m_generation);
    m_edgeBlocks.clear();
    dropEdges();
    if (keepRows) {
        // The blocks on their way were wanted by the view: they are asked for again once the refresh has counted.
        for (const int block : std::as_const(m_inFlight)) {
            m_wanted.removeOne(block);
            m_wanted.append(block);
        }
        while (m_wanted.size() > kMaxWanted) {
            m_wanted.removeFirst();
        }
    } else {
        m_wanted.clear();
    }
    m_inFlight.clear();
    if (!keepRows || m_session.isNull()) {
        beginResetModel();
        for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
            dropBlock(it.key());
        }
        m_blocks.clear();
        m_rowCount = 0;
        endResetModel();
    } else {
        for (BlockUse& block : m_blocks) {
            block.stale = true;
        }
    }
    if (m_session.isNull()) {
        m_counting = false;
        return;
    }
    m_counting = true;
    m_keepRows = keepRows;
    if (!keepRows) {
        Q_EMIT countingStarted();
        // The worker runs jobs in order: the first page answers before the count has scanned the whole filter.
        startFirstBlock();
    }
    postCount();
}

void KeysetTableModel::startFirstBlock()
{
    LoadPlan plan;
    plan.target = 0;
    plan.direction = PageDirection::Forward;
    plan.uncounted = true;
    m_inFlight.append(0);
    postLoad(plan);
}

void KeysetTableModel::showFirstBlock()
{
    // The count is still on its way: the table is as long as the first block, and grows when the count arrives.
    const int rows = rowsInBlock(0);
    if (rows > 0) {
        beginInsertRows({}, 0, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    }
}

void KeysetTableModel::countArrived(quint64 generation, const Expected<qint64, DbError>& rows)
{
    if (generation != m_generation) {
        return;
    }
    m_counting = false;
    if (!rows) {
        Q_EMIT loadFailed(rows.error().message());
        return;
    }
    applyCount(*rows, m_keepRows);
    dispatch(); // what the view asked for while counting
}

void KeysetTableModel::applyCount(qint64 rows, bool keepRows)
{
    // A view takes int rows; two billion rows are beyond any court.
    rows = qMin<qint64>(rows, std::numeric_limits<int>::max());
    // A new listing may already show its first block; a refresh shows the rows of before.
    if (rows > m_rowCount) {
        beginInsertRows({}, int(m_rowCount), int(rows) - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows({}, int(rows), int(m_rowCount) - 1);
        m_rowCount = rows;
        const int blocks = rows == 0 ? 0 : lastBlock() + 1;
        for (auto it = m_blocks.begin(); it != m_blocks.end();) {
            if (it.key() >= blocks) {
                dropBlock(it.key());
                it = m_blocks.erase(it);
            } else {
                ++it;
            }
        }
        endRemoveRows();
    }
    if (keepRows && m_rowCount > 0) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rowCount) - 1, columnCount() - 1));
    }
    if (!keepRows && m_rowCount > 0 && !m_blocks.contains(0)) {
        startLoad(0); // the first block failed: the view starts at the top, no need to wait for its first paint
    }
    Q_EMIT counted(rows);
}

int KeysetTableModel::lastBlock() const
{
    return m_rowCount == 0 ? 0 : int((m_rowCount - 1) / m_blockSize);
}

void KeysetTableModel::requestBlock(int block) const
{
    if (m_inFlight.contains(block) || m_session.isNull()) {
        return;
    }
    m_wanted.removeOne(block);
    m_wanted.append(block);
    while (m_wanted.size() > kMaxWanted) {
        m_wanted.removeFirst();
    }
    // While a refresh counts, the wish waits: block positions are only known once the count is.
    if (!m_counting && !m_dispatchTimer.isActive()) {
        m_dispatchTimer.start();
    }
}

void KeysetTableModel::dispatch()
{
    if (m_counting) {
        return;
    }
    while (m_inFlight.size() < kMaxInFlight && !m_wanted.isEmpty()) {
        const int block = m_wanted.takeLast();
        const auto found = m_blocks.constFind(block);
        if (found != m_blocks.cend() && !found->stale) {
            continue;
        }
        startLoad(block);
    }
}

void KeysetTableModel::startLoad(int block)
{
    if (m_session.isNull() || m_inFlight.contains(block) || block < 0 || block > lastBlock()) {
        return;
    }
    LoadPlan plan;
    plan.target = block;
    const int last = lastBlock();
    if (block == 0) {
        plan.direction = PageDirection::Forward;
    } else if (m_edgeBlocks.contains(block - 1)) {
        plan.direction = PageDirection::Forward;
        plan.start = block;
        plan.edgeBlock = block - 1;
    } else if (m_edgeBlocks.contains(block + 1)) {
        plan.direction = PageDirection::Backward;
        plan.start = block + 1;
        plan.edgeBlock = block + 1;
    } else if (block == last) {
        plan.direction = PageDirection::Backward;
    } else {
        // A jump: walk from the nearest known position, counting the two ends of the listing as known.
        int below = -1;       // the walk forward starts after this block
        int above = last + 1; // the walk backward starts before this block
        for (const int known : std::as_const(m_edgeBlocks)) {
            if (known < block) {
                below = qMax(below, known);
            } else if (known > block) {
                above = qMin(above, known);
            }
        }
        if (m_seekable && std::min(block - below, above - block) > kSeekBlocks) {
            plan.direction = PageDirection::Forward;
            plan.start = block;
            plan.seek = true;
        } else if (block - below <= above - block) {
            plan.direction = PageDirection::Forward;
            plan.start = below + 1;
            plan.edgeBlock = below;
        } else {
            plan.direction = PageDirection::Backward;
            plan.start = above;
            plan.edgeBlock = above <= last ? above : -1;
        }
    }
    m_inFlight.append(block);
    postLoad(plan);
}

void KeysetTableModel::edgesLearnt(const QList<int>& blocks)
{
    for (const int block : blocks) {
        m_edgeBlocks.insert(block);
    }
}

void KeysetTableModel::blockArrived(quint64 generation, int target, bool cancelled, const std::optional<DbError>& error,
                                    bool stored)
{
    if (generation != m_generation || cancelled) {
        return; // a newer query or refresh replaced it; reload() already forgot it was in flight
    }
    m_inFlight.removeOne(target);
    if (error) {
        // Not kept: its rows stay placeholders and are asked for again when the view next needs them.
        Q_EMIT loadFailed(error->message());
        return;
    }
    if (stored) {
        // A block that came back short (the listing changed under the count) is kept as it is, so the view does not
        // ask again and again; the next refresh recounts.
        m_blocks.insert(target, {++m_useClock, false});
        evict();
        if (m_counting && !m_keepRows && target == 0 && m_rowCount == 0) {
            showFirstBlock();
            Q_EMIT blockLoaded(target);
            return;
        }
        const int first = target * m_blockSize;
        const int last = int(qMin<qint64>(m_rowCount, qint64(first) + m_blockSize)) - 1;
        if (last >= first) {
            Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
        }
        Q_EMIT blockLoaded(target);
    }
    dispatch();
}

void KeysetTableModel::evict()
{
    while (m_blocks.size() > m_maxBlocks) {
        auto oldest = m_blocks.begin();
        for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
            if (it->lastUse < oldest->lastUse) {
                oldest = it;
            }
        }
        dropBlock(oldest.key());
        m_blocks.erase(oldest);
    }
}

bool KeysetTableModel::isLoaded(int row) const
{
    const auto found = m_blocks.constFind(row / m_blockSize);
    return row >= 0 && row < m_rowCount && found != m_blocks.cend() && !found->stale &&
           row % m_blockSize < rowsInBlock(row / m_blockSize);
}

int KeysetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rowCount);
}

QVariant KeysetTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int block = index.row() / m_blockSize;
    auto found = m_blocks.find(block);
    if (found == m_blocks.end()) {
        requestBlock(block);
        if (role == Qt::DisplayRole && index.column() == 0) {
            return tr("Loading…");
        }
        if (role == Qt::ForegroundRole) {
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        }
        return {};
    }
    found->lastUse = ++m_useClock;
    if (found->stale) {
        requestBlock(block);
    }
    const int offset = index.row() % m_blockSize;
    if (offset >= rowsInBlock(block)) {
        return {};
    }
    return rowData(block, offset, index.column(), role);
}

} // namespace dm
