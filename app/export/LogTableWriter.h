#pragma once

#include "core/Expected.h"
#include "export/ExportTable.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dm {

// What stands above an exported table: a report prints it, a workbook keeps it in its document properties.
struct ExportHeading
{
    QString title;       // "<court> — <profile> — 登录日志"
    QString logName;     // "登录日志": a sheet's name
    QString filterWords; // the filter in words
    QString generatedAt; // local time, as a person reads it
    QString operatorName;
};

// One file format of the log exports. The job (LogExportJob) hands it the rows page by page; a writer keeps only what
// the format needs between pages (a file, a workbook streaming its rows, a report's page layout), never the rows.
// Errors are one translated sentence.
class LogTableWriter
{
public:
    virtual ~LogTableWriter() = default;

    // How often the rows are wanted: a report that numbers its pages "N of M" lays them out once to count the pages,
    // then draws them.
    [[nodiscard]] virtual int passes() const { return 1; }
    // Creates the file at `path` (a temporary name the job renames at the end) and writes what precedes the rows.
    [[nodiscard]] virtual Expected<void, QString> open(const QString& path) = 0;
    // Before every pass after the first: `rows` is how many the first pass had.
    virtual void startPass(int pass, qint64 rows)
    {
        Q_UNUSED(pass);
        Q_UNUSED(rows);
    }
    [[nodiscard]] virtual Expected<void, QString> write(const ExportPage& page) = 0;
    // Completes and closes the file.
    [[nodiscard]] virtual Expected<void, QString> close() = 0;
    // The SHA-256 of the bytes written, when the writer saw them all go by; empty: the job hashes the file.
    [[nodiscard]] virtual QByteArray sha256() const { return {}; }
};

} // namespace dm
