#include "export/PdfLogReport.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextLayout>

#include <numeric>

namespace dm {

namespace {

constexpr int kResolution = 300; // dots per inch of the painter's coordinates
constexpr int kMaxLines = 8;     // a cell wraps over at most this many lines; the rest is elided
constexpr qreal kBodyPoints = 8;
constexpr qreal kPadX = 2.5; // points
constexpr qreal kPadY = 1.6;
constexpr qreal kFooterPoints = 16;
const QColor kHeaderFill(0xe7, 0xee, 0xf7);
const QColor kRule(0xc8, 0xc8, 0xc8);

// Fonts with the glyphs of Simplified Chinese on the usual systems, the one the report is designed for first.
QFont reportFont(qreal points, bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
                      QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Droid Sans Fallback")});
    font.setPointSizeF(points);
    font.setBold(bold);
    // Glyphs straight from the font's character map, no OpenType substitutions: a ligature (ﬁ) or an alternate digit
    // has no character of its own, so the text layer would lose it. Han and Latin need no shaping to look right.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

PdfLogReport::PdfLogReport(QList<ExportColumn> columns, ExportHeading heading)
    : m_columns(std::move(columns))
    , m_heading(std::move(heading))
    , m_body(reportFont(kBodyPoints, false))
    , m_bold(reportFont(kBodyPoints, true))
    , m_title(reportFont(13, true))
    , m_small(reportFont(7.5, false))
{}

PdfLogReport::~PdfLogReport()
{
    if (m_painter.isActive()) {
        m_painter.end();
    }
}

qreal PdfLogReport::px(qreal points) const
{
    return points * kResolution / 72.0;
}

Expected<void, QString> PdfLogReport::open(const QString& path)
{
    // Fonts and the PDF engine live in Qt GUI: without a QGuiApplication they would abort the process.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return Unexpected(tr("A PDF report needs Qt's graphical libraries, which this program did not start."));
    }
    m_path = path;
    m_writer = std::make_unique<QPdfWriter>(path);
    m_writer->setResolution(kResolution);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                        QPageLayout::Millimeter));
    m_writer->setTitle(m_heading.title);
    m_writer->setCreator(QStringLiteral("dmadmin"));
    const QRect paint = m_writer->pageLayout().paintRectPixels(kResolution);
    m_tableWidth = paint.width();
    m_pageHeight = paint.height();
    m_bodyBottom = m_pageHeight - px(kFooterPoints);
    const int total = std::accumulate(m_columns.cbegin(), m_columns.cend(), 0,
                                      [](int sum, const ExportColumn& column) { return sum + column.width; });
    qreal left = 0;
    for (const ExportColumn& column : std::as_const(m_columns)) {
        m_left.append(left);
        m_width.append(m_tableWidth * column.width / qMax(1, total));
        left += m_width.constLast();
    }
    m_pass = 1;
    m_pages = 1;
    m_y = headingHeight(true);
    m_rowsOnPage = 0;
    return {};
}

QString PdfLogReport::prepared(const QString& text) const
{
    if (!text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString lines = text;
    lines.remove(QLatin1Char('\r'));
    lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return lines;
}

bool PdfLogReport::fitsOneLine(const QString& text, const QFont& font, qreal width) const
{
    return !text.contains(QChar::LineSeparator) && QFontMetricsF(font, m_writer.get()).horizontalAdvance(text) <= width;
}

int PdfLogReport::lineCount(const QString& text, const QFont& font, qreal width) const
{
    if (text.isEmpty() || fitsOneLine(text, font, width)) {
        return 1;
    }
    QTextLayout layout(text, font, m_writer.get());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid() && lines < kMaxLines; line = layout.createLine()) {
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return qMax(1, lines);
}

qreal PdfLogReport::textHeight(const QString& text, const QFont& font, qreal width) const
{
    return lineCount(text, font, width) * QFontMetricsF(font, m_writer.get()).lineSpacing();
}

qreal PdfLogReport::rowHeight(const ExportPage& page, qsizetype row) const
{
    int lines = 1;
    for (int column = 0; column < page.columns; ++column) {
        const qreal inner = m_width.at(column) - 2 * px(kPadX);
        lines = qMax(lines, lineCount(prepared(page.text(row, column)), m_body, inner));
    }
    return lines * QFontMetricsF(m_body, m_writer.get()).lineSpacing() + 2 * px(kPadY);
}

QString PdfLogReport::infoLine() const
{
    return tr("Generated %1 by %2 · %3 rows").arg(m_heading.generatedAt, m_heading.operatorName).arg(m_rows);
}

qreal PdfLogReport::headingHeight(bool firstPage) const
{
    const qreal headerRow = QFontMetricsF(m_bold, m_writer.get()).lineSpacing() + 2 * px(kPadY);
    if (!firstPage) {
        return QFontMetricsF(m_small, m_writer.get()).lineSpacing() + px(4) + headerRow;
    }
    return textHeight(m_heading.title, m_title, m_tableWidth) + px(4) +
           textHeight(prepared(tr("Filter: %1").arg(m_heading.filterWords)), m_body, m_tableWidth) +
           QFontMetricsF(m_body, m_writer.get()).lineSpacing() + px(8) + headerRow;
}

void PdfLogReport::advance(qreal height)
{
    if (m_y + height > m_bodyBottom && m_rowsOnPage > 0) {
        if (m_pass == 1) {
            ++m_pages;
            m_y = headingHeight(false);
        } else {
            endPage();
            m_writer->newPage();
            beginPage(false);
        }
        m_rowsOnPage = 0;
    }
}

void PdfLogReport::startPass(int pass, qint64 rows)
{
    m_pass = pass;
    m_rows = rows;
    m_page = 0;
    m_rowsOnPage = 0;
    m_painter.begin(m_writer.get());
    beginPage(true);
}

void PdfLogReport::drawText(const QString& text, const QFont& font, qreal x, qreal y, qreal width)
{
    if (text.isEmpty()) {
        return;
    }
    m_textLayer.note(text);
    m_painter.setFont(font);
    const QFontMetricsF metrics(font, m_writer.get());
    if (fitsOneLine(text, font, width)) {
        m_painter.drawText(QPointF(x, y + metrics.ascent()), text);
        return;
    }
    QTextLayout layout(text, font, m_writer.get());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid() && lines < kMaxLines; line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, lines * metrics.lineSpacing()));
        ++lines;
    }
    layout.endLayout();
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const bool cut = i == kMaxLines - 1 && line.textStart() + line.textLength() < text.size();
        if (!cut) {
            line.draw(&m_painter, QPointF(x, y));
            continue;
        }
        QString rest = text.mid(line.textStart());
        rest.replace(QChar::LineSeparator, QLatin1Char(' '));
        const QString elided = metrics.elidedText(rest, Qt::ElideRight, width);
        m_textLayer.note(elided);
        m_painter.drawText(QPointF(x, y + line.y() + metrics.ascent()), elided);
    }
}

