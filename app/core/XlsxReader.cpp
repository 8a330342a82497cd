#include "core/XlsxReader.h"

#include "core/XlsxSheetParser.h"

#include <QBuffer>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace dm {

namespace {

// Inflates the workbook's parts one by one, all under one budget: a ZIP's declared sizes are not trusted.
class PartReader
{
public:
    PartReader(QuaZip& zip, qint64 budget)
        : m_zip(zip)
        , m_budget(budget)
        , m_limit(budget)
    {}

    // std::nullopt (with the error kept) when the part is absent and `required`, broken, or over the budget; an
    // absent optional part reads as empty.
    [[nodiscard]] std::optional<QByteArray> read(const QString& name, bool required)
    {
        if (!m_zip.setCurrentFile(name, QuaZip::csInsensitive)) {
            if (!required)
                return QByteArray();
            m_error = ImportError{ImportError::Reason::CorruptXlsx, 0, {}, 0, name % u" missing"};
            return std::nullopt;
        }
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = ImportError{ImportError::Reason::CorruptXlsx, 0, {}, 0, name % u" unreadable"};
            return std::nullopt;
        }
        constexpr qint64 Chunk = 64 * 1024;
        QByteArray data;
        while (true) {
            const QByteArray chunk = file.read(std::min(Chunk, m_budget + 1));
            if (chunk.isEmpty())
                break;
            m_budget -= chunk.size();
            if (m_budget < 0) {
                m_error = ImportError{ImportError::Reason::UnpacksTooLarge, 0, {}, m_limit, {}};
                return std::nullopt;
            }
            data.append(chunk);
        }
        // A CRC mismatch or a truncated stream shows only when the file is closed.
        file.close();
        if (file.getZipError() != UNZ_OK) {
            m_error = ImportError{ImportError::Reason::CorruptXlsx, 0, {}, 0, name % u" damaged"};
            return std::nullopt;
        }
        return data;
    }
    [[nodiscard]] const ImportError& error() const { return m_error; }

private:
    QuaZip& m_zip;
    qint64 m_budget;
    qint64 m_limit;
    ImportError m_error;
};

} // namespace

Expected<ImportTable, ImportError> XlsxReader::read(const QByteArray& workbook, const ImportLimits& limits)
{
    QByteArray bytes = workbook; // QBuffer wants a mutable array; this is a shallow copy
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return Unexpected{ImportError{ImportError::Reason::CorruptXlsx, 0, {}, 0, QStringLiteral("not a ZIP archive")}};

    PartReader parts(zip, limits.maxUnpackedBytes);
    const std::optional<QByteArray> workbookXml = parts.read(QStringLiteral("xl/workbook.xml"), true);
    if (!workbookXml)
        return Unexpected{parts.error()};
    const std::optional<QByteArray> relationshipsXml = parts.read(QStringLiteral("xl/_rels/workbook.xml.rels"), false);
    if (!relationshipsXml)
        return Unexpected{parts.error()};

    QString sharedPath = XlsxSheetParser::sharedStringsPath(*relationshipsXml);
    if (sharedPath.isEmpty())
        sharedPath = QStringLiteral("xl/sharedStrings.xml");
    const std::optional<QByteArray> sharedXml = parts.read(sharedPath, false);
    if (!sharedXml)
        return Unexpected{parts.error()};
    Expected<QStringList, ImportError> shared = XlsxSheetParser::sharedStrings(*sharedXml, limits);
    if (!shared)
        return Unexpected{shared.error()};

    const QString sheetPath = XlsxSheetParser::firstSheetPath(*workbookXml, *relationshipsXml);
    const std::optional<QByteArray> sheetXml = parts.read(sheetPath, true);
    if (!sheetXml)
        return Unexpected{parts.error()};
    return XlsxSheetParser::sheet(*sheetXml, *shared, limits);
}

} // namespace dm
