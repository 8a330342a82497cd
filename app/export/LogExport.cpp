#include "export/LogExport.h"

#include "core/OwnerOnlyFile.h"
#include "core/PiiScrubber.h"
#include "export/CsvLogWriter.h"
#include "export/LogExportColumns.h"
#include "export/LogFilterWords.h"
#include "export/LogTexts.h"
#include "export/PdfLogReport.h"
#include "export/XlsxLogWriter.h"
#include "store/AuditLedger.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace dm {

namespace {

constexpr int kPageRows = 2000; // rows read per keyset page

QString ledgerAction(LogKind kind)
{
    switch (kind) {
    case LogKind::Operations:
        return QStringLiteral("exportOperations");
    case LogKind::Logins:
        return QStringLiteral("exportLogins");
    case LogKind::Mails:
        return QStringLiteral("exportMails");
    }
    return {};
}

std::unique_ptr<LogTableWriter> makeWriter(ExportFormat format, QList<ExportColumn> columns, ExportHeading heading)
{
    switch (format) {
    case ExportFormat::Csv:
        return std::make_unique<CsvLogWriter>(std::move(columns));
    case ExportFormat::Xlsx:
        return std::make_unique<XlsxLogWriter>(std::move(columns), std::move(heading));
    case ExportFormat::Pdf:
        return std::make_unique<PdfLogReport>(std::move(columns), std::move(heading));
    }
    return {};
}

Expected<QByteArray, QString> sha256Of(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        return Unexpected(LogExportJob::tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    }
    return hash.result();
}

} // namespace

QString formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf}) {
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0) {
            return format;
        }
    }
    return std::nullopt;
}

LogExportJob::LogExportJob(LogExportRequest request, std::unique_ptr<LogTableWriter> writer, QString temporaryPath)
    : m_request(std::move(request))
    , m_writer(std::move(writer))
    , m_temporaryPath(std::move(temporaryPath))
    , m_source(m_request.query)
{}

LogExportJob::~LogExportJob()
{
    m_writer.reset(); // lets go of the file first (a workbook or report still open)
    if (!m_finished && !m_temporaryPath.isEmpty()) {
        QFile::remove(m_temporaryPath);
    }
}

QString LogExportJob::ledgerDetail(ExportFormat format, qint64 rows, const QByteArray& sha256,
                                   const QString& filterWords)
{
    // The filter words are masked where they come in (start()); the hash must never be: a run of its digits can look
    // like a mobile or an ID number, and a masked hash proves nothing.
    return QStringLiteral("format=%1 rows=%2 sha256=%3 filter=%4")
        .arg(formatName(format))
        .arg(rows)
        .arg(QString::fromLatin1(sha256.toHex()), scrubPii(filterWords));
}

Expected<std::unique_ptr<LogExportJob>, QString> LogExportJob::start(Db& db, LogExportRequest request)
{
    const QFileInfo target(request.path);
    if (request.path.isEmpty() || target.fileName().isEmpty()) {
        return Unexpected(tr("No file name given for the export."));
    }
    if (target.isDir()) {
        return Unexpected(tr("%1 is a folder, not a file.").arg(request.path));
    }
    if (!target.dir().exists()) {
        return Unexpected(tr("Cannot write %1: the folder %2 does not exist.")
                              .arg(target.fileName(), QDir::toNativeSeparators(target.absolutePath())));
    }
    if (request.operatorName.isEmpty()) {
        request.operatorName = AuditLedger::currentOperator();
    }
    if (request.filterWords.isEmpty()) {
        request.filterWords = LogFilterWords::describe(request.query);
    }
    // What was typed into a filter may be an ID number or a mobile: the report, the workbook's properties and the
    // ledger carry it masked.
    request.filterWords = scrubPii(request.filterWords);
    if (request.nowMs == 0) {
        request.nowMs = QDateTime::currentMSecsSinceEpoch();
    }
    // Beside the target, so that the final rename stays on one file system; owner-only until renamed (and after:
    // the file holds account names and addresses).
    QTemporaryFile temporary(target.dir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    temporary.setAutoRemove(false);
    if (!temporary.open()) {
        return Unexpected(tr("Cannot write %1: %2").arg(target.fileName(), temporary.errorString()));
    }
    const QString temporaryPath = temporary.fileName();
    temporary.close();

    const QString logName = LogExportColumns::logName(request.query.kind);
    QStringList titleParts;
    for (const QString& part : {request.court, request.profile, logName}) {
        if (!part.trimmed().isEmpty()) {
            titleParts.append(part.trimmed());
        }
    }
    ExportHeading heading{titleParts.join(QStringLiteral(" — ")), logName, request.filterWords,
                          LogTexts::time(request.nowMs), request.operatorName};
    auto writer = makeWriter(request.format, LogExportColumns::columns(request.query.kind), std::move(heading));
    std::unique_ptr<LogExportJob> job(new LogExportJob(std::move(request), std::move(writer), temporaryPath));
    auto expected = job->m_source.count(db);
    if (!expected) {
        return Unexpected(expected.error().message());
    }
    job->m_expected = *expected;
    if (auto opened = job->m_writer->open(temporaryPath); !opened) {
        return Unexpected(opened.error());
    }
    return job;
}

qint64 LogExportJob::progressTotal() const
{
    return qMax<qint64>(1, m_expected) * m_writer->passes();
}

qint64 LogExportJob::progressDone() const
{
    const qint64 perPass = qMax<qint64>(1, m_expected);
    return qMin(progressTotal(), (m_pass - 1) * perPass + qMin(perPass, m_passRows));
}

Expected<bool, QString> LogExportJob::step(Db& db, int budgetMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!m_written) {
        if (auto read = m_source.next(db, m_page, kPageRows); !read) {
            return Unexpected(read.error().message());
        }
        if (m_page.rows() == 0) {
            if (m_pass == 1) {
                m_firstPassRows = m_passRows;
            }
            if (m_pass >= m_writer->passes()) {
                if (m_pass > 1 && !m_source.sameRowsAsFirstPass()) {
                    return Unexpected(tr("The rows changed while the report was laid out (a sync added or removed "
                                         "rows in the exported period), so its page numbers would not add up. Export "
                                         "again."));
                }
                m_written = true;
                break;
            }
            ++m_pass;
            m_passRows = 0;
            m_source.rewind();
            m_writer->startPass(m_pass, m_firstPassRows);
            continue;
        }
        if (auto written = m_writer->write(m_page); !written) {
            return Unexpected(written.error());
        }
        m_passRows += m_page.rows();
        if (clock.elapsed() >= budgetMs) {
            break;
        }
    }
    return m_written;
}