void PdfLogReport::beginPage(bool firstPage)
{
    ++m_page;
    m_painter.setPen(Qt::black);
    qreal y = 0;
    if (firstPage) {
        drawText(m_heading.title, m_title, 0, y, m_tableWidth);
        y += textHeight(m_heading.title, m_title, m_tableWidth) + px(4);
        const QString filter = prepared(tr("Filter: %1").arg(m_heading.filterWords));
        drawText(filter, m_body, 0, y, m_tableWidth);
        y += textHeight(filter, m_body, m_tableWidth);
        const QFontMetricsF body(m_body, m_writer.get());
        drawText(body.elidedText(infoLine(), Qt::ElideRight, m_tableWidth), m_body, 0, y, m_tableWidth);
        y += body.lineSpacing() + px(8);
    } else {
        const QFontMetricsF small(m_small, m_writer.get());
        drawText(small.elidedText(m_heading.title, Qt::ElideRight, m_tableWidth), m_small, 0, y, m_tableWidth);
        y += small.lineSpacing() + px(4);
    }
    const qreal headerHeight = QFontMetricsF(m_bold, m_writer.get()).lineSpacing() + 2 * px(kPadY);
    m_painter.fillRect(QRectF(0, y, m_tableWidth, headerHeight), kHeaderFill);
    const QFontMetricsF bold(m_bold, m_writer.get());
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        const qreal inner = m_width.at(column) - 2 * px(kPadX);
        drawText(bold.elidedText(m_columns.at(column).header, Qt::ElideRight, inner), m_bold,
                 m_left.at(column) + px(kPadX), y + px(kPadY), inner);
    }
    m_y = y + headerHeight;
}

void PdfLogReport::endPage()
{
    const QString footer = tr("Page %1 of %2").arg(m_page).arg(m_pages);
    m_textLayer.note(footer);
    m_painter.setFont(m_small);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(0, m_bodyBottom, m_tableWidth, m_pageHeight - m_bodyBottom), Qt::AlignCenter, footer);
}

Expected<void, QString> PdfLogReport::write(const ExportPage& page)
{
    const qsizetype rows = page.rows();
    for (qsizetype row = 0; row < rows; ++row) {
        const qreal height = rowHeight(page, row);
        advance(height);
        if (m_pass == 2) {
            for (int column = 0; column < page.columns; ++column) {
                drawText(prepared(page.text(row, column)), m_body, m_left.at(column) + px(kPadX), m_y + px(kPadY),
                         m_width.at(column) - 2 * px(kPadX));
            }
            m_painter.setPen(QPen(kRule, px(0.4)));
            m_painter.drawLine(QPointF(0, m_y + height), QPointF(m_tableWidth, m_y + height));
            m_painter.setPen(Qt::black);
        }
        m_y += height;
        ++m_rowsOnPage;
    }
    return {};
}

Expected<void, QString> PdfLogReport::close()
{
    if (m_pass == 1) {
        startPass(2, 0); // no second pass happened (nothing to draw): the heading and header still make a page
    }
    if (m_rows == 0) {
        drawText(tr("No rows match the filter."), m_body, px(kPadX), m_y + px(kPadY), m_tableWidth);
    }
    endPage();
    if (!m_painter.end()) {
        return Unexpected(tr("Cannot write %1.").arg(QFileInfo(m_path).fileName()));
    }
    m_writer.reset();
    auto repaired = m_textLayer.repair(m_path, {m_body, m_bold, m_title, m_small});
    if (!repaired) {
        return Unexpected(repaired.error());
    }
    return {};
}

} // namespace dm
