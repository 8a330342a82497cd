#include "audit/LedgerPlatformCheck.h"

#include "store/Db.h"
#include "store/LogQuery.h"
#include "store/SyncState.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace dm {

namespace {

// What the platform's log shows for one kind of ledgered change.
struct PlatformTrace
{
    QStringList actions;       // the platform's action codes for it; empty: not a change on the platform
    bool alwaysLogged = false; // false: the platform writes no row when the change changed nothing
};

// The changes this client makes, by the ledger's action (the outbox's kinds, sync/OutboxPayload.h), as the platform
// logs them (CONTRACT.md, "Mutations and the operation log", §11, §12).
const QHash<QString, PlatformTrace>& traces()
{
    static const QHash<QString, PlatformTrace> table{
        {QStringLiteral("createAccount"), {{QStringLiteral("createAccount")}, true}},
        {QStringLiteral("deleteAccount"), {{QStringLiteral("deleteAccount")}, true}},
        {QStringLiteral("recoverAccount"), {{QStringLiteral("recoverAccount")}, true}},
        {QStringLiteral("resetPassword"), {{QStringLiteral("resetPassword")}, true}},
        {QStringLiteral("resendActivation"), {{QStringLiteral("resendActivation")}, true}},
        {QStringLiteral("updatePolicy"), {{QStringLiteral("updatePolicy")}, true}},
        {QStringLiteral("updateLoginRules"),
         {{QStringLiteral("setLoginDefault"), QStringLiteral("updateDomainLoginRule"),
           QStringLiteral("updateLoginRule")},
          true}},
        {QStringLiteral("updateAccount"), {{QStringLiteral("updateAccount")}, false}},
        {QStringLiteral("moveUnit"), {{QStringLiteral("moveUnit")}, false}},
        {QStringLiteral("setAddressBasis"), {{QStringLiteral("setAddressBasis")}, false}},
        {QStringLiteral("setStatus"), {{QStringLiteral("enableAccount"), QStringLiteral("disableAccount")}, false}},
    };
    return table;
}

bool flagged(const AuditEntry& entry, QLatin1String flag)
{
    return entry.detail.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(flag);
}

PlatformTrace traceOf(const AuditEntry& entry)
{
    // A retry that only recorded the basis of the account an earlier attempt made.
    if (entry.action == QLatin1String("createAccount") && flagged(entry, QLatin1String("basisOnly"))) {
        return {{QStringLiteral("setAddressBasis")}, false};
    }
    return traces().value(entry.action);
}

// Every action code the platform logs for a change this client can make.
QSet<QString> clientActions()
{
    QSet<QString> actions;
    for (const PlatformTrace& trace : traces()) {
        for (const QString& action : trace.actions) {
            actions.insert(action);
        }
    }
    return actions;
}

// Whether the ledger counts `entry` as carried out on the platform. A create whose account exists although its
// address basis failed is ledgered as failed with the flag accountCreated.
bool carriedOut(const AuditEntry& entry)
{
    return entry.result == QLatin1String("ok") || flagged(entry, QLatin1String("accountCreated"));
}

// The ledger names an account by its local part and the domain level "domain"; the platform's log by the address and
// the domain's name. Both come down to the ledger's spelling (unit ids are the same on both sides).
QString ledgerSpelling(const QString& target, const QString& domain)
{
    const QString lower = target.toLower();
    const QString lowerDomain = domain.toLower();
    if (lower == lowerDomain) {
        return QStringLiteral("domain");
    }
    const QString suffix = QLatin1Char('@') + lowerDomain;
    return lower.endsWith(suffix) ? lower.chopped(suffix.size()) : lower;
}

Expected<QList<AuditEntry>, QString> wholeLedger(Db& db)
{
    QList<AuditEntry> all;
    std::optional<qint64> before;
    for (;;) {
        auto page = AuditLedger(db).recent(1000, before);
        if (!page) {
            return Unexpected(page.error().message());
        }
        if (page->isEmpty()) {
            break;
        }
        all.append(*page);
        before = page->constLast().sequence;
    }
    std::reverse(all.begin(), all.end());
    return all;
}

Expected<QList<OperationRecord>, QString> successfulRows(Db& db, qint64 from, qint64 to)
{
    auto query = db.prepare("SELECT id, time, action, target FROM operation_log WHERE time BETWEEN ?1 AND ?2 AND "
                            "result = ?3 ORDER BY time, id");
    if (!query) {
        return Unexpected(query.error().message());
    }
    query->bind(1, from).bind(2, to).bind(3, logsql::code(LogResult::Success));
    QList<OperationRecord> rows;
    for (;;) {
        auto more = query->step();
        if (!more) {
            return Unexpected(more.error().message());
        }
        if (!*more) {
            return rows;
        }
        OperationRecord row;
        row.id = query->int64(0);
        row.time = query->int64(1);
        row.action = query->text(2);
        row.target = query->text(3);
        rows.append(row);
    }
}

} // namespace

