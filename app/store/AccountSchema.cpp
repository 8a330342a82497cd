#include "store/Schema.h"

namespace dm::schema {

namespace {

// Units as getUnitList returns them; `position` keeps the platform's order (root first, then creation order).
//
// Accounts: one row per account the platform ever listed, deleted ones included (they come as status deleted and
// stay recoverable). `id` is local and stable: the keyset tie-breaker of every sort and the FTS rowid. Enums are
// stored as integers in their funnel order (enabled < disabled < deleted, created < smsSent < firstLogin <
// activated), so sorting by them reads naturally. PII columns are plain: the whole file is encrypted.
//
// Indexes: one (column, id) pair per sortable column, so every keyset page is an index range scan in either
// direction; the equality filters (status, activation state, unit) lead their own index with created_at, the
// default order, behind them; the created range uses the created_at sort index. mobile_suffix answers "mobile ends
// with 1234" by an index lookup instead of a scan of every mobile.
//
// The FTS5 trigram index matches substrings of three or more characters (ASCII case-insensitively) in the recipient
// name, the case number and the account name; it is an external-content index kept current by triggers, so the
// text is stored once. Shorter queries use instr() on the same columns.
constexpr std::string_view kAccountsV1 = R"sql(
CREATE TABLE units (
    unit_id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    parent_unit_id TEXT,
    created_at INTEGER NOT NULL,
    account_count INTEGER NOT NULL,
    position INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX units_by_parent ON units (parent_unit_id);

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    account_name TEXT NOT NULL UNIQUE,
    address TEXT NOT NULL,
    name TEXT NOT NULL,
    job_number TEXT NOT NULL,
    id_number TEXT NOT NULL,
    mobile TEXT NOT NULL,
    mobile_suffix TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    status INTEGER NOT NULL,
    visible_in_addr INTEGER NOT NULL,
    pass_change_first_login INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    activation_state INTEGER NOT NULL,
    sms_sent_at INTEGER,
    first_login_at INTEGER,
    activated_at INTEGER,
    reminder_count INTEGER NOT NULL
);
CREATE INDEX accounts_by_name ON accounts (name, id);
CREATE INDEX accounts_by_job_number ON accounts (job_number, id);
CREATE INDEX accounts_by_created ON accounts (created_at, id);
CREATE INDEX accounts_by_updated ON accounts (updated_at, id);
CREATE INDEX accounts_by_unit ON accounts (unit_id, created_at, id);
CREATE INDEX accounts_by_status ON accounts (status, created_at, id);
CREATE INDEX accounts_by_activation ON accounts (activation_state, created_at, id);
CREATE INDEX accounts_by_mobile_suffix ON accounts (mobile_suffix);

CREATE VIRTUAL TABLE accounts_fts USING fts5 (
    name, job_number, account_name,
    content = 'accounts', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER accounts_fts_insert AFTER INSERT ON accounts BEGIN
    INSERT INTO accounts_fts (rowid, name, job_number, account_name)
    VALUES (new.id, new.name, new.job_number, new.account_name);
END;
CREATE TRIGGER accounts_fts_delete AFTER DELETE ON accounts BEGIN
    INSERT INTO accounts_fts (accounts_fts, rowid, name, job_number, account_name)
    VALUES ('delete', old.id, old.name, old.job_number, old.account_name);
END;
CREATE TRIGGER accounts_fts_update AFTER UPDATE OF name, job_number, account_name ON accounts BEGIN
    INSERT INTO accounts_fts (accounts_fts, rowid, name, job_number, account_name)
    VALUES ('delete', old.id, old.name, old.job_number, old.account_name);
    INSERT INTO accounts_fts (rowid, name, job_number, account_name)
    VALUES (new.id, new.name, new.job_number, new.account_name);
END;
)sql";

// Where the court got each recipient's address (CONTRACT.md §10): the kind as an integer in AddressBasisKind order
// (confirmed, provided, courtFound), NULL when none is recorded; the date as yyyy-MM-dd; the reference as sent ("" when
// none). The rows already cached were listed without it, so the accounts stream starts its next pass from the
// beginning: the platform's listing brings every account's basis, and the upsert writes only the rows it changes.
constexpr std::string_view kAccountsAddressBasisV5 = R"sql(
ALTER TABLE accounts ADD COLUMN address_basis_kind INTEGER;
ALTER TABLE accounts ADD COLUMN address_basis_date TEXT;
ALTER TABLE accounts ADD COLUMN address_basis_reference TEXT;
DELETE FROM sync_state WHERE stream = 'accounts';
)sql";

} // namespace

std::string_view accountsV1()
{
    return kAccountsV1;
}

std::string_view accountsAddressBasisV5()
{
    return kAccountsAddressBasisV5;
}

} // namespace dm::schema
