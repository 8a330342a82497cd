#pragma once

#include "export/LogTableWriter.h"
#include "export/PdfTextLayer.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>

#include <memory>

class QPdfWriter;

namespace dm {

// A log as a printable report (QPdfWriter): A4 landscape, the title with the court, the profile and the log, the
// filter in words, when and by whom it was made and how many rows it holds, then the table with its header repeated
// on every page, and "page N of M" at the foot of each. Fonts are embedded (Noto Sans CJK SC where installed), so the
// Chinese reads the same on any machine, and the text layer says what the page shows (PdfTextLayer).
//
// The table is drawn with QPainter row by row, never built as one document: the first pass only measures the rows to
// count the pages, the second draws them, so the report keeps one row's layout in memory at a time.
class PdfLogReport final : public LogTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfLogReport)

public:
    PdfLogReport(QList<ExportColumn> columns, ExportHeading heading);
    ~PdfLogReport() override;
    PdfLogReport(const PdfLogReport&) = delete;
    PdfLogReport& operator=(const PdfLogReport&) = delete;

    [[nodiscard]] int passes() const override { return 2; }
    [[nodiscard]] Expected<void, QString> open(const QString& path) override;
    void startPass(int pass, qint64 rows) override;
    [[nodiscard]] Expected<void, QString> write(const ExportPage& page) override;
    [[nodiscard]] Expected<void, QString> close() override;

    // The pages of the report (known after the first pass).
    [[nodiscard]] int pageCount() const { return m_pages; }

private:
    [[nodiscard]] qreal px(qreal points) const;
    [[nodiscard]] QString prepared(const QString& text) const;
    [[nodiscard]] bool fitsOneLine(const QString& text, const QFont& font, qreal width) const;
    [[nodiscard]] int lineCount(const QString& text, const QFont& font, qreal width) const;
    [[nodiscard]] qreal textHeight(const QString& text, const QFont& font, qreal width) const;
    [[nodiscard]] qreal rowHeight(const ExportPage& page, qsizetype row) const;
    [[nodiscard]] qreal headingHeight(bool firstPage) const;
    [[nodiscard]] QString infoLine() const;
    // Draws `text` from (x, y) within `width`, wrapped over at most kMaxLines lines, the last one elided.
    void drawText(const QString& text, const QFont& font, qreal x, qreal y, qreal width);
    void beginPage(bool firstPage);
    void endPage();
    // Where the next row starts on a new page (pass one and two agree on it).
    void advance(qreal height);

    QList<ExportColumn> m_columns;
    ExportHeading m_heading;
    QString m_path;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    QFont m_body;
    QFont m_bold;
    QFont m_title;
    QFont m_small;
    QList<qreal> m_left;  // each column's left edge
    QList<qreal> m_width; // each column's width
    qreal m_tableWidth = 0;
    qreal m_bodyBottom = 0; // where the rows must end, above the footer
    qreal m_pageHeight = 0;
    int m_pass = 1;
    int m_pages = 1; // counted in pass one
    int m_page = 0;  // drawn in pass two
    qreal m_y = 0;
    int m_rowsOnPage = 0;
    qint64 m_rows = 0;
    PdfTextLayer m_textLayer;
};

} // namespace dm
