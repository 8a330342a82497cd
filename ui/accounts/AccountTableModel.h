#pragma once

#include "store/AccountQuery.h"
#include "store/Outbox.h"
#include "ui/accounts/AccountBlockLoad.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace dm {

class CacheSession;

// The cached accounts as a table that stays light on a million rows. It knows the filtered row count and holds a
// bounded number of blocks of rows (least recently used go first); a row outside them shows a placeholder and asks
// for its block, which a job in the cache's worker thread fetches by keyset pages from the nearest known position.
// Every load carries the model's generation: a new query, sort or refresh bumps it, so answers that are no longer
// wanted are dropped and jobs still queued skip their work.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AccountNameColumn,
        NameColumn,
        JobNumberColumn,
        UnitColumn,
        StatusColumn,
        ActivationColumn,
        IdNumberColumn,
        MobileColumn,
        CreatedColumn,
        UpdatedColumn,
        ChangeColumn, // a pending or failed outbox item
        ColumnCount,
    };
    enum Role
    {
        AccountNameRole = Qt::UserRole + 1, // the account name, or an invalid QVariant while loading
        OutboxStateRole,                    // int(OutboxState) or invalid
    };
    static constexpr int DefaultBlockSize = 200;
    static constexpr int DefaultMaxBlocks = 40;

    explicit AccountTableModel(QObject* parent = nullptr);
    ~AccountTableModel() override;

    // No session: the model is empty. Setting one (re)loads.
    void setSession(CacheSession* session);
    void setQuery(const AccountQuery& query);
    [[nodiscard]] const AccountQuery& query() const { return m_query; }
    [[nodiscard]] const AccountSort& accountSort() const { return m_sort; }
    void setAccountSort(const AccountSort& sort);
    // Names for the unit column, by unit id.
    void setUnitNames(const QHash<QString, QString>& names);
    void setBlockSize(int rows) { m_blockSize = qMax(1, rows); }
    void setMaxBlocks(int blocks) { m_maxBlocks = qMax(2, blocks); }

    // Counts again and re-reads what is shown, keeping the rows on screen until their new values arrive.
    void refresh();

    // The row when its block is loaded.
    [[nodiscard]] std::optional<AccountRow> rowAt(int row) const;
    [[nodiscard]] bool isLoaded(int row) const;
    [[nodiscard]] int loadedBlockCount() const { return int(m_blocks.size()); }
    [[nodiscard]] bool isCounting() const { return m_counting; }
    // The sortable column of a view column, or nullopt.
    [[nodiscard]] static std::optional<AccountSortColumn> sortColumn(int column);
    [[nodiscard]] static int viewColumn(AccountSortColumn column);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    [[nodiscard]] static QString statusText(AccountStatus status);
    [[nodiscard]] static QString activationText(ActivationState state);
    [[nodiscard]] static QString outboxStateText(OutboxState state);

Q_SIGNALS:
    // The row count of the current query is known (after a reset or a refresh).
    void counted(qint64 rows);
    // A block arrived; tests and the page use it to wait for rows.
    void blockLoaded(int block);
    void loadFailed(const QString& message);

private:
    struct Block
    {
        QList<AccountRow> rows;
        QHash<QString, OutboxState> outboxState;
        quint64 lastUse = 0;
        bool stale = false; // from before a refresh: shown, but asked for again
    };

    void reload(bool keepRows);
    void requestBlock(int block) const;
    void dispatch();
    void startLoad(int block);
    void onCounted(quint64 generation, qint64 rows, bool keepRows);
    void onBlockLoaded(const AccountBlockResult& result);
    void evict();
    [[nodiscard]] QVariant displayData(const AccountRow& row, const Block& block, int column) const;
    [[nodiscard]] int lastBlock() const;

    QPointer<CacheSession> m_session;
    AccountQuery m_query;
    AccountSort m_sort;
    QHash<QString, QString> m_unitNames;
    int m_blockSize = DefaultBlockSize;
    int m_maxBlocks = DefaultMaxBlocks;

    qint64 m_rowCount = 0;
    bool m_counting = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_sharedGeneration;

    // Mutable: data() is const but records what the view wants and when each block was last used.
    mutable QHash<int, Block> m_blocks;
    mutable quint64 m_useClock = 0;
    mutable QList<int> m_wanted; // newest last, a few at most
    mutable QTimer m_dispatchTimer;
    QHash<int, AccountBlockEdges> m_edges; // of every block loaded in this generation
    QList<int> m_inFlight;
};

} // namespace dm
