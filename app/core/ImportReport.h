#pragma once

#include "core/ImportIssue.h"
#include "core/ImportMapping.h"
#include "core/ImportRow.h"
#include "core/TextEncoding.h"

#include <QList>

#include <algorithm>
#include <optional>

namespace dm {

// What validation of an import file found: the rows that may be created and, per row, why others may not.
struct ImportReport
{
    QList<ImportRow> rows;                // the valid rows, in file order
    QList<ImportIssue> issues;            // errors and warnings, in row order
    qsizetype dataRows = 0;               // non-blank rows below the header
    qsizetype rejectedRows = 0;           // rows with at least one error; dataRows == rows.size() + rejectedRows
    std::optional<TextEncoding> encoding; // a CSV's encoding; none for XLSX
    std::optional<ImportMapping> mapping;

    [[nodiscard]] bool hasErrors() const { return rejectedRows > 0; }
    [[nodiscard]] qsizetype errorCount() const
    {
        return std::count_if(issues.cbegin(), issues.cend(), [](const ImportIssue& issue) { return issue.isError(); });
    }
};

} // namespace dm
