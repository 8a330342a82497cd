#include "ui/accounts/AccountTableModel.h"

#include "core/Masking.h"
#include "ui/StatusColors.h"
#include "ui/accounts/AccountTexts.h"

#include <QColor>
#include <QPalette>

namespace dm {

// The accounts' column set. The texts stay in AccountTableModel's translation context, where they have always been.
class AccountColumns final : public TableColumns<AccountListRow>
{
public:
    QHash<QString, QString> unitNames;

    [[nodiscard]] int count() const override { return AccountTableModel::ColumnCount; }

    [[nodiscard]] QVariant header(int column, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(AccountTableModel::headerText(column)) : QVariant();
    }

    [[nodiscard]] QVariant data(const AccountListRow& row, int column, int role) const override
    {
        const bool failed = row.outboxState == OutboxState::Failed;
        switch (role) {
        case Qt::DisplayRole:
            return display(row, column);
        case Qt::ToolTipRole:
            return column == AccountTableModel::ChangeColumn && failed ? QVariant(AccountTableModel::failedChangeText())
                                                                       : QVariant();
        case Qt::ForegroundRole:
            if (column == AccountTableModel::ChangeColumn && failed) {
                return errorTextColor();
            }
            if (row.row.account.status != AccountStatus::Enabled) {
                return QPalette().color(QPalette::Disabled, QPalette::Text);
            }
            return {};
        case AccountTableModel::AccountNameRole:
            return row.row.account.accountName;
        case AccountTableModel::OutboxStateRole:
            return row.outboxState ? QVariant(int(*row.outboxState)) : QVariant();
        default:
            return {};
        }
    }

private:
    [[nodiscard]] QVariant display(const AccountListRow& row, int column) const
    {
        const Account& a = row.row.account;
        switch (column) {
        case AccountTableModel::AccountNameColumn:
            return a.accountName;
        case AccountTableModel::NameColumn:
            return a.name;
        case AccountTableModel::JobNumberColumn:
            return a.jobNumber;
        case AccountTableModel::UnitColumn:
            return unitNames.value(a.unitId, a.unitId);
        case AccountTableModel::StatusColumn:
            return AccountTexts::status(a.status);
        case AccountTableModel::ActivationColumn:
            return AccountTexts::activation(a.activation.state);
        case AccountTableModel::IdNumberColumn:
            return a.idNumber.isEmpty() ? QString() : maskIdNumber(a.idNumber);
        case AccountTableModel::MobileColumn:
            return a.mobile.isEmpty() ? QString() : maskMobile(a.mobile);
        case AccountTableModel::CreatedColumn:
            return AccountTexts::minute(a.createdAt);
        case AccountTableModel::UpdatedColumn:
            return AccountTexts::minute(a.updatedAt);
        case AccountTableModel::ChangeColumn:
            return row.outboxState ? AccountTableModel::outboxStateText(*row.outboxState) : QString();
        default:
            return {};
        }
    }
};

namespace {

std::shared_ptr<AccountColumns> makeColumns()
{
    return std::make_shared<AccountColumns>();
}

} // namespace

AccountTableModel::AccountTableModel(QObject* parent)
    : AccountTableModel(makeColumns(), parent)
{}

AccountTableModel::AccountTableModel(std::shared_ptr<AccountColumns> columns, QObject* parent)
    : AccountTableBase(columns, parent)
    , m_columns(std::move(columns))
{
    relist();
}

void AccountTableModel::relist()
{
    setListing([query = m_query, sort = m_sort](Db& db) { return std::make_unique<AccountReader>(db, query, sort); },
               true);
}

void AccountTableModel::setQuery(const AccountQuery& query)
{
    m_query = query;
    relist();
}

void AccountTableModel::setAccountSort(const AccountSort& sort)
{
    m_sort = sort;
    relist();
}

void AccountTableModel::setUnitNames(const QHash<QString, QString>& names)
{
    m_columns->unitNames = names;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, UnitColumn), index(rowCount() - 1, UnitColumn), {Qt::DisplayRole});
    }
}

std::optional<AccountRow> AccountTableModel::rowAt(int row) const
{
    const auto listed = AccountTableBase::rowAt(row);
    return listed ? std::optional<AccountRow>(listed->row) : std::nullopt;
}

void AccountTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sortBy = sortColumn(column);
    if (!sortBy) {
        return;
    }
    setAccountSort({*sortBy, order == Qt::DescendingOrder});
}

std::optional<AccountSortColumn> AccountTableModel::sortColumn(int column)
{
    switch (column) {
    case AccountNameColumn:
        return AccountSortColumn::AccountName;
    case NameColumn:
        return AccountSortColumn::Name;
    case JobNumberColumn:
        return AccountSortColumn::JobNumber;
    case UnitColumn:
        return AccountSortColumn::Unit;
    case StatusColumn:
        return AccountSortColumn::Status;
    case ActivationColumn:
        return AccountSortColumn::ActivationState;
    case CreatedColumn:
        return AccountSortColumn::CreatedAt;
    case UpdatedColumn:
        return AccountSortColumn::UpdatedAt;
    default:
        return std::nullopt;
    }
}

int AccountTableModel::viewColumn(AccountSortColumn column)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (sortColumn(c) == column) {
            return c;
        }
    }
    return CreatedColumn;
}

QString AccountTableModel::headerText(int column)
{
    switch (column) {
    case AccountNameColumn:
        return tr("Account");
    case NameColumn:
        return tr("Name");
    case JobNumberColumn:
        return tr("Case number");
    case UnitColumn:
        return tr("Unit");
    case StatusColumn:
        return tr("Status");
    case ActivationColumn:
        return tr("Activation");
    case IdNumberColumn:
        return tr("ID number");
    case MobileColumn:
        return tr("Mobile");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

QString AccountTableModel::failedChangeText()
{
    return tr("The last change to this account failed; select it to see why.");
}

QString AccountTableModel::outboxStateText(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return tr("Pending");
    case OutboxState::Running:
        return tr("Sending…");
    case OutboxState::Failed:
        return tr("Failed");
    case OutboxState::Done:
    case OutboxState::Cancelled:
        return {};
    }
    return {};
}

} // namespace dm
