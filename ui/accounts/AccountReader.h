#pragma once

#include "store/AccountQuery.h"
#include "store/AccountRepository.h"
#include "store/Outbox.h"
#include "ui/logs/KeysetBlockLoad.h"

#include <optional>

namespace dm {

// A row of the accounts table: the cached account and the state of its newest outbox item, if it has one.
struct AccountListRow
{
    AccountRow row;
    std::optional<OutboxState> outboxState;
};

// The cached accounts of one query in one sort order, as the lazy table reads them (see KeysetReader): keyset pages
// of AccountRepository, far jumps by position, and the outbox state of the block the view wanted.
class AccountReader final : public KeysetReader<AccountListRow, AccountCursor>
{
public:
    AccountReader(Db& db, AccountQuery query, AccountSort sort);

    [[nodiscard]] Expected<qint64, DbError> count() override;
    [[nodiscard]] Expected<QList<AccountListRow>, DbError> page(const std::optional<AccountCursor>& from, int limit,
                                                                PageDirection direction) override;
    [[nodiscard]] AccountCursor cursorOf(const AccountListRow& row) const override;
    [[nodiscard]] bool canSeek() const override { return true; }
    [[nodiscard]] Expected<std::optional<AccountCursor>, DbError> cursorAt(qint64 position) override;
    void completeBlock(QList<AccountListRow>& rows) override;

private:
    Db& m_db;
    AccountRepository m_repository;
    AccountQuery m_query;
    AccountSort m_sort;
};

} // namespace dm