Expected<PlatformCrossCheck, QString> crossCheckWithPlatform(Db& db, const QString& domain)
{
    PlatformCrossCheck check;
    auto state = SyncState(db).load(QStringLiteral("operations"));
    if (!state) {
        return Unexpected(state.error().message());
    }
    if (!*state || !(*state)->contains(QStringLiteral("syncedTo"))) {
        return check;
    }
    const qint64 syncedTo = (*state)->value(QStringLiteral("syncedTo")).toInteger();
    // Where the cached operation log begins: its first sync's history start, raised by a purge of older rows. A change
    // made before it has no row to meet in the cache, which says nothing about the platform.
    const qint64 logStart = (*state)->value(QStringLiteral("historyStart")).toInteger();
    check.syncedTo = syncedTo;
    auto ledger = wholeLedger(db);
    if (!ledger) {
        return Unexpected(ledger.error());
    }
    if (ledger->isEmpty()) {
        return check;
    }
    const qint64 allowance = std::chrono::milliseconds(PlatformCrossCheck::kClockAllowance).count();
    const qint64 ledgerStart = ledger->constFirst().time;
    auto rows = successfulRows(db, std::max(ledgerStart - allowance, logStart), syncedTo + allowance);
    if (!rows) {
        return Unexpected(rows.error());
    }
    QList<bool> matched(rows->size(), false);
    // The rows of each target (in the ledger's spelling), oldest first: a ledger of a large import meets as many rows.
    QHash<QString, QList<qsizetype>> rowsOf;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        rowsOf[ledgerSpelling(rows->at(i).target, domain)].append(i);
    }
    // The first unmatched row of one of `actions` on `target` within the allowance of `time`; marks it matched.
    const auto take = [&](const QStringList& actions, const QString& target, qint64 time) {
        for (const qsizetype i : rowsOf.value(target)) {
            const OperationRecord& row = rows->at(i);
            if (!matched.at(i) && std::llabs(row.time - time) <= allowance && actions.contains(row.action)) {
                matched[i] = true;
                return true;
            }
        }
        return false;
    };
    for (const AuditEntry& entry : std::as_const(*ledger)) {
        const PlatformTrace expected = traceOf(entry);
        if (expected.actions.isEmpty() || !carriedOut(entry) || entry.time > syncedTo ||
            entry.time < logStart + allowance) {
            continue;
        }
        ++check.checked;
        const QString target = ledgerSpelling(entry.target, domain);
        if (take(expected.actions, target, entry.time)) {
            ++check.confirmed;
            // A create with an address basis is two calls, and two rows, under one entry; when its basis failed
            // (the account exists, the entry says failed), the basis row belongs to the retry that recorded it.
            if (expected.actions.constFirst() == QLatin1String("createAccount") &&
                entry.result == QLatin1String("ok")) {
                take({QStringLiteral("setAddressBasis")}, target, entry.time);
            }
        } else if (expected.alwaysLogged) {
            check.missing.append(entry);
        } else {
            check.unconfirmed.append(entry);
        }
    }
    const QSet<QString> actionsOfInterest = clientActions();
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const OperationRecord& row = rows->at(i);
        if (!matched.at(i) && actionsOfInterest.contains(row.action) && row.time <= syncedTo) {
            check.unledgered.append(row);
        }
    }
    return check;
}

} // namespace dm
