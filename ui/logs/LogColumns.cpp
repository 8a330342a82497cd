#include "ui/logs/LogColumns.h"

#include "core/PiiScrubber.h"
#include "ui/logs/LogTexts.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

namespace dm {

namespace {

// Abnormal logins in a dark red that keeps its contrast on the light and the dark palettes' bases.
const QColor kAbnormalColour(0xc0, 0x1c, 0x1c);

QVariant headerOrNothing(int role, const QString& text)
{
    return role == Qt::DisplayRole ? QVariant(text) : QVariant();
}

} // namespace

QVariant OperationLogColumns::header(int column, int role) const
{
    switch (column) {
    case OperatorColumn:
        return headerOrNothing(role, tr("Account"));
    case ActionColumn:
        return headerOrNothing(role, tr("Operation"));
    case TargetColumn:
        return headerOrNothing(role, tr("Target"));
    case TimeColumn:
        return headerOrNothing(role, tr("Time"));
    case ResultColumn:
        return headerOrNothing(role, tr("Result"));
    case RemarkColumn:
        return headerOrNothing(role, tr("Remark"));
    case IpColumn:
        return headerOrNothing(role, tr("IP address"));
    default:
        return {};
    }
}

QString OperationLogColumns::text(const OperationRecord& row, int column)
{
    switch (column) {
    case OperatorColumn:
        return row.operatorAddress;
    case ActionColumn:
        return LogTexts::action(row.action);
    case TargetColumn:
        return row.target;
    case TimeColumn:
        return LogTexts::time(row.time);
    case ResultColumn:
        return LogTexts::result(row.result);
    case RemarkColumn:
        // The platform promises no ID number or mobile in a remark; masked anyway, should one slip in.
        return scrubPii(row.remark);
    case IpColumn:
        return row.ip;
    default:
        return {};
    }
}

QVariant OperationLogColumns::data(const OperationRecord& row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::ToolTipRole:
        return column == RemarkColumn || column == ActionColumn ? QVariant(text(row, column)) : QVariant();
    case Qt::ForegroundRole:
        return row.result == LogResult::Failure && column == ResultColumn ? QVariant(kAbnormalColour) : QVariant();
    default:
        return {};
    }
}

QVariant LoginLogColumns::header(int column, int role) const
{
    switch (column) {
    case AccountColumn:
        return headerOrNothing(role, tr("Account"));
    case TimeColumn:
        return headerOrNothing(role, tr("Login time"));
    case MethodColumn:
        return headerOrNothing(role, tr("Login method"));
    case IpColumn:
        return headerOrNothing(role, tr("IP address"));
    case PlaceColumn:
        return headerOrNothing(role, tr("Login location"));
    case ResultColumn:
        return headerOrNothing(role, tr("Result"));
    default:
        return {};
    }
}

QString LoginLogColumns::place(const LoginRecord& row)
{
    if (row.city.isEmpty() || row.city == row.province) {
        return row.province;
    }
    return row.province.isEmpty() ? row.city : row.province + QLatin1Char(' ') + row.city;
}

QString LoginLogColumns::text(const LoginRecord& row, int column)
{
    switch (column) {
    case AccountColumn:
        return row.accountName;
    case TimeColumn:
        return LogTexts::time(row.time);
    case MethodColumn:
        return LogTexts::loginMethod(row.method);
    case IpColumn:
        return row.ip;
    case PlaceColumn:
        return place(row);
    case ResultColumn:
        return LogTexts::result(row.result);
    default:
        return {};
    }
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
        return row.abnormal ? QVariant(kAbnormalColour) : QVariant();
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
    switch (column) {
    case DateColumn:
        return headerOrNothing(role, tr("Date"));
    case DirectionColumn:
        return headerOrNothing(role, tr("Mail type"));
    case SubjectColumn:
        return headerOrNothing(role, tr("Subject"));
    case SenderColumn:
        return headerOrNothing(role, tr("Sender"));
    case RecipientColumn:
        return headerOrNothing(role, tr("Recipient"));
    case TimeColumn:
        return headerOrNothing(role, tr("Time"));
    case StatusColumn:
        return headerOrNothing(role, tr("Status"));
    case ReadAtColumn:
        return headerOrNothing(role, tr("Read time"));
    case ReadClientColumn:
        return headerOrNothing(role, tr("Read with"));
    default:
        return {};
    }
}

QString MailLogColumns::text(const MailRecord& row, int column)
{
    switch (column) {
    case DateColumn:
        return LogTexts::date(row.time);
    case DirectionColumn:
        return LogTexts::mailDirection(row.direction);
    case SubjectColumn:
        // A subject is free text a sender typed: an ID number or mobile in it is masked like everywhere else.
        return scrubPii(row.subject);
    case SenderColumn:
        return row.sender;
    case RecipientColumn:
        return row.recipient;
    case TimeColumn:
        return LogTexts::timeOfDay(row.time);
    case StatusColumn:
        return LogTexts::mailStatus(row.status);
    case ReadAtColumn:
        return row.readAt ? LogTexts::time(*row.readAt) : QString();
    case ReadClientColumn:
        return row.readClient ? LogTexts::readClient(*row.readClient) : QString();
    default:
        return {};
    }
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
        return failed && column == StatusColumn ? QVariant(kAbnormalColour) : QVariant();
    }
    default:
        return {};
    }
}

} // namespace dm
