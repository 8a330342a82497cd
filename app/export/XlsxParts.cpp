#include "export/XlsxParts.h"

#include <QDateTime>

namespace dm::xlsx {

namespace {

constexpr char kHeader[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr char kMain[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr char kRelationships[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QString escaped(QStringView text)
{
    QString xml;
    appendEscaped(xml, text);
    return xml;
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(QChar(u'A' + (n - 1) % 26));
    }
    return name;
}

void appendEscaped(QString& xml, QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'&':
            xml += QLatin1String("&amp;");
            continue;
        case u'<':
            xml += QLatin1String("&lt;");
            continue;
        case u'>':
            xml += QLatin1String("&gt;");
            continue;
        case u'\t':
        case u'\n':
        case u'\r':
            xml += c;
            continue;
        case u'_':
            if (i + 6 < text.size() && text.at(i + 1) == u'x' && isHex(text.at(i + 2)) && isHex(text.at(i + 3)) &&
                isHex(text.at(i + 4)) && isHex(text.at(i + 5)) && text.at(i + 6) == u'_') {
                xml += QLatin1String("_x005F_");
                continue;
            }
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF) {
                xml += QLatin1String("_x") +
                       QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')).toUpper() +
                       QLatin1Char('_');
                continue;
            }
        }
        xml += c;
    }
}

QByteArray contentTypes(int sheets)
{
    QByteArray xml = kHeader;
    xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/xl/workbook.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    for (int sheet = 1; sheet <= sheets; ++sheet) {
        xml += "<Override PartName=\"/xl/worksheets/sheet" + QByteArray::number(sheet) +
               ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    }
    xml += "<Override PartName=\"/xl/styles.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
           "<Override PartName=\"/docProps/core.xml\" "
           "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
           "<Override PartName=\"/docProps/app.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
           "</Types>";
    return xml;
}

QByteArray packageRelationships()
{
    QByteArray xml = kHeader;
    xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
           "officeDocument\" Target=\"xl/workbook.xml\"/>"
           "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
           "core-properties\" Target=\"docProps/core.xml\"/>"
           "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
           "extended-properties\" Target=\"docProps/app.xml\"/>"
           "</Relationships>";
    return xml;
}

QByteArray coreProperties(const QString& title, const QString& subject, const QString& creator, qint64 createdMs)
{
    const QString created =
        QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    QString xml = QString::fromLatin1(kHeader);
    xml += QLatin1String("<cp:coreProperties "
                         "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                         "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
                         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    xml += QStringLiteral("<dc:title>%1</dc:title><dc:subject>%2</dc:subject><dc:creator>%3</dc:creator>")
               .arg(escaped(title), escaped(subject), escaped(creator));
    xml += QStringLiteral("<dcterms:created xsi:type=\"dcterms:W3CDTF\">%1</dcterms:created>"
                          "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">%1</dcterms:modified></cp:coreProperties>")
               .arg(created);
    return xml.toUtf8();
}

QByteArray appProperties()
{
    QByteArray xml = kHeader;
    xml += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
           "<Application>dmadmin</Application></Properties>";
    return xml;
}

QByteArray styles()
{
    QByteArray xml = kHeader;
    xml += "<styleSheet xmlns=\"" + QByteArray(kMain) + "\">";
    xml += "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/>"
           "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd\"/><numFmt numFmtId=\"166\" formatCode=\"hh:mm:ss\"/>"
           "</numFmts>"
           "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
           "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
           "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
           "<fill><patternFill patternType=\"gray125\"/></fill>"
           "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE7EEF7\"/><bgColor indexed=\"64\"/>"
           "</patternFill></fill></fills>"
           "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
           "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>"
           "</borders>"
           "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
           "<cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
           "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" "
           "applyBorder=\"1\"/>";
    for (const char* format : {"164", "165", "166"}) {
        xml += "<xf numFmtId=\"" + QByteArray(format) +
               "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
               "applyAlignment=\"1\"><alignment horizontal=\"left\"/></xf>";
    }
    xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
           "</styleSheet>";
    return xml;
}

QByteArray workbook(const QList<SheetInfo>& sheets)
{
    QString xml = QString::fromLatin1(kHeader);
    xml += QStringLiteral("<workbook xmlns=\"%1\" xmlns:r=\"%2\"><bookViews><workbookView/></bookViews><sheets>")
               .arg(QLatin1String(kMain), QLatin1String(kRelationships));
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        xml += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>")
                   .arg(escaped(sheets.at(i).name).replace(QLatin1Char('"'), QLatin1String("&quot;")))
                   .arg(i + 1);
    }
    xml += QLatin1String("</sheets><definedNames>");
    // The autofilter's range, as Excel names it itself, so every reader finds the filter where Excel would.
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const SheetInfo& sheet = sheets.at(i);
        QString quoted = sheet.name;
        quoted.replace(QLatin1Char('\''), QLatin1String("''"));
        xml += QStringLiteral("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"%1\" hidden=\"1\">"
                              "'%2'!$A$1:$%3$%4</definedName>")
                   .arg(i)
                   .arg(escaped(quoted), columnName(qMax(0, sheet.columns - 1)))
                   .arg(sheet.rows);
    }
    xml += QLatin1String("</definedNames></workbook>");
    return xml.toUtf8();
}

QByteArray workbookRelationships(int sheets)
{
    QByteArray xml = kHeader;
    xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int sheet = 1; sheet <= sheets; ++sheet) {
        xml += "<Relationship Id=\"rId" + QByteArray::number(sheet) + "\" Type=\"" + QByteArray(kRelationships) +
               "/worksheet\" Target=\"worksheets/sheet" + QByteArray::number(sheet) + ".xml\"/>";
    }
    xml += "<Relationship Id=\"rId" + QByteArray::number(sheets + 1) + "\" Type=\"" + QByteArray(kRelationships) +
           "/styles\" Target=\"styles.xml\"/></Relationships>";
    return xml;
}

QByteArray sheetStart(const QList<double>& widths)
{
    QByteArray xml = kHeader;
    xml += "<worksheet xmlns=\"" + QByteArray(kMain) + "\" xmlns:r=\"" + QByteArray(kRelationships) + "\">";
    xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
           "activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" "
           "sqref=\"A2\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>";
    for (qsizetype i = 0; i < widths.size(); ++i) {
        xml += "<col min=\"" + QByteArray::number(i + 1) + "\" max=\"" + QByteArray::number(i + 1) + "\" width=\"" +
               QByteArray::number(widths.at(i), 'f', 2) + "\" customWidth=\"1\"/>";
    }
    xml += "</cols><sheetData>";
    return xml;
}

QByteArray sheetEnd(const SheetInfo& sheet)
{
    const QByteArray range = "A1:" + columnName(qMax(0, sheet.columns - 1)).toLatin1() + QByteArray::number(sheet.rows);
    return "</sheetData><autoFilter ref=\"" + range +
           "\"/><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
           "footer=\"0.3\"/></worksheet>";
}

} // namespace dm::xlsx
