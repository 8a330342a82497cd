#pragma once

#include "core/LogRecords.h"
#include "export/ExportTable.h"

#include <QCoreApplication>
#include <QList>

namespace dm {

// What an export of each log holds: the page's columns in the page's order with the page's headers and texts
// (export/LogColumnTexts.h), the times as date cells, and for logins the abnormal flag as words, since a file
// cannot carry the colour and icon that mark it on the page.
class LogExportColumns
{
    Q_DECLARE_TR_FUNCTIONS(LogExportColumns)

public:
    [[nodiscard]] static QList<ExportColumn> columns(LogKind kind);
    static void append(ExportPage& page, const OperationRecord& row);
    static void append(ExportPage& page, const LoginRecord& row);
    static void append(ExportPage& page, const MailRecord& row);
    // "Operation log", "Login log", "Mail log": the report's title, the sheet's name, the default file name.
    [[nodiscard]] static QString logName(LogKind kind);
};

} // namespace dm
