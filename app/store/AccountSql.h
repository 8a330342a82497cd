#pragma once

#include "core/Account.h"
#include "store/AccountQuery.h"

#include <QList>
#include <QString>

#include <string>
#include <variant>

namespace dm {

class Stmt;

// dm_store internal: the SQL pieces of AccountRepository. Clauses are assembled from fixed program text only; every
// value the user typed or the platform sent goes into `values` and is bound in order to the `?` placeholders.
namespace accountsql {

using Value = std::variant<qint64, QString>;

struct Clause
{
    std::string sql; // "" or " WHERE ..." (with a leading space)
    QList<Value> values;
};

// The columns every row query selects, in the order readRow() reads them (table alias `a`).
[[nodiscard]] const char* selectColumns();
[[nodiscard]] AccountRow readRow(const Stmt& statement);

// The WHERE clause of `query`; `extra` (program text with its own values) is ANDed in when not empty.
[[nodiscard]] Clause where(const AccountQuery& query, const std::string& extra = {},
                           const QList<Value>& extraValues = {});
// The column expression of a sort (alias `a`) and whether its values are text.
[[nodiscard]] const char* sortExpression(AccountSortColumn column);
[[nodiscard]] bool sortsAsText(AccountSortColumn column);

// Binds `values` to ?1, ?2... and returns the next free index.
int bindAll(Stmt& statement, const QList<Value>& values, int first = 1);

// The last four digits of a mobile (the whole of a shorter one), for the mobile_suffix column.
[[nodiscard]] QString mobileSuffix(const QString& mobile);

} // namespace accountsql
} // namespace dm
