#pragma once

#include "core/ImportField.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dm {

// One finding about one cell of an import file, for the report. Errors reject the row; warnings do not. Nothing
// here repeats a cell's content: IDs and mobiles are PII, and reports are saved, printed and pasted into tickets.
struct ImportIssue
{
    Q_DECLARE_TR_FUNCTIONS(ImportIssue)

public:
    enum class Reason
    {
        Missing,             // a required field is empty
        InvalidAccountName,  // detail: AccountNameError::message()
        InvalidIdNumber,     // detail: IdCardError::message()
        InvalidMobile,       // detail: MobileError::message()
        TooLong,             // limit: the platform's maximum length
        ScientificNotation,  // "1.38E+10": a number Excel displayed in exponent form, digits lost
        DuplicateInFile,     // otherRow: where the same value first appears
        DuplicateOnPlatform, // the platform already has an account with this value
        ExtraCells,          // limit: the number of header columns; the row has non-empty cells beyond them
        FormulaText,         // warning: starts with = + - @; kept as plain text, never evaluated
        InvalidBasisKind,    // the address basis is none of the kinds AddressBasisRules::kindFromText() knows
        InvalidDate,         // not a date AddressBasisRules::dateFromText() can read, or a day that does not exist
        FutureDate,          // a basis date after the platform's today
        MissingReference,    // a basis confirmed by the recipient names no 送达地址确认书
        BasisWithoutKind,    // a basis date or reference in a row whose address basis is empty
    };

    Reason reason = Reason::Missing;
    qsizetype row = 0;     // 1-based, as Excel shows it
    qsizetype column = -1; // 0-based column index
    QString columnName;    // the column's header, or its letter
    std::optional<ImportField> field;
    qsizetype otherRow = 0;
    qsizetype limit = 0;
    QString detail;

    [[nodiscard]] bool isError() const { return reason != Reason::FormulaText; }
    // The reason alone: "The mobile number has 11 digits, ...".
    [[nodiscard]] QString message() const;
    // The report line: "Row 7, column 手机号: ...".
    [[nodiscard]] QString describe() const;
};

} // namespace dm
