#pragma once

#include "core/Expected.h"
#include "core/ImportError.h"
#include "core/ImportLimits.h"
#include "core/ImportTable.h"

#include <QStringView>

namespace dm {

// Reads RFC 4180 CSV the way Excel writes and reads it: cells separated by the delimiter, records by CRLF, LF or a
// lone CR; a quoted cell may hold delimiters, line breaks and doubled quotes. Where Excel is lenient, so is this: a
// quote inside an unquoted cell is kept as text, and text after a closing quote is appended to the cell. Only a
// quoted cell that never closes is an error, because everything after it would be misread. Nothing is trimmed or
// interpreted here; a formula such as "=1+1" stays the text it is.
class CsvReader
{
public:
    // Row numbers count records, blank ones included, so that row n is the n-th row Excel shows. A final line break
    // does not start another record.
    [[nodiscard]] static Expected<ImportTable, ImportError> read(QStringView text, const ImportLimits& limits = {},
                                                                 QChar delimiter = u',');
};

} // namespace dm
