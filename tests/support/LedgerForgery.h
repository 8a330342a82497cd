#pragma once

// What a forger does to the audit ledger, for the tests that must see it caught: the plain SHA-256 chain that anyone
// can compute without the ledger key, and a chain rewritten in place with any hash.

#include "store/AuditLedger.h"
#include "store/Db.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <functional>

namespace ledgertest {

// The plain chain of releases before the ledger key, encoded as they did.
inline QByteArray plainHash(const dm::AuditEntry& entry)
{
    QByteArray encoded;
    const auto integer = [&encoded](qint64 value) {
        char bytes[8];
        qToBigEndian(value, bytes);
        encoded.append(bytes, sizeof bytes);
    };
    const auto field = [&encoded, &integer](const QByteArray& bytes) {
        integer(bytes.size());
        encoded.append(bytes);
    };
    field("dmadmin-audit-ledger-v1");
    integer(entry.sequence);
    integer(entry.time);
    for (const QString& text : {entry.operatorName, entry.action, entry.target, entry.result, entry.detail}) {
        field(text.toUtf8());
    }
    field(entry.previousHash);
    return QCryptographicHash::hash(encoded, QCryptographicHash::Sha256);
}

// The append-only triggers out of the way, as raw SQL with the cache key allows.
inline bool dropGuards(dm::Db& db)
{
    return bool(db.exec("DROP TRIGGER audit_ledger_no_update; DROP TRIGGER audit_ledger_no_delete; "
                        "DROP TRIGGER audit_ledger_head_no_delete; DROP TRIGGER audit_ledger_head_forward_only"));
}

// Rewrites every entry from `from` on, and the head, with `hashOf` (the guards dropped first); false when a
// statement fails.
inline bool rechain(dm::Db& db, qint64 from, const std::function<QByteArray(const dm::AuditEntry&)>& hashOf)
{
    auto all = dm::AuditLedger(db).recent(100000);
    auto entry = db.prepare("UPDATE audit_ledger SET previous_hash = ?2, hash = ?3 WHERE sequence = ?1");
    auto head = db.prepare("UPDATE audit_ledger_head SET hash = ?1");
    if (!all || !entry || !head) {
        return false;
    }
    QByteArray previous(32, '\0');
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        dm::AuditEntry forged = *it;
        if (forged.sequence >= from) {
            forged.previousHash = previous;
            forged.hash = hashOf(forged);
            entry->reset();
            entry->bind(1, forged.sequence).bindBlob(2, forged.previousHash).bindBlob(3, forged.hash);
            head->reset();
            head->bindBlob(1, forged.hash);
            if (!entry->run() || !head->run()) {
                return false;
            }
        }
        previous = forged.hash;
    }
    return true;
}

} // namespace ledgertest
