#include "proof/ProofReportFonts.h"

namespace dm::proof {

namespace {

const QStringList& sansFamilies()
{
    static const QStringList families{QStringLiteral("Noto Sans CJK SC"),    QStringLiteral("Source Han Sans SC"),
                                      QStringLiteral("Microsoft YaHei"),     QStringLiteral("PingFang SC"),
                                      QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Droid Sans Fallback")};
    return families;
}

// 宋体 for the court and the title, as court documents print them; the sans families where no serif CJK is installed.
QStringList serifFamilies()
{
    return QStringList{QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
                       QStringLiteral("SimSun"), QStringLiteral("Songti SC")} +
           sansFamilies();
}

// Digests must keep their columns: a proportional font would make two equal-looking hashes differ in width.
QStringList monoFamilies()
{
    return QStringList{QStringLiteral("Noto Sans Mono"), QStringLiteral("DejaVu Sans Mono"),
                       QStringLiteral("Liberation Mono"), QStringLiteral("Consolas"), QStringLiteral("Menlo")} +
           sansFamilies();
}

QFont makeFont(const QStringList& families, qreal points, bool bold)
{
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(points);
    font.setBold(bold);
    // No OpenType substitutions: a ligature or an alternate glyph has no character of its own, so the text layer
    // (PdfTextLayer) could not say what it shows. Han, Latin and digits need no shaping to look right.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

QList<QFont> reportFonts()
{
    // In the order of ReportCanvas::Style.
    QList<QFont> fonts{makeFont(serifFamilies(), 13, true),  makeFont(serifFamilies(), 22, true),
                       makeFont(sansFamilies(), 10.5, true), makeFont(sansFamilies(), 8.5, false),
                       makeFont(sansFamilies(), 8.5, true),  makeFont(sansFamilies(), 8.5, false),
                       makeFont(sansFamilies(), 7, false),   makeFont(monoFamilies(), 7.5, false),
                       makeFont(sansFamilies(), 12, true),   makeFont(sansFamilies(), 7.5, false),
                       makeFont(sansFamilies(), 7.5, true),  makeFont(monoFamilies(), 6.5, false)};
    fonts[int(ReportCanvas::Style::Mono)].setStyleHint(QFont::Monospace);
    fonts[int(ReportCanvas::Style::DenseMono)].setStyleHint(QFont::Monospace);
    fonts[int(ReportCanvas::Style::Title)].setLetterSpacing(QFont::PercentageSpacing, 130); // set wide, as titles are
    return fonts;
}

} // namespace dm::proof
