#pragma once

#include "sync/SyncStream.h"

#include <QtGlobal>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace dm {

class Db;
class PlatformClient;

// The "logins" and "mail" streams of a platform without the delivery extension: the vendor's page-numbered
// /api/open/logquery/webLogin and receivedMail (CONTRACT.md §9a) into the same cache tables as the extension's
// queries fill.
//
// A pass covers [start, end) in whole seconds (vendor times have no milliseconds): start is the time of the newest
// row stored by the completed passes (inclusive: rows of that second come again and change nothing, rows are keyed
// by the platform's id), or the history start; end is now. The span is split into windows of at most 31 days, several
// paged at once, pageSize rows a request; each page commits together with the stream's state (every window's next
// page number), so a cancel or kill -9 resumes at the next page. The vendor orders a window by (time, id) and a closed
// window's pages never shift (§9a), so reading pages 1..n gives every row once. After the pass each window's local
// count is compared with the platform's `count` for the same window; a difference is reported as a gap.
//
// Received mail is the domain's incoming mail only (direction in). Its read time changes after the row arrived and
// the vendor has no "changed since" order, so each mail pass also reads again the `rereadSpan` before the newest mail
// stored: a document read within that span of its arrival gets its read time; one read later keeps showing unread
// until a full re-sync.
struct VendorLogSyncOptions
{
    std::optional<qint64> historyStartMs;   // default: 180 days before now
    std::chrono::milliseconds horizon{0};   // how far past this machine's clock a pass reaches (a fast sandbox)
    std::chrono::milliseconds settle{2000}; // a pass ends this long before now: see LogSyncOptions::settle
    int pageSize = 100;                     // 1..100, the vendor's maximum
    int windowsInFlight = 4;
    std::chrono::milliseconds windowCap = std::chrono::days(31);
    std::chrono::milliseconds rereadSpan = std::chrono::days(7); // mail only
    std::function<qint64()> clock;                               // ms since the epoch; default: the system clock
};

[[nodiscard]] std::unique_ptr<SyncStream> makeVendorLoginLogSync(Db& db, PlatformClient& client,
                                                                 VendorLogSyncOptions options = {});
[[nodiscard]] std::unique_ptr<SyncStream> makeVendorMailLogSync(Db& db, PlatformClient& client,
                                                                VendorLogSyncOptions options = {});

} // namespace dm
