// libFuzzer entry point: arbitrary bytes through encoding detection, the CSV reader and row validation, as an import
// of a .csv file would take them. Small limits keep each run fast and let the fuzzer reach the limit paths.
#include "core/CsvReader.h"
#include "core/ImportParser.h"
#include "core/TextEncoding.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    dm::ImportOptions options;
    options.limits.maxFileBytes = 1024 * 1024;
    options.limits.maxRows = 200;
    options.limits.maxColumns = 32;
    options.limits.maxCellChars = 256;
    options.today = QDate(2024, 6, 1);
    options.mailDomain = QStringLiteral("court.example");
    // The first byte picks the encoding, so that forced UTF-8 and GBK are fuzzed as well as detection.
    if (!bytes.isEmpty())
        options.encoding = dm::TextEncoding(uint8_t(bytes.at(0)) % 3);

    const dm::Expected<dm::ImportTable, dm::ImportError> table = dm::ImportParser::read(bytes, options);
    if (table) {
        const dm::Expected<dm::ImportReport, dm::ImportError> report = dm::ImportParser::validate(*table, options);
        if (report) {
            for (const dm::ImportIssue& issue : report->issues)
                static_cast<void>(issue.describe());
        } else {
            static_cast<void>(report.error().message());
        }
    } else {
        static_cast<void>(table.error().message());
    }
    // Also straight through the reader with a semicolon, as a decoded string.
    if (const auto decoded = dm::decodeText(bytes, dm::TextEncoding::Auto))
        static_cast<void>(dm::CsvReader::read(decoded->text, options.limits, u';'));
    return 0;
}
