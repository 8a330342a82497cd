#include "ui/activation/OverdueWorklistModel.h"

#include "ui/accounts/AccountTexts.h"

namespace dm {

OverdueWorklistModel::OverdueWorklistModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OverdueWorklistModel::setRows(QList<OverdueRow> rows, qint64 nowMs)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_nowMs = nowMs;
    endResetModel();
}

int OverdueWorklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OverdueWorklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverdueWorklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OverdueRow& row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, column, m_nowMs);
    case Qt::UserRole:
        switch (column) {
        case CreatedColumn:
            return row.createdAt;
        case LastSmsColumn:
            return row.smsSentAt.value_or(0);
        case RemindersColumn:
            return row.reminderCount;
        case DaysWaitingColumn:
            // Earlier waitingSince means longer waiting; the negated time keeps ties within a day in order.
            return -row.waitingSince;
        case StateColumn:
            return static_cast<int>(row.state);
        default:
            return cellText(row, column, m_nowMs);
        }
    case Qt::TextAlignmentRole:
        if (column == RemindersColumn || column == DaysWaitingColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == OutboxColumn && row.outboxState == OutboxState::Failed) {
            return tr("The last action queued for this account failed; see the result report or the outbox.");
        }
        return {};
    default:
        return {};
    }
}

QVariant OverdueWorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return headerText(static_cast<Column>(section));
}

QString OverdueWorklistModel::headerText(Column column)
{
    switch (column) {
    case AccountColumn:
        return tr("Account");
    case NameColumn:
        return tr("Name");
    case MobileColumn:
        return tr("Mobile");
    case UnitColumn:
        return tr("Unit");
    case CreatedColumn:
        return tr("Created");
    case LastSmsColumn:
        return tr("Last SMS");
    case RemindersColumn:
        return tr("Reminders");
    case DaysWaitingColumn:
        return tr("Days waiting");
    case StateColumn:
        return tr("Activation");
    case OutboxColumn:
        return tr("Queued action");
    case ColumnCount:
        break;
    }
    return {};
}

QString OverdueWorklistModel::cellText(const OverdueRow& row, Column column, qint64 nowMs)
{
    switch (column) {
    case AccountColumn:
        return row.accountName;
    case NameColumn:
        return row.name;
    case MobileColumn:
        return row.maskedMobile;
    case UnitColumn:
        return row.unitName.isEmpty() ? row.unitId : row.unitName;
    case CreatedColumn:
        return AccountTexts::minute(row.createdAt);
    case LastSmsColumn:
        return AccountTexts::minute(row.smsSentAt);
    case RemindersColumn:
        return QString::number(row.reminderCount);
    case DaysWaitingColumn:
        return QString::number(row.daysWaiting(nowMs));
    case StateColumn:
        return row.status == AccountStatus::Disabled ? tr("%1 (disabled)").arg(AccountTexts::activation(row.state))
                                                     : AccountTexts::activation(row.state);
    case OutboxColumn:
        return AccountTexts::outbox(row.outboxState);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace dm
