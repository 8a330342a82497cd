#include "export/LogColumnTexts.h"

#include "core/Masking.h"
#include "core/PiiScrubber.h"
#include "export/LogTexts.h"

namespace dm {

QString OperationLogColumnTexts::headerText(int column)
{
    switch (column) {
    case OperatorColumn:
        return tr("Account");
    case ActionColumn:
        return tr("Operation");
    case TargetColumn:
        return tr("Target");
    case TimeColumn:
        return tr("Time");
    case ResultColumn:
        return tr("Result");
    case RemarkColumn:
        return tr("Remark");
    case IpColumn:
        return tr("IP address");
    default:
        return {};
    }
}

QString OperationLogColumnTexts::text(const OperationRecord& row, int column)
{
    switch (column) {
    case OperatorColumn:
        return maskNumbersInName(row.operatorAddress);
    case ActionColumn:
        return LogTexts::action(row.action);
    case TargetColumn:
        // A target is an account or an address; one named after its owner's mobile is masked like the mobile.
        return maskNumbersInName(row.target);
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

QString LoginLogColumnTexts::headerText(int column)
{
    switch (column) {
    case AccountColumn:
        return tr("Account");
    case TimeColumn:
        return tr("Login time");
    case MethodColumn:
        return tr("Login method");
    case IpColumn:
        return tr("IP address");
    case PlaceColumn:
        return tr("Login location");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

QString LoginLogColumnTexts::place(const LoginRecord& row)
{
    if (row.city.isEmpty() || row.city == row.province) {
        return row.province;
    }
    return row.province.isEmpty() ? row.city : row.province + QLatin1Char(' ') + row.city;
}

QString LoginLogColumnTexts::text(const LoginRecord& row, int column)
{
    switch (column) {
    case AccountColumn:
        return maskNumbersInName(row.accountName);
    case TimeColumn:
        return LogTexts::time(row.time);
    case MethodColumn:
        return LogTexts::loginMethod(row.method);
    case IpColumn:
        return row.ip;
    case PlaceColumn:
        return place(row);
    case ResultColumn:
        return LogTexts::loginResult(row);
    default:
        return {};
    }
}

QString MailLogColumnTexts::headerText(int column)
{
    switch (column) {
    case DateColumn:
        return tr("Date");
    case DirectionColumn:
        return tr("Mail type");
    case SubjectColumn:
        return tr("Subject");
    case SenderColumn:
        return tr("Sender");
    case RecipientColumn:
        return tr("Recipient");
    case TimeColumn:
        return tr("Time");
    case StatusColumn:
        return tr("Status");
    case ReadAtColumn:
        return tr("Read time");
    case ReadClientColumn:
        return tr("Read with");
    default:
        return {};
    }
}

QString MailLogColumnTexts::text(const MailRecord& row, int column)
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
        return maskNumbersInName(row.sender);
    case RecipientColumn:
        return maskNumbersInName(row.recipient);
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

} // namespace dm
