#pragma once

#include "cli/Commands.h"

#include <QCommandLineOption>

namespace dm {

class Db;

struct SyncOptions
{
    QCommandLineOption stream{QStringLiteral("stream"), QStringLiteral("accounts|policy|operations|logins|mail"),
                              QStringLiteral("S")};
    QCommandLineOption historyDays{QStringLiteral("history-days"),
                                   QStringLiteral("How far back a first log sync reaches (default 180)."),
                                   QStringLiteral("DAYS"), QStringLiteral("180")};
    [[nodiscard]] QList<QCommandLineOption> all() const { return {stream, historyDays}; }
};

// `dmctl sync [--stream S]...`: brings the cache up to date; progress on stderr, a summary on stdout. Count checks
// that differ are listed and make the exit code 1.
void runSync(PlatformClient& client, Db& db, const QCommandLineParser& parser, const SyncOptions& options,
             const CommandIo& io);
// `dmctl cache verify`: every page's HMAC, the b-trees, the audit ledger's chain, and the counts against the
// platform. Exit code 1 when anything is wrong.
void runCacheVerify(PlatformClient& client, Db& db, const CommandIo& io);

} // namespace dm
