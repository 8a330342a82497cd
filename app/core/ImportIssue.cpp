#include "core/ImportIssue.h"

namespace dm {

QString ImportIssue::message() const
{
    const QString fieldName = field ? ImportFields::displayName(*field) : QString();
    switch (reason) {
    case Reason::Missing:
        return tr("%1 is required but empty.").arg(fieldName);
    case Reason::InvalidAccountName:
    case Reason::InvalidIdNumber:
    case Reason::InvalidMobile:
        return detail;
    case Reason::TooLong:
        return tr("%1 may have at most %n characters.", nullptr, int(limit)).arg(fieldName);
    case Reason::ScientificNotation:
        return tr("Excel shows this number in exponent form and has dropped digits. Format the column as text, "
                  "enter the number again and save.");
    case Reason::DuplicateInFile:
        return tr("The same %1 is already in row %2.").arg(fieldName, QString::number(otherRow));
    case Reason::DuplicateOnPlatform:
        return tr("An account with the same %1 already exists on the platform.").arg(fieldName);
    case Reason::ExtraCells:
        return tr("The row has more cells than the header's %n columns: check it for a stray comma.", nullptr,
                  int(limit));
    case Reason::FormulaText:
        return tr("The cell starts like a formula (=, +, - or @). It is kept as plain text and never calculated.");
    case Reason::InvalidBasisKind:
        return tr("%1 must be 已确认 (confirmed by the recipient), 受送达人提供 (provided by the recipient) or "
                  "法院查明 "
                  "(found by the court).")
            .arg(fieldName);
    case Reason::InvalidDate:
        return tr("%1 is not a date; write it as 2026-06-01.").arg(fieldName);
    case Reason::FutureDate:
        return tr("%1 is after today.").arg(fieldName);
    case Reason::MissingReference:
        return tr("%1 is required when the recipient confirmed the address: the number of the address confirmation "
                  "(送达地址确认书).")
            .arg(fieldName);
    case Reason::BasisWithoutKind:
        return tr("%1 is given, but the address basis is empty.").arg(fieldName);
    }
    return {};
}

QString ImportIssue::describe() const
{
    return tr("Row %1, column %2: %3").arg(QString::number(row), columnName, message());
}

} // namespace dm
