#pragma once

#include <QtGlobal>

namespace dm {

// Bounds on what an import reads, so that a huge or hostile file ends with a clear error instead of exhausting
// memory. The defaults are far above any court's roster (a few thousand recipients) and far below what would hurt.
struct ImportLimits
{
    qint64 maxFileBytes = 32 * 1024 * 1024;
    qsizetype maxRows = 100'000;   // data rows, the header not counted
    qsizetype maxColumns = 256;    // cells per row, counted up to the last one present
    qsizetype maxCellChars = 1024; // one cell, after decoding
    // What an XLSX may unpack to (sheet, shared strings, workbook parts together): stops a zip bomb while it inflates.
    qint64 maxUnpackedBytes = 256 * 1024 * 1024;
};

} // namespace dm