Expected<LogExportResult, QString> LogExportJob::finish(Db& db)
{
    Q_ASSERT(m_written);
    if (auto closed = m_writer->close(); !closed) {
        return Unexpected(closed.error());
    }
    QByteArray sha256 = m_writer->sha256();
    if (sha256.isEmpty()) {
        auto hashed = sha256Of(m_temporaryPath);
        if (!hashed) {
            return Unexpected(hashed.error());
        }
        sha256 = *hashed;
    }
    const QFileInfo target(m_request.path);
    LogExportResult result{m_passRows, target.absoluteFilePath(), sha256, QFileInfo(m_temporaryPath).size()};

    // The ledger entry first: an export the ledger does not know of must not reach the user's file name.
    AuditEntry entry;
    entry.operatorName = m_request.operatorName;
    entry.action = ledgerAction(m_request.query.kind);
    entry.target = target.fileName();
    entry.result = QStringLiteral("ok");
    entry.detail = ledgerDetail(m_request.format, result.rows, sha256, m_request.filterWords);
    if (auto recorded = AuditLedger(db).append(entry); !recorded) {
        return Unexpected(recorded.error().message());
    }
    // Owner-only before it gets its name (POSIX mode of the temporary file already is; Windows needs its access list
    // set). A file system without permissions (a FAT stick) has nothing to restrict, so that is no failure.
    (void)restrictToOwner(m_temporaryPath);
    std::error_code failed;
    std::filesystem::rename(std::filesystem::path(m_temporaryPath.toStdU16String()),
                            std::filesystem::path(m_request.path.toStdU16String()), failed);
    if (failed) {
        // The ledger is append-only: the entry above stays, and this one says the file never arrived.
        entry.result = QStringLiteral("failed:write");
        (void)AuditLedger(db).append(entry);
        return Unexpected(
            tr("Cannot write %1: %2").arg(target.fileName(), QString::fromLocal8Bit(failed.message().c_str())));
    }
    m_finished = true;
    return result;
}

Expected<LogExportResult, LogExportFailure> runLogExport(Db& db, LogExportRequest request,
                                                         const std::function<bool(qint64 done, qint64 total)>& progress)
{
    auto job = LogExportJob::start(db, std::move(request));
    if (!job) {
        return Unexpected(LogExportFailure{false, job.error()});
    }
    while (true) {
        auto stepped = (*job)->step(db, 200);
        if (!stepped) {
            return Unexpected(LogExportFailure{false, stepped.error()});
        }
        if (progress && !progress((*job)->progressDone(), (*job)->progressTotal())) {
            return Unexpected(LogExportFailure{true, LogExportJob::tr("The export was cancelled.")});
        }
        if (*stepped) {
            break;
        }
    }
    auto finished = (*job)->finish(db);
    if (!finished) {
        return Unexpected(LogExportFailure{false, finished.error()});
    }
    return *finished;
}

} // namespace dm
