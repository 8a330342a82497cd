#include "cli/LogsCommand.h"
#include "export/LogExport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <atomic>
#include <csignal>

namespace dm {

namespace {

constexpr qint64 kMaxRows = 100'000'000;
constexpr qint64 kProgressEveryMs = 1000;

// Set by Ctrl+C during an export, read between pages: the export stops, deletes its temporary file and says so.
std::atomic<bool> g_interrupted{false};

void interruptExport(int)
{
    g_interrupted.store(true);
}

// Ctrl+C handled for as long as it lives, the previous handling restored after.
class InterruptGuard
{
public:
    InterruptGuard()
        : m_previous(std::signal(SIGINT, interruptExport))
    {
        g_interrupted.store(false);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    void (*m_previous)(int);
};

Expected<LogExportRequest, QString> parseExport(const QStringList& arguments, const QCommandLineParser& parser,
                                                const LogOptions& options, const AccountOptions& shared)
{
    if (arguments.size() != 1) {
        return Unexpected(CliText::tr("Usage: dmctl logs export --type login|mail|operation [filters] "
                                      "--format csv|xlsx|pdf --output FILE"));
    }
    auto query = parseLogFilters(parser, options, shared);
    if (!query) {
        return Unexpected(query.error());
    }
    if (!parser.isSet(options.output) || parser.value(options.output).isEmpty()) {
        return Unexpected(CliText::tr("logs export needs --output FILE."));
    }
    LogExportRequest request;
    request.query = *query;
    request.path = QFileInfo(parser.value(options.output)).absoluteFilePath();
    // Without --format, the file name's suffix says it (report.xlsx).
    const QString format = parser.isSet(shared.format) ? parser.value(shared.format) : QFileInfo(request.path).suffix();
    const auto known = exportFormatFromName(format);
    if (!known) {
        return Unexpected(CliText::tr("--format must be csv, xlsx or pdf."));
    }
    request.format = *known;
    if (parser.isSet(shared.limit)) {
        bool ok = false;
        const qint64 limit = parser.value(shared.limit).toLongLong(&ok);
        if (!ok || limit < 1 || limit > kMaxRows) {
            return Unexpected(CliText::tr("--limit expects a number from 1 to %1.").arg(kMaxRows));
        }
        request.query.maxRows = limit;
    }
    return request;
}

} // namespace

void runLogsExport(Db& db, const QStringList& arguments, const QCommandLineParser& parser, const LogOptions& options,
                   const AccountOptions& shared, const LogExportContext& context, const CommandIo& io)
{
    auto parsed = parseExport(arguments, parser, options, shared);
    if (!parsed) {
        io.err << parsed.error() << Qt::endl;
        io.finish(2);
        return;
    }
    LogExportRequest request = std::move(*parsed);
    request.court = context.court;
    request.profile = context.profile;
    const QString path = request.path;
    const QString format = formatName(request.format);

    const InterruptGuard interrupts;
    QElapsedTimer sinceReport;
    sinceReport.start();
    bool reported = false;
    auto exported = runLogExport(db, std::move(request), [&](qint64 done, qint64 total) {
        // Large exports say how far they are, once a second, on stderr (stdout stays the result).
        if (sinceReport.elapsed() >= kProgressEveryMs && done < total) {
            io.err << CliText::tr("export %1: %2%").arg(format).arg(done * 100 / qMax<qint64>(1, total)) << Qt::endl;
            sinceReport.restart();
            reported = true;
        }
        return !g_interrupted.load();
    });
    if (!exported) {
        io.err << exported.error().message << Qt::endl;
        io.finish(1);
        return;
    }
    if (reported) {
        io.err << CliText::tr("export %1: 100%").arg(format) << Qt::endl;
    }
    io.out << CliText::tr("%n row(s) written to %1 (%2, %3 bytes)", nullptr, int(exported->rows))
                  .arg(QDir::toNativeSeparators(exported->path), format)
                  .arg(exported->bytes)
           << Qt::endl;
    io.out << QStringLiteral("sha256: ") << QString::fromLatin1(exported->sha256.toHex()) << Qt::endl;
    io.finish(0);
}

} // namespace dm
