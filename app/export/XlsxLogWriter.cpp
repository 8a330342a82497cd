#include "export/XlsxLogWriter.h"

#include "export/LocalTime.h"

#include <QDateTime>
#include <QFileInfo>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace dm {

namespace {

// Excel keeps at most 32,767 characters in a cell; longer text (a runaway remark) is cut rather than refused.
constexpr qsizetype kMaxCellText = 32767;
constexpr double kUnixEpochSerial = 25569.0; // 1970-01-01 as Excel's serial day
constexpr double kMsPerDay = 86400000.0;
// zlib's fastest level: the sheet XML is very repetitive, so it still shrinks about tenfold, at several times the
// speed of the default level (a million rows are hundreds of megabytes of XML).
constexpr int kCompressionLevel = 1;

// A sheet name of at most 31 characters (Excel's limit), with the continuation number when there is one.
QString sheetName(const QString& logName, int number)
{
    const QString suffix = number > 1 ? QStringLiteral(" (%1)").arg(number) : QString();
    QString name = logName.isEmpty() ? QStringLiteral("Sheet") : logName;
    for (const QChar forbidden : {u':', u'\\', u'/', u'?', u'*', u'[', u']'}) {
        name.replace(forbidden, QLatin1Char('_'));
    }
    return name.left(31 - suffix.size()) + suffix;
}

xlsx::Style styleOf(CellKind kind)
{
    switch (kind) {
    case CellKind::DateTime:
        return xlsx::DateTimeStyle;
    case CellKind::Date:
        return xlsx::DateStyle;
    case CellKind::TimeOfDay:
        return xlsx::TimeStyle;
    case CellKind::Text:
        return xlsx::DefaultStyle;
    }
    return xlsx::DefaultStyle;
}

} // namespace

XlsxLogWriter::XlsxLogWriter(QList<ExportColumn> columns, ExportHeading heading, qint64 maxSheetRows)
    : m_columns(std::move(columns))
    , m_heading(std::move(heading))
    , m_maxSheetRows(qBound<qint64>(2, maxSheetRows, kMaxSheetRows))
{}

XlsxLogWriter::~XlsxLogWriter()
{
    // An abandoned export: close what is open (the job removes the file).
    if (m_sheet && m_sheet->isOpen()) {
        m_sheet->close();
    }
    m_sheet.reset();
    if (m_zip && m_zip->isOpen()) {
        m_zip->close();
    }
}

double XlsxLogWriter::serialDate(qint64 ms)
{
    const qint64 seconds = ms - ms % 1000;
    const qint64 local = seconds + LocalTime::offsetMs(seconds);
    return double(local) / kMsPerDay + kUnixEpochSerial;
}

QString XlsxLogWriter::failure() const
{
    return tr("Cannot write %1 (zip error %2).").arg(m_fileName).arg(m_zip ? m_zip->getZipError() : -1);
}

Expected<void, QString> XlsxLogWriter::open(const QString& path)
{
    m_fileName = QFileInfo(path).fileName();
    m_createdMs = QDateTime::currentMSecsSinceEpoch();
    m_zip = std::make_unique<QuaZip>(path);
    m_zip->setUtf8Enabled(true);
    if (!m_zip->open(QuaZip::mdCreate)) {
        return Unexpected(failure());
    }
    return startSheet();
}

Expected<void, QString> XlsxLogWriter::put(const QByteArray& bytes)
{
    if (m_sheet->write(bytes) != bytes.size()) {
        return Unexpected(failure());
    }
    return {};
}

Expected<void, QString> XlsxLogWriter::addPart(const QString& name, const QByteArray& bytes)
{
    QuaZipFile part(m_zip.get());
    if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, kCompressionLevel) ||
        part.write(bytes) != bytes.size()) {
        return Unexpected(failure());
    }
    part.close();
    if (part.getZipError() != ZIP_OK) {
        return Unexpected(failure());
    }
    return {};
}

