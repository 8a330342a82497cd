#pragma once

#include "cli/Commands.h"
#include "core/Expected.h"
#include "export/LogExportQuery.h"

#include <QCommandLineOption>

namespace dm {

class Db;

// Options of `dmctl logs search|export`; --account, --status, --limit and --format are shared with `accounts`.
struct LogOptions
{
    QCommandLineOption type{QStringLiteral("type"), QStringLiteral("login|mail|operation"), QStringLiteral("T")};
    QCommandLineOption from{QStringLiteral("from"),
                            QStringLiteral("Start (local time: 2026-10-01 or 2026-10-01T08:00)."),
                            QStringLiteral("TIME")};
    QCommandLineOption to{QStringLiteral("to"), QStringLiteral("End, exclusive (local time)."), QStringLiteral("TIME")};
    QCommandLineOption ip{QStringLiteral("ip"), QStringLiteral("Start of the login address."),
                          QStringLiteral("PREFIX")};
    QCommandLineOption province{QStringLiteral("province"), QStringLiteral("Login province."), QStringLiteral("P")};
    QCommandLineOption method{QStringLiteral("method"), QStringLiteral("Login client."), QStringLiteral("M")};
    QCommandLineOption abnormal{QStringLiteral("abnormal"), QStringLiteral("Only abnormal logins.")};
    QCommandLineOption subject{QStringLiteral("subject"), QStringLiteral("Text in the mail subject."),
                               QStringLiteral("TEXT")};
    QCommandLineOption direction{QStringLiteral("direction"), QStringLiteral("in|out"), QStringLiteral("D")};
    QCommandLineOption sender{QStringLiteral("sender"), QStringLiteral("Sender address."), QStringLiteral("ADDR")};
    QCommandLineOption recipient{QStringLiteral("recipient"), QStringLiteral("Recipient address."),
                                 QStringLiteral("ADDR")};
    QCommandLineOption read{QStringLiteral("read"), QStringLiteral("yes|no"), QStringLiteral("R")};
    QCommandLineOption operatorAddress{QStringLiteral("operator"), QStringLiteral("Administrator address."),
                                       QStringLiteral("ADDR")};
    QCommandLineOption action{QStringLiteral("action"), QStringLiteral("Operation code."), QStringLiteral("CODE")};
    QCommandLineOption target{QStringLiteral("target"), QStringLiteral("Text in the operation's target."),
                              QStringLiteral("TEXT")};
    QCommandLineOption output{QStringLiteral("output"), QStringLiteral("File that logs export writes."),
                              QStringLiteral("FILE")};
    [[nodiscard]] QList<QCommandLineOption> all() const
    {
        return {type,      from,   to,        ip,   province,        method, abnormal, subject,
                direction, sender, recipient, read, operatorAddress, action, target,   output};
    }
};

// What a report says it came from: the court (the profile's mail domain) and the profile.
struct LogExportContext
{
    QString court;
    QString profile;
};

// The log, its filters and its time range as `logs search` and `logs export` both take them (--limit aside).
[[nodiscard]] Expected<LogExportQuery, QString>
parseLogFilters(const QCommandLineParser& parser, const LogOptions& options, const AccountOptions& shared);

// `dmctl logs search --type login|mail|operation [filters] [--limit N] [--format table|json|csv]`: answered from the
// local cache alone, newest first, so it works with the platform out of reach. JSON and CSV output count as an
// export and are recorded in the audit ledger. `dmctl logs export ...` goes to runLogsExport.
void runLogs(Db& db, const QStringList& arguments, const QCommandLineParser& parser, const LogOptions& options,
             const AccountOptions& shared, const LogExportContext& context, const CommandIo& io);

// `dmctl logs export --type login|mail|operation [the filters of search] [--limit N] --format csv|xlsx|pdf
// --output FILE`: the rows the filters match, newest first, written as the application's Logs pages export them
// (export/LogExport.h), with the audit ledger entry. Progress goes to stderr; Ctrl+C cancels and leaves no file.
void runLogsExport(Db& db, const QStringList& arguments, const QCommandLineParser& parser, const LogOptions& options,
                   const AccountOptions& shared, const LogExportContext& context, const CommandIo& io);

} // namespace dm
