#include "store/Schema.h"

namespace dm::schema {

namespace {

// audit_anchor: the ledger's head as a time-stamping authority saw it. `digest_text` is what was time-stamped (its
// SHA-256 is the token's imprint), so anyone can recompute it with sha256sum; `reply` is the whole TimeStampResp that
// `openssl ts -verify -in` reads. A copy of each anchor is also written outside the cache (LedgerAnchors), because an
// anchor proves something only while the user cannot silently delete every copy of it.
constexpr std::string_view kLedgerAnchorsV6 = R"sql(
CREATE TABLE audit_anchor (
    sequence INTEGER PRIMARY KEY,
    entry_hash BLOB NOT NULL,
    digest_text TEXT NOT NULL,
    stamped_at INTEGER NOT NULL,
    tsa_url TEXT NOT NULL,
    reply BLOB NOT NULL
);
CREATE TRIGGER audit_anchor_no_update BEFORE UPDATE ON audit_anchor
BEGIN
    SELECT RAISE(ABORT, 'ledger anchors are append-only');
END;
CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor
BEGIN
    SELECT RAISE(ABORT, 'ledger anchors are append-only');
END;
)sql";

} // namespace

std::string_view ledgerAnchorsV6()
{
    return kLedgerAnchorsV6;
}

} // namespace dm::schema
