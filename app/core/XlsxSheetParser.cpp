#include "core/XlsxSheetParser.h"

#include "core/FullWidth.h"

#include <QDir>
#include <QList>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>
#include <utility>

namespace dm {

namespace {

constexpr QStringView RelationshipsNamespace = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr QStringView StrictRelationshipsNamespace = u"http://purl.oclc.org/ooxml/officeDocument/relationships";

[[nodiscard]] ImportError corrupt(const QString& what)
{
    return ImportError{ImportError::Reason::CorruptXlsx, 0, {}, 0, what};
}

[[nodiscard]] QString xmlProblem(const QXmlStreamReader& xml, const QString& part)
{
    return part % u": " % xml.errorString() % u" (line " % QString::number(xml.lineNumber()) % u')';
}

// Relationship targets are relative to xl/ unless they start with '/'.
[[nodiscard]] QString partPath(QStringView target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.sliced(1).toString());
    return QDir::cleanPath(u"xl/" % target);
}

// Every <Relationship> whose Type ends with `typeSuffix`, as Id -> part path, in document order.
[[nodiscard]] QList<std::pair<QString, QString>> relationships(const QByteArray& relationshipsXml,
                                                               QStringView typeSuffix)
{
    QList<std::pair<QString, QString>> found;
    QXmlStreamReader xml(relationshipsXml);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (attributes.value(QStringLiteral("Type")).endsWith(typeSuffix))
                found.append({attributes.value(QStringLiteral("Id")).toString(),
                              partPath(attributes.value(QStringLiteral("Target")))});
        }
    }
    return found;
}

// "BC12" -> column 54 (0-based); std::nullopt when there are no letters or too many to be a column.
[[nodiscard]] std::optional<qsizetype> columnOfReference(QStringView reference)
{
    qsizetype column = 0;
    qsizetype letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.unicode();
        if (u < u'A' || u > u'Z')
            break;
        if (++letters > 3)
            return std::nullopt;
        column = column * 26 + (u - u'A' + 1);
    }
    if (letters == 0)
        return std::nullopt;
    return column - 1;
}

// The text of an <si> or <is> element: its <t> children and those of its runs, without <rPh> phonetic guides. At most
// `keep` characters are kept (enough to know a cell is too long), however many runs the element has.
[[nodiscard]] QString richText(QXmlStreamReader& xml, qsizetype keep)
{
    const QString end = xml.name().toString(); // name() points into a buffer that readNext() reuses
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0 && text.size() <= keep)
                text.append(xml.readElementText(QXmlStreamReader::SkipChildElements).left(keep + 1 - text.size()));
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

// The parsing state of one <sheetData>: the row being read and where the next cell without a reference goes.
class SheetBuilder
{
public:
    SheetBuilder(const QStringList& shared, const ImportLimits& limits)
        : m_shared(shared)
        , m_limits(limits)
    {}

