#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dm::sandbox {

// One line of text on the page, top to bottom.
struct PdfLine
{
    QString text;
    int size = 12;        // points
    bool centred = false; // else from the left margin
    int spaceBefore = 8;  // points between this line and the one above
};

// A one-page A4 PDF 1.4: Chinese in STSong-Light through the UniGB-UCS2-H encoding (one of the Adobe CJK fonts PDF
// readers provide, so nothing is embedded; written as hex strings, see pdfHexText), printable ASCII in Helvetica as
// literal strings. Small, valid (exact cross-reference offsets) and readable in any viewer. Byte-identical for the
// same arguments: nothing here reads a clock or a random source.
[[nodiscard]] QByteArray singlePagePdf(const QString& title, const QList<PdfLine>& lines, qint64 createdAtMs);

// The text as a PDF hex string of UTF-16BE code units, e.g. <51734E8E>: how the Chinese runs are written.
[[nodiscard]] QByteArray pdfHexText(const QString& text);

} // namespace dm::sandbox
