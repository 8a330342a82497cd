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
    // Cells kept in memory over the whole table, counting the empty ones up to the last cell of each row: a row of
    // 255 commas is 256 cells. The header and 100,000 rows of 21 columns fit; a file that is all separators does not.
    qint64 maxCells = 2'200'000;
    // An XLSX's shared strings: how many, and how many characters together (each is kept once, however many cells
    // use it). Without these a few hundred KB of empty <si/> entries would ask for gigabytes.
    qsizetype maxSharedStrings = 500'000;
    qint64 maxSharedChars = 16 * 1024 * 1024;
    // What an XLSX may unpack to (sheet, shared strings, workbook parts together): stops a zip bomb while it inflates.
    qint64 maxUnpackedBytes = 256 * 1024 * 1024;
};

} // namespace dm
