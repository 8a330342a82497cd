#pragma once

#include "store/AccountQuery.h"
#include "store/Outbox.h"
#include "ui/accounts/AccountReader.h"
#include "ui/logs/KeysetTableModelOf.h"

#include <QHash>

#include <memory>
#include <optional>

namespace dm {

class AccountColumns;

using AccountTableBase = KeysetTableModelOf<AccountListRow, AccountCursor>;

// The cached accounts as a table that stays light on a million rows: the lazy keyset table (KeysetTableModel) over
// the accounts of a query in a sort order, with the accounts' columns and their pending or failed changes.
class AccountTableModel : public AccountTableBase
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

    explicit AccountTableModel(QObject* parent = nullptr);

    void setQuery(const AccountQuery& query);
    [[nodiscard]] const AccountQuery& query() const { return m_query; }
    [[nodiscard]] const AccountSort& accountSort() const { return m_sort; }
    void setAccountSort(const AccountSort& sort);
    // Names for the unit column, by unit id.
    void setUnitNames(const QHash<QString, QString>& names);

    // The row when its block is loaded.
    [[nodiscard]] std::optional<AccountRow> rowAt(int row) const;
    // The sortable column of a view column, or nullopt.
    [[nodiscard]] static std::optional<AccountSortColumn> sortColumn(int column);
    [[nodiscard]] static int viewColumn(AccountSortColumn column);

    void sort(int column, Qt::SortOrder order) override;

    [[nodiscard]] static QString headerText(int column);
    [[nodiscard]] static QString outboxStateText(OutboxState state);
    [[nodiscard]] static QString failedChangeText();

private:
    AccountTableModel(std::shared_ptr<AccountColumns> columns, QObject* parent);
    void relist();

    std::shared_ptr<AccountColumns> m_columns;
    AccountQuery m_query;
    AccountSort m_sort;
};

} // namespace dm
