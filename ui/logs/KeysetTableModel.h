#pragma once

#include "core/Expected.h"
#include "store/AccountQuery.h"
#include "store/DbError.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace dm {

class CacheSession;

// A table over a listing of the cache that stays light on a million rows, whatever its rows are. A new listing shows
// its first block before its rows are counted (a count can take a scan of the whole filter; the first rows only the
// first page of it), then the count gives the table its length. It holds a bounded number of blocks of rows (least
// recently used go first); a row outside them shows a placeholder and asks for its block, which a job in the cache's
// worker thread fetches by keyset pages from the nearest known position (see KeysetBlockLoad.h). Every load carries the
// model's generation: a new query or a refresh bumps it, so answers that are no longer wanted are dropped and jobs
// still queued skip their work.
//
// This class schedules; KeysetTableModelOf<Row, Cursor> (KeysetTableModelOf.h) holds the typed rows and posts the
// jobs, and a TableColumns<Row> says how a row is shown.
class KeysetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int DefaultBlockSize = 200;
    static constexpr int DefaultMaxBlocks = 40;

    explicit KeysetTableModel(QObject* parent = nullptr);
    ~KeysetTableModel() override;

    // No session: the model is empty. Setting one (re)loads.
    void setSession(CacheSession* session);
    [[nodiscard]] CacheSession* session() const;
    void setBlockSize(int rows) { m_blockSize = qMax(1, rows); }
    void setMaxBlocks(int blocks) { m_maxBlocks = qMax(2, blocks); }

    // Counts again and re-reads what is shown, keeping the rows on screen until their new values arrive.
    void refresh();

    [[nodiscard]] bool isLoaded(int row) const;
    [[nodiscard]] bool isCounting() const { return m_counting; }
    [[nodiscard]] int loadedBlockCount() const { return int(m_blocks.size()); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A new listing is being counted: until counted(), rowCount() is only what has arrived of it.
    void countingStarted();
    // The row count of the current query is known (after a reset or a refresh).
    void counted(qint64 rows);
    // A block arrived; views and tests use it to wait for rows.
    void blockLoaded(int block);
    void loadFailed(const QString& message);

protected:
    // Where a block load starts: the typed model turns it into a KeysetBlockRequest with the cursors it holds.
    struct LoadPlan
    {
        int target = 0;
        PageDirection direction = PageDirection::Forward;
        int start = 0;
        // The block whose edge the walk starts from, -1 for an end of the listing; Forward uses its last row,
        // Backward its first.
        int edgeBlock = -1;
        bool seek = false;
        // The first block of a new listing, posted before its count: the walk learns where the listing ends.
        bool uncounted = false;
    };

    // A new listing: the typed model calls this when its query changes.
    void reload(bool keepRows);
    [[nodiscard]] quint64 generation() const { return m_generation; }
    [[nodiscard]] const std::shared_ptr<std::atomic<quint64>>& sharedGeneration() const { return m_sharedGeneration; }
    [[nodiscard]] int blockSize() const { return m_blockSize; }
    [[nodiscard]] qint64 listedRows() const { return m_rowCount; }
    // Whether the listing can find a row by its position without reading the rows before it (far jumps).
    void setSeekable(bool seekable) { m_seekable = seekable; }

    // The typed model's side: post the jobs, hold the rows.
    virtual void postCount() = 0;
    virtual void postLoad(const LoadPlan& plan) = 0;
    [[nodiscard]] virtual int rowsInBlock(int block) const = 0;
    virtual void dropBlock(int block) = 0; // evicted, or forgotten on a new listing
    virtual void dropEdges() = 0;          // a new listing: the positions known so far mean nothing
    // data() of a loaded row.
    [[nodiscard]] virtual QVariant rowData(int block, int offset, int column, int role) const = 0;

    // Answers of the jobs, in the UI thread.
    void countArrived(quint64 generation, const Expected<qint64, DbError>& rows);
    // The typed model stored the edges it learnt; `stored` says whether it kept the block's rows.
    void blockArrived(quint64 generation, int target, bool cancelled, const std::optional<DbError>& error, bool stored);
    void edgesLearnt(const QList<int>& blocks);

private:
    struct BlockUse
    {
        quint64 lastUse = 0;
        bool stale = false; // from before a refresh: shown, but asked for again
    };

    void requestBlock(int block) const;
    void dispatch();
    void startLoad(int block);
    void startFirstBlock();
    void showFirstBlock();
    void evict();
    void applyCount(qint64 rows, bool keepRows);
    [[nodiscard]] int lastBlock() const;

    QPointer<CacheSession> m_session;
    int m_blockSize = DefaultBlockSize;
    int m_maxBlocks = DefaultMaxBlocks;
    bool m_seekable = false;

    qint64 m_rowCount = 0;
    bool m_counting = false;
    bool m_keepRows = false; // of the reload in progress
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_sharedGeneration;

    // Mutable: data() is const but records what the view wants and when each block was last used.
    mutable QHash<int, BlockUse> m_blocks;
    mutable quint64 m_useClock = 0;
    mutable QList<int> m_wanted; // newest last, a few at most
    mutable QTimer m_dispatchTimer;
    QSet<int> m_edgeBlocks; // blocks whose edges are known in this generation
    QList<int> m_inFlight;
};

} // namespace dm
