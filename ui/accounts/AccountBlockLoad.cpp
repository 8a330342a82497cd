#include "ui/accounts/AccountBlockLoad.h"

#include "store/AccountRepository.h"
#include "store/Db.h"

#include <QStringList>

#include <algorithm>

namespace dm::accountblock {

namespace {

bool stillWanted(const AccountBlockRequest& request)
{
    return !request.currentGeneration || request.currentGeneration->load() == request.generation;
}

// Records the edges of every block that lies wholly in rows [begin, begin + rows.size()) of the listing (the
// listing's last block may be short), and copies out the target block's rows.
void collect(const AccountBlockRequest& request, const QList<AccountRow>& rows, qint64 begin, AccountBlockResult& out)
{
    const qint64 bs = request.blockSize;
    const qint64 end = begin + rows.size();
    for (qint64 block = (begin + bs - 1) / bs; block * bs < end; ++block) {
        const qint64 first = block * bs;
        const qint64 last = std::min((block + 1) * bs, request.rowCount) - 1;
        if (last >= end || last < first) {
            break;
        }
        const AccountRow& firstRow = rows.at(first - begin);
        const AccountRow& lastRow = rows.at(last - begin);
        out.edges.insert(int(block), {AccountRepository::cursorOf(firstRow, request.sort.column),
                                      AccountRepository::cursorOf(lastRow, request.sort.column)});
        if (block == request.target) {
            out.rows = rows.mid(first - begin, last - first + 1);
        }
    }
}

void walkForward(AccountRepository& repository, const AccountBlockRequest& request, AccountBlockResult& out)
{
    const qint64 bs = request.blockSize;
    const qint64 maxPage = std::max<qint64>(bs, request.maxPageRows / bs * bs);
    qint64 position = qint64(request.start) * bs;
    std::optional<AccountCursor> cursor = request.cursor;
    while (position <= qint64(request.target) * bs) {
        if (!stillWanted(request)) {
            out.cancelled = true;
            return;
        }
        const qint64 limit = std::min(maxPage, (qint64(request.target) + 1) * bs - position);
        auto page = repository.page(request.query, request.sort, cursor, int(limit), PageDirection::Forward);
        if (!page) {
            out.error = page.error();
            return;
        }
        collect(request, page->rows, position, out);
        if (page->rows.size() < limit) {
            return; // the listing ended early: it changed since it was counted
        }
        position += page->rows.size();
        cursor = AccountRepository::cursorOf(page->rows.constLast(), request.sort.column);
    }
}

void walkBackward(AccountRepository& repository, const AccountBlockRequest& request, AccountBlockResult& out)
{
    const qint64 bs = request.blockSize;
    const qint64 maxPage = std::max<qint64>(bs, request.maxPageRows / bs * bs);
    const qint64 targetBegin = qint64(request.target) * bs;
    qint64 end = request.cursor ? qint64(request.start) * bs : request.rowCount;
    std::optional<AccountCursor> cursor = request.cursor;
    while (end > targetBegin) {
        if (!stillWanted(request)) {
            out.cancelled = true;
            return;
        }
        // The page begins on a block boundary, so every block it holds is whole.
        const qint64 begin = std::max(targetBegin, (end - maxPage + bs - 1) / bs * bs);
        const qint64 limit = end - begin;
        auto page = repository.page(request.query, request.sort, cursor, int(limit), PageDirection::Backward);
        if (!page) {
            out.error = page.error();
            return;
        }
        if (page->rows.size() < limit) {
            return; // fewer rows than counted: positions would be wrong, so nothing is recorded
        }
        collect(request, page->rows, begin, out);
        end = begin;
        cursor = AccountRepository::cursorOf(page->rows.constFirst(), request.sort.column);
    }
}

} // namespace

AccountBlockResult load(Db& db, const AccountBlockRequest& request)
{
    AccountBlockResult out;
    out.generation = request.generation;
    out.target = request.target;
    if (!stillWanted(request)) {
        out.cancelled = true;
        return out;
    }
    AccountRepository repository(db);
    if (request.seek && request.direction == PageDirection::Forward && request.start > 0) {
        auto cursor = repository.cursorAt(request.query, request.sort, qint64(request.start) * request.blockSize - 1);
        if (!cursor) {
            out.error = cursor.error();
            return out;
        }
        if (!*cursor) {
            return out; // the listing shrank below the jump since it was counted
        }
        AccountBlockRequest seeked = request;
        seeked.cursor = **cursor;
        walkForward(repository, seeked, out);
    } else if (request.direction == PageDirection::Forward) {
        walkForward(repository, request, out);
    } else {
        walkBackward(repository, request, out);
    }
    if (out.rows.isEmpty() || out.cancelled || out.error) {
        return out;
    }
    QStringList names;
    names.reserve(out.rows.size());
    for (const AccountRow& row : std::as_const(out.rows)) {
        names.append(row.account.accountName);
    }
    auto states = Outbox(db).latestStates(names);
    if (states) {
        out.outboxState = std::move(*states);
    }
    return out;
}

} // namespace dm::accountblock
