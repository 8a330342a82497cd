#include "core/ImportValidator.h"

#include "core/AccountName.h"
#include "core/AddressBasisRules.h"
#include "core/FullWidth.h"
#include "core/IdCard.h"
#include "core/Mobile.h"

#include <algorithm>

namespace dm {

namespace {

// The platform's limit for names, case numbers (jobNumber) and unit ids and names (CONTRACT.md).
constexpr qsizetype MaxTextLength = 64;

[[nodiscard]] bool isInvisible(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF) || c == QChar(0x200B);
}

} // namespace

// The cells of the row being checked and what has been found so far.
struct ImportValidator::RowCheck
{
    qsizetype row = 0;
    QStringList cells;
    ImportRow result;
    QList<ImportIssue> issues;

    [[nodiscard]] bool hasError() const
    {
        return std::any_of(issues.cbegin(), issues.cend(), [](const ImportIssue& issue) { return issue.isError(); });
    }
};

ImportValidator::ImportValidator(const ImportMapping& mapping, const ImportOptions& options)
    : m_mapping(mapping)
    , m_options(options)
{
    m_report.mapping = mapping;
}

QString ImportValidator::trimCell(QStringView cell)
{
    qsizetype begin = 0;
    qsizetype end = cell.size();
    while (begin < end && isInvisible(cell[begin]))
        ++begin;
    while (end > begin && isInvisible(cell[end - 1]))
        --end;
    return cell.sliced(begin, end - begin).toString();
}

bool ImportValidator::isScientificNotation(QStringView cell)
{
    const QString folded = foldFullWidth(cell);
    qsizetype i = 0;
    if (i >= folded.size() || !isAsciiDigit(folded[i++]))
        return false;
    if (i < folded.size() && folded[i] == u'.') {
        ++i;
        const qsizetype fractionStart = i;
        while (i < folded.size() && isAsciiDigit(folded[i]))
            ++i;
        if (i == fractionStart)
            return false;
    }
    if (i >= folded.size() || (folded[i] != u'E' && folded[i] != u'e'))
        return false;
    ++i;
    if (i < folded.size() && (folded[i] == u'+' || folded[i] == u'-'))
        ++i;
    const qsizetype exponentStart = i;
    while (i < folded.size() && isAsciiDigit(folded[i]))
        ++i;
    return i > exponentStart && i == folded.size();
}

bool ImportValidator::looksLikeFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = foldFullWidth(cell.front());
    return first == u'=' || first == u'+' || first == u'-' || first == u'@';
}

void ImportValidator::addRow(const ImportSheetRow& sheetRow)
{
    RowCheck check;
    check.row = sheetRow.row;
    bool blank = true;
    for (const QString& cell : sheetRow.cells) {
        check.cells.append(trimCell(cell));
        blank = blank && check.cells.constLast().isEmpty();
    }
    if (blank)
        return;
    ++m_report.dataRows;
    check.result.row = sheetRow.row;

    const qsizetype headerColumns = m_mapping.headers().size();
    for (qsizetype column = headerColumns; column < check.cells.size(); ++column) {
        if (!check.cells.at(column).isEmpty()) {
            check.issues.append(ImportIssue{ImportIssue::Reason::ExtraCells,
                                            check.row,
                                            column,
                                            m_mapping.columnName(column),
                                            std::nullopt,
                                            0,
                                            headerColumns,
                                            {}});
            break;
        }
    }

    checkAccountName(check);
    checkText(check, ImportField::Name, true);
    checkIdNumber(check);
    checkMobile(check);
    checkText(check, ImportField::CaseNumber, true);
    checkText(check, ImportField::Unit, true);
    checkAddressBasis(check);

    // Every field is registered, even in a row rejected for another reason: fixing that row must not create a
    // duplicate that this report failed to mention.
    checkDuplicate(check, ImportField::AccountName, check.result.accountName);
    checkDuplicate(check, ImportField::IdNumber, check.result.idNumber);
    checkDuplicate(check, ImportField::Mobile, check.result.mobile);

    if (!check.hasError() && m_options.existingOnPlatform) {
        if (const std::optional<ImportField> field = m_options.existingOnPlatform(check.result)) {
            const qsizetype column = m_mapping.column(*field).value_or(-1);
            check.issues.append(ImportIssue{ImportIssue::Reason::DuplicateOnPlatform,
                                            check.row,
                                            column,
                                            m_mapping.columnName(column),
                                            field,
                                            0,
                                            0,
                                            {}});
        }
    }

    if (check.hasError())
        ++m_report.rejectedRows;
    else
        m_report.rows.append(check.result);
    m_report.issues.append(check.issues);
}

