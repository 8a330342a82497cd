// libFuzzer entry point: arbitrary bytes as an XLSX workbook (through QuaZip) and, since mutated ZIP archives rarely
// inflate to anything, also as the XML of a sheet and of a shared strings part directly.
#include "core/ImportParser.h"
#include "core/XlsxReader.h"
#include "core/XlsxSheetParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    dm::ImportLimits limits;
    limits.maxRows = 200;
    limits.maxColumns = 32;
    limits.maxCellChars = 256;
    limits.maxUnpackedBytes = 8 * 1024 * 1024;

    const dm::Expected<dm::ImportTable, dm::ImportError> workbook = dm::XlsxReader::read(bytes, limits);
    if (workbook) {
        dm::ImportOptions options;
        options.limits = limits;
        options.today = QDate(2024, 6, 1);
        if (const auto report = dm::ImportParser::validate(*workbook, options); !report)
            static_cast<void>(report.error().message());
    }

    const dm::Expected<QStringList, dm::ImportError> shared = dm::XlsxSheetParser::sharedStrings(bytes, limits);
    const QStringList strings = shared ? *shared : QStringList{QStringLiteral("x")};
    static_cast<void>(dm::XlsxSheetParser::sheet(bytes, strings, limits));
    static_cast<void>(dm::XlsxSheetParser::firstSheetPath(bytes, bytes));
    static_cast<void>(dm::XlsxSheetParser::plainNumber(QString::fromUtf8(bytes.left(512))));
    return 0;
}