Expected<void, QString> XlsxLogWriter::startSheet()
{
    m_sheets.append({sheetName(m_heading.logName, int(m_sheets.size()) + 1), int(m_columns.size()), 1});
    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    const QString name = QStringLiteral("xl/worksheets/sheet%1.xml").arg(m_sheets.size());
    if (!m_sheet->open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, kCompressionLevel)) {
        return Unexpected(failure());
    }
    QList<double> widths;
    m_xml = QStringLiteral("<row r=\"1\">");
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        widths.append(m_columns.at(column).width + 0.71); // Excel's padding of a column width
        m_xml += QStringLiteral("<c r=\"%1\" s=\"%2\" t=\"inlineStr\"><is><t>")
                     .arg(xlsx::columnName(int(column)) + QLatin1Char('1'))
                     .arg(int(xlsx::HeaderStyle));
        xlsx::appendEscaped(m_xml, m_columns.at(column).header);
        m_xml += QLatin1String("</t></is></c>");
    }
    m_xml += QLatin1String("</row>");
    if (auto started = put(xlsx::sheetStart(widths)); !started) {
        return started;
    }
    return put(m_xml.toUtf8());
}

Expected<void, QString> XlsxLogWriter::endSheet()
{
    if (auto ended = put(xlsx::sheetEnd(m_sheets.constLast())); !ended) {
        return ended;
    }
    m_sheet->close();
    const bool closed = m_sheet->getZipError() == ZIP_OK;
    m_sheet.reset();
    if (!closed) {
        return Unexpected(failure());
    }
    return {};
}

Expected<void, QString> XlsxLogWriter::write(const ExportPage& page)
{
    m_xml.clear();
    const qsizetype rows = page.rows();
    for (qsizetype row = 0; row < rows; ++row) {
        if (m_sheets.constLast().rows >= m_maxSheetRows) {
            if (auto flushed = put(m_xml.toUtf8()); !flushed) {
                return flushed;
            }
            m_xml.clear();
            if (auto ended = endSheet(); !ended) {
                return ended;
            }
            if (auto started = startSheet(); !started) {
                return started;
            }
            m_xml.clear();
        }
        const QString number = QString::number(++m_sheets.last().rows);
        m_xml += QLatin1String("<row r=\"") + number + QLatin1String("\">");
        for (int column = 0; column < page.columns; ++column) {
            const CellKind kind = m_columns.at(column).kind;
            const QString reference = xlsx::columnName(column) + number;
            if (kind != CellKind::Text) {
                if (const qint64 time = page.time(row, column); time > 0) {
                    m_xml += QLatin1String("<c r=\"") + reference + QLatin1String("\" s=\"") +
                             QString::number(int(styleOf(kind))) + QLatin1String("\"><v>") +
                             QString::number(serialDate(time), 'g', 15) + QLatin1String("</v></c>");
                }
                continue;
            }
            const QString& text = page.text(row, column);
            if (text.isEmpty()) {
                continue;
            }
            const bool spaced = text.front().isSpace() || text.back().isSpace() || text.contains(QLatin1Char('\n'));
            m_xml += QLatin1String("<c r=\"") + reference + QLatin1String("\" t=\"inlineStr\"><is><t") +
                     (spaced ? QLatin1String(" xml:space=\"preserve\">") : QLatin1String(">"));
            xlsx::appendEscaped(m_xml, QStringView(text).left(kMaxCellText));
            m_xml += QLatin1String("</t></is></c>");
        }
        m_xml += QLatin1String("</row>");
    }
    return put(m_xml.toUtf8());
}

Expected<void, QString> XlsxLogWriter::close()
{
    if (auto ended = endSheet(); !ended) {
        return ended;
    }
    const int sheets = int(m_sheets.size());
    const QList<std::pair<QString, QByteArray>> parts{
        {QStringLiteral("xl/styles.xml"), xlsx::styles()},
        {QStringLiteral("xl/workbook.xml"), xlsx::workbook(m_sheets)},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), xlsx::workbookRelationships(sheets)},
        {QStringLiteral("docProps/core.xml"),
         xlsx::coreProperties(m_heading.title, m_heading.filterWords, m_heading.operatorName, m_createdMs)},
        {QStringLiteral("docProps/app.xml"), xlsx::appProperties()},
        {QStringLiteral("_rels/.rels"), xlsx::packageRelationships()},
        {QStringLiteral("[Content_Types].xml"), xlsx::contentTypes(sheets)},
    };
    for (const auto& [name, bytes] : parts) {
        if (auto added = addPart(name, bytes); !added) {
            return added;
        }
    }
    m_zip->close();
    if (m_zip->getZipError() != ZIP_OK) {
        return Unexpected(failure());
    }
    m_zip.reset();
    return {};
}

} // namespace dm
