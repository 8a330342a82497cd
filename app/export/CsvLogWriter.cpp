#include "export/CsvLogWriter.h"

#include "export/CsvFormat.h"

#include <QFileInfo>

namespace dm {

CsvLogWriter::CsvLogWriter(QList<ExportColumn> columns)
    : m_columns(std::move(columns))
{}

Expected<void, QString> CsvLogWriter::put(QByteArrayView bytes)
{
    m_hash.addData(bytes);
    if (m_file.write(bytes.data(), bytes.size()) != bytes.size()) {
        return Unexpected(tr("Cannot write %1: %2").arg(QFileInfo(m_file.fileName()).fileName(), m_file.errorString()));
    }
    return {};
}

Expected<void, QString> CsvLogWriter::open(const QString& path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Unexpected(tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), m_file.errorString()));
    }
    QString header;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        CsvFormat::appendCell(header, m_columns.at(i).header, i == 0);
    }
    CsvFormat::endLine(header);
    if (auto written = put(CsvFormat::kBom); !written) {
        return written;
    }
    return put(header.toUtf8());
}

Expected<void, QString> CsvLogWriter::write(const ExportPage& page)
{
    m_text.clear();
    const qsizetype rows = page.rows();
    for (qsizetype row = 0; row < rows; ++row) {
        for (int column = 0; column < page.columns; ++column) {
            CsvFormat::appendCell(m_text, page.text(row, column), column == 0);
        }
        CsvFormat::endLine(m_text);
    }
    return put(m_text.toUtf8());
}

Expected<void, QString> CsvLogWriter::close()
{
    m_sha256 = m_hash.result();
    const bool flushed = m_file.flush();
    m_file.close();
    if (!flushed || m_file.error() != QFileDevice::NoError) {
        return Unexpected(tr("Cannot write %1: %2").arg(QFileInfo(m_file.fileName()).fileName(), m_file.errorString()));
    }
    return {};
}

} // namespace dm
