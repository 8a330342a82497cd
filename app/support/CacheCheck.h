#pragma once

#include <QString>
#include <QStringList>

namespace dm {

class Db;
struct SyncSummary;

// The checks of `dmctl cache verify`, gathered in two steps as a session runs them: the file and the ledger in the
// cache's worker (checkCache), then the count checks against the platform (CacheSession::startVerify's summary).
struct CacheCheckResult
{
    QStringList lines;
    bool sound = true;          // nothing checked so far was wrong
    bool countsChecked = false; // the platform's counts were compared
    [[nodiscard]] bool passed() const { return sound && countsChecked; }
    // The lines, then the verdict (cacheCheckVerdict, or that the count checks did not run).
    [[nodiscard]] QString text() const;
};

// The HMAC of every page and the b-trees, then the audit ledger's chain. Reads the whole file: run it where the cache
// lives (the CacheSession worker), never on the UI thread.
[[nodiscard]] CacheCheckResult checkCache(Db& db);
// Adds the count checks of a verify pass: one line per stream, each count that differs, each error.
void addCountChecks(CacheCheckResult& result, const SyncSummary& summary);
// Says why the count checks did not run (the verdict then says the check is incomplete).
void addCountChecksSkipped(CacheCheckResult& result, const QString& why);

// The last line of a finished check, so that a reader (or a test) finds the verdict without parsing the checks.
[[nodiscard]] QString cacheCheckVerdict(bool passed);

} // namespace dm
