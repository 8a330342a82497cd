#pragma once

#include "cli/Commands.h"

#include <QCommandLineOption>

namespace dm {

struct Connection;
struct ProofOptions;

struct AuditOptions
{
    QCommandLineOption archive{QStringLiteral("archive"),
                               QStringLiteral("audit verify: a ledger kept when its cache was rebuilt or its profile "
                                              "removed (kept-…/ledger.jsonl)."),
                               QStringLiteral("FILE")};
};

struct AuditContext
{
    const QCommandLineParser& parser;
    const ProofOptions& options; // --tsa and --tsa-chain are the proof commands' own
    const QCommandLineOption& limit;
    const Connection& connection;
};

// `dmctl audit verify [--tsa-chain FILE]`: the ledger's seals, links and guards, then every anchor; exit 1 naming the
// first fault. `dmctl audit anchor [--tsa URL --tsa-chain FILE]`: time-stamps the ledger's head now.
// `dmctl audit list [--limit N]`: the newest entries.
void runAudit(Db& db, const QStringList& arguments, const AuditContext& context, const CommandIo& io);

// `dmctl audit verify --archive FILE [--tsa-chain FILE]`: a kept ledger, with the anchors kept beside it and the ledger
// key the keychain keeps for its profile. Needs no connection.
void runArchiveVerify(const QCommandLineParser& parser, const AuditOptions& audit, const ProofOptions& proof,
                      const CommandIo& io);

// After an export: time-stamps the ledger's head when entries were added since the newest anchor, with the TSA the
// options or the sandbox give; a warning on stderr when that fails, since the export itself stands. Calls `then`.
void anchorAfterExport(Db& db, const AuditContext& context, const CommandIo& io, std::function<void()> then);

} // namespace dm