ImportReport ImportValidator::takeReport()
{
    return std::move(m_report);
}

namespace {

// The cell a field is mapped to, and how to report on it.
struct FieldCell
{
    qsizetype column = -1;
    QString columnName;
    QString value;
};

[[nodiscard]] FieldCell fieldCell(const ImportMapping& mapping, const QStringList& cells, ImportField field)
{
    FieldCell cell;
    const std::optional<qsizetype> column = mapping.column(field);
    if (!column)
        return cell;
    cell.column = *column;
    cell.columnName = mapping.columnName(*column);
    cell.value = cells.value(*column);
    return cell;
}

[[nodiscard]] ImportIssue issueFor(qsizetype row, const FieldCell& cell, ImportField field, ImportIssue::Reason reason)
{
    return ImportIssue{reason, row, cell.column, cell.columnName, field, 0, 0, {}};
}

} // namespace

void ImportValidator::checkText(RowCheck& check, ImportField field, bool warnOnFormula) const
{
    const FieldCell cell = fieldCell(m_mapping, check.cells, field);
    if (cell.value.isEmpty()) {
        if (ImportFields::isRequired(field) && cell.column >= 0)
            check.issues.append(issueFor(check.row, cell, field, ImportIssue::Reason::Missing));
        return;
    }
    if (cell.value.size() > MaxTextLength) {
        ImportIssue issue = issueFor(check.row, cell, field, ImportIssue::Reason::TooLong);
        issue.limit = MaxTextLength;
        check.issues.append(issue);
    } else if (warnOnFormula && looksLikeFormula(cell.value)) {
        check.issues.append(issueFor(check.row, cell, field, ImportIssue::Reason::FormulaText));
    }
    if (field == ImportField::Name)
        check.result.name = cell.value;
    else if (field == ImportField::CaseNumber)
        check.result.caseNumber = cell.value;
    else if (field == ImportField::Unit)
        check.result.unit = cell.value;
}

void ImportValidator::checkAccountName(RowCheck& check) const
{
    const FieldCell cell = fieldCell(m_mapping, check.cells, ImportField::AccountName);
    if (cell.value.isEmpty()) {
        check.issues.append(issueFor(check.row, cell, ImportField::AccountName, ImportIssue::Reason::Missing));
        return;
    }
    const bool isAddress = cell.value.contains(u'@') || cell.value.contains(QChar(0xFF20));
    const Expected<AccountName, AccountNameError> parsed =
        isAddress && !m_options.mailDomain.isEmpty() ? AccountName::parseAddress(cell.value, m_options.mailDomain)
                                                     : AccountName::parse(cell.value);
    if (!parsed) {
        ImportIssue issue =
            issueFor(check.row, cell, ImportField::AccountName, ImportIssue::Reason::InvalidAccountName);
        issue.detail = parsed.error().message();
        check.issues.append(issue);
        return;
    }
    check.result.accountName = parsed->localPart();
}

void ImportValidator::checkIdNumber(RowCheck& check) const
{
    const FieldCell cell = fieldCell(m_mapping, check.cells, ImportField::IdNumber);
    if (cell.value.isEmpty())
        return;
    if (isScientificNotation(cell.value)) {
        check.issues.append(issueFor(check.row, cell, ImportField::IdNumber, ImportIssue::Reason::ScientificNotation));
        return;
    }
    const Expected<IdCard, IdCardError> parsed = IdCard::parse(cell.value, m_options.today);
    if (!parsed) {
        ImportIssue issue = issueFor(check.row, cell, ImportField::IdNumber, ImportIssue::Reason::InvalidIdNumber);
        issue.detail = parsed.error().message();
        check.issues.append(issue);
        return;
    }
    check.result.idNumber = parsed->number();
}

