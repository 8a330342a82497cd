#pragma once

#include "core/Account.h"
#include "core/DeliveryStats.h"
#include "core/Expected.h"
#include "store/AccountQuery.h"
#include "store/DbError.h"

#include <QList>
#include <QString>

#include <optional>

namespace dm {

class Db;

// Whether the accounts handed to AccountRepository::upsert() state their address basis. The delivery extension's
// account object always does (null: none recorded); the vendor's row never does, and then the cached basis is kept.
enum class AddressBasisKnown
{
    Yes,
    No,
};

// The cached accounts: written by the accounts sync stream, read by the Accounts and Activation pages. Every
// listing is a keyset page (never OFFSET), so the first page, the last page and the page after any row cost the
// same on a million rows. Writes join the caller's transaction when there is one; batch them (AccountSync commits
// one listing page with its cursor).
class AccountRepository
{
public:
    explicit AccountRepository(Db& db);

    // Inserts new accounts and updates known ones (by accountName). A row is only replaced by data at least as new
    // (updatedAt not older) and only when something differs, so applying the same listing page twice writes
    // nothing. Returns the number of rows inserted or changed. `basisKnown` has no default: every caller says
    // whether its accounts state their basis, since vendor rows taken as stating one would clear the cached basis.
    [[nodiscard]] Expected<qint64, DbError> upsert(const QList<Account>& accounts, AddressBasisKnown basisKnown);

    [[nodiscard]] Expected<std::optional<AccountRow>, DbError> get(const QString& accountName);
    [[nodiscard]] Expected<std::optional<AccountRow>, DbError> getById(qint64 id);

    // Up to `limit` rows of `query` in `sort` order next to `from` (see PageDirection), in display order.
    [[nodiscard]] Expected<AccountPage, DbError> page(const AccountQuery& query, const AccountSort& sort,
                                                      const std::optional<AccountCursor>& from, int limit,
                                                      PageDirection direction = PageDirection::Forward);
    // Rows of `query` that sort before `cursor`: the 0-based position of the row the cursor was taken from, so a
    // view can place its scroll bar after a search or a jump.
    [[nodiscard]] Expected<qint64, DbError> rowsBefore(const AccountQuery& query, const AccountSort& sort,
                                                       const AccountCursor& cursor);
    // The position of the row at 0-based `position` in `query`'s `sort` order; nullopt past the end. An OFFSET scan
    // that reads only the sort column and the id (from the sort's index when the query has no filter), for the far
    // jumps of a view; page() from the cursor then reads the rows themselves.
    [[nodiscard]] Expected<std::optional<AccountCursor>, DbError> cursorAt(const AccountQuery& query,
                                                                           const AccountSort& sort, qint64 position);
    // The position of `row` in `column`'s order.
    [[nodiscard]] static AccountCursor cursorOf(const AccountRow& row, AccountSortColumn column);

    [[nodiscard]] Expected<qint64, DbError> count(const AccountQuery& query = {});
    // The newest updatedAt in the cache (0 when empty): the latest platform time the cache has seen.
    [[nodiscard]] Expected<qint64, DbError> newestUpdatedAt();
    // Accounts of `query` per activation state, deleted ones left out (as the platform's funnel counts them).
    [[nodiscard]] Expected<ActivationCounts, DbError> activationCounts(const AccountQuery& query = {});
    // The same, cumulative like the platform's activationFunnel (every activated account is also a first login...).
    [[nodiscard]] Expected<ActivationFunnel, DbError> activationFunnel(const AccountQuery& query = {});

private:
    Db& m_db;
};

} // namespace dm
