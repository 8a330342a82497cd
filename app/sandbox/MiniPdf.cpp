#include "sandbox/MiniPdf.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace dm::sandbox {
namespace {

constexpr int kPageWidth = 595; // A4 in points
constexpr int kPageHeight = 842;
constexpr int kMargin = 72;

bool isAscii(QChar c)
{
    return c.unicode() >= 0x20 && c.unicode() < 0x7f;
}

// Roughly how wide a line sets: Han characters are square, Latin letters and digits about half as wide.
double lineWidth(const QString& text, int size)
{
    double ems = 0;
    for (const QChar c : text) {
        ems += isAscii(c) ? 0.55 : 1.0;
    }
    return ems * size;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 1);
}

// A PDF literal string: ( ) and \ escaped.
QByteArray literal(const QString& ascii)
{
    QByteArray text = "(";
    for (const QChar c : ascii) {
        if (c == u'(' || c == u')' || c == u'\\') {
            text += '\\';
        }
        text += static_cast<char>(c.unicode());
    }
    return text + ')';
}

// The line as runs of one font each: ASCII in Helvetica (F2), everything else in STSong-Light (F1). The CJK font
// has no Latin widths of its own here, so Latin text set in it would run full-width.
QByteArray lineRuns(const QString& text, int size)
{
    QByteArray runs;
    qsizetype start = 0;
    while (start < text.size()) {
        const bool ascii = isAscii(text.at(start));
        qsizetype end = start;
        while (end < text.size() && isAscii(text.at(end)) == ascii) {
            ++end;
        }
        const QString run = text.mid(start, end - start);
        runs += (ascii ? "/F2 " : "/F1 ") + QByteArray::number(size) + " Tf " +
                (ascii ? literal(run) : pdfHexText(run)) + " Tj\n";
        start = end;
    }
    return runs;
}

} // namespace

QByteArray pdfHexText(const QString& text)
{
    QByteArray hex = "<";
    for (const QChar c : text) {
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    }
    return hex + '>';
}

QByteArray singlePagePdf(const QString& title, const QList<PdfLine>& lines, qint64 createdAtMs)
{
    QByteArray content = "BT\n";
    double y = kPageHeight - kMargin;
    for (const PdfLine& line : lines) {
        y -= line.spaceBefore + line.size;
        const double x =
            line.centred ? std::max<double>(kMargin, (kPageWidth - lineWidth(line.text, line.size)) / 2) : kMargin;
        content += "1 0 0 1 " + number(x) + ' ' + number(y) + " Tm\n" + lineRuns(line.text, line.size);
    }
    content += "ET\n";

    const QDateTime created = QDateTime::fromMSecsSinceEpoch(createdAtMs, QTimeZone(8 * 60 * 60));
    const QByteArray titleHex = "<FEFF" + pdfHexText(title).mid(1);
    const std::vector<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(kPageWidth) + ' ' +
            QByteArray::number(kPageHeight) + "] /Resources << /Font << /F1 5 0 R /F2 9 0 R >> >> /Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 /FontDescriptor 7 0 R >>",
        "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
        "/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
        "<< /Title " + titleHex + " /Producer (dmsandbox) /CreationDate (D:" +
            created.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "+08'00') >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    };
    // A binary comment on the second line tells transfer tools the file is binary (PDF 1.4, 7.5.2).
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<qsizetype> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += QByteArray::number(static_cast<qsizetype>(i + 1)) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(static_cast<qsizetype>(objects.size() + 1)) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n"; // 20 bytes each, as 7.5.4 wants
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(static_cast<qsizetype>(objects.size() + 1)) +
           " /Root 1 0 R /Info 8 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace dm::sandbox
