#pragma once

#include "core/Account.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace dm {

// Which cached accounts a view shows. Every field is optional and they combine with AND.
struct AccountQuery
{
    // Free text as typed: a substring of the recipient name, the case number (jobNumber) or the account name (ASCII
    // letters case-insensitively); a text of exactly four digits also matches the last four digits of the mobile.
    QString search;
    std::optional<AccountStatus> status;
    std::optional<ActivationState> activationState;
    QString unitId;               // empty: every unit
    bool includeSubUnits = false; // with unitId: the unit and every unit below it (as the activation funnel counts)
    std::optional<qint64> createdFrom; // ms, inclusive
    std::optional<qint64> createdTo;   // ms, exclusive
};

// The sortable columns. Text sorts by code point (pinyin order is the view's business); Unit sorts by unitId.
enum class AccountSortColumn
{
    AccountName,
    Name,
    JobNumber,
    Unit,
    Status,
    ActivationState,
    CreatedAt,
    UpdatedAt,
};

struct AccountSort
{
    AccountSortColumn column = AccountSortColumn::CreatedAt;
    bool descending = false;
};

// A position in one sort order: the sort column's value of a row and its local id (the tie-breaker). Take it from
// a row with AccountRepository::cursorOf(); it stays valid while the sort stays the same, even when rows around it
// change.
struct AccountCursor
{
    std::variant<qint64, QString> value;
    qint64 id = 0;
};

enum class PageDirection
{
    Forward,  // the rows after the cursor (without one: the first page)
    Backward, // the rows before the cursor (without one: the last page, i.e. "jump to the end")
};

// A cached account with its local id.
struct AccountRow
{
    qint64 id = 0;
    Account account;
};

// Rows in display order whatever the direction; `more` says whether further rows follow in that direction.
struct AccountPage
{
    QList<AccountRow> rows;
    bool more = false;
};

// Accounts per activation state (not cumulative), for the funnel and its ageing buckets.
struct ActivationCounts
{
    qint64 created = 0;
    qint64 smsSent = 0;
    qint64 firstLogin = 0;
    qint64 activated = 0;
};

} // namespace dm
