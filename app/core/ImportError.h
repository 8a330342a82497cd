#pragma once

#include "core/TextEncoding.h"

#include <QCoreApplication>
#include <QString>

namespace dm {

// Why a whole import file was refused before any row could be validated. `message()` is translated and names the
// row and column where there is one; it never quotes a cell, which may hold an ID or mobile number.
struct ImportError
{
    Q_DECLARE_TR_FUNCTIONS(ImportError)

public:
    enum class Reason
    {
        CannotOpen,        // detail: the system's reason
        FileTooLarge,      // limit: the byte limit
        EmptyFile,         // no row with any content
        LegacyExcel,       // an .xls (OLE compound document): Excel 97-2003
        Encoding,          // detail: the TextDecodeError message
        UnterminatedQuote, // row: where the quoted cell starts
        TooManyRows,       // limit
        TooManyColumns,    // row; limit
        CellTooLong,       // row, column; limit
        UnpacksTooLarge,   // limit: the XLSX's parts together inflate beyond it
        TooManyCells,      // row: where the limit was passed; limit
        TooMuchText,       // limit: the characters of an XLSX's shared strings (or their number)
        CorruptXlsx,       // detail: what is missing or broken (untranslated technical words are fine here)
        MissingColumn,     // column: the field's display name
        AmbiguousColumn,   // column: the field's display name; detail: the two headers
        UnknownMapColumn,  // column: as given in COLUMN=FIELD
        UnknownMapField,   // detail: the FIELD as given
        BadMapping,        // detail: the text that is not COLUMN=FIELD
        FieldMappedTwice,  // column: the field's display name
    };

    Reason reason = Reason::CannotOpen;
    qsizetype row = 0; // 1-based, as Excel numbers rows; 0 when none
    QString column;    // a header text, a column letter or a field name, by reason
    qint64 limit = 0;
    QString detail;

    [[nodiscard]] QString message() const;
};

} // namespace dm
