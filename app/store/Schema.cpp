#include "store/Schema.h"

#include "store/Db.h"

#include <QLoggingCategory>

namespace dm::schema {

namespace {

Q_LOGGING_CATEGORY(lcSchema, "dm.store.schema")

// The stream cursors belong to no area: every sync stream keeps its state here (store/SyncState.h).
constexpr std::string_view kSyncStateV1 = R"sql(
CREATE TABLE sync_state (
    stream TEXT PRIMARY KEY NOT NULL,
    state TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

} // namespace

const QList<Migration>& migrations()
{
    // Steps are never edited once released: a change to the schema is a new step at the end.
    static const QList<Migration> steps{
        {1, "units, accounts, sync state", kSyncStateV1, &accountsV1},
        {2, "operation, login and mail logs", {}, &logsV2},
        {3, "policy and login-rule documents", {}, &policyV3},
        {4, "outbox and audit ledger", {}, &outboxV4},
        {5, "address basis of accounts", {}, &accountsAddressBasisV5},
        {6, "time-stamped anchors of the audit ledger", {}, &ledgerAnchorsV6},
        {7, "why a failed login failed", {}, &loginFailReasonV7},
        {8, "log tables loading in bulk", {}, &logBulkLoadV8},
        {9, "the subject index of a bulk load filled in pieces", {}, &logBulkSubjectsV9},
    };
    return steps;
}

int latestVersion()
{
    return migrations().constLast().version;
}

Expected<int, DbError> version(Db& db)
{
    auto text = db.queryText("PRAGMA user_version");
    if (!text) {
        return Unexpected(text.error());
    }
    return text->toInt();
}

Expected<void, DbError> migrate(Db& db, int targetVersion)
{
    auto current = version(db);
    if (!current) {
        return Unexpected(current.error());
    }
    if (*current > latestVersion()) {
        DbError error;
        error.kind = DbError::Kind::Misuse;
        error.detail =
            QStringLiteral("cache schema %1 is newer than this build (%2)").arg(*current).arg(latestVersion());
        return Unexpected(error);
    }
    for (const Migration& step : migrations()) {
        if (step.version <= *current || step.version > targetVersion) {
            continue;
        }
        auto transaction = Transaction::begin(db);
        if (!transaction) {
            return Unexpected(transaction.error());
        }
        if (!step.sql.empty()) {
            if (auto done = db.exec(step.sql); !done) {
                return Unexpected(done.error());
            }
        }
        if (step.areaSql) {
            if (auto done = db.exec(step.areaSql()); !done) {
                return Unexpected(done.error());
            }
        }
        // PRAGMA takes no parameters; the number is ours, never data.
        const std::string pragma = "PRAGMA user_version = " + std::to_string(step.version);
        if (auto done = db.exec(pragma); !done) {
            return Unexpected(done.error());
        }
        if (auto done = transaction->commit(); !done) {
            return Unexpected(done.error());
        }
        qCInfo(lcSchema) << "cache schema now at version" << step.version
                         << QLatin1String(step.purpose.data(), qsizetype(step.purpose.size()));
    }
    return {};
}

} // namespace dm::schema
