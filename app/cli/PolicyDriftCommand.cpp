#include "cli/PolicyCommand.h"
#include "cli/PolicySupport.h"
#include "core/BaselineFile.h"
#include "core/PolicyBaseline.h"
#include "core/PolicyInput.h"
#include "sync/PolicyDrift.h"
#include "sync/StandardStreams.h"
#include "sync/SyncEngine.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <memory>

namespace dm {
namespace {

using namespace policycli;

QStringList findingRow(const DriftFinding& finding, const DeliveryPolicy& baseline)
{
    return {toString(finding.level), finding.targetId, policyFieldPath(finding.field),
            policyFieldText(finding.actual, finding.field), policyFieldText(baseline, finding.field)};
}

void printReport(const DriftReport& report, const DeliveryPolicy& baseline, OutputFormat format, const CommandIo& io)
{
    if (format == OutputFormat::Json) {
        QJsonArray findings;
        for (const DriftFinding& finding : report.findings) {
            findings.append(PolicyDrift::toJson(finding, baseline));
        }
        printJson(io.out, QJsonObject{{QStringLiteral("baseline"), policyToJson(baseline)},
                                      {QStringLiteral("documentsScanned"), report.documentsScanned},
                                      {QStringLiteral("findings"), findings}});
        return;
    }
    QList<QStringList> rows;
    for (const DriftFinding& finding : report.findings) {
        rows << findingRow(finding, baseline);
    }
    if (format == OutputFormat::Csv || !rows.isEmpty()) {
        printRows(io.out,
                  {QStringLiteral("level"), QStringLiteral("target"), QStringLiteral("field"), QStringLiteral("actual"),
                   QStringLiteral("baseline")},
                  rows, format, true);
    }
    // A person reads the verdict under the table; a script reads the exit code and keeps CSV clean.
    QTextStream& verdict = format == OutputFormat::Table ? io.out : io.err;
    if (report.findings.isEmpty()) {
        verdict << CliText::tr("No drift: %n policy document(s) meet the baseline.", nullptr,
                               int(report.documentsScanned))
                << Qt::endl;
    } else {
        QSet<QString> documents;
        for (const DriftFinding& finding : report.findings) {
            documents.insert(toString(finding.level) + QLatin1Char('/') + finding.targetId);
        }
        verdict << CliText::tr("Drift: %1 field(s) weaker than the baseline in %2 of %3 policy documents.")
                       .arg(report.findings.size())
                       .arg(documents.size())
                       .arg(report.documentsScanned)
                << Qt::endl;
    }
}

// Brings the cached policy up to date (the "policy" stream only), then calls `next`.
void syncPolicy(PlatformClient& client, Db& db, const CommandIo& io, std::function<void()> next)
{
    // Deleted once it has finished (main flushes deferred deletes before the cache closes). A shared_ptr captured
    // by a slot of the engine's own signal would own the engine through its own connection: a cycle, never freed.
    auto* engine = new SyncEngine;
    for (auto& stream : makeStandardStreams(db, client)) {
        engine->addStream(std::move(stream));
    }
    QObject::connect(engine, &SyncEngine::finished, engine,
                     [engine, io, next = std::move(next)](const SyncSummary& summary) {
                         engine->deleteLater();
                         if (!summary.succeeded()) {
                             for (const SyncError& error : summary.errors) {
                                 io.err << error.message() << Qt::endl;
                             }
                             if (summary.notServed.contains(QStringLiteral("policy"))) {
                                 io.err << CliText::tr("This platform serves no delivery policy.") << Qt::endl;
                             }
                             return io.finish(1);
                         }
                         if (summary.notServed.contains(QStringLiteral("policy"))) {
                             io.err << CliText::tr("This platform serves no delivery policy.") << Qt::endl;
                             return io.finish(1);
                         }
                         next();
                     });
    engine->start(SyncEngine::Mode::Sync, {QStringLiteral("policy")});
}

// Queues the batched fix, runs it, syncs again and reports what is left.
void fixDrift(PlatformClient& client, Db& db, const DriftReport& report, const DeliveryPolicy& baseline,
              OutputFormat format, const CommandIo& io)
{
    if (report.findings.isEmpty()) {
        return io.finish(0);
    }
    const QString batchId = newBatchId();
    auto queued = PolicyDrift::queueFix(db, report.findings, baseline, batchId);
    if (!queued) {
        return failStore(io, queued.error());
    }
    io.err << CliText::tr("Fixing: %n policy document(s) queued as one batch.", nullptr, int(queued->size()))
           << Qt::endl;
    runOutboxBatch(client, db, batchId, io, [&client, &db, baseline, format, io](const QList<OutboxResult>& results) {
        int failed = 0;
        for (const OutboxResult& result : results) {
            if (result.state == OutboxState::Done) {
                continue;
            }
            ++failed;
            io.err << result.target << ": " << result.errorMessage << " [" << result.errorCode << ']' << Qt::endl;
        }
        if (failed > 0 || results.isEmpty()) {
            io.err << CliText::tr("Not every fix was applied; scan again and review the documents named above.")
                   << Qt::endl;
        }
        syncPolicy(client, db, io, [&db, baseline, format, io, failed] {
            auto after = PolicyDrift::scan(db, baseline);
            if (!after) {
                io.err << after.error() << Qt::endl;
                return io.finish(1);
            }
            io.out << CliText::tr("After the fix:") << Qt::endl;
            printReport(*after, baseline, format, io);
            io.finish(after->findings.isEmpty() && failed == 0 ? 0 : 1);
        });
    });
}

} // namespace

void runPolicyDrift(PlatformClient& client, Db& db, bool fix, const PolicyContext& context, const CommandIo& io)
{
    OutputFormat format = OutputFormat::Table;
    const QString formatName = context.parser.value(context.accountOptions.format);
    if (formatName == QLatin1String("json")) {
        format = OutputFormat::Json;
    } else if (formatName == QLatin1String("csv")) {
        format = OutputFormat::Csv;
    } else if (formatName != QLatin1String("table")) {
        return usage(io, CliText::tr("--format must be table, json or csv."));
    }
    // The baseline a scan compares with: --baseline FILE, else the profile's saved one (dmadmin's drift tab saves it),
    // else the brochure's.
    DeliveryPolicy baseline = defaultBaseline();
    const QString saved = baselinePath(context.profileId);
    if (context.parser.isSet(context.options.baseline)) {
        auto loaded = BaselineFile::read(context.parser.value(context.options.baseline));
        if (!loaded) {
            return usage(io, loaded.error());
        }
        baseline = *loaded;
    } else if (QFileInfo::exists(saved)) {
        auto loaded = BaselineFile::read(saved);
        if (!loaded) {
            io.err << CliText::tr("The saved baseline of this profile cannot be used: %1").arg(loaded.error())
                   << Qt::endl;
            return io.finish(1);
        }
        baseline = *loaded;
    }
    const bool offline = context.parser.isSet(context.options.offline);
    if (fix && offline) {
        return usage(io, CliText::tr("--offline cannot be combined with a fix: the fix needs the platform."));
    }
    auto scan = [&client, &db, baseline, format, fix, io] {
        auto report = PolicyDrift::scan(db, baseline);
        if (!report) {
            io.err << report.error() << Qt::endl;
            return io.finish(1);
        }
        printReport(*report, baseline, format, io);
        if (fix) {
            return fixDrift(client, db, *report, baseline, format, io);
        }
        io.finish(report->findings.isEmpty() ? 0 : 1);
    };
    if (offline) {
        return scan();
    }
    syncPolicy(client, db, io, scan);
}

} // namespace dm
