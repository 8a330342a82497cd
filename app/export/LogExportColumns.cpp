#include "export/LogExportColumns.h"

#include "export/LogColumnTexts.h"
#include "export/LogTexts.h"

namespace dm {

QList<ExportColumn> LogExportColumns::columns(LogKind kind)
{
    switch (kind) {
    case LogKind::Operations: {
        using C = OperationLogColumnTexts;
        return {{C::headerText(C::OperatorColumn), CellKind::Text, 26},
                {C::headerText(C::ActionColumn), CellKind::Text, 16},
                {C::headerText(C::TargetColumn), CellKind::Text, 26},
                {C::headerText(C::TimeColumn), CellKind::DateTime, 20},
                {C::headerText(C::ResultColumn), CellKind::Text, 8},
                {C::headerText(C::RemarkColumn), CellKind::Text, 40},
                {C::headerText(C::IpColumn), CellKind::Text, 16}};
    }
    case LogKind::Logins: {
        using C = LoginLogColumnTexts;
        return {{C::headerText(C::AccountColumn), CellKind::Text, 24},
                {C::headerText(C::TimeColumn), CellKind::DateTime, 20},
                {C::headerText(C::MethodColumn), CellKind::Text, 16},
                {C::headerText(C::IpColumn), CellKind::Text, 16},
                {C::headerText(C::PlaceColumn), CellKind::Text, 20},
                {C::headerText(C::ResultColumn), CellKind::Text, 18}, // a failure carries its reason
                {tr("Flag"), CellKind::Text, 12}};
    }
    case LogKind::Mails: {
        using C = MailLogColumnTexts;
        return {{C::headerText(C::DateColumn), CellKind::Date, 11},
                {C::headerText(C::DirectionColumn), CellKind::Text, 10},
                {C::headerText(C::SubjectColumn), CellKind::Text, 44},
                {C::headerText(C::SenderColumn), CellKind::Text, 24},
                {C::headerText(C::RecipientColumn), CellKind::Text, 24},
                {C::headerText(C::TimeColumn), CellKind::TimeOfDay, 9},
                {C::headerText(C::StatusColumn), CellKind::Text, 14},
                {C::headerText(C::ReadAtColumn), CellKind::DateTime, 19},
                {C::headerText(C::ReadClientColumn), CellKind::Text, 14}};
    }
    }
    return {};
}

void LogExportColumns::append(ExportPage& page, const OperationRecord& row)
{
    using C = OperationLogColumnTexts;
    page.append(C::text(row, C::OperatorColumn));
    page.append(C::text(row, C::ActionColumn));
    page.append(C::text(row, C::TargetColumn));
    page.append(C::text(row, C::TimeColumn), row.time);
    page.append(C::text(row, C::ResultColumn));
    page.append(C::text(row, C::RemarkColumn));
    page.append(C::text(row, C::IpColumn));
}

void LogExportColumns::append(ExportPage& page, const LoginRecord& row)
{
    using C = LoginLogColumnTexts;
    page.append(C::text(row, C::AccountColumn));
    page.append(C::text(row, C::TimeColumn), row.time);
    page.append(C::text(row, C::MethodColumn));
    page.append(C::text(row, C::IpColumn));
    page.append(C::text(row, C::PlaceColumn));
    page.append(C::text(row, C::ResultColumn));
    page.append(LogTexts::abnormal(row.abnormal));
}

void LogExportColumns::append(ExportPage& page, const MailRecord& row)
{
    using C = MailLogColumnTexts;
    page.append(C::text(row, C::DateColumn), row.time);
    page.append(C::text(row, C::DirectionColumn));
    page.append(C::text(row, C::SubjectColumn));
    page.append(C::text(row, C::SenderColumn));
    page.append(C::text(row, C::RecipientColumn));
    page.append(C::text(row, C::TimeColumn), row.time);
    page.append(C::text(row, C::StatusColumn));
    page.append(C::text(row, C::ReadAtColumn), row.readAt.value_or(0));
    page.append(C::text(row, C::ReadClientColumn));
}

QString LogExportColumns::logName(LogKind kind)
{
    switch (kind) {
    case LogKind::Operations:
        return tr("Operation log");
    case LogKind::Logins:
        return tr("Login log");
    case LogKind::Mails:
        return tr("Mail log");
    }
    return {};
}

} // namespace dm
