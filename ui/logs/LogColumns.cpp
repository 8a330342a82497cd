#include "ui/logs/LogColumns.h"

#include "ui/StatusColors.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

namespace dm {

namespace {

QVariant headerOrNothing(int role, const QString& text)
{
    return role == Qt::DisplayRole ? QVariant(text) : QVariant();
}

} // namespace

QVariant OperationLogColumns::header(int column, int role) const
{
    return headerOrNothing(role, headerText(column));
}

QVariant OperationLogColumns::data(const OperationRecord& row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::ToolTipRole:
        return column == RemarkColumn || column == ActionColumn ? QVariant(text(row, column)) : QVariant();
    case Qt::ForegroundRole:
        return row.result == LogResult::Failure && column == ResultColumn ? QVariant(errorTextColor()) : QVariant();
    default:
        return {};
    }
}

QVariant LoginLogColumns::header(int column, int role) const
{
    return headerOrNothing(role, headerText(column));
}

QVariant LoginLogColumns::data(const LoginRecord& row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::DecorationRole:
        // The icon marks the row where the eye starts reading it.
        if (row.abnormal && column == AccountColumn) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ForegroundRole:
        return row.abnormal ? QVariant(errorTextColor()) : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return row.abnormal ? QVariant(tr("Abnormal login: flagged by the platform for an unusual place or time."))
                            : QVariant();
    case Qt::AccessibleTextRole:
        // A screen reader hears the flag with every cell of the row, not a colour it cannot see.
        return row.abnormal ? QVariant(tr("%1 (abnormal login)").arg(text(row, column))) : QVariant();
    case AbnormalRole:
        return row.abnormal;
    default:
        return {};
    }
}

QVariant MailLogColumns::header(int column, int role) const
{
    return headerOrNothing(role, headerText(column));
}

QVariant MailLogColumns::data(const MailRecord& row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::ToolTipRole:
        return column == SubjectColumn ? QVariant(text(row, column)) : QVariant();
    case Qt::ForegroundRole: {
        const bool failed = row.status == MailStatus::Failed || row.status == MailStatus::Bounced;
        return failed && column == StatusColumn ? QVariant(errorTextColor()) : QVariant();
    }
    default:
        return {};
    }
}

} // namespace dm