void ImportValidator::checkMobile(RowCheck& check) const
{
    const FieldCell cell = fieldCell(m_mapping, check.cells, ImportField::Mobile);
    if (cell.value.isEmpty()) {
        check.issues.append(issueFor(check.row, cell, ImportField::Mobile, ImportIssue::Reason::Missing));
        return;
    }
    if (isScientificNotation(cell.value)) {
        check.issues.append(issueFor(check.row, cell, ImportField::Mobile, ImportIssue::Reason::ScientificNotation));
        return;
    }
    const Expected<Mobile, MobileError> parsed = Mobile::parse(cell.value);
    if (!parsed) {
        ImportIssue issue = issueFor(check.row, cell, ImportField::Mobile, ImportIssue::Reason::InvalidMobile);
        issue.detail = parsed.error().message();
        check.issues.append(issue);
        return;
    }
    check.result.mobile = parsed->number();
}

void ImportValidator::checkAddressBasis(RowCheck& check) const
{
    const FieldCell kindCell = fieldCell(m_mapping, check.cells, ImportField::AddressBasis);
    const FieldCell dateCell = fieldCell(m_mapping, check.cells, ImportField::AddressBasisDate);
    const FieldCell referenceCell = fieldCell(m_mapping, check.cells, ImportField::AddressBasisReference);
    // A finding about a field whose column the file lacks is reported at the basis column, which asks for it.
    const auto report = [&check, &kindCell](const FieldCell& cell, ImportField field, ImportIssue::Reason reason) {
        check.issues.append(issueFor(check.row, cell.column >= 0 ? cell : kindCell, field, reason));
    };
    if (kindCell.value.isEmpty()) {
        if (!dateCell.value.isEmpty()) {
            report(dateCell, ImportField::AddressBasisDate, ImportIssue::Reason::BasisWithoutKind);
        }
        if (!referenceCell.value.isEmpty()) {
            report(referenceCell, ImportField::AddressBasisReference, ImportIssue::Reason::BasisWithoutKind);
        }
        return;
    }
    const std::optional<AddressBasisKind> kind = AddressBasisRules::kindFromText(kindCell.value);
    if (!kind) {
        report(kindCell, ImportField::AddressBasis, ImportIssue::Reason::InvalidBasisKind);
    }
    QDate date;
    if (dateCell.value.isEmpty()) {
        report(dateCell, ImportField::AddressBasisDate, ImportIssue::Reason::Missing);
    } else if (date = AddressBasisRules::dateFromText(dateCell.value); !date.isValid()) {
        report(dateCell, ImportField::AddressBasisDate, ImportIssue::Reason::InvalidDate);
    } else if (date > m_options.today) {
        report(dateCell, ImportField::AddressBasisDate, ImportIssue::Reason::FutureDate);
    }
    const QString& reference = referenceCell.value;
    if (reference.size() > AddressBasisRules::kReferenceMax) {
        ImportIssue issue =
            issueFor(check.row, referenceCell, ImportField::AddressBasisReference, ImportIssue::Reason::TooLong);
        issue.limit = AddressBasisRules::kReferenceMax;
        check.issues.append(issue);
    } else if (reference.isEmpty() && kind == AddressBasisKind::Confirmed) {
        report(referenceCell, ImportField::AddressBasisReference, ImportIssue::Reason::MissingReference);
    } else if (looksLikeFormula(reference)) {
        check.issues.append(
            issueFor(check.row, referenceCell, ImportField::AddressBasisReference, ImportIssue::Reason::FormulaText));
    }
    check.result.basisKind = kind;
    check.result.basisDate = date;
    check.result.basisReference = reference;
}

void ImportValidator::checkDuplicate(RowCheck& check, ImportField field, const QString& value)
{
    if (value.isEmpty())
        return;
    QHash<QString, qsizetype>& seen = m_seen[qsizetype(field)];
    const auto found = seen.constFind(value);
    if (found == seen.cend()) {
        seen.insert(value, check.row);
        return;
    }
    const FieldCell cell = fieldCell(m_mapping, check.cells, field);
    ImportIssue issue = issueFor(check.row, cell, field, ImportIssue::Reason::DuplicateInFile);
    issue.otherRow = *found;
    check.issues.append(issue);
}

} // namespace dm
