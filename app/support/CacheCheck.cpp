#include "support/CacheCheck.h"

#include "core/PiiScrubber.h"
#include "store/AuditLedger.h"
#include "store/CacheFile.h"
#include "support/SupportTexts.h"
#include "sync/SyncEngine.h"

namespace dm {

QString cacheCheckVerdict(bool passed)
{
    return passed ? SupportTexts::tr("Cache check passed.") : SupportTexts::tr("Cache check FAILED.");
}

QString CacheCheckResult::text() const
{
    QStringList all = lines;
    if (!sound || countsChecked) {
        all << cacheCheckVerdict(passed());
    } else {
        all << SupportTexts::tr("Cache check incomplete: the local checks passed, the counts were not compared.");
    }
    // Error texts may quote the database or the platform; nothing personal leaves in them.
    return scrubPii(all.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

CacheCheckResult checkCache(Db& db)
{
    CacheCheckResult result;
    const auto integrity = CacheFile::checkIntegrity(db);
    if (!integrity) {
        result.sound = false;
        result.lines << SupportTexts::tr("integrity: FAILED (%1)").arg(integrity.error().message());
    } else if (integrity->isEmpty()) {
        result.lines << SupportTexts::tr("integrity: ok");
    } else {
        result.sound = false;
        result.lines << SupportTexts::tr("integrity: FAILED, %n problem(s)", nullptr, int(integrity->size()));
        for (const QString& problem : std::as_const(*integrity)) {
            result.lines << QStringLiteral("  ") + problem;
        }
    }
    const auto verdict = AuditLedger(db).verify();
    if (!verdict) {
        result.sound = false;
        result.lines << SupportTexts::tr("ledger: FAILED (%1)").arg(verdict.error().message());
    } else if (verdict->intact()) {
        result.lines << SupportTexts::tr("ledger: ok, %n entries", nullptr, int(verdict->entries));
    } else {
        result.sound = false;
        const QString at =
            verdict->firstBadSequence ? QString::number(*verdict->firstBadSequence) : QStringLiteral("?");
        result.lines << SupportTexts::tr("ledger: BROKEN at entry %1: %2").arg(at, verdict->reason);
    }
    return result;
}

void addCountChecks(CacheCheckResult& result, const SyncSummary& summary)
{
    result.countsChecked = true;
    for (const StreamReport& report : summary.reports) {
        qsizetype matching = 0;
        for (const CountCheck& check : report.checks) {
            matching += check.matches() ? 1 : 0;
        }
        result.lines << SupportTexts::tr("%1: %2 of %3 count checks match")
                            .arg(report.stream)
                            .arg(matching)
                            .arg(report.checks.size());
    }
    for (const QString& stream : summary.notServed) {
        result.lines << SupportTexts::tr("%1: not served by this platform").arg(stream);
    }
    const QList<CountCheck> gaps = summary.gaps();
    for (const CountCheck& gap : gaps) {
        result.lines << SupportTexts::tr("gap: %1: %2 in the cache, %3 on the platform")
                            .arg(gap.scope)
                            .arg(gap.local)
                            .arg(gap.platform);
    }
    for (const SyncError& error : summary.errors) {
        result.lines << error.message();
    }
    if (summary.cancelled) {
        result.lines << SupportTexts::tr("The count checks were cancelled.");
    }
    if (!summary.succeeded() || !gaps.isEmpty()) {
        result.sound = false;
    }
}

void addCountChecksSkipped(CacheCheckResult& result, const QString& why)
{
    result.lines << SupportTexts::tr("count checks: not run (%1)").arg(why);
}

} // namespace dm
