#pragma once

#include "core/Expected.h"
#include "core/ImportError.h"
#include "core/ImportOptions.h"
#include "core/ImportReport.h"
#include "core/ImportTable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace dm {

// The reading half of a bulk import: file -> cells -> validated rows and a report. No network, no widgets; the
// caller shows the report, checks the platform through ImportOptions::existingOnPlatform and sends the valid rows.
// The wizard reads once, shows headers() for the mapping page, and validates again whenever the mapping changes.
class ImportParser
{
public:
    // XLSX when the data is a ZIP archive, CSV (in options.encoding) otherwise; an Excel 97-2003 .xls is refused.
    [[nodiscard]] static Expected<ImportTable, ImportError> read(const QByteArray& data, const ImportOptions& options);
    // Refuses a file over options.limits.maxFileBytes before reading it.
    [[nodiscard]] static Expected<ImportTable, ImportError> readFile(const QString& path, const ImportOptions& options);

    // The first row with any content is the header; std::nullopt when there is none.
    [[nodiscard]] static std::optional<qsizetype> headerIndex(const ImportTable& table);
    [[nodiscard]] static QStringList headers(const ImportTable& table);

    // Resolves the mapping (options.mapping over recognised headers) and checks every row below the header.
    [[nodiscard]] static Expected<ImportReport, ImportError> validate(const ImportTable& table,
                                                                      const ImportOptions& options);
    // readFile() then validate().
    [[nodiscard]] static Expected<ImportReport, ImportError> parseFile(const QString& path,
                                                                       const ImportOptions& options);
};

} // namespace dm
