#pragma once

#include "core/Expected.h"
#include "core/ImportError.h"
#include "core/ImportLimits.h"
#include "core/ImportTable.h"

#include <QByteArray>

namespace dm {

// Reads the cells of an XLSX workbook's first sheet (Office Open XML, as Excel, WPS and LibreOffice write it):
// shared strings, inline strings, numbers, booleans and the cached results of formulas, which are never evaluated.
// Numbers come back as plain decimal text (see XlsxSheetParser::plainNumber) so that a mobile number typed as a
// number reads as its 11 digits. Every part is inflated under ImportLimits::maxUnpackedBytes.
class XlsxReader
{
public:
    [[nodiscard]] static Expected<ImportTable, ImportError> read(const QByteArray& workbook,
                                                                 const ImportLimits& limits = {});
    // The ZIP local file header every XLSX starts with.
    [[nodiscard]] static bool looksLikeXlsx(const QByteArray& data) { return data.startsWith("PK\x03\x04"); }
};

} // namespace dm
