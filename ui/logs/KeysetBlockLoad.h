#pragma once

#include "core/Expected.h"
#include "store/AccountQuery.h"
#include "store/DbError.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <atomic>
#include <limits>
#include <memory>
#include <optional>

namespace dm {

// What a lazy table reads of one listing (a query in one order), made in the worker thread for one job so that its
// repository keeps its prepared statements for the whole walk. `Row` is what the table shows, `Cursor` a position in
// the listing's order (the keyset).
template <typename Row, typename Cursor>
class KeysetReader
{
public:
    virtual ~KeysetReader() = default;

    [[nodiscard]] virtual Expected<qint64, DbError> count() = 0;
    // Up to `limit` rows next to `from` in display order: Forward the rows after it (none: the first page), Backward
    // the rows before it (none: the last page).
    [[nodiscard]] virtual Expected<QList<Row>, DbError> page(const std::optional<Cursor>& from, int limit,
                                                             PageDirection direction) = 0;
    [[nodiscard]] virtual Cursor cursorOf(const Row& row) const = 0;
    // The position of the row at 0-based `position` (nullopt past the end), for far jumps; a reader that cannot
    // find it without reading the rows in between says so with canSeek() and the walk pages there instead.
    [[nodiscard]] virtual bool canSeek() const { return false; }
    [[nodiscard]] virtual Expected<std::optional<Cursor>, DbError> cursorAt(qint64 position)
    {
        (void)position;
        return std::optional<Cursor>{};
    }
    // Adds what the table shows beside the rows (the accounts' pending changes, say) to the block the view wanted.
    virtual void completeBlock(QList<Row>& rows) { (void)rows; }
};

// The cursors at both ends of one block of rows: what the next load pages from.
template <typename Cursor>
struct KeysetBlockEdges
{
    Cursor first;
    Cursor last;
};

// One job of a lazy table in the worker thread: walk keyset pages from a known position (an end of the listing, or an
// edge of a block loaded before) to the block the view wants. Blocks are aligned to multiples of `blockSize` from the
// start of the listing, so every block met on the way leaves its edges behind as positions for later loads.
template <typename Cursor>
struct KeysetBlockRequest
{
    int blockSize = 200;
    qint64 rowCount = 0; // of the listing, as last counted; UnknownRowCount while the first block races the count
    static constexpr qint64 UnknownRowCount = -1;
    int target = 0; // the block wanted
    PageDirection direction = PageDirection::Forward;
    // Forward: the block the walk starts at (its first row follows `cursor`; no cursor: the listing's start).
    // Backward: the block the walk ends before (its first row is `cursor`; no cursor: the listing's end).
    int start = 0;
    std::optional<Cursor> cursor;
    // Forward only, for a far jump: find the cursor before `start` by its position (KeysetReader::cursorAt) instead of
    // walking pages of rows to it.
    bool seek = false;
    // The most rows one page of the walk reads: bounds memory while passing blocks nobody looks at.
    int maxPageRows = 4000;
    // The model's generation when the job was posted and the model's current one: a job that is no longer wanted does
    // nothing (cancellation between pages without touching the database).
    quint64 generation = 0;
    std::shared_ptr<std::atomic<quint64>> currentGeneration;
};

template <typename Row, typename Cursor>
struct KeysetBlockResult
{
    quint64 generation = 0;
    int target = 0;
    bool cancelled = false;
    QList<Row> rows;                            // the target block; empty when the walk fell short
    QHash<int, KeysetBlockEdges<Cursor>> edges; // every block the walk passed, the target's included
    std::optional<DbError> error;
};

namespace keysetblock {

template <typename Cursor>
[[nodiscard]] bool stillWanted(const KeysetBlockRequest<Cursor>& request)
{
    return !request.currentGeneration || request.currentGeneration->load() == request.generation;
}

// Records the edges of every block that lies wholly in rows [begin, begin + rows.size()) of the listing (the
// listing's last block, ending at `listingEnd`, may be short), and copies out the target block's rows.
template <typename Row, typename Cursor>
void collect(const KeysetReader<Row, Cursor>& reader, const KeysetBlockRequest<Cursor>& request, const QList<Row>& rows,
             qint64 begin, qint64 listingEnd, KeysetBlockResult<Row, Cursor>& out)
{
    const qint64 bs = request.blockSize;
    const qint64 end = begin + rows.size();
    for (qint64 block = (begin + bs - 1) / bs; block * bs < end; ++block) {
        const qint64 first = block * bs;
        const qint64 last = std::min((block + 1) * bs, listingEnd) - 1;
        if (last >= end || last < first) {
            break;
        }
        out.edges.insert(int(block), {reader.cursorOf(rows.at(first - begin)), reader.cursorOf(rows.at(last - begin))});
        if (block == request.target) {
            out.rows = rows.mid(first - begin, last - first + 1);
        }
    }
}

template <typename Row, typename Cursor>
void walkForward(KeysetReader<Row, Cursor>& reader, const KeysetBlockRequest<Cursor>& request,
                 KeysetBlockResult<Row, Cursor>& out)
{
    const qint64 bs = request.blockSize;
    const qint64 maxPage = std::max<qint64>(bs, request.maxPageRows / bs * bs);
    qint64 position = qint64(request.start) * bs;
    std::optional<Cursor> cursor = request.cursor;
    while (position <= qint64(request.target) * bs) {
        if (!stillWanted(request)) {
            out.cancelled = true;
            return;
        }
        const qint64 limit = std::min(maxPage, (qint64(request.target) + 1) * bs - position);
        auto page = reader.page(cursor, int(limit), PageDirection::Forward);
        if (!page) {
            out.error = page.error();
            return;
        }
        const bool ended = page->size() < limit;
        if (request.rowCount != KeysetBlockRequest<Cursor>::UnknownRowCount) {
            collect(reader, request, *page, position, request.rowCount, out);
        } else {
            // Not counted yet: a short page is where the listing ends.
            collect(reader, request, *page, position,
                    ended ? position + page->size() : std::numeric_limits<qint64>::max(), out);
        }
        if (ended) {
            return; // the listing ended early: it changed since it was counted (or it ends here)
        }
        position += page->size();
        cursor = reader.cursorOf(page->constLast());
    }
}

template <typename Row, typename Cursor>
void walkBackward(KeysetReader<Row, Cursor>& reader, const KeysetBlockRequest<Cursor>& request,
                  KeysetBlockResult<Row, Cursor>& out)
{
    const qint64 bs = request.blockSize;
    const qint64 maxPage = std::max<qint64>(bs, request.maxPageRows / bs * bs);
    const qint64 targetBegin = qint64(request.target) * bs;
    qint64 end = request.cursor ? qint64(request.start) * bs : request.rowCount;
    std::optional<Cursor> cursor = request.cursor;
    while (end > targetBegin) {
        if (!stillWanted(request)) {
            out.cancelled = true;
            return;
        }
        // The page begins on a block boundary, so every block it holds is whole.
        const qint64 begin = std::max(targetBegin, (end - maxPage + bs - 1) / bs * bs);
        const qint64 limit = end - begin;
        auto page = reader.page(cursor, int(limit), PageDirection::Backward);
        if (!page) {
            out.error = page.error();
            return;
        }
        if (page->size() < limit) {
            return; // fewer rows than counted: positions would be wrong, so nothing is recorded
        }
        collect(reader, request, *page, begin, request.rowCount, out);
        end = begin;
        cursor = reader.cursorOf(page->constFirst());
    }
}

// Runs `request` with `reader` (in the worker thread).
template <typename Row, typename Cursor>
[[nodiscard]] KeysetBlockResult<Row, Cursor> load(KeysetReader<Row, Cursor>& reader,
                                                  const KeysetBlockRequest<Cursor>& request)
{
    KeysetBlockResult<Row, Cursor> out;
    out.generation = request.generation;
    out.target = request.target;
    if (!stillWanted(request)) {
        out.cancelled = true;
        return out;
    }
    if (request.seek && reader.canSeek() && request.direction == PageDirection::Forward && request.start > 0) {
        auto cursor = reader.cursorAt(qint64(request.start) * request.blockSize - 1);
        if (!cursor) {
            out.error = cursor.error();
            return out;
        }
        if (!*cursor) {
            return out; // the listing shrank below the jump since it was counted
        }
        KeysetBlockRequest<Cursor> seeked = request;
        seeked.cursor = **cursor;
        walkForward(reader, seeked, out);
    } else if (request.direction == PageDirection::Forward) {
        KeysetBlockRequest<Cursor> walk = request;
        if (request.seek) {
            walk.start = 0; // no seek: page from the start
            walk.cursor.reset();
        }
        walkForward(reader, walk, out);
    } else {
        walkBackward(reader, request, out);
    }
    if (!out.rows.isEmpty() && !out.cancelled && !out.error) {
        reader.completeBlock(out.rows);
    }
    return out;
}

} // namespace keysetblock
} // namespace dm