    [[nodiscard]] bool startRow(QStringView reference)
    {
        bool ok = false;
        const qsizetype number = reference.toLongLong(&ok);
        m_row = ok && number > m_row ? number : m_row + 1;
        m_cells.clear();
        m_nextColumn = 0;
        return true;
    }
    [[nodiscard]] bool endRow()
    {
        const bool empty =
            std::all_of(m_cells.cbegin(), m_cells.cend(), [](const QString& cell) { return cell.isEmpty(); });
        if (empty)
            return true;
        if (m_table.rows.size() > m_limits.maxRows)
            return fail(ImportError{ImportError::Reason::TooManyRows, m_row, {}, m_limits.maxRows, {}});
        m_cellCount += m_cells.size();
        if (m_cellCount > m_limits.maxCells)
            return fail(ImportError{ImportError::Reason::TooManyCells, m_row, {}, m_limits.maxCells, {}});
        m_table.rows.append(ImportSheetRow{m_row, m_cells});
        return true;
    }
    [[nodiscard]] bool cell(QXmlStreamReader& xml)
    {
        const QXmlStreamAttributes attributes = xml.attributes();
        const QStringView reference = attributes.value(QStringLiteral("r"));
        const std::optional<qsizetype> column = reference.isEmpty() ? m_nextColumn : columnOfReference(reference);
        if (!column || *column >= m_limits.maxColumns)
            return fail(ImportError{ImportError::Reason::TooManyColumns, m_row, {}, m_limits.maxColumns, {}});
        m_nextColumn = *column + 1;
        const QString type = attributes.value(QStringLiteral("t")).toString();
        std::optional<QString> value = cellValue(xml, type);
        if (!value)
            return false;
        if (value->size() > m_limits.maxCellChars)
            return fail(ImportError{
                ImportError::Reason::CellTooLong, m_row, columnLetters(*column), m_limits.maxCellChars, {}});
        if (m_cells.size() <= *column)
            m_cells.resize(*column + 1);
        m_cells[*column] = std::move(*value);
        return true;
    }
    [[nodiscard]] ImportTable takeTable() { return std::move(m_table); }
    [[nodiscard]] const ImportError& error() const { return m_error; }

private:
    // Reads up to the cell's end element. Formulas (<f>) are skipped: their cached result (<v>) is the value.
    [[nodiscard]] std::optional<QString> cellValue(QXmlStreamReader& xml, const QString& type)
    {
        QString stored;
        QString inlineText;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == u"v")
                    stored = xml.readElementText(QXmlStreamReader::SkipChildElements);
                else if (xml.name() == u"is")
                    inlineText = richText(xml, m_limits.maxCellChars);
                else
                    xml.skipCurrentElement();
            } else if (xml.isEndElement()) {
                break;
            }
        }
        if (type == u"inlineStr")
            return inlineText;
        if (type == u"s") {
            bool ok = false;
            const qsizetype index = stored.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= m_shared.size()) {
                fail(corrupt(QStringLiteral("shared string index")));
                return std::nullopt;
            }
            return m_shared.at(index);
        }
        if (type == u"b")
            return stored.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        if (type.isEmpty() || type == u"n")
            return XlsxSheetParser::plainNumber(stored);
        return stored; // "str" (a formula's text), "e" (#N/A and friends), "d" (an ISO date)
    }
    bool fail(ImportError error)
    {
        m_error = std::move(error);
        return false;
    }

    const QStringList& m_shared;
    const ImportLimits& m_limits;
    ImportTable m_table;
    QStringList m_cells;
    qsizetype m_row = 0;
    qsizetype m_nextColumn = 0;
    qint64 m_cellCount = 0; // kept so far, all rows
    ImportError m_error;
};

} // namespace

QString XlsxSheetParser::firstSheetPath(const QByteArray& workbookXml, const QByteArray& relationshipsXml)
{
    const QString fallback = QStringLiteral("xl/worksheets/sheet1.xml");
    QString firstId;
    QXmlStreamReader xml(workbookXml);
    while (!xml.atEnd() && firstId.isEmpty()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sheet") {
            const QXmlStreamAttributes attributes = xml.attributes();
            for (const QXmlStreamAttribute& attribute : attributes) {
                if (attribute.name() == u"id" && (attribute.namespaceUri() == RelationshipsNamespace ||
                                                  attribute.namespaceUri() == StrictRelationshipsNamespace))
                    firstId = attribute.value().toString();
            }
            if (firstId.isEmpty())
                return fallback;
        }
    }
    const auto sheets = relationships(relationshipsXml, u"/worksheet");
    for (const auto& [id, path] : sheets) {
        if (id == firstId)
            return path;
    }
    return fallback;
}

QString XlsxSheetParser::sharedStringsPath(const QByteArray& relationshipsXml)
{
    const auto found = relationships(relationshipsXml, u"/sharedStrings");
    return found.isEmpty() ? QString() : found.constFirst().second;
}

