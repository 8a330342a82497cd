#include "store/Schema.h"

namespace dm::schema {

// The platform's three logs (CONTRACT.md §13), one row per platform row, keyed by the platform's id (the rowid, so a
// lookup by id is the table's own b-tree). Enums are stored as small integers (the order of the enums in
// core/LogRecords.h; LogRepository maps them), flags as 0/1. Addresses and account names compare the way the platform
// filters them (exact, case-insensitive for A-Z), hence COLLATE NOCASE on the column and on its index.
//
// Every view lists newest first or oldest first in (time, id) order inside a time window, so every filter the Logs
// views offer has an index that starts with the filtered column and ends with (time, id): the first page of any single
// filter is one index seek plus the rows shown, and keyset paging continues from (time, id) without OFFSET. Several
// filters together use the most selective of these and check the others on the rows it visits.
//
// A flag whose one value is rare (a failed login about 2.5 %, an abnormal one 0.5 %, an outgoing mail 8 %) has a
// partial index over the rare rows only: the common value's first page is the time index itself (nearly every row
// matches), and each insert maintains one b-tree fewer. Ingest cost is index maintenance, so every index here is one
// a view needs. LogQuery writes these flags as literals (program constants from closed enums), since SQLite uses a
// partial index only when the statement text implies its condition.
//
// Mail subjects have an FTS5 index with the trigram tokenizer (Chinese has no spaces: any substring of three or more
// characters matches). It is contentless (the subject already lives in mail_log; the index holds only the trigrams),
// with contentless_delete so a row can still be removed (a trigger does that). LogRepository writes a new row's
// trigrams itself, in the same transaction (a bulk load fills the index once at its end, LogBulkLoad), rather than
// through an INSERT trigger: a trigger makes every row a
// statement savepoint, and FTS5 flushes its pending terms at each savepoint, which made ingest several times slower. A
// mail's subject never changes on the platform (CONTRACT.md §15, guarantee 1): an upsert only ever changes the read
// status and never touches a trigram.
std::string_view logsV2()
{
    return R"sql(
CREATE TABLE operation_log (
    id INTEGER PRIMARY KEY NOT NULL,
    time INTEGER NOT NULL,
    operator TEXT NOT NULL COLLATE NOCASE,
    action TEXT NOT NULL,
    target TEXT NOT NULL COLLATE NOCASE,
    result INTEGER NOT NULL,
    remark TEXT NOT NULL,
    ip TEXT NOT NULL
);
CREATE INDEX operation_log_time ON operation_log (time, id);
CREATE INDEX operation_log_operator ON operation_log (operator, time, id);
CREATE INDEX operation_log_action ON operation_log (action, time, id);
CREATE INDEX operation_log_result ON operation_log (result, time, id);
CREATE INDEX operation_log_target ON operation_log (target, time, id);

CREATE TABLE login_log (
    id INTEGER PRIMARY KEY NOT NULL,
    time INTEGER NOT NULL,
    account_name TEXT NOT NULL COLLATE NOCASE,
    method INTEGER NOT NULL,
    ip TEXT NOT NULL COLLATE NOCASE,
    province TEXT NOT NULL,
    city TEXT NOT NULL,
    result INTEGER NOT NULL,
    abnormal INTEGER NOT NULL
);
CREATE INDEX login_log_time ON login_log (time, id);
CREATE INDEX login_log_account ON login_log (account_name, time, id);
CREATE INDEX login_log_method ON login_log (method, time, id);
CREATE INDEX login_log_failed ON login_log (time, id) WHERE result = 1;
CREATE INDEX login_log_abnormal ON login_log (time, id) WHERE abnormal = 1;
CREATE INDEX login_log_province ON login_log (province, time, id);
CREATE INDEX login_log_ip ON login_log (ip, time, id);

CREATE TABLE mail_log (
    id INTEGER PRIMARY KEY NOT NULL,
    time INTEGER NOT NULL,
    direction INTEGER NOT NULL,
    message_id TEXT NOT NULL,
    subject TEXT NOT NULL,
    sender TEXT NOT NULL COLLATE NOCASE,
    recipient TEXT NOT NULL COLLATE NOCASE,
    status INTEGER NOT NULL,
    read_at INTEGER,
    read_client INTEGER,
    updated_at INTEGER NOT NULL
);
CREATE INDEX mail_log_time ON mail_log (time, id);
CREATE INDEX mail_log_updated ON mail_log (updated_at, id);
CREATE INDEX mail_log_out ON mail_log (time, id) WHERE direction = 1;
CREATE INDEX mail_log_status ON mail_log (status, time, id);
CREATE INDEX mail_log_sender ON mail_log (sender, time, id);
CREATE INDEX mail_log_recipient ON mail_log (recipient, time, id);
CREATE INDEX mail_log_read ON mail_log (time, id) WHERE read_at IS NOT NULL;
CREATE INDEX mail_log_unread ON mail_log (time, id) WHERE read_at IS NULL;

CREATE VIRTUAL TABLE mail_subject_fts USING fts5 (
    subject, content = '', contentless_delete = 1, tokenize = 'trigram'
);
CREATE TRIGGER mail_log_fts_delete AFTER DELETE ON mail_log BEGIN
    DELETE FROM mail_subject_fts WHERE rowid = old.id;
END;
)sql";
}

// Why a failed login failed (LoginFailReason's order; NULL: a success, or a failure the platform gave no reason for,
// as every row cached before this step). Rows are not read again to fill it: the platform never changes a login row.
// The codes are stored, not the platform's word: a reason added later goes after Other (3), and a word this build did
// not know stays Other for good.
std::string_view loginFailReasonV7()
{
    return "ALTER TABLE login_log ADD COLUMN fail_reason INTEGER;";
}

// A log table loading in bulk (store/LogBulkLoad.h): the table, and the definitions of its secondary indexes, dropped
// until the rows are in.
std::string_view logBulkLoadV8()
{
    return R"sql(
CREATE TABLE log_bulk_load (
    table_name TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;
CREATE TABLE log_bulk_index (
    name TEXT PRIMARY KEY NOT NULL,
    table_name TEXT NOT NULL,
    sql TEXT NOT NULL
) WITHOUT ROWID;
)sql";
}

// How far the subject index of mails loading in bulk is filled: the subjects of every row with an id up to
// subjects_to are in (NULL: the fill has not begun). The fill goes in pieces, each committed with this mark, so that
// a sync's other writes get their turn between them and a kill resumes after the last piece.
std::string_view logBulkSubjectsV9()
{
    return "ALTER TABLE log_bulk_load ADD COLUMN subjects_to INTEGER;";
}

} // namespace dm::schema
