#pragma once

#include "export/LogExportQuery.h"

#include <QCoreApplication>
#include <QString>

namespace dm {

// An export's filter as a person reads it ("Time from 2026-10-01 00:00:00 to 2026-11-01 00:00:00; Login method:
// WeChat; Abnormal logins only"), for a report's heading and the audit ledger. Values read as the pages show them.
class LogFilterWords
{
    Q_DECLARE_TR_FUNCTIONS(LogFilterWords)

public:
    [[nodiscard]] static QString describe(const LogExportQuery& query);
};

} // namespace dm