Expected<QStringList, ImportError> XlsxSheetParser::sharedStrings(const QByteArray& xml, const ImportLimits& limits)
{
    QStringList strings;
    if (xml.isEmpty()) // a workbook without text cells may have no shared strings part
        return strings;
    QXmlStreamReader reader(xml);
    qint64 chars = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"si") {
            if (strings.size() >= limits.maxSharedStrings)
                return Unexpected{ImportError{ImportError::Reason::TooMuchText, 0, {}, limits.maxSharedStrings, {}}};
            QString text = richText(reader, limits.maxCellChars);
            // Kept whole up to one past the limit, so that the cell that uses it can be named in the error.
            if (text.size() > limits.maxCellChars)
                text.truncate(limits.maxCellChars + 1);
            chars += text.size();
            if (chars > limits.maxSharedChars)
                return Unexpected{ImportError{ImportError::Reason::TooMuchText, 0, {}, limits.maxSharedChars, {}}};
            strings.append(std::move(text));
        }
    }
    if (reader.hasError())
        return Unexpected{corrupt(xmlProblem(reader, QStringLiteral("sharedStrings.xml")))};
    return strings;
}

Expected<ImportTable, ImportError> XlsxSheetParser::sheet(const QByteArray& xml, const QStringList& shared,
                                                          const ImportLimits& limits)
{
    SheetBuilder builder(shared, limits);
    QXmlStreamReader reader(xml);
    bool inRow = false;
    while (!reader.atEnd()) {
        reader.readNext();
        bool ok = true;
        if (reader.isStartElement()) {
            if (reader.name() == u"row") {
                ok = builder.startRow(reader.attributes().value(QStringLiteral("r")));
                inRow = true;
            } else if (reader.name() == u"c" && inRow) {
                ok = builder.cell(reader);
            }
        } else if (reader.isEndElement() && reader.name() == u"row") {
            ok = builder.endRow();
            inRow = false;
        }
        if (!ok)
            return Unexpected{builder.error()};
    }
    if (reader.hasError())
        return Unexpected{corrupt(xmlProblem(reader, QStringLiteral("sheet")))};
    return builder.takeTable();
}

QString XlsxSheetParser::plainNumber(QStringView stored)
{
    constexpr qsizetype LongestNumber = 400; // a double has at most 309 integer digits
    const QStringView text = stored.trimmed();
    if (text.size() > LongestNumber)
        return stored.toString();
    qsizetype i = 0;
    const bool negative = i < text.size() && text[i] == u'-';
    if (negative || (i < text.size() && text[i] == u'+'))
        ++i;
    QString digits;
    qsizetype integerDigits = 0;
    bool point = false;
    for (; i < text.size(); ++i) {
        if (isAsciiDigit(text[i])) {
            digits.append(text[i]);
            integerDigits += point ? 0 : 1;
        } else if (text[i] == u'.' && !point) {
            point = true;
        } else {
            break;
        }
    }
    if (digits.isEmpty())
        return stored.toString();
    qsizetype exponent = 0;
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        bool ok = false;
        exponent = text.sliced(i + 1).toLongLong(&ok);
        if (!ok || exponent > 100 || exponent < -100)
            return stored.toString();
    } else if (i != text.size()) {
        return stored.toString();
    }
    // Place the decimal point, padding with zeros on whichever side it moved past the digits.
    qsizetype pointAt = integerDigits + exponent;
    if (pointAt > digits.size())
        digits.append(QString(pointAt - digits.size(), u'0'));
    if (pointAt < 0) {
        digits.prepend(QString(-pointAt, u'0'));
        pointAt = 0;
    }
    qsizetype firstSignificant = 0;
    while (firstSignificant < pointAt - 1 && digits[firstSignificant] == u'0')
        ++firstSignificant;
    qsizetype fractionEnd = digits.size();
    while (fractionEnd > pointAt && digits[fractionEnd - 1] == u'0')
        --fractionEnd;
    const QStringView integerPart = QStringView(digits).sliced(firstSignificant, pointAt - firstSignificant);
    const QStringView fraction = QStringView(digits).sliced(pointAt, fractionEnd - pointAt);
    QString result = integerPart.isEmpty() ? QStringLiteral("0") : integerPart.toString();
    if (!fraction.isEmpty())
        result += u'.' % fraction;
    if (negative && result != u"0")
        result.prepend(u'-');
    return result;
}

} // namespace dm
