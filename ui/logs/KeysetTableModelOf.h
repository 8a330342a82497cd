#pragma once

#include "sync/CacheSession.h"
#include "ui/logs/KeysetBlockLoad.h"
#include "ui/logs/KeysetTableModel.h"

#include <functional>
#include <memory>

namespace dm {

// How one kind of row is shown: the column set of a table.
template <typename Row>
class TableColumns
{
public:
    virtual ~TableColumns() = default;
    [[nodiscard]] virtual int count() const = 0;
    [[nodiscard]] virtual QVariant header(int column, int role) const = 0;
    [[nodiscard]] virtual QVariant data(const Row& row, int column, int role) const = 0;
};

// KeysetTableModel over rows of type `Row`, paged by `Cursor`. The listing is a reader factory: a function, run in the
// worker thread, that makes the KeysetReader of the current query (capture the query by value).
template <typename Row, typename Cursor>
class KeysetTableModelOf : public KeysetTableModel
{
public:
    using Reader = KeysetReader<Row, Cursor>;
    using ReaderFactory = std::function<std::unique_ptr<Reader>(Db&)>;

    KeysetTableModelOf(std::shared_ptr<const TableColumns<Row>> columns, QObject* parent = nullptr)
        : KeysetTableModel(parent)
        , m_columns(std::move(columns))
    {}

    // A new query: counts and loads from the top. `seekable` says whether its reader can seek far rows by position.
    void setListing(ReaderFactory factory, bool seekable)
    {
        m_factory = std::move(factory);
        setSeekable(seekable);
        reload(false);
    }

    // The row when its block is loaded.
    [[nodiscard]] std::optional<Row> rowAt(int row) const
    {
        if (row < 0 || row >= listedRows()) {
            return std::nullopt;
        }
        const auto found = m_rows.constFind(row / blockSize());
        if (found == m_rows.cend() || row % blockSize() >= found->size()) {
            return std::nullopt;
        }
        return found->at(row % blockSize());
    }

    [[nodiscard]] const TableColumns<Row>& columns() const { return *m_columns; }

    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns->count();
    }

    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal) {
            return KeysetTableModel::headerData(section, orientation, role);
        }
        return m_columns->header(section, role);
    }

protected:
    void postCount() override
    {
        if (!m_factory || session() == nullptr) {
            countArrived(generation(), qint64(0));
            return;
        }
        const quint64 posted = generation();
        session()->template query<Expected<qint64, DbError>>(
            [factory = m_factory, posted, current = sharedGeneration()](Db& db) {
                // A count of a filter already replaced (the user typed on) stops scanning.
                const DbStopCheck stop(db, [posted, current] { return current->load() != posted; });
                return factory(db)->count();
            },
            this, [this, posted](Expected<qint64, DbError> rows) { countArrived(posted, rows); });
    }

    void postLoad(const LoadPlan& plan) override
    {
        if (!m_factory || session() == nullptr) {
            KeysetBlockResult<Row, Cursor> none;
            none.generation = generation();
            none.target = plan.target;
            onLoaded(std::move(none)); // no listing yet: nothing in it
            return;
        }
        KeysetBlockRequest<Cursor> request;
        request.blockSize = blockSize();
        request.rowCount = plan.uncounted ? KeysetBlockRequest<Cursor>::UnknownRowCount : listedRows();
        request.target = plan.target;
        request.direction = plan.direction;
        request.start = plan.start;
        request.seek = plan.seek;
        if (plan.edgeBlock >= 0) {
            const KeysetBlockEdges<Cursor>& edges = m_edges.value(plan.edgeBlock);
            request.cursor = plan.direction == PageDirection::Forward ? edges.last : edges.first;
        }
        request.generation = generation();
        request.currentGeneration = sharedGeneration();
        session()->template query<KeysetBlockResult<Row, Cursor>>(
            [factory = m_factory, request](Db& db) {
                // One page of a sparse filter can scan far: it stops too when the listing is replaced.
                const DbStopCheck stop(db, [request] { return !keysetblock::stillWanted(request); });
                const std::unique_ptr<Reader> reader = factory(db);
                return keysetblock::load(*reader, request);
            },
            this, [this](KeysetBlockResult<Row, Cursor> result) { onLoaded(std::move(result)); });
    }

    [[nodiscard]] int rowsInBlock(int block) const override { return int(m_rows.value(block).size()); }
    void dropBlock(int block) override { m_rows.remove(block); }
    void dropEdges() override { m_edges.clear(); }

    [[nodiscard]] QVariant rowData(int block, int offset, int column, int role) const override
    {
        return m_columns->data(m_rows.value(block).at(offset), column, role);
    }

private:
    void onLoaded(KeysetBlockResult<Row, Cursor> result)
    {
        const bool current = result.generation == generation() && !result.cancelled;
        if (current) {
            for (auto it = result.edges.cbegin(); it != result.edges.cend(); ++it) {
                m_edges.insert(it.key(), it.value());
            }
            edgesLearnt(result.edges.keys());
            if (!result.error) {
                m_rows.insert(result.target, std::move(result.rows));
            }
        }
        blockArrived(result.generation, result.target, result.cancelled, result.error, current && !result.error);
    }

    std::shared_ptr<const TableColumns<Row>> m_columns;
    ReaderFactory m_factory;
    QHash<int, QList<Row>> m_rows;
    QHash<int, KeysetBlockEdges<Cursor>> m_edges;
};

} // namespace dm
