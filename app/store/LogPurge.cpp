#include "store/LogPurge.h"

#include "store/AuditLedger.h"
#include "store/Db.h"
#include "store/SyncState.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

namespace dm {

namespace {

// A mail's row goes through the table's delete trigger (store/LogSchema.cpp), which removes its trigrams from the
// contentless subject index (contentless_delete): a subject search never finds a row that is gone. The index is
// never written directly here: a contentless table cannot tell which trigrams a rowid had.
constexpr const char* kDeleteOperations = "DELETE FROM operation_log WHERE time < ?1";
constexpr const char* kDeleteLogins = "DELETE FROM login_log WHERE time < ?1";
constexpr const char* kDeleteMails = "DELETE FROM mail_log WHERE updated_at < ?1";

qint64 ceilToSecond(qint64 ms)
{
    return (ms + 999) / 1000 * 1000;
}

} // namespace

LogPurge::LogPurge(Db& db)
    : m_db(db)
{}

QStringList LogPurge::streamStateKeys()
{
    // The extension's streams (sync/LogSync) and the vendor's (sync/VendorLogSync, "<stream>.vendor").
    return {QStringLiteral("operations"), QStringLiteral("logins"), QStringLiteral("mail"),
            QStringLiteral("logins.vendor"), QStringLiteral("mail.vendor")};
}

Expected<LogPurgeResult, DbError> LogPurge::purgeOlderThan(qint64 cutoffMs, const QString& operatorName)
{
    if (m_db.ledgerKey() == nullptr) {
        DbError refused;
        refused.kind = DbError::Kind::NoLedgerKey;
        refused.detail = QStringLiteral("no ledger key: a purge must be recorded");
        return Unexpected(refused);
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return Unexpected(transaction.error());
    }
    LogPurgeResult result;
    result.cutoffMs = cutoffMs;
    auto operations = deleteOlder(kDeleteOperations, cutoffMs);
    if (!operations) {
        return Unexpected(operations.error());
    }
    result.operations = *operations;
    auto logins = deleteOlder(kDeleteLogins, cutoffMs);
    if (!logins) {
        return Unexpected(logins.error());
    }
    result.logins = *logins;
    auto mails = deleteOlder(kDeleteMails, cutoffMs);
    if (!mails) {
        return Unexpected(mails.error());
    }
    result.mails = *mails;
    if (auto raised = raiseHistoryStart(cutoffMs); !raised) {
        return Unexpected(raised.error());
    }
    AuditEntry entry;
    entry.operatorName = operatorName.isEmpty() ? AuditLedger::currentOperator() : operatorName;
    entry.action = QStringLiteral("purgeLogs");
    entry.target = QStringLiteral("cache");
    entry.result = QStringLiteral("ok");
    entry.detail = QStringLiteral("before %1: operation_log %2, login_log %3, mail_log %4")
                       .arg(QDateTime::fromMSecsSinceEpoch(cutoffMs, QTimeZone::utc()).toString(Qt::ISODate))
                       .arg(result.operations)
                       .arg(result.logins)
                       .arg(result.mails);
    auto recorded = AuditLedger(m_db).append(entry);
    if (!recorded) {
        return Unexpected(recorded.error());
    }
    result.auditSequence = recorded->sequence;
    if (auto committed = transaction->commit(); !committed) {
        return Unexpected(committed.error());
    }
    return result;
}

Expected<qint64, DbError> LogPurge::deleteOlder(const char* sql, qint64 cutoffMs)
{
    auto statement = m_db.prepare(sql);
    if (!statement) {
        return Unexpected(statement.error());
    }
    statement->bind(1, cutoffMs);
    if (auto ran = statement->run(); !ran) {
        return Unexpected(ran.error());
    }
    return m_db.changes();
}

// Without this a purge would not last. The floor is kept in the cache's sync state rather than in the history-days
// preference: the purge is a fact about this file (which rows it no longer holds), recorded in the same transaction
// as the deletes, while the preference is a per-machine number of days counted back from whenever a first sync runs.
// - An incremental pass starts at the stream's cursor, the newest row it stored, and so never reaches below it; a
//   cursor older than the cut-off (nothing synced since) moves up to the cut-off.
// - The count check of `dmctl cache verify` and "Verify now" compares the cache with the platform from the history
//   start on: from the cut-off now, so the purged rows are no gap.
// - A pass interrupted earlier has its windows that end before the cut-off marked done; one that spans the cut-off
//   goes on from where it stopped, and may store again rows of its own span from before the cut-off.
// A rebuild starts a new file and a new state, from the history-days preference again.
Expected<void, DbError> LogPurge::raiseHistoryStart(qint64 cutoffMs)
{
    SyncState states(m_db);
    for (const QString& key : streamStateKeys()) {
        auto stored = states.load(key);
        if (!stored) {
            return Unexpected(stored.error());
        }
        if (!stored->has_value()) {
            continue; // never synced: its first pass starts from the preference anyway
        }
        QJsonObject state = **stored;
        // The vendor's streams count in whole seconds.
        const qint64 floor = key.endsWith(QLatin1String(".vendor")) ? ceilToSecond(cutoffMs) : cutoffMs;
        if (state.value(QStringLiteral("historyStart")).toInteger() < floor) {
            state.insert(QStringLiteral("historyStart"), floor);
        }
        if (state.contains(QStringLiteral("cursorKey")) &&
            state.value(QStringLiteral("cursorKey")).toInteger() < floor) {
            state.insert(QStringLiteral("cursorKey"), floor);
            state.insert(QStringLiteral("cursorId"), 0);
        }
        QJsonArray windows = state.value(QStringLiteral("windows")).toArray();
        for (qsizetype i = 0; i < windows.size(); ++i) {
            QJsonObject window = windows.at(i).toObject();
            if (window.value(QStringLiteral("to")).toInteger() <= floor) {
                window.insert(QStringLiteral("done"), true);
                windows.replace(i, window);
            }
        }
        if (!windows.isEmpty()) {
            state.insert(QStringLiteral("windows"), windows);
        }
        if (auto saved = states.save(key, state); !saved) {
            return Unexpected(saved.error());
        }
    }
    return {};
}

} // namespace dm
