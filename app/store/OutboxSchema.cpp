#include "store/Schema.h"

#include <string>

namespace dm::schema {

namespace {

// outbox: every mutation waits here until the runner has carried it out, so a crash or a retry never loses or
// doubles it. `payload` holds what the call needs (it may hold an ID number or mobile: the file is encrypted) and is
// emptied once the item is done or cancelled. `reconcile` says the previous attempt may have reached the platform,
// so the next one must ask the platform first. `idempotency_key` makes enqueueing the same work twice a no-op.
//
// audit_ledger: append-only and chained (AuditLedger), each entry sealed with the ledger key. The triggers stop this
// program (or a mistake in it) from changing history; the seals and the head row let verify() detect what someone with
// the cache key changed anyway, including a tail cut off below the recorded head.
constexpr std::string_view kOutboxTablesV4 = R"sql(
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'running', 'done', 'failed', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    reconcile INTEGER NOT NULL DEFAULT 0 CHECK (reconcile IN (0, 1)),
    error_code TEXT NOT NULL DEFAULT '',
    error_message TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    batch_id TEXT NOT NULL DEFAULT '',
    idempotency_key TEXT NOT NULL UNIQUE
);
CREATE INDEX outbox_by_state ON outbox (state, id);
CREATE INDEX outbox_by_batch ON outbox (batch_id, state, id);
CREATE INDEX outbox_by_target ON outbox (target, id);

CREATE TABLE audit_ledger (
    sequence INTEGER PRIMARY KEY,
    time INTEGER NOT NULL,
    operator TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    result TEXT NOT NULL,
    detail TEXT NOT NULL,
    previous_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);
CREATE TABLE audit_ledger_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sequence INTEGER NOT NULL,
    hash BLOB NOT NULL
);
)sql";

// Also what AuditLedger::sealEarlierEntries() puts back after it has sealed the entries of an older release.
constexpr std::string_view kLedgerGuards = R"sql(
CREATE TRIGGER audit_ledger_no_update BEFORE UPDATE ON audit_ledger
BEGIN
    SELECT RAISE(ABORT, 'the audit ledger is append-only');
END;
CREATE TRIGGER audit_ledger_no_delete BEFORE DELETE ON audit_ledger
BEGIN
    SELECT RAISE(ABORT, 'the audit ledger is append-only');
END;
CREATE TRIGGER audit_ledger_head_forward_only BEFORE UPDATE ON audit_ledger_head
WHEN NEW.sequence <= OLD.sequence
BEGIN
    SELECT RAISE(ABORT, 'the audit ledger head only moves forward');
END;
CREATE TRIGGER audit_ledger_head_no_delete BEFORE DELETE ON audit_ledger_head
BEGIN
    SELECT RAISE(ABORT, 'the audit ledger is append-only');
END;
)sql";

} // namespace

std::string_view outboxV4()
{
    static const std::string whole = std::string(kOutboxTablesV4).append(kLedgerGuards);
    return whole;
}

std::string_view ledgerGuards()
{
    return kLedgerGuards;
}

} // namespace dm::schema
