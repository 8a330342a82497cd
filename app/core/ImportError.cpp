#include "core/ImportError.h"

namespace dm {

QString ImportError::message() const
{
    switch (reason) {
    case Reason::CannotOpen:
        return tr("The file cannot be opened: %1").arg(detail);
    case Reason::FileTooLarge:
        return tr("The file is larger than %1 MB. Split it into smaller files.").arg(limit / (1024 * 1024));
    case Reason::EmptyFile:
        return tr("The file contains no rows.");
    case Reason::LegacyExcel:
        return tr("This is an Excel 97-2003 workbook (.xls). Save it as .xlsx or as CSV and try again.");
    case Reason::Encoding:
        return detail;
    case Reason::UnterminatedQuote:
        return tr("Row %1: a quoted cell is never closed. Check the file for a stray quotation mark.").arg(row);
    case Reason::TooManyRows:
        return tr("The file has more than %n data rows. Split it into smaller files.", nullptr, int(limit));
    case Reason::TooManyColumns:
        return tr("Row %1 has more than %n columns.", nullptr, int(limit)).arg(row);
    case Reason::CellTooLong:
        return tr("Row %1, column %2: the cell is longer than %n characters.", nullptr, int(limit))
            .arg(QString::number(row), column);
    case Reason::UnpacksTooLarge:
        return tr("The workbook unpacks to more than %1 MB. Split it into smaller files.").arg(limit / (1024 * 1024));
    case Reason::TooManyCells:
        return tr("Row %1: the file holds more than %2 cells (empty cells between filled ones count). Remove unused "
                  "columns or split the file.")
            .arg(row)
            .arg(limit);
    case Reason::TooMuchText:
        return tr("The workbook's text is larger than the import reads (more than %1 distinct texts or characters). "
                  "Split it into smaller files.")
            .arg(limit);
    case Reason::CorruptXlsx:
        return tr("The workbook cannot be read (%1). Open it in Excel or WPS and save it again.").arg(detail);
    case Reason::MissingColumn:
        return tr("No column holds \"%1\". Name a column with COLUMN=FIELD in the column mapping.").arg(column);
    case Reason::AmbiguousColumn:
        return tr("More than one column could hold \"%1\" (%2). Choose one in the column mapping.").arg(column, detail);
    case Reason::UnknownMapColumn:
        return tr("The column mapping names a column \"%1\" that the file does not have.").arg(column);
    case Reason::UnknownMapField:
        return tr("The column mapping names an unknown field \"%1\". Use account, name, id, mobile, case, unit or "
                  "skip.")
            .arg(detail);
    case Reason::BadMapping:
        return tr("\"%1\" is not a column mapping: write COLUMN=FIELD.").arg(detail);
    case Reason::FieldMappedTwice:
        return tr("The column mapping gives \"%1\" to more than one column.").arg(column);
    }
    return {};
}

} // namespace dm
