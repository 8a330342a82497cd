#pragma once

#include "core/Expected.h"
#include "store/DbError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dm {

class Db;
class LedgerKey;

// One thing this client did: a mutation, an export, a PII reveal, a policy change. Never holds a secret or an
// unmasked ID number or mobile; `detail` is a short masked description.
struct AuditEntry
{
    qint64 sequence = 0;  // 1, 2, 3... assigned by append()
    qint64 time = 0;      // ms since the epoch, UTC
    QString operatorName; // who: the profile's operator (the OS user name)
    QString action;       // createAccount, exportLogins, revealMobile, updatePolicy...
    QString target;       // an account address, a unit id, "domain", a file name
    QString result;       // ok, failed:<reason code>, pending
    QString detail;
    QByteArray previousHash; // the previous entry's hash (32 zero bytes for the first)
    QByteArray hash;         // HMAC-SHA256 under the ledger key over previousHash and this entry's fields
};

// The append-only record of what this client did, sealed with the ledger key (store/LedgerKey.h) that the keychain
// keeps apart from the cache key. Each entry's hash is an HMAC over the previous one's, so changing, inserting or
// deleting any entry (or cutting the tail below the recorded head) breaks verify() for anyone who cannot read the
// keychain. The user themself can read it: against them the ledger's head is time-stamped (LedgerAnchors).
class AuditLedger
{
    Q_DECLARE_TR_FUNCTIONS(AuditLedger)

public:
    explicit AuditLedger(Db& db);

    // Appends `entry` (sequence, hashes and, when 0, time are filled in) inside the caller's transaction when there
    // is one, so a mutation's state change and its ledger entry commit together. Fails (DbError::Kind::NoLedgerKey)
    // when the connection has no ledger key: nothing unsealed is ever written.
    [[nodiscard]] Expected<AuditEntry, DbError> append(AuditEntry entry);

    struct Verdict
    {
        qint64 entries = 0;
        std::optional<qint64> firstBadSequence; // the first entry that fails, when the fault lies in one
        QString reason;                         // translated; empty when intact
        [[nodiscard]] bool intact() const { return reason.isEmpty(); }
    };
    // Checks every seal and link, the recorded head, and that the append-only triggers are still in the file.
    [[nodiscard]] Expected<Verdict, DbError> verify();

    // Newest first, at most `limit`, before `beforeSequence` when given (keyset).
    [[nodiscard]] Expected<QList<AuditEntry>, DbError> recent(int limit, std::optional<qint64> beforeSequence = {});

    // Seals with the connection's ledger key the entries that a release before the key chained with plain SHA-256,
    // after proving that plain chain intact, and records the sealing (or why it was refused) as a new entry. Only for
    // CacheFile, in the moment it has made the ledger key of a file that already existed: at any other time it would
    // bless whatever the file holds.
    [[nodiscard]] Expected<void, DbError> sealEarlierEntries();

    // The hash an entry must carry: HMAC-SHA256 under `key` over a length-prefixed encoding of its sequence, time,
    // text fields and previousHash, so no two different entries encode alike (no separator can be smuggled in).
    [[nodiscard]] static QByteArray entryHash(const AuditEntry& entry, const LedgerKey& key);
    // The operating system's user name, for AuditEntry::operatorName when the profile names no operator.
    [[nodiscard]] static QString currentOperator();

private:
    Db& m_db;
};

} // namespace dm
