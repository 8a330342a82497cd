#include "proof/ProofReportCanvas.h"

#include <QFontMetricsF>
#include <QPdfWriter>

#include <numeric>

// ReportCanvas's tables: rows that never split, a header repeated at the top of every page the table continues on.
namespace dm::proof {

namespace {

const QColor kRule(0x9a, 0xa5, 0xb1);
const QColor kHeaderFill(0xe4, 0xea, 0xf1);
const QColor kLabelFill(0xf3, 0xf5, 0xf8);

} // namespace

qreal ReportCanvas::cellHeight(const Cell& cell, qreal width) const
{
    qreal height = 0;
    for (const Paragraph& paragraph : cell) {
        height += heightOf(paragraph, width);
    }
    return height;
}

qreal ReportCanvas::rowHeight(const QList<Cell>& row, const QList<qreal>& widths, bool dense) const
{
    qreal height = QFontMetricsF(fontOf(dense ? Style::Dense : Style::Body), &m_writer).lineSpacing();
    for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column) {
        height = qMax(height, cellHeight(row.at(column), widths.at(column) - 2 * pad(dense)));
    }
    return height + 2 * pad(dense);
}

QList<ReportCanvas::Cell> ReportCanvas::headerCells(const Table& table) const
{
    QList<Cell> header;
    for (const QString& title : table.header) {
        header.append(Cell{Paragraph{title, table.dense ? Style::DenseStrong : Style::Strong}});
    }
    return header;
}

qreal ReportCanvas::headerHeight(const Table& table, const QList<qreal>& widths) const
{
    return table.header.isEmpty() ? 0 : rowHeight(headerCells(table), widths, table.dense);
}

void ReportCanvas::drawCell(const Cell& cell, qreal x, qreal y, qreal width, bool dense)
{
    const qreal inner = width - 2 * pad(dense);
    for (const Paragraph& paragraph : cell) {
        drawParagraph(paragraph, x + pad(dense), y + pad(dense), inner);
        y += heightOf(paragraph, inner);
    }
}

void ReportCanvas::drawHeader(const Table& table, const QList<qreal>& widths, bool continuation)
{
    if (continuation && !m_section.isEmpty()) {
        const Paragraph caption{m_section + QStringLiteral("（续）"), Style::Small};
        drawParagraph(caption, 0, m_y, m_width);
        m_y += heightOf(caption, m_width) + mm(0.5);
    }
    const QList<Cell> header = headerCells(table);
    const qreal height = headerHeight(table, widths);
    if (drawing()) {
        qreal x = 0;
        for (qsizetype column = 0; column < header.size() && column < widths.size(); ++column) {
            const QRectF cell(x, m_y, widths.at(column), height);
            m_painter.fillRect(cell, kHeaderFill);
            m_painter.setPen(QPen(kRule, mm(0.2)));
            m_painter.drawRect(cell);
            drawCell(header.at(column), x, m_y, widths.at(column), table.dense);
            x += widths.at(column);
        }
    }
    m_y += height;
}

QList<qreal> ReportCanvas::columnWidths(const Table& table) const
{
    const qreal total = std::accumulate(table.widths.cbegin(), table.widths.cend(), qreal(0));
    QList<qreal> widths;
    for (const qreal width : table.widths) {
        widths.append(m_width * width / (total > 0 ? total : 1));
    }
    return widths;
}

qreal ReportCanvas::heightOf(const Table& table) const
{
    const QList<qreal> widths = columnWidths(table);
    qreal height = headerHeight(table, widths);
    for (const QList<Cell>& row : table.rows) {
        height += rowHeight(row, widths, table.dense);
    }
    return height;
}

void ReportCanvas::table(const Table& table)
{
    const QList<qreal> widths = columnWidths(table);
    const auto continueTable = [&] { drawHeader(table, widths, true); };
    const qreal first = table.rows.isEmpty() ? 0 : rowHeight(table.rows.constFirst(), widths, table.dense);
    ensureRoom(headerHeight(table, widths) + first);
    drawHeader(table, widths, false);
    for (const QList<Cell>& row : table.rows) {
        const qreal height = rowHeight(row, widths, table.dense);
        ensureRoom(height, continueTable);
        if (drawing()) {
            qreal x = 0;
            for (qsizetype column = 0; column < widths.size(); ++column) {
                const QRectF cell(x, m_y, widths.at(column), height);
                if (table.labelColumn && column == 0) {
                    m_painter.fillRect(cell, kLabelFill);
                }
                m_painter.setPen(QPen(kRule, mm(0.2)));
                m_painter.drawRect(cell);
                if (column < row.size()) {
                    drawCell(row.at(column), x, m_y, widths.at(column), table.dense);
                }
                x += widths.at(column);
            }
        }
        m_y += height;
    }
}

} // namespace dm::proof
