#pragma once

#include <QList>
#include <QString>

namespace dm {

// Which log an export reads.
enum class LogKind
{
    Operations,
    Logins,
    Mails,
};

// The files an export writes.
enum class ExportFormat
{
    Csv,
    Xlsx,
    Pdf,
};

// How a spreadsheet stores a cell: text, or a point in time (a real date cell) shown as a date and time, a date, or
// a time of day. A file that cannot hold dates (CSV, PDF) writes the display text either way.
enum class CellKind
{
    Text,
    DateTime,
    Date,
    TimeOfDay,
};

struct ExportColumn
{
    QString header;
    CellKind kind = CellKind::Text;
    int width = 12; // in characters of a Latin digit: a spreadsheet's column width, a report's share of the line
};

// A page of rows as text, flat: the cell of row r and column c is at r * columns + c. A time-kind cell also carries
// its time (ms since the epoch; 0 for an empty cell) for the spreadsheet's date cells.
struct ExportPage
{
    int columns = 0;
    QList<QString> texts;
    QList<qint64> times;

    [[nodiscard]] qsizetype rows() const { return columns > 0 ? texts.size() / columns : 0; }
    [[nodiscard]] const QString& text(qsizetype row, int column) const { return texts.at(row * columns + column); }
    [[nodiscard]] qint64 time(qsizetype row, int column) const { return times.at(row * columns + column); }
    void append(QString text, qint64 time = 0)
    {
        texts.append(std::move(text));
        times.append(time);
    }
    void clear()
    {
        texts.clear();
        times.clear();
    }
};

} // namespace dm
