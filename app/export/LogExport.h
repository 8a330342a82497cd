#pragma once

#include "core/Expected.h"
#include "export/ExportTable.h"
#include "export/LogExportQuery.h"
#include "export/LogRowSource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace dm {

class Db;
class LogTableWriter;

// One export of a log, as the Logs pages and `dmctl logs export` ask for it.
struct LogExportRequest
{
    LogExportQuery query;
    ExportFormat format = ExportFormat::Csv;
    QString path;         // the file to write; an existing one is replaced once the export succeeded
    QString court;        // the report's title: the court (its mail domain when no name is known)...
    QString profile;      // ...and the profile the cache belongs to
    QString operatorName; // who, for the report and the ledger; empty: the operating system's user
    QString filterWords;  // the filter in words; empty: LogFilterWords::describe(query)
    qint64 nowMs = 0;     // when it was made; 0: now
};

struct LogExportResult
{
    qint64 rows = 0;
    QString path;
    QByteArray sha256; // of the file as written
    qint64 bytes = 0;
};

// Why an export produced no file: cancelled (by the progress callback), or failed with a sentence saying why.
struct LogExportFailure
{
    bool cancelled = false;
    QString message;
};

// An export in steps, so that its caller decides when it runs: dmctl runs the steps back to back; the application
// posts one step at a time to the cache's worker thread, where syncs and page reads get their turn in between.
//
// The file is written under a temporary name beside the target and renamed over it only after the rows are all
// written and the audit ledger records the export (who, when, the filter, the rows and the file's SHA-256). A job
// destroyed before finish() - cancelled, failed, or abandoned - deletes its temporary file: nothing half written is
// ever left under the user's file name, and nothing that never reached it is recorded in the ledger.
//
// Every call must come from the thread of the Db (one at a time); the job keeps no statement between calls.
class LogExportJob
{
    Q_DECLARE_TR_FUNCTIONS(LogExportJob)

public:
    [[nodiscard]] static Expected<std::unique_ptr<LogExportJob>, QString> start(Db& db, LogExportRequest request);
    // The audit ledger's detail of an export: format, rows, the file's SHA-256 as written, and the (masked) filter.
    [[nodiscard]] static QString ledgerDetail(ExportFormat format, qint64 rows, const QByteArray& sha256,
                                              const QString& filterWords);
    ~LogExportJob();
    LogExportJob(const LogExportJob&) = delete;
    LogExportJob& operator=(const LogExportJob&) = delete;

    // Writes pages of rows for about `budgetMs`; true once every row is written (then finish()).
    [[nodiscard]] Expected<bool, QString> step(Db& db, int budgetMs);
    // Completes the file, records it in the audit ledger and gives it its name.
    [[nodiscard]] Expected<LogExportResult, QString> finish(Db& db);

    // Progress in steps of work: rows, twice over for a report that lays its rows out before drawing them.
    [[nodiscard]] qint64 progressDone() const;
    [[nodiscard]] qint64 progressTotal() const;
    // The rows the filter matched when the export started.
    [[nodiscard]] qint64 expectedRows() const { return m_expected; }
    [[nodiscard]] const LogExportRequest& request() const { return m_request; }

private:
    LogExportJob(LogExportRequest request, std::unique_ptr<LogTableWriter> writer, QString temporaryPath);

    LogExportRequest m_request;
    std::unique_ptr<LogTableWriter> m_writer;
    QString m_temporaryPath;
    LogRowSource m_source;
    ExportPage m_page;
    qint64 m_expected = 0;
    int m_pass = 1;
    qint64 m_passRows = 0;      // rows written in this pass
    qint64 m_firstPassRows = 0; // rows of the first pass (what a report's heading says)
    bool m_written = false;
    bool m_finished = false;
};

// Runs a whole export in the calling thread. `progress` (done, total) is called between pages; returning false from
// it cancels the export.
[[nodiscard]] Expected<LogExportResult, LogExportFailure>
runLogExport(Db& db, LogExportRequest request, const std::function<bool(qint64 done, qint64 total)>& progress = {});

// "csv", "xlsx", "pdf": the file suffix and the name dmctl takes.
[[nodiscard]] QString formatName(ExportFormat format);
[[nodiscard]] std::optional<ExportFormat> exportFormatFromName(const QString& name);

} // namespace dm
