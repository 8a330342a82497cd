#pragma once

#include "core/TextEncoding.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dm {

// One row of a sheet as read, before any interpretation. `row` is the number Excel shows for it (1-based), which
// is what a report must name; it skips numbers where a sheet has no row and counts a CSV's blank lines.
struct ImportSheetRow
{
    qsizetype row = 0;
    QStringList cells; // as stored, untrimmed; trailing cells may be missing
};

// Excel's name for a 0-based column index: 0 is "A", 25 is "Z", 26 is "AA".
[[nodiscard]] inline QString columnLetters(qsizetype index)
{
    QString letters;
    for (qsizetype n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return letters;
}

// The cells of a CSV file or of an XLSX workbook's first sheet, header row included.
struct ImportTable
{
    QList<ImportSheetRow> rows;
    std::optional<TextEncoding> encoding; // a CSV's, as detected or chosen (never Auto); none for XLSX
};

} // namespace dm
