#pragma once

#include "core/ImportMapping.h"
#include "core/ImportOptions.h"
#include "core/ImportReport.h"
#include "core/ImportTable.h"

#include <QHash>

#include <array>

namespace dm {

// Checks data rows one at a time against the mapping and collects the report. Cells are trimmed of surrounding
// whitespace (full-width and non-breaking spaces included); blank rows are skipped. Each row gets every finding,
// not just the first, so that one round of corrections suffices. A value that repeats one in an earlier row
// (account name, ID number, mobile, each normalised) rejects the later row only.
class ImportValidator
{
public:
    ImportValidator(const ImportMapping& mapping, const ImportOptions& options);

    void addRow(const ImportSheetRow& sheetRow);
    [[nodiscard]] ImportReport takeReport();

    // Surrounding whitespace and invisible marks (BOM, zero-width space) removed.
    [[nodiscard]] static QString trimCell(QStringView cell);
    // "1.38E+10", "1.10105E+17": what Excel writes to CSV for a long number in a General-formatted cell.
    [[nodiscard]] static bool isScientificNotation(QStringView cell);
    // Starts with one of the characters spreadsheets take as the start of a formula.
    [[nodiscard]] static bool looksLikeFormula(QStringView cell);

private:
    struct RowCheck;

    void checkText(RowCheck& check, ImportField field, bool warnOnFormula) const;
    void checkAccountName(RowCheck& check) const;
    void checkIdNumber(RowCheck& check) const;
    void checkMobile(RowCheck& check) const;
    void checkAddressBasis(RowCheck& check) const;
    void checkDuplicate(RowCheck& check, ImportField field, const QString& value);

    const ImportMapping& m_mapping;
    const ImportOptions& m_options;
    ImportReport m_report;
    std::array<QHash<QString, qsizetype>, kImportFieldCount> m_seen; // by ImportField: normalised value -> first row
};

} // namespace dm
