#include "cli/CacheCommands.h"

#include "store/AuditLedger.h"
#include "store/CacheFile.h"
#include "sync/StandardStreams.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>

#include <memory>

namespace dm {

namespace {

QString describe(const CountCheck& check)
{
    return CliText::tr("%1: %2 in the cache, %3 on the platform").arg(check.scope).arg(check.local).arg(check.platform);
}

// Prints the summary and returns the exit code.
int printSummary(const SyncSummary& summary, const CommandIo& io, bool verifyOnly)
{
    for (const StreamReport& report : summary.reports) {
        int matching = 0;
        for (const CountCheck& check : report.checks) {
            matching += check.matches() ? 1 : 0;
        }
        if (verifyOnly) {
            io.out << CliText::tr("%1: %2 of %3 count checks match")
                          .arg(report.stream)
                          .arg(matching)
                          .arg(report.checks.size())
                   << '\n';
        } else {
            io.out << CliText::tr("%1: %2 rows written, %3 of %4 count checks match")
                          .arg(report.stream)
                          .arg(report.rowsWritten)
                          .arg(matching)
                          .arg(report.checks.size())
                   << '\n';
        }
    }
    for (const QString& stream : summary.notServed) {
        io.out << CliText::tr("%1: not served by this platform").arg(stream) << '\n';
    }
    io.out.flush();
    const QList<CountCheck> gaps = summary.gaps();
    for (const CountCheck& gap : gaps) {
        io.err << CliText::tr("gap: %1").arg(describe(gap)) << '\n';
    }
    for (const SyncError& error : summary.errors) {
        io.err << error.message() << '\n';
    }
    if (summary.cancelled) {
        io.err << CliText::tr("Cancelled; the next sync resumes from the last committed batch.") << '\n';
    }
    io.err.flush();
    return summary.succeeded() && gaps.isEmpty() ? 0 : 1;
}

// The engine and the streams it runs; the caller deletes it (deleteLater) when it has finished. main flushes deferred
// deletes before the cache closes. (A shared_ptr captured by a slot of the engine's own signal is a cycle: never
// freed.)
SyncEngine* makeEngine(PlatformClient& client, Db& db, int historyDays)
{
    auto* engine = new SyncEngine;
    StreamOptions streamOptions;
    streamOptions.historyDays = historyDays;
    for (auto& stream : makeStandardStreams(db, client, streamOptions)) {
        engine->addStream(std::move(stream));
    }
    return engine;
}

} // namespace

void runSync(PlatformClient& client, Db& db, const QCommandLineParser& parser, const SyncOptions& options,
             const CommandIo& io)
{
    const QStringList only = parser.values(options.stream);
    for (const QString& name : only) {
        if (!standardStreamNames().contains(name)) {
            io.err << CliText::tr("Unknown stream %1; the streams are: %2")
                          .arg(name, standardStreamNames().join(QStringLiteral(", ")))
                   << Qt::endl;
            io.finish(2);
            return;
        }
    }
    bool daysOk = false;
    const int historyDays = parser.value(options.historyDays).toInt(&daysOk);
    if (!daysOk || historyDays < 1 || historyDays > 3650) {
        io.err << CliText::tr("--history-days expects a number of days from 1 to 3650.") << Qt::endl;
        io.finish(2);
        return;
    }
    auto engine = makeEngine(client, db, historyDays);
    auto lastPrint = std::make_shared<QElapsedTimer>();
    auto lastStream = std::make_shared<QString>();
    QObject::connect(engine, &SyncEngine::progressed, engine,
                     [io, lastPrint, lastStream](const SyncProgress& progress) {
                         // One line a second is enough for a person and keeps a log file small.
                         if (lastPrint->isValid() && lastPrint->elapsed() < 1000 && *lastStream == progress.stream) {
                             return;
                         }
                         lastPrint->start();
                         *lastStream = progress.stream;
                         const QString total =
                             progress.rowsExpected < 0 ? QStringLiteral("?") : QString::number(progress.rowsExpected);
                         io.err << CliText::tr("sync %1 (%2/%3): %4 of %5 rows, %6 rows/s")
                                       .arg(progress.stream)
                                       .arg(progress.streamIndex + 1)
                                       .arg(progress.streamCount)
                                       .arg(progress.rowsDone)
                                       .arg(total)
                                       .arg(qRound64(progress.rowsPerSecond))
                                << Qt::endl;
                     });
    QObject::connect(engine, &SyncEngine::finished, engine, [engine, io](const SyncSummary& summary) {
        engine->deleteLater();
        io.finish(printSummary(summary, io, false));
    });
    engine->start(SyncEngine::Mode::Sync, only);
}

void runCacheVerify(PlatformClient& client, Db& db, const CommandIo& io)
{
    bool sound = true;
    auto integrity = CacheFile::checkIntegrity(db);
    if (!integrity) {
        io.err << CliText::tr("integrity: FAILED (%1)").arg(integrity.error().message()) << Qt::endl;
        io.finish(1);
        return;
    }
    if (integrity->isEmpty()) {
        io.out << CliText::tr("integrity: ok") << '\n';
    } else {
        sound = false;
        io.out << CliText::tr("integrity: FAILED, %n problem(s)", nullptr, int(integrity->size())) << '\n';
        for (const QString& problem : std::as_const(*integrity)) {
            io.err << problem << '\n';
        }
    }
    auto verdict = AuditLedger(db).verify();
    if (!verdict) {
        io.err << CliText::tr("ledger: FAILED (%1)").arg(verdict.error().message()) << Qt::endl;
        io.finish(1);
        return;
    }
    if (verdict->intact()) {
        io.out << CliText::tr("ledger: ok, %n entries", nullptr, int(verdict->entries)) << '\n';
    } else {
        sound = false;
        io.out << CliText::tr("ledger: BROKEN at entry %1: %2").arg(*verdict->firstBadSequence).arg(verdict->reason)
               << '\n';
    }
    io.out.flush();
    auto engine = makeEngine(client, db, 180);
    QObject::connect(engine, &SyncEngine::finished, engine, [engine, io, sound](const SyncSummary& summary) {
        engine->deleteLater();
        const int code = printSummary(summary, io, true);
        io.finish(sound ? code : 1);
    });
    engine->start(SyncEngine::Mode::Verify);
}

} // namespace dm
