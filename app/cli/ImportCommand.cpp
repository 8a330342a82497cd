#include "cli/ImportCommand.h"

#include "api/PlatformClient.h"
#include "core/ImportParser.h"
#include "store/Db.h"
#include "store/Outbox.h"
#include "store/UnitRepository.h"
#include "sync/ImportPlanner.h"
#include "sync/OutboxRunner.h"
#include "sync/StandardStreams.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QSet>

#include <memory>

namespace dm {
namespace {

constexpr int kExitRejected = 3;

void failWith(const CommandIo& io, const QString& message, int code = 1)
{
    io.err << message << Qt::endl;
    io.finish(code);
}

void printFindings(const ImportPlan& plan, const CommandIo& io)
{
    for (const ImportFinding& finding : plan.findings) {
        const QString where = finding.column.isEmpty()
                                  ? CliText::tr("row %1").arg(finding.row)
                                  : CliText::tr("row %1, column %2").arg(finding.row).arg(finding.column);
        io.err << (finding.error ? CliText::tr("rejected: %1: %2") : CliText::tr("warning: %1: %2"))
                      .arg(where, finding.message)
               << '\n';
    }
    io.err.flush();
}

int exitCode(qsizetype failed, qsizetype rejected)
{
    if (failed > 0) {
        return 1;
    }
    return rejected > 0 ? kExitRejected : 0;
}

// The plan's rows in the outbox, after the items a killed run left running are marked for reconciliation.
Expected<qint64, DbError> queue(Db& db, const ImportPlan& plan)
{
    if (auto recovered = Outbox(db).recoverInterrupted(); !recovered) {
        return Unexpected(recovered.error());
    }
    auto ids = ImportPlanner::queue(db, plan);
    if (!ids) {
        return Unexpected(ids.error());
    }
    return qint64(ids->size());
}

void report(Db& db, const ImportPlan& plan, const CommandIo& io)
{
    Outbox outbox(db);
    auto items = ImportPlanner::batchItems(outbox, plan.batchId);
    if (!items) {
        return failWith(io, items.error().message());
    }
    const QList<ImportResultRow> results = ImportPlanner::results(plan, *items);
    qsizetype created = 0;
    qsizetype existing = 0;
    qsizetype failed = 0;
    for (const ImportResultRow& row : results) {
        switch (row.outcome) {
        case ImportOutcome::Created:
            ++created;
            break;
        case ImportOutcome::Existing:
            ++existing;
            break;
        case ImportOutcome::Failed:
            ++failed;
            io.err << CliText::tr("failed: row %1 (%2): %3").arg(row.row).arg(row.accountName, row.reason) << '\n';
            break;
        case ImportOutcome::Rejected:
            break;
        }
    }
    io.err.flush();
    io.out << CliText::tr("%1 rows: %2 created, %3 skipped (already exist), %4 failed, %5 rejected.")
                  .arg(plan.report.dataRows)
                  .arg(created)
                  .arg(existing)
                  .arg(failed)
                  .arg(plan.rejectedRows)
           << Qt::endl;
    io.finish(exitCode(failed, plan.rejectedRows));
}

void send(PlatformClient& client, Db& db, std::shared_ptr<const ImportPlan> plan, const CommandIo& io)
{
    auto pending = queue(db, *plan);
    if (!pending) {
        return failWith(io, pending.error().message());
    }
    if (*pending == 0) {
        return report(db, *plan, io);
    }
    auto* runner = new OutboxRunner(db, client, &client);
    auto clock = std::make_shared<QElapsedTimer>();
    QObject::connect(runner, &OutboxRunner::progress, runner, [io, clock](qint64 done, qint64 failed, qint64 total) {
        // A line a second: enough for a person, and a log file stays small.
        if (clock->isValid() && clock->elapsed() < 1000 && done + failed < total) {
            return;
        }
        clock->start();
        io.err << CliText::tr("import: %1 of %2 sent, %3 failed").arg(done + failed).arg(total).arg(failed) << Qt::endl;
    });
    QObject::connect(runner, &OutboxRunner::finished, runner, [runner, &db, plan, io](bool) {
        runner->deleteLater();
        if (runner->storeError()) {
            return failWith(io, runner->storeError()->message());
        }
        report(db, *plan, io);
    });
    runner->start(plan->batchId);
}

} // namespace

void runImport(PlatformClient& client, Db& db, const QStringList& arguments, const QCommandLineParser& parser,
               const ImportCliOptions& options, const AccountOptions& accountOptions, bool readOnly,
               const CommandIo& io)
{
    if (arguments.size() != 2) {
        return failWith(io,
                        CliText::tr("Usage: dmctl accounts import FILE [--dry-run] [--encoding auto|utf-8|gbk] "
                                    "[--map COLUMN=FIELD ...] [--unit U] [--delivery sms|none]"),
                        2);
    }
    const bool dryRun = parser.isSet(options.dryRun);
    if (readOnly && !dryRun) {
        return failWith(io, CliText::tr("This profile is read-only (auditor): it can only check a file (--dry-run)."),
                        2);
    }
    ImportOptions importOptions;
    const auto encoding = textEncodingFromName(parser.value(options.encoding));
    if (!encoding) {
        return failWith(io, CliText::tr("--encoding must be auto, utf-8 or gbk."), 2);
    }
    importOptions.encoding = *encoding;
    importOptions.mapping = parser.values(options.map);
    importOptions.mailDomain = client.settings().domain;
    const QString delivery = parser.value(options.delivery);
    if (delivery != QLatin1String("sms") && delivery != QLatin1String("none")) {
        return failWith(io, CliText::tr("--delivery must be sms or none."), 2);
    }

    auto bytes = ImportPlanner::readFile(arguments.at(1), importOptions.limits);
    if (!bytes) {
        return failWith(io, bytes.error().message());
    }
    auto table = ImportParser::read(*bytes, importOptions);
    if (!table) {
        return failWith(io, table.error().message());
    }
    // Checked before the sync, so that a file with a wrong mapping fails at once.
    auto candidates = ImportParser::validate(*table, importOptions);
    if (!candidates) {
        return failWith(io, candidates.error().message());
    }

    ImportPlanner::Context context;
    context.fileDigest = ImportPlanner::digest(*bytes);
    context.defaultUnit = parser.value(accountOptions.unit).trimmed();
    // Without a forced change the initial password, which nobody is ever shown, would stay in force; with it the
    // recipient sets their own through the activation SMS the platform sends on creation. "none" therefore differs
    // only in what the summary promises: no password goes out by any channel of ours.
    context.passChangeFirstLogin = 1;

    auto* engine = new SyncEngine(&client);
    for (auto& stream : makeStandardStreams(db, client)) {
        engine->addStream(std::move(stream));
    }
    QObject::connect(engine, &SyncEngine::finished, engine,
                     [engine, &client, &db, io, dryRun, context, table = std::move(*table), importOptions,
                      candidates = std::move(*candidates)](const SyncSummary& summary) mutable {
                         engine->deleteLater();
                         if (!summary.succeeded()) {
                             for (const SyncError& error : summary.errors) {
                                 io.err << error.message() << '\n';
                             }
                             return failWith(io, CliText::tr("The accounts could not be brought up to date, so "
                                                             "duplicates on the platform cannot be ruled out."));
                         }
                         auto units = UnitRepository(db).list();
                         if (!units) {
                             return failWith(io, units.error().message());
                         }
                         context.units = *units;
                         if (!ImportPlanner::resolveUnit(context.units, context.defaultUnit)) {
                             return failWith(io, CliText::tr("--unit: no unit, or more than one, has this id or name."),
                                             2);
                         }
                         auto index = ImportPlanner::lookup(db, candidates.rows);
                         if (!index) {
                             return failWith(io, index.error().message());
                         }
                         context.index = std::move(*index);
                         auto plan = ImportPlanner::plan(table, importOptions, context);
                         if (!plan) {
                             return failWith(io, plan.error().message());
                         }
                         printFindings(*plan, io);
                         if (dryRun) {
                             io.out << CliText::tr("%1 rows: %2 would be created, %3 skipped (already exist), %4 "
                                                   "rejected. Nothing was sent (--dry-run).")
                                           .arg(plan->report.dataRows)
                                           .arg(plan->toCreate.size())
                                           .arg(plan->existing.size())
                                           .arg(plan->rejectedRows)
                                    << Qt::endl;
                             return io.finish(exitCode(0, plan->rejectedRows));
                         }
                         send(client, db, std::make_shared<const ImportPlan>(std::move(*plan)), io);
                     });
    io.err << CliText::tr("Bringing the cached accounts up to date...") << Qt::endl;
    engine->start(SyncEngine::Mode::Sync, {QStringLiteral("accounts")});
}

} // namespace dm
