#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace dm {

// The CSV every export of this client writes: UTF-8 with a BOM (so spreadsheet programs pick the right encoding),
// CRLF line ends, RFC 4180 quoting, and every cell a spreadsheet would run as a formula made inert.
class CsvFormat
{
public:
    // What a file starts with: the UTF-8 byte order mark.
    static constexpr QByteArrayView kBom{"\xEF\xBB\xBF"};

    // A cell starting with = + - @ (or a tab or carriage return) gets a leading apostrophe, so that Excel, WPS and
    // LibreOffice show it as the text it is instead of running it (CSV injection).
    [[nodiscard]] static QString formulaSafe(const QString& cell);
    // Appends one cell, made formula-safe and quoted when it holds a comma, a quote or a line break; `first` leaves
    // out the separator.
    static void appendCell(QString& line, QStringView cell, bool first);
    // Ends a line.
    static void endLine(QString& line) { line += QLatin1String("\r\n"); }
    // One whole line (with its CRLF) of text cells.
    [[nodiscard]] static QString line(const QStringList& cells);
};

} // namespace dm
