#include "ui/accounts/AccountReader.h"

#include <QStringList>

namespace dm {

AccountReader::AccountReader(Db& db, AccountQuery query, AccountSort sort)
    : m_db(db)
    , m_repository(db)
    , m_query(std::move(query))
    , m_sort(sort)
{}

Expected<qint64, DbError> AccountReader::count()
{
    return m_repository.count(m_query);
}

Expected<QList<AccountListRow>, DbError> AccountReader::page(const std::optional<AccountCursor>& from, int limit,
                                                             PageDirection direction)
{
    auto page = m_repository.page(m_query, m_sort, from, limit, direction);
    if (!page) {
        return Unexpected{page.error()};
    }
    QList<AccountListRow> rows;
    rows.reserve(page->rows.size());
    for (AccountRow& row : page->rows) {
        rows.append({std::move(row), std::nullopt});
    }
    return rows;
}

AccountCursor AccountReader::cursorOf(const AccountListRow& row) const
{
    return AccountRepository::cursorOf(row.row, m_sort.column);
}

Expected<std::optional<AccountCursor>, DbError> AccountReader::cursorAt(qint64 position)
{
    return m_repository.cursorAt(m_query, m_sort, position);
}

void AccountReader::completeBlock(QList<AccountListRow>& rows)
{
    QStringList names;
    names.reserve(rows.size());
    for (const AccountListRow& row : std::as_const(rows)) {
        names.append(row.row.account.accountName);
    }
    // Without the states the rows still show; the marks come with the next refresh.
    const auto states = Outbox(m_db).latestStates(names);
    if (!states) {
        return;
    }
    for (AccountListRow& row : rows) {
        const auto found = states->constFind(row.row.account.accountName);
        if (found != states->cend()) {
            row.outboxState = *found;
        }
    }
}

} // namespace dm
