#pragma once

#include "core/Expected.h"
#include "store/DbError.h"

#include <QList>

#include <string_view>

namespace dm {

class Db;

// The cache's schema, grown in numbered steps recorded in PRAGMA user_version. A cache made by any earlier release
// is brought up to date step by step, each step in its own transaction, so an interrupted upgrade resumes where it
// stopped and never leaves half a step behind.
namespace schema {

struct Migration
{
    int version = 0;                         // user_version after this step
    std::string_view purpose;                // for logs and tests
    std::string_view sql;                    // statements without parameters
    std::string_view (*areaSql)() = nullptr; // the area's tables, run after `sql`
};

// Every step, ascending; the last one's version is latestVersion().
[[nodiscard]] const QList<Migration>& migrations();
[[nodiscard]] int latestVersion();

// The file's user_version.
[[nodiscard]] Expected<int, DbError> version(Db& db);
// Applies the missing steps up to `targetVersion` (tests stop early to build old files). A file newer than this
// build knows is refused (Misuse with a detail saying so), never downgraded.
[[nodiscard]] Expected<void, DbError> migrate(Db& db, int targetVersion = latestVersion());

// The tables of each area, one step each (kept beside the code that uses them).
[[nodiscard]] std::string_view accountsV1(); // units, accounts and their search index (AccountRepository)
[[nodiscard]] std::string_view logsV2();     // the three logs and their search index (LogRepository)
[[nodiscard]] std::string_view policyV3();   // policy and login-rule documents (PolicyRepository)
[[nodiscard]] std::string_view outboxV4();   // pending mutations and the audit ledger (Outbox, AuditLedger)
// The accounts' address basis (AccountRepository).
[[nodiscard]] std::string_view accountsAddressBasisV5();
// RFC 3161 time-stamps of the ledger's head (LedgerAnchors).
[[nodiscard]] std::string_view ledgerAnchorsV6();
// Why a failed login failed (LogRepository).
[[nodiscard]] std::string_view loginFailReasonV7();
// Log tables loading in bulk, and their dropped indexes (LogBulkLoad).
[[nodiscard]] std::string_view logBulkLoadV8();
// How far the subject index of a bulk load is filled (LogBulkLoad).
[[nodiscard]] std::string_view logBulkSubjectsV9();
// The append-only triggers of the audit ledger, as step 4 made them.
[[nodiscard]] std::string_view ledgerGuards();

} // namespace schema
} // namespace dm
