#pragma once

#include "export/ExportTable.h"
#include "store/LogQuery.h"

#include <QList>

#include <optional>

namespace dm {

// Which rows an export writes: exactly what a log page shows for its filter and time range, in its order; or the
// rows a user selected there, by id.
struct LogExportQuery
{
    LogKind kind = LogKind::Logins;
    // Only the filter of `kind` counts.
    OperationLogFilter operations;
    LoginLogFilter logins;
    MailLogFilter mails;
    LogTimeRange range;
    LogOrder order = LogOrder::NewestFirst;
    // The ids of the selected rows in the order to write them. When set, the filter and range are not applied (the
    // rows were picked from what they showed); a row that is no longer cached is left out.
    std::optional<QList<qint64>> selection;
    // At most this many rows (dmctl's --limit); none: all.
    std::optional<qint64> maxRows;
};

} // namespace dm
