#pragma once

#include "cli/Output.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace dm {

class Db;
class PlatformClient;

// Translation context of dmctl's messages (lupdate reads the context from here).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(dmctl)
};

// Exit codes: 0 success, 1 failure (one line on stderr says why), 2 usage error.
using Finish = std::function<void(int exitCode)>;

struct CommandIo
{
    QTextStream& out;
    QTextStream& err;
    Finish finish;
};

struct AccountOptions
{
    QCommandLineOption account{QStringLiteral("account"), QStringLiteral("Account name."), QStringLiteral("A")};
    QCommandLineOption name{QStringLiteral("name"), QStringLiteral("Recipient's name."), QStringLiteral("N")};
    // Refused with a hint (numbers on the command line are visible to every user): --personal carries them.
    QCommandLineOption mobile{QStringLiteral("mobile"), QStringLiteral("Refused: use --personal."),
                              QStringLiteral("M")};
    QCommandLineOption idNumber{QStringLiteral("id-number"), QStringLiteral("Refused: use --personal."),
                                QStringLiteral("X")};
    QCommandLineOption personal{QStringLiteral("personal"),
                                QStringLiteral("File (mode 0600) or - (standard input) with mobile=… and id-number=… "
                                               "lines."),
                                QStringLiteral("FILE")};
    QCommandLineOption unit{QStringLiteral("unit"), QStringLiteral("Unit id."), QStringLiteral("U")};
    QCommandLineOption caseNumber{QStringLiteral("case-number"), QStringLiteral("Case number."), QStringLiteral("C")};
    QCommandLineOption status{QStringLiteral("status"), QStringLiteral("enabled|disabled|deleted"),
                              QStringLiteral("S")};
    QCommandLineOption activation{QStringLiteral("activation"), QStringLiteral("created|smsSent|firstLogin|activated"),
                                  QStringLiteral("S")};
    QCommandLineOption keyword{QStringLiteral("keyword"), QStringLiteral("Search text."), QStringLiteral("K")};
    QCommandLineOption limit{QStringLiteral("limit"), QStringLiteral("At most this many rows."), QStringLiteral("N")};
    QCommandLineOption format{QStringLiteral("format"), QStringLiteral("table|json|csv"), QStringLiteral("F"),
                              QStringLiteral("table")};
    // Where the court got the recipient's address (accounts create, accounts set-address-basis).
    QCommandLineOption basis{QStringLiteral("basis"),
                             QStringLiteral("Address basis: confirmed|provided|courtFound (none clears it)."),
                             QStringLiteral("KIND")};
    QCommandLineOption basisDate{QStringLiteral("basis-date"),
                                 QStringLiteral("Date the address was confirmed, provided or found (YYYY-MM-DD)."),
                                 QStringLiteral("DATE")};
    QCommandLineOption basisReference{
        QStringLiteral("basis-reference"),
        QStringLiteral("Reference of the address confirmation, or how the court found the address."),
        QStringLiteral("TEXT")};
    // accounts resume: queue the actions that failed again before finishing what is left.
    QCommandLineOption failed{QStringLiteral("failed"), QStringLiteral("With resume: send the failed actions again.")};
    [[nodiscard]] QList<QCommandLineOption> all() const
    {
        QList<QCommandLineOption> options{account,    name,   mobile,     idNumber, personal, unit,
                                          caseNumber, status, activation, keyword,  limit,    format};
        options << basis << basisDate << basisReference << failed;
        return options;
    }
};

// `dmctl ping`: reachability, TLS and pin, token, one API call, then one line per family of endpoints that the
// platform serves or lacks (api/Capabilities.h).
void runPing(PlatformClient& client, const CommandIo& io);
// `dmctl accounts get|create|set-address-basis|resume|list ...`. Mutations go through the outbox of the local cache
// `db` (open and migrated), so an interrupted one is finished by `resume`, never done twice.
void runAccounts(PlatformClient& client, Db& db, const QStringList& arguments, const QCommandLineParser& parser,
                 const AccountOptions& options, bool readOnly, const CommandIo& io);

} // namespace dm
