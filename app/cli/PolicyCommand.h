#pragma once

#include "cli/Commands.h"

#include <QCommandLineOption>
#include <QUuid>

namespace dm {

class Db;

// The options of `dmctl policy ...` and `dmctl loginrules ...`. Two more are shared with other commands and read by
// name: --target (LogOptions) and --dry-run (ImportCliOptions); --account and --format come from AccountOptions.
struct PolicyOptions
{
    QCommandLineOption level{QStringLiteral("level"), QStringLiteral("domain|unit|account"), QStringLiteral("LEVEL")};
    QCommandLineOption effective{QStringLiteral("effective"),
                                 QStringLiteral("The account's effective policy, with each field's source.")};
    QCommandLineOption file{QStringLiteral("file"), QStringLiteral("JSON file in the contract's shape."),
                            QStringLiteral("FILE")};
    QCommandLineOption expectedVersion{QStringLiteral("expected-version"),
                                       QStringLiteral("Refuse the change unless the document is at this version."),
                                       QStringLiteral("N")};
    QCommandLineOption baseline{QStringLiteral("baseline"), QStringLiteral("Baseline policy file (JSON)."),
                                QStringLiteral("FILE")};
    QCommandLineOption fix{QStringLiteral("fix"), QStringLiteral("Queue and apply the fix of every drift found.")};
    QCommandLineOption offline{QStringLiteral("offline"), QStringLiteral("Scan the cache as it is, without syncing.")};
    QCommandLineOption region{QStringLiteral("region"), QStringLiteral("Login location, e.g. 广东省广州市."),
                              QStringLiteral("REGION")};
    QCommandLineOption days{QStringLiteral("days"),
                            QStringLiteral("loginrules set --dry-run: replay the cached logins of the last N days "
                                           "(1..366, default 30)."),
                            QStringLiteral("N")};
    [[nodiscard]] QList<QCommandLineOption> all() const
    {
        return {level, effective, file, expectedVersion, baseline, fix, offline, region, days};
    }
};

// What the policy commands need besides the client and the cache.
struct PolicyContext
{
    const QCommandLineParser& parser;
    const PolicyOptions& options;
    const AccountOptions& accountOptions;
    QUuid profileId; // whose saved baseline (core/PolicyBaseline.h baselinePath) `policy drift` uses by default
    bool readOnly = false;
};

// `dmctl policy get --level domain|unit|account --target ID [--effective] [--format json|table]`: the platform's
// document of one level (or an account's effective policy) in the contract's JSON.
// `dmctl policy set --level L --target ID --file policy.json [--expected-version N] [--dry-run]`: the file is either
// a policy object as policy/update takes it (fields to set; null inherits again) or a whole document as `policy get`
// prints it (the level's overrides become exactly the file's). Prints the diff old -> new; --dry-run stops there.
// Otherwise the change goes through the outbox; a version conflict names both versions and changes nothing.
// `dmctl policy drift [--baseline FILE] [--offline] [--format table|json|csv] [--fix]` and `dmctl policy fix-drift`:
// syncs the policy stream (unless --offline), scans the cache against the baseline (the file, else the profile's
// saved baseline, else the contract's defaults); exit 1 when anything drifts. --fix queues the batched fix through
// the outbox, applies it, syncs and scans again. Exit codes: 0 clean or done, 1 drift or failure, 2 usage.
void runPolicy(PlatformClient& client, Db& db, const QStringList& arguments, const PolicyContext& context,
               const CommandIo& io);
// `policy drift` (fix false) and `policy fix-drift` / `policy drift --fix` (fix true), after the usage checks.
void runPolicyDrift(PlatformClient& client, Db& db, bool fix, const PolicyContext& context, const CommandIo& io);

// `dmctl loginrules get [--account NAME] [--format json|table]`, `dmctl loginrules set [--account NAME] --file
// rules.json [--expected-version N] [--dry-run [--days N] [--format json|table]]` and `dmctl loginrules test IP
// [--account NAME] [--region R]` (the platform's evaluate endpoint). Without --account: the domain's list. A dry run
// also replays the cached logins of the last N days (default 30) under today's cached rules and under the draft
// (sync/LoginRuleDryRun.h) and prints what would change and the lint of the draft; it syncs nothing. With
// --format json the dry run's summary is one JSON object on stdout and the diff goes to stderr.
void runLoginRules(PlatformClient& client, Db& db, const QStringList& arguments, const PolicyContext& context,
                   const CommandIo& io);

} // namespace dm
