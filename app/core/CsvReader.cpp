#include "core/CsvReader.h"

namespace dm {

namespace {

// The reader's state between characters: the record and cell being built and where they started.
class CsvBuilder
{
public:
    explicit CsvBuilder(const ImportLimits& limits)
        : m_limits(limits)
    {}

    [[nodiscard]] bool append(QChar c)
    {
        m_cell.append(c);
        return m_cell.size() <= m_limits.maxCellChars || fail(cellTooLong());
    }
    [[nodiscard]] bool endCell()
    {
        if (m_record.size() >= m_limits.maxColumns)
            return fail(ImportError{ImportError::Reason::TooManyColumns, m_row, {}, m_limits.maxColumns, {}});
        m_record.append(m_cell);
        m_cell.clear();
        return true;
    }
    [[nodiscard]] bool endRecord()
    {
        if (!endCell())
            return false;
        if (m_table.rows.size() > m_limits.maxRows) // the header is the one extra
            return fail(ImportError{ImportError::Reason::TooManyRows, m_row, {}, m_limits.maxRows, {}});
        m_cells += m_record.size();
        if (m_cells > m_limits.maxCells)
            return fail(ImportError{ImportError::Reason::TooManyCells, m_row, {}, m_limits.maxCells, {}});
        m_table.rows.append(ImportSheetRow{m_row, m_record});
        m_record.clear();
        ++m_row;
        return true;
    }
    [[nodiscard]] bool hasPartialRecord() const { return !m_record.isEmpty() || !m_cell.isEmpty(); }
    [[nodiscard]] qsizetype row() const { return m_row; }
    [[nodiscard]] ImportTable takeTable() { return std::move(m_table); }
    [[nodiscard]] const ImportError& error() const { return m_error; }

private:
    [[nodiscard]] ImportError cellTooLong() const
    {
        return ImportError{
            ImportError::Reason::CellTooLong, m_row, columnLetters(m_record.size()), m_limits.maxCellChars, {}};
    }
    [[nodiscard]] bool fail(ImportError error)
    {
        m_error = std::move(error);
        return false;
    }

    const ImportLimits& m_limits;
    ImportTable m_table;
    QStringList m_record;
    QString m_cell;
    qsizetype m_row = 1;
    qint64 m_cells = 0; // kept so far, all rows
    ImportError m_error;
};

} // namespace

Expected<ImportTable, ImportError> CsvReader::read(QStringView text, const ImportLimits& limits, QChar delimiter)
{
    constexpr QChar Quote = u'"';
    CsvBuilder builder(limits);
    bool quoted = false;
    bool atCellStart = true; // a quote opens a quoted cell only as the cell's first character
    qsizetype quoteRow = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        bool ok = true;
        if (quoted) {
            if (c != Quote)
                ok = builder.append(c);
            else if (i + 1 < size && text[i + 1] == Quote)
                ok = builder.append(text[++i]);
            else
                quoted = false;
        } else if (c == Quote && atCellStart) {
            quoted = true;
            quoteRow = builder.row();
            atCellStart = false;
        } else if (c == delimiter) {
            ok = builder.endCell();
            atCellStart = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            ok = builder.endRecord();
            atCellStart = true;
        } else {
            ok = builder.append(c);
            atCellStart = false;
        }
        if (!ok)
            return Unexpected{builder.error()};
    }
    if (quoted)
        return Unexpected{ImportError{ImportError::Reason::UnterminatedQuote, quoteRow, {}, 0, {}}};
    if ((builder.hasPartialRecord() || !atCellStart) && !builder.endRecord())
        return Unexpected{builder.error()};
    return builder.takeTable();
}

} // namespace dm
