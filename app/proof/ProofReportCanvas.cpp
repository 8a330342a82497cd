#include "proof/ProofReportCanvas.h"

#include "proof/ProofReportFonts.h"
#include "proof/QrCode.h"

#include <QFontMetricsF>
#include <QPdfWriter>
#include <QTextLayout>

namespace dm::proof {

namespace {

constexpr int kMaxLines = 40; // a paragraph longer than this (a runaway SMTP reply) is cut, never split over pages
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kGrey(0x55, 0x5d, 0x66);
const QColor kRule(0x9a, 0xa5, 0xb1);

bool isMono(ReportCanvas::Style style)
{
    return style == ReportCanvas::Style::Mono || style == ReportCanvas::Style::DenseMono;
}

QString prepared(const QString& text)
{
    QString lines = text;
    lines.remove(QLatin1Char('\r'));
    lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return lines;
}

} // namespace

ReportCanvas::ReportCanvas(QPdfWriter& writer)
    : m_writer(writer)
    , m_fonts(reportFonts())
{
    const QRect paint = m_writer.pageLayout().paintRectPixels(m_writer.resolution());
    m_width = paint.width();
    m_height = paint.height();
    const QFontMetricsF small(fontOf(Style::Small), &m_writer);
    m_bodyBottom = m_height - small.lineSpacing() - mm(4);
}

ReportCanvas::~ReportCanvas()
{
    if (m_painter.isActive()) {
        m_painter.end();
    }
}

qreal ReportCanvas::mm(qreal millimetres) const
{
    return millimetres * m_writer.resolution() / 25.4;
}

qreal ReportCanvas::pad(bool dense) const
{
    return dense ? mm(0.8) : mm(1.2);
}

const QFont& ReportCanvas::fontOf(Style style) const
{
    return m_fonts.at(int(style));
}

QList<QFont> ReportCanvas::fonts() const
{
    return m_fonts;
}

bool ReportCanvas::beginPass(int pass, int pageCount)
{
    m_pass = pass;
    m_pageCount = pageCount;
    m_page = 1;
    m_y = 0;
    m_section.clear();
    m_bodyTop = QFontMetricsF(fontOf(Style::Small), &m_writer).lineSpacing() + mm(4);
    if (pass == 2 && !m_painter.begin(&m_writer)) {
        return false;
    }
    return true;
}

int ReportCanvas::endPass()
{
    if (drawing()) {
        drawFoot();
        m_painter.end();
    }
    return m_page;
}

int ReportCanvas::layOut(QTextLayout& layout, const Paragraph& paragraph, qreal width) const
{
    const qreal spacing = QFontMetricsF(fontOf(paragraph.style), &m_writer).lineSpacing();
    QTextOption option;
    option.setWrapMode(isMono(paragraph.style) ? QTextOption::WrapAnywhere : QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid() && lines < kMaxLines; line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, lines * spacing));
        ++lines;
    }
    layout.endLayout();
    return qMax(1, lines);
}

qreal ReportCanvas::heightOf(const Paragraph& paragraph, qreal width) const
{
    const QFont& font = fontOf(paragraph.style);
    const QFontMetricsF metrics(font, &m_writer);
    const QString text = prepared(paragraph.text);
    if (!text.contains(QChar::LineSeparator) && metrics.horizontalAdvance(text) <= width) {
        return metrics.lineSpacing();
    }
    QTextLayout layout(text, font, &m_writer);
    return layOut(layout, paragraph, width) * metrics.lineSpacing();
}

void ReportCanvas::drawParagraph(const Paragraph& paragraph, qreal x, qreal y, qreal width)
{
    const QString text = prepared(paragraph.text);
    if (!drawing() || text.isEmpty()) {
        return;
    }
    const QFont& font = fontOf(paragraph.style);
    const QFontMetricsF metrics(font, &m_writer);
    m_textLayer.note(text);
    m_painter.setFont(font);
    m_painter.setPen(paragraph.style == Style::Label || paragraph.style == Style::Small ? kGrey : kInk);
    if (!text.contains(QChar::LineSeparator) && metrics.horizontalAdvance(text) <= width) {
        m_painter.drawText(QPointF(x, y + metrics.ascent()), text);
        return;
    }
    QTextLayout layout(text, font, &m_writer);
    layOut(layout, paragraph, width);
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (i == kMaxLines - 1 && line.textStart() + line.textLength() < text.size()) {
            const QString elided = metrics.elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
            m_textLayer.note(elided);
            m_painter.drawText(QPointF(x, y + line.y() + metrics.ascent()), elided);
        } else {
            line.draw(&m_painter, QPointF(x, y));
        }
    }
}

void ReportCanvas::paragraph(const Paragraph& text, qreal indent)
{
    const qreal height = heightOf(text, m_width - indent);
    ensureRoom(height);
    drawParagraph(text, indent, m_y, m_width - indent);
    m_y += height;
}

