#pragma once

#include "cli/Commands.h"

#include <QCommandLineOption>

namespace dm {

class Db;
class PlatformClient;

// The options of `dmctl accounts import`; --unit is AccountOptions::unit (the unit of rows that name none).
struct ImportCliOptions
{
    QCommandLineOption dryRun{QStringLiteral("dry-run"), QStringLiteral("Validate the file; create nothing.")};
    QCommandLineOption encoding{QStringLiteral("encoding"), QStringLiteral("auto|utf-8|gbk (CSV files)"),
                                QStringLiteral("ENCODING"), QStringLiteral("auto")};
    QCommandLineOption map{QStringLiteral("map"),
                           QStringLiteral("COLUMN=FIELD (account|name|id|mobile|case|unit|skip); repeatable"),
                           QStringLiteral("COLUMN=FIELD")};
    QCommandLineOption delivery{QStringLiteral("delivery"), QStringLiteral("sms|none: how recipients get a password"),
                                QStringLiteral("DELIVERY"), QStringLiteral("sms")};
    [[nodiscard]] QList<QCommandLineOption> all() const { return {dryRun, encoding, map, delivery}; }
};

// `dmctl accounts import FILE [--dry-run] [--encoding auto|utf-8|gbk] [--map COLUMN=FIELD ...] [--unit U]
// [--delivery sms|none]`: syncs the accounts stream (so duplicates against the platform are known), validates every
// row, prints each rejected row on stderr (row, column, reason), then creates the valid rows through the outbox in
// one batch named after the file's SHA-256, so a rerun after a crash resumes it and creates nothing twice. Progress
// on stderr, the summary on stdout. Exit codes: 0 every row created or already there, 3 rows were rejected (the
// valid ones were still created unless --dry-run), 1 a failure (the file, the store, or rows the platform refused),
// 2 usage. `arguments` is {"import", FILE}.
void runImport(PlatformClient& client, Db& db, const QStringList& arguments, const QCommandLineParser& parser,
               const ImportCliOptions& options, const AccountOptions& accountOptions, bool readOnly,
               const CommandIo& io);

} // namespace dm
