#pragma once

#include "cli/Commands.h"

#include <QCommandLineOption>

namespace dm {

class Db;

// Options of `dmctl logs search`; --account, --status, --limit and --format are shared with `accounts`.
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
    [[nodiscard]] QList<QCommandLineOption> all() const
    {
        return {type,      from,   to,        ip,   province,        method, abnormal, subject,
                direction, sender, recipient, read, operatorAddress, action, target};
    }
};

// `dmctl logs search --type login|mail|operation [filters] [--limit N] [--format table|json|csv]`: answered from the
// local cache alone, newest first, so it works with the platform out of reach. JSON and CSV output count as an
// export and are recorded in the audit ledger.
void runLogs(Db& db, const QStringList& arguments, const QCommandLineParser& parser, const LogOptions& options,
             const AccountOptions& shared, const CommandIo& io);

} // namespace dm
