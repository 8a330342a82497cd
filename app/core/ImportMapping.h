#pragma once

#include "core/Expected.h"
#include "core/ImportError.h"
#include "core/ImportField.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace dm {

// Which column of an import file holds which field: recognised from the header row, then adjusted by explicit
// COLUMN=FIELD entries (dmctl's --map, or what the wizard remembered). COLUMN is a header as written, matched
// exactly and then in ImportFields::normalizedHeader() form, or else a column letter ("C") or 1-based number;
// FIELD is an ImportFields::fromName() name or "skip", which leaves a recognised column unused.
class ImportMapping
{
public:
    [[nodiscard]] static Expected<ImportMapping, ImportError> resolve(const QStringList& headers,
                                                                      const QStringList& overrides = {});

    [[nodiscard]] std::optional<qsizetype> column(ImportField field) const;
    // How a report names a column: its header, or its letter when the header cell is blank.
    [[nodiscard]] QString columnName(qsizetype column) const;
    [[nodiscard]] const QStringList& headers() const { return m_headers; }
    // Columns with a header that no field uses, to show on the mapping page.
    [[nodiscard]] QList<qsizetype> unusedColumns() const;
    // COLUMN=FIELD entries that reproduce this mapping on a file with the same headers, for remembering it.
    [[nodiscard]] QStringList toOverrides() const;

private:
    ImportMapping() = default;

    QStringList m_headers;                                            // trimmed
    std::array<qsizetype, kImportFieldCount> m_columns = noColumns(); // by ImportField; -1: no column

    [[nodiscard]] static std::array<qsizetype, kImportFieldCount> noColumns()
    {
        std::array<qsizetype, kImportFieldCount> columns;
        columns.fill(-1);
        return columns;
    }
};

} // namespace dm
