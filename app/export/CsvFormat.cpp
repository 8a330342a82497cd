#include "export/CsvFormat.h"

namespace dm {

namespace {

bool startsLikeFormula(QStringView cell)
{
    if (cell.isEmpty()) {
        return false;
    }
    const QChar first = cell.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

bool needsQuotes(QStringView cell)
{
    for (const QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            return true;
        }
    }
    return false;
}

} // namespace

QString CsvFormat::formulaSafe(const QString& cell)
{
    return startsLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

void CsvFormat::appendCell(QString& line, QStringView cell, bool first)
{
    if (!first) {
        line += QLatin1Char(',');
    }
    const bool quoted = needsQuotes(cell);
    if (quoted) {
        line += QLatin1Char('"');
    }
    if (startsLikeFormula(cell)) {
        line += QLatin1Char('\'');
    }
    if (!quoted) {
        line += cell;
        return;
    }
    for (const QChar c : cell) {
        if (c == u'"') {
            line += QLatin1Char('"');
        }
        line += c;
    }
    line += QLatin1Char('"');
}

QString CsvFormat::line(const QStringList& cells)
{
    QString text;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        appendCell(text, cells.at(i), i == 0);
    }
    endLine(text);
    return text;
}

} // namespace dm
