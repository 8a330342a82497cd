#include "core/ImportParser.h"

#include "core/CsvReader.h"
#include "core/ImportValidator.h"
#include "core/XlsxReader.h"

#include <QFile>

namespace dm {

namespace {

// The signature of an OLE compound document, which is what an Excel 97-2003 .xls is.
constexpr QByteArrayView OleSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

} // namespace

Expected<ImportTable, ImportError> ImportParser::read(const QByteArray& data, const ImportOptions& options)
{
    using Reason = ImportError::Reason;
    if (data.size() > options.limits.maxFileBytes)
        return Unexpected{ImportError{Reason::FileTooLarge, 0, {}, options.limits.maxFileBytes, {}}};
    if (data.startsWith(OleSignature))
        return Unexpected{ImportError{Reason::LegacyExcel, 0, {}, 0, {}}};
    if (XlsxReader::looksLikeXlsx(data))
        return XlsxReader::read(data, options.limits);

    Expected<DecodedText, TextDecodeError> text = decodeText(data, options.encoding);
    if (!text)
        return Unexpected{ImportError{Reason::Encoding, text.error().line, {}, 0, text.error().message()}};
    Expected<ImportTable, ImportError> table = CsvReader::read(text->text, options.limits);
    if (table)
        table->encoding = text->encoding;
    return table;
}

Expected<ImportTable, ImportError> ImportParser::readFile(const QString& path, const ImportOptions& options)
{
    using Reason = ImportError::Reason;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Unexpected{ImportError{Reason::CannotOpen, 0, {}, 0, file.errorString()}};
    // size() is 0 for pipes and some special files, so the read itself is bounded too.
    if (file.size() > options.limits.maxFileBytes)
        return Unexpected{ImportError{Reason::FileTooLarge, 0, {}, options.limits.maxFileBytes, {}}};
    const QByteArray data = file.read(options.limits.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Unexpected{ImportError{Reason::CannotOpen, 0, {}, 0, file.errorString()}};
    return read(data, options);
}

std::optional<qsizetype> ImportParser::headerIndex(const ImportTable& table)
{
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList& cells = table.rows.at(i).cells;
        const bool blank = std::all_of(cells.cbegin(), cells.cend(),
                                       [](const QString& cell) { return ImportValidator::trimCell(cell).isEmpty(); });
        if (!blank)
            return i;
    }
    return std::nullopt;
}

QStringList ImportParser::headers(const ImportTable& table)
{
    const std::optional<qsizetype> index = headerIndex(table);
    if (!index)
        return {};
    QStringList headers;
    for (const QString& cell : table.rows.at(*index).cells)
        headers.append(ImportValidator::trimCell(cell));
    // Trailing blank header cells are no columns.
    while (!headers.isEmpty() && headers.constLast().isEmpty())
        headers.removeLast();
    return headers;
}

Expected<ImportReport, ImportError> ImportParser::validate(const ImportTable& table, const ImportOptions& options)
{
    const std::optional<qsizetype> index = headerIndex(table);
    if (!index)
        return Unexpected{ImportError{ImportError::Reason::EmptyFile, 0, {}, 0, {}}};
    Expected<ImportMapping, ImportError> mapping = ImportMapping::resolve(headers(table), options.mapping);
    if (!mapping)
        return Unexpected{mapping.error()};
    ImportValidator validator(*mapping, options);
    for (qsizetype i = *index + 1; i < table.rows.size(); ++i)
        validator.addRow(table.rows.at(i));
    ImportReport report = validator.takeReport();
    report.encoding = table.encoding;
    return report;
}

Expected<ImportReport, ImportError> ImportParser::parseFile(const QString& path, const ImportOptions& options)
{
    Expected<ImportTable, ImportError> table = readFile(path, options);
    if (!table)
        return Unexpected{table.error()};
    return validate(*table, options);
}

} // namespace dm
