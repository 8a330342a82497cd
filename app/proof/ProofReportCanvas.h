#pragma once

#include "export/PdfTextLayer.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QString>

#include <functional>

class QPdfWriter;
class QTextLayout;

namespace dm::proof {

class QrCode;

// The page machinery of the 电子送达凭证: flowing text, boxes and tables that continue on the next page with their
// header repeated, a running head on continuation pages and "第 N 页 共 M 页" at every foot.
//
// The report is laid out twice with the same calls: pass one only measures (and so counts the pages), pass two draws
// with the page count known. Both passes break pages at the same places because they measure the same way.
class ReportCanvas
{
public:
    enum class Style
    {
        Court,   // the court's name above the title
        Title,   // 电子送达凭证
        Heading, // a section's heading
        Body,
        Strong,   // body, bold
        Label,    // the label column of a key-value table
        Small,    // notes, running head and foot
        Mono,     // digests, identifiers
        Emphasis, // the service date in the determination box
        Dense,    // the cells of long tables (the accesses)
        DenseStrong,
        DenseMono,
    };

    struct Paragraph
    {
        QString text;
        Style style = Style::Body;
    };
    using Cell = QList<Paragraph>; // stacked paragraphs

    struct Table
    {
        QList<qreal> widths;      // relative widths of the columns
        QStringList header;       // empty: no header row (a key-value table)
        bool labelColumn = false; // the first column labels the others: shaded
        bool dense = false;       // a long table: its header in DenseStrong, less space around the cells
        QList<QList<Cell>> rows;
    };

    explicit ReportCanvas(QPdfWriter& writer);
    ~ReportCanvas();
    ReportCanvas(const ReportCanvas&) = delete;
    ReportCanvas& operator=(const ReportCanvas&) = delete;

    // Starts a pass on page 1. Pass two needs the page count pass one found.
    [[nodiscard]] bool beginPass(int pass, int pageCount);
    // Ends the pass (draws the last foot in pass two); the pages laid out.
    int endPass();
    [[nodiscard]] bool drawing() const { return m_pass == 2; }

    void setRunningHead(const QString& text) { m_runningHead = text; }
    void setFootNote(const QString& text) { m_footNote = text; }

    [[nodiscard]] qreal mm(qreal millimetres) const;
    [[nodiscard]] qreal width() const { return m_width; }
    [[nodiscard]] qreal y() const { return m_y; }
    void moveTo(qreal y) { m_y = y; }
    void skip(qreal height) { m_y += height; }
    // Starts a new page unless `height` fits below the current position: what follows stays together.
    void keepTogether(qreal height) { ensureRoom(height); }

    [[nodiscard]] qreal heightOf(const Paragraph& paragraph, qreal width) const;
    [[nodiscard]] qreal heightOf(const Table& table) const;
    [[nodiscard]] qreal boxHeight(const QList<Paragraph>& lines) const;
    // A paragraph at the current position, indented by `indent`, on the next page when it does not fit here.
    void paragraph(const Paragraph& text, qreal indent = 0);
    // Centred on the page, at the current position.
    void centred(const Paragraph& text, qreal left, qreal width);
    // A section heading; starts a new page when the heading and `keepWith` below it do not fit. A table of the section
    // that continues on another page is captioned there with the heading and （续）.
    void heading(const QString& text, qreal keepWith);
    // Paragraphs in a framed, shaded box.
    void box(const QList<Paragraph>& lines, const QColor& fill, const QColor& frame);
    void table(const Table& table);
    // The QR code with its quiet zone, `side` wide, its top right corner at (right, top) of the current page.
    void qrCode(const QrCode& code, qreal right, qreal top, qreal side);

    // The fonts drawn with, for the text layer's repair.
    [[nodiscard]] QList<QFont> fonts() const;
    [[nodiscard]] const PdfTextLayer& textLayer() const { return m_textLayer; }

private:
    [[nodiscard]] const QFont& fontOf(Style style) const;
    [[nodiscard]] qreal pad(bool dense = false) const;
    // Wraps `paragraph` in `layout` (made over its text) to `width`; the lines laid out.
    int layOut(QTextLayout& layout, const Paragraph& paragraph, qreal width) const;
    [[nodiscard]] qreal cellHeight(const Cell& cell, qreal width) const;
    [[nodiscard]] qreal rowHeight(const QList<Cell>& row, const QList<qreal>& widths, bool dense) const;
    [[nodiscard]] qreal headerHeight(const Table& table, const QList<qreal>& widths) const;
    [[nodiscard]] QList<Cell> headerCells(const Table& table) const;
    [[nodiscard]] QList<qreal> columnWidths(const Table& table) const;
    void drawParagraph(const Paragraph& paragraph, qreal x, qreal y, qreal width);
    void drawCell(const Cell& cell, qreal x, qreal y, qreal width, bool dense);
    // The section's caption (on a continuation) and the header row of `table` at the current position.
    void drawHeader(const Table& table, const QList<qreal>& widths, bool continuation);
    void ensureRoom(qreal height, const std::function<void()>& onNewPage = {});
    void newPage();
    void drawRunningHead();
    void drawFoot();

    QPdfWriter& m_writer;
    QPainter m_painter;
    QList<QFont> m_fonts; // by Style
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_bodyTop = 0;    // below the running head on continuation pages
    qreal m_bodyBottom = 0; // above the foot
    int m_pass = 1;
    int m_pageCount = 1;
    int m_page = 1;
    qreal m_y = 0;
    QString m_section; // the last heading
    QString m_runningHead;
    QString m_footNote;
    PdfTextLayer m_textLayer;
};

} // namespace dm::proof
