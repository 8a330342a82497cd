#pragma once

#include "core/Expected.h"
#include "store/DbError.h"

#include <QString>
#include <QStringList>

namespace dm {

class Db;

// What a purge removed: rows whose time (for mails, the last change: see LogPurge) lies before `cutoffMs`.
struct LogPurgeResult
{
    qint64 cutoffMs = 0;
    qint64 operations = 0;
    qint64 logins = 0;
    qint64 mails = 0;
    qint64 auditSequence = 0; // the ledger entry that records the purge

    [[nodiscard]] qint64 total() const { return operations + logins + mails; }
};

// Removes the rows of the three log tables that are older than a cut-off, for a cache kept smaller than the history
// the platform serves. One transaction holds the deletes, the raised history start of the log streams and the audit
// ledger's entry, so a purge is either whole and recorded or not made at all.
//
// Operations and logins go by their time. A mail goes by its last change (updated_at, never before its time): the
// mail stream pages by that key, so a mail read after the cut-off is kept, and one read later still comes back with
// the read, as a new event should.
class LogPurge
{
public:
    explicit LogPurge(Db& db);

    // Call outside a transaction. Fails without a ledger key (nothing unrecorded is ever removed).
    [[nodiscard]] Expected<LogPurgeResult, DbError> purgeOlderThan(qint64 cutoffMs, const QString& operatorName);

    // The state keys of the log streams a purge moves the history start of (store/SyncState.h).
    [[nodiscard]] static QStringList streamStateKeys();

private:
    [[nodiscard]] Expected<qint64, DbError> deleteOlder(const char* sql, qint64 cutoffMs);
    [[nodiscard]] Expected<void, DbError> raiseHistoryStart(qint64 cutoffMs);

    Db& m_db;
};

} // namespace dm
