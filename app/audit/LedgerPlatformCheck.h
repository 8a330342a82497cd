#pragma once

#include "core/Expected.h"
#include "core/LogRecords.h"
#include "store/AuditLedger.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace dm {

class Db;

// The ledger held against the platform's own operation log, as the last sync brought it into the cache. The platform
// writes that log, not this client, so it speaks for the ledger where the ledger's seals cannot: after the newest
// anchor, and against a user who holds the ledger key. What it can tell:
// - a change the ledger says was made, of a kind the platform always logs, with no row there: the ledger claims what
//   the platform never saw (`missing`, a contradiction);
// - the same for a kind the platform does not log when nothing changed (`unconfirmed`, only a warning);
// - changes in the platform's log during the ledger's life that the ledger lacks (`unledgered`): made by another
//   administrator or client, or removed from this ledger. The platform names every API caller of the organisation
//   alike, so this is a list to read, not a verdict.
struct PlatformCrossCheck
{
    Q_DECLARE_TR_FUNCTIONS(PlatformCrossCheck)

public:
    // The platform's clock and this machine's may differ by this much; a row and an entry further apart never match.
    static constexpr std::chrono::minutes kClockAllowance{30};

    std::optional<qint64> syncedTo; // ms, this machine's clock: the cache holds the platform's log up to here
    int checked = 0;                // ledgered changes up to syncedTo that the platform's log was searched for
    int confirmed = 0;
    QList<AuditEntry> missing;
    QList<AuditEntry> unconfirmed;
    QList<OperationRecord> unledgered;

    [[nodiscard]] bool contradicted() const { return !missing.isEmpty(); }
};

// Pairs each change the ledger of `db` records as done (up to the end of the last complete sync of the operation log)
// with a successful row of the same action and target in the cached operation log, within kClockAllowance. `domain`
// is the organisation's mail domain: the ledger names accounts by local part and the domain as "domain", the
// platform's log by address and by the domain's name.
[[nodiscard]] Expected<PlatformCrossCheck, QString> crossCheckWithPlatform(Db& db, const QString& domain);

} // namespace dm
