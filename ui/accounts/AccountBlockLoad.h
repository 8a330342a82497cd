#pragma once

#include "store/AccountQuery.h"
#include "store/DbError.h"
#include "store/Outbox.h"

#include <QHash>
#include <QList>

#include <atomic>
#include <memory>
#include <optional>

namespace dm {

class Db;

// The cursors at both ends of one block of rows: what the next load pages from.
struct AccountBlockEdges
{
    AccountCursor first;
    AccountCursor last;
};

// One job of the accounts table in the worker thread: walk keyset pages from a known position (an end of the
// listing, or an edge of a block loaded before) to the block the view wants, and read the outbox state of its rows.
// Blocks are aligned to multiples of `blockSize` from the start of the listing, so every block met on the way
// leaves its edges behind as positions for later loads.
struct AccountBlockRequest
{
    AccountQuery query;
    AccountSort sort;
    int blockSize = 200;
    qint64 rowCount = 0; // of the listing, as last counted
    int target = 0;      // the block wanted
    PageDirection direction = PageDirection::Forward;
    // Forward: the block the walk starts at (its first row follows `cursor`; no cursor: the listing's start).
    // Backward: the block the walk ends before (its first row is `cursor`; no cursor: the listing's end).
    int start = 0;
    std::optional<AccountCursor> cursor;
    // Forward only, for a far jump: find the cursor before `start` by its position (AccountRepository::cursorAt, an
    // index scan) instead of walking pages of rows to it.
    bool seek = false;
    // The most rows one page of the walk reads: bounds memory while passing blocks nobody looks at.
    int maxPageRows = 4000;
    // The model's generation when the job was posted and the model's current one: a job that is no longer wanted
    // does nothing (cancellation between jobs without touching the database).
    quint64 generation = 0;
    std::shared_ptr<std::atomic<quint64>> currentGeneration;
};

struct AccountBlockResult
{
    quint64 generation = 0;
    int target = 0;
    bool cancelled = false;
    QList<AccountRow> rows;                  // the target block; empty when the walk fell short
    QHash<int, AccountBlockEdges> edges;     // every block the walk passed, the target's included
    QHash<QString, OutboxState> outboxState; // of the target's rows that have outbox items
    std::optional<DbError> error;
};

namespace accountblock {

// Runs `request` on `db` (in the worker thread).
[[nodiscard]] AccountBlockResult load(Db& db, const AccountBlockRequest& request);

} // namespace accountblock
} // namespace dm
