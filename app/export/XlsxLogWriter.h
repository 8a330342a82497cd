#pragma once

#include "export/LogTableWriter.h"
#include "export/XlsxParts.h"

#include <QCoreApplication>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace dm {

// A log as an Excel workbook: a bold header row, frozen, with an autofilter over the table; times as real date cells
// in date and time number formats; every other cell an inline string, so nothing in it is ever a formula.
//
// The sheet's XML streams into the zip as the rows come (QuaZip, which the XLSX import already uses), so a million
// rows take no more memory than a page of them. libxlsxwriter cannot do this job here: it zips through the system's
// minizip, whose symbols (zipOpen, ...) QuaZip exports too; in a process that has both (dmadmin and dmctl import
// XLSX through QuaZip), libxlsxwriter's calls land in QuaZip's incompatible copies and crash.
//
// A sheet holds at most 1,048,576 rows, the header included: the rows beyond continue on a new sheet ("登录日志 (2)")
// with its own header, filter and frozen row, so no row is ever dropped.
class XlsxLogWriter final : public LogTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxLogWriter)

public:
    static constexpr qint64 kMaxSheetRows = 1'048'576;

    // `maxSheetRows` (the header included) is Excel's limit unless a test wants to see the continuation sooner.
    XlsxLogWriter(QList<ExportColumn> columns, ExportHeading heading, qint64 maxSheetRows = kMaxSheetRows);
    ~XlsxLogWriter() override;
    XlsxLogWriter(const XlsxLogWriter&) = delete;
    XlsxLogWriter& operator=(const XlsxLogWriter&) = delete;

    [[nodiscard]] Expected<void, QString> open(const QString& path) override;
    [[nodiscard]] Expected<void, QString> write(const ExportPage& page) override;
    [[nodiscard]] Expected<void, QString> close() override;

    // Excel's serial day number of the local date and time of `ms` (days since 1899-12-30), to the whole second as
    // the pages show it.
    [[nodiscard]] static double serialDate(qint64 ms);

private:
    [[nodiscard]] Expected<void, QString> startSheet();
    [[nodiscard]] Expected<void, QString> endSheet();
    [[nodiscard]] Expected<void, QString> put(const QByteArray& bytes);
    [[nodiscard]] Expected<void, QString> addPart(const QString& name, const QByteArray& bytes);
    [[nodiscard]] QString failure() const;

    QList<ExportColumn> m_columns;
    ExportHeading m_heading;
    qint64 m_maxSheetRows = kMaxSheetRows;
    qint64 m_createdMs = 0;
    QString m_fileName;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    QList<xlsx::SheetInfo> m_sheets;
    QString m_xml; // the page being encoded, kept to reuse its allocation
};

} // namespace dm
