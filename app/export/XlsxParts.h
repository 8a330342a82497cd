#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace dm::xlsx {

// The parts of an Office Open XML workbook (ECMA-376) that XlsxLogWriter writes around its streamed sheets, and the
// small helpers of the sheet XML. Only what a log table needs: inline strings, numbers, five cell styles.

// Cell styles of styles.xml, by index (the `s` attribute of a cell).
enum Style
{
    DefaultStyle = 0,
    HeaderStyle = 1, // bold on a light fill, a thin line below
    DateTimeStyle = 2,
    DateStyle = 3,
    TimeStyle = 4,
};

struct SheetInfo
{
    QString name;
    int columns = 0;
    qint64 rows = 0; // the header included
};

[[nodiscard]] QByteArray contentTypes(int sheets);
[[nodiscard]] QByteArray packageRelationships();
[[nodiscard]] QByteArray coreProperties(const QString& title, const QString& subject, const QString& creator,
                                        qint64 createdMs);
[[nodiscard]] QByteArray appProperties();
[[nodiscard]] QByteArray styles();
[[nodiscard]] QByteArray workbook(const QList<SheetInfo>& sheets);
[[nodiscard]] QByteArray workbookRelationships(int sheets);

// What precedes the first row of a sheet: the frozen header pane and the column widths (in characters).
[[nodiscard]] QByteArray sheetStart(const QList<double>& widths);
// What follows the last row: the autofilter over the table.
[[nodiscard]] QByteArray sheetEnd(const SheetInfo& sheet);

// "A", "B", ... "Z", "AA": the letters of a 0-based column.
[[nodiscard]] QString columnName(int column);
// Appends `text` as XML character data: & < > escaped, and the characters XML 1.0 cannot hold (control characters)
// written as Excel's _xHHHH_ escapes (a literal "_x" is escaped too, so the text reads back exactly).
void appendEscaped(QString& xml, QStringView text);

} // namespace dm::xlsx