void ReportCanvas::centred(const Paragraph& text, qreal left, qreal width)
{
    const QFontMetricsF metrics(fontOf(text.style), &m_writer);
    const qreal advance = qMin(width, metrics.horizontalAdvance(text.text));
    const qreal height = heightOf(text, width);
    drawParagraph(text, left + (width - advance) / 2, m_y, width);
    m_y += height;
}

void ReportCanvas::heading(const QString& text, qreal keepWith)
{
    m_section = text;
    const Paragraph title{text, Style::Heading};
    const qreal height = heightOf(title, m_width) + mm(1.5);
    const qreal gap = mm(4);
    if (m_y > m_bodyTop + 1) {
        m_y += gap;
    }
    // What cannot fit on any page is kept with the heading as far as a page goes, never by leaving a page blank.
    ensureRoom(height + qMin(keepWith, m_bodyBottom - m_bodyTop - height - gap));
    drawParagraph(title, 0, m_y, m_width);
    m_y += height;
}

qreal ReportCanvas::boxHeight(const QList<Paragraph>& lines) const
{
    qreal height = 2 * mm(3);
    for (const Paragraph& line : lines) {
        height += heightOf(line, m_width - 2 * mm(3)) + mm(0.8);
    }
    return height;
}

void ReportCanvas::box(const QList<Paragraph>& lines, const QColor& fill, const QColor& frame)
{
    const qreal inset = mm(3);
    const qreal inner = m_width - 2 * inset;
    const qreal height = boxHeight(lines);
    ensureRoom(height);
    if (drawing()) {
        m_painter.setPen(QPen(frame, mm(0.35)));
        m_painter.setBrush(fill);
        m_painter.drawRect(QRectF(0, m_y, m_width, height));
        m_painter.setBrush(Qt::NoBrush);
    }
    qreal y = m_y + inset;
    for (const Paragraph& line : lines) {
        drawParagraph(line, inset, y, inner);
        y += heightOf(line, inner) + mm(0.8);
    }
    m_y += height;
}

void ReportCanvas::qrCode(const QrCode& code, qreal right, qreal top, qreal side)
{
    if (!drawing()) {
        return;
    }
    const int modules = code.size() + 2 * QrCode::kQuietZone;
    const qreal module = side / modules;
    const qreal left = right - side;
    m_painter.fillRect(QRectF(left, top, side, side), Qt::white);
    // Each row's dark runs as one rectangle: fewer, larger shapes, and no hairline seams between neighbours.
    for (int y = 0; y < code.size(); ++y) {
        int x = 0;
        while (x < code.size()) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size() && code.isDark(x, y)) {
                ++x;
            }
            m_painter.fillRect(QRectF(left + (QrCode::kQuietZone + start) * module,
                                      top + (QrCode::kQuietZone + y) * module, (x - start) * module, module),
                               Qt::black);
        }
    }
}

void ReportCanvas::ensureRoom(qreal height, const std::function<void()>& onNewPage)
{
    if (m_y + height <= m_bodyBottom || m_y <= m_bodyTop + 1) {
        return;
    }
    newPage();
    if (onNewPage) {
        onNewPage();
    }
}

void ReportCanvas::newPage()
{
    if (drawing()) {
        drawFoot();
        m_writer.newPage();
    }
    ++m_page;
    m_y = m_bodyTop;
    drawRunningHead();
}

void ReportCanvas::drawRunningHead()
{
    if (!drawing()) {
        return;
    }
    const QFontMetricsF small(fontOf(Style::Small), &m_writer);
    drawParagraph(Paragraph{small.elidedText(m_runningHead, Qt::ElideRight, m_width), Style::Small}, 0, 0, m_width);
    m_painter.setPen(QPen(kRule, mm(0.25)));
    const qreal rule = small.lineSpacing() + mm(1);
    m_painter.drawLine(QPointF(0, rule), QPointF(m_width, rule));
}

void ReportCanvas::drawFoot()
{
    const QString pageText = QStringLiteral("第 %1 页 共 %2 页").arg(m_page).arg(m_pageCount);
    const QFontMetricsF small(fontOf(Style::Small), &m_writer);
    const qreal rule = m_bodyBottom + mm(1.5);
    m_painter.setPen(QPen(kRule, mm(0.25)));
    m_painter.drawLine(QPointF(0, rule), QPointF(m_width, rule));
    const qreal pageWidth = small.horizontalAdvance(pageText);
    const qreal y = rule + mm(1);
    drawParagraph(Paragraph{small.elidedText(m_footNote, Qt::ElideRight, m_width - pageWidth - mm(4)), Style::Small}, 0,
                  y, m_width - pageWidth - mm(4));
    drawParagraph(Paragraph{pageText, Style::Small}, m_width - pageWidth, y, pageWidth + 1);
}

} // namespace dm::proof
