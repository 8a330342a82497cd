#pragma once

#include "export/LogTableWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace dm {

// A log as CSV (export/CsvFormat.h): a header row of the page's column names, then one line per row with the page's
// texts. Hashes the bytes as they are written, so the ledger's SHA-256 costs no second read of the file.
class CsvLogWriter final : public LogTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvLogWriter)

public:
    explicit CsvLogWriter(QList<ExportColumn> columns);

    [[nodiscard]] Expected<void, QString> open(const QString& path) override;
    [[nodiscard]] Expected<void, QString> write(const ExportPage& page) override;
    [[nodiscard]] Expected<void, QString> close() override;
    [[nodiscard]] QByteArray sha256() const override { return m_sha256; }

private:
    [[nodiscard]] Expected<void, QString> put(QByteArrayView bytes);

    QList<ExportColumn> m_columns;
    QFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_sha256;
    QString m_text; // the page being encoded, kept to reuse its allocation
};

} // namespace dm
