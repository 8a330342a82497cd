#include "store/AuditLedger.h"

#include "core/OsUser.h"
#include "core/PiiScrubber.h"
#include "store/Db.h"
#include "store/LedgerKey.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QtEndian>

#include <array>
#include <functional>
#include <limits>

namespace dm {

namespace {

constexpr qsizetype kHashSize = 32;
// Names the encoding, so a later change of fields can never produce the hash of an older entry. v1 was a plain
// SHA-256 chain; v2 is sealed with the ledger key.
constexpr char kUnkeyedTag[] = "dmadmin-audit-ledger-v1";
constexpr char kSealedTag[] = "dmadmin-audit-ledger-v2";
// The triggers that keep history append-only, as the schema makes them (the last two from step 6 on); verify()
// reports any that was dropped.
constexpr std::array<std::string_view, 6> kGuards{"audit_ledger_no_update",         "audit_ledger_no_delete",
                                                  "audit_ledger_head_forward_only", "audit_ledger_head_no_delete",
                                                  "audit_anchor_no_update",         "audit_anchor_no_delete"};

void appendInteger(QByteArray& out, qint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof bytes);
}

// Length first, then the bytes: "ab"+"c" and "a"+"bc" encode differently.
void appendField(QByteArray& out, const QByteArray& bytes)
{
    appendInteger(out, bytes.size());
    out.append(bytes);
}

// Undoes the savepoint unless release() succeeded: append() is atomic both inside and outside a transaction.
class Savepoint
{
public:
    explicit Savepoint(Db& db)
        : m_db(db)
    {}
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    ~Savepoint()
    {
        if (m_open) {
            (void)m_db.exec("ROLLBACK TO audit_append; RELEASE audit_append");
        }
    }
    [[nodiscard]] Expected<void, DbError> begin()
    {
        auto done = m_db.exec("SAVEPOINT audit_append");
        m_open = bool(done);
        return done;
    }
    [[nodiscard]] Expected<void, DbError> release()
    {
        auto done = m_db.exec("RELEASE audit_append");
        m_open = !done;
        return done;
    }

private:
    Db& m_db;
    bool m_open = false;
};

AuditEntry entryFromRow(const Stmt& row)
{
    AuditEntry entry;
    entry.sequence = row.int64(0);
    entry.time = row.int64(1);
    entry.operatorName = row.text(2);
    entry.action = row.text(3);
    entry.target = row.text(4);
    entry.result = row.text(5);
    entry.detail = row.text(6);
    entry.previousHash = row.blob(7);
    entry.hash = row.blob(8);
    return entry;
}

constexpr std::string_view kColumns =
    "sequence, time, operator, action, target, result, detail, previous_hash, hash FROM audit_ledger";

// Stmt binds a null QString as NULL; these columns and comparisons want text, so a null string is "".
QString orEmpty(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QByteArray encode(const AuditEntry& entry, const char* tag)
{
    QByteArray encoded;
    appendField(encoded, QByteArray(tag));
    appendInteger(encoded, entry.sequence);
    appendInteger(encoded, entry.time);
    appendField(encoded, entry.operatorName.toUtf8());
    appendField(encoded, entry.action.toUtf8());
    appendField(encoded, entry.target.toUtf8());
    appendField(encoded, entry.result.toUtf8());
    appendField(encoded, entry.detail.toUtf8());
    appendField(encoded, entry.previousHash);
    return encoded;
}

QByteArray unkeyedHash(const AuditEntry& entry)
{
    return QCryptographicHash::hash(encode(entry, kUnkeyedTag), QCryptographicHash::Sha256);
}

DbError noLedgerKey()
{
    DbError error;
    error.kind = DbError::Kind::NoLedgerKey;
    error.detail = QStringLiteral("no ledger key on this connection");
    return error;
}

} // namespace

AuditLedger::AuditLedger(Db& db)
    : m_db(db)
{}

QByteArray AuditLedger::entryHash(const AuditEntry& entry, const LedgerKey& key)
{
    return key.seal(encode(entry, kSealedTag));
}

QString AuditLedger::currentOperator()
{
    return osUserName();
}

Expected<AuditEntry, DbError> AuditLedger::append(AuditEntry entry)
{
    // The callers mask what they write; this is the safety net for what slipped through.
    entry.operatorName = orEmpty(entry.operatorName);
    entry.action = orEmpty(entry.action);
    entry.target = orEmpty(scrubPii(entry.target));
    entry.result = orEmpty(scrubPii(entry.result));
    entry.detail = orEmpty(scrubPii(entry.detail));
    if (entry.time == 0) {
        entry.time = QDateTime::currentMSecsSinceEpoch();
    }

    const LedgerKey* key = m_db.ledgerKey();
    if (key == nullptr) {
        return Unexpected(noLedgerKey());
    }
    Savepoint savepoint(m_db);
    if (auto begun = savepoint.begin(); !begun) {
        return Unexpected(begun.error());
    }
    auto head = m_db.prepare("SELECT sequence, hash FROM audit_ledger_head WHERE id = 1");
    if (!head) {
        return Unexpected(head.error());
    }
    auto hasHead = head->step();
    if (!hasHead) {
        return Unexpected(hasHead.error());
    }
    entry.sequence = *hasHead ? head->int64(0) + 1 : 1;
    entry.previousHash = *hasHead ? head->blob(1) : QByteArray(kHashSize, '\0');
    entry.hash = entryHash(entry, *key);

    auto insert = m_db.prepare("INSERT INTO audit_ledger (sequence, time, operator, action, target, result, detail, "
                               "previous_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert) {
        return Unexpected(insert.error());
    }
    insert->bind(1, entry.sequence)
        .bind(2, entry.time)
        .bind(3, entry.operatorName)
        .bind(4, entry.action)
        .bind(5, entry.target)
        .bind(6, entry.result)
        .bind(7, entry.detail)
        .bindBlob(8, entry.previousHash)
        .bindBlob(9, entry.hash);
    if (auto done = insert->run(); !done) {
        return Unexpected(done.error());
    }
    auto moveHead = m_db.prepare("INSERT INTO audit_ledger_head (id, sequence, hash) VALUES (1, ?1, ?2) "
                                 "ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash");
    if (!moveHead) {
        return Unexpected(moveHead.error());
    }
    moveHead->bind(1, entry.sequence).bindBlob(2, entry.hash);
    if (auto done = moveHead->run(); !done) {
        return Unexpected(done.error());
    }
    if (auto released = savepoint.release(); !released) {
        return Unexpected(released.error());
    }
    return entry;
}

namespace {

// What a walk of the chain in sequence order found: the first fault, or the newest entry's hash.
struct ChainWalk
{
    qint64 entries = 0;
    QByteArray lastHash = QByteArray(kHashSize, '\0');
    std::optional<qint64> badSequence;
    QString reason;
};

Expected<ChainWalk, DbError> walkChain(Db& db, const std::function<QByteArray(const AuditEntry&)>& hashOf)
{
    ChainWalk walk;
    const auto broken = [&walk](qint64 sequence, QString reason) {
        walk.badSequence = sequence;
        walk.reason = std::move(reason);
        return walk;
    };
    auto rows = db.prepare(std::string("SELECT ").append(kColumns).append(" ORDER BY sequence"));
    if (!rows) {
        return Unexpected(rows.error());
    }
    qint64 expected = 1;
    while (true) {
        auto row = rows->step();
        if (!row) {
            return Unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        const AuditEntry entry = entryFromRow(*rows);
        if (entry.sequence != expected) {
            return broken(expected, AuditLedger::tr("Entry %1 is missing: it was deleted.").arg(expected));
        }
        if (entry.previousHash != walk.lastHash) {
            return broken(entry.sequence, AuditLedger::tr("Entry %1 does not follow entry %2: entries were inserted, "
                                                          "deleted or reordered.")
                                              .arg(entry.sequence)
                                              .arg(entry.sequence - 1));
        }
        if (entry.hash != hashOf(entry)) {
            return broken(entry.sequence,
                          AuditLedger::tr("Entry %1 was changed after it was written, or sealed with another key.")
                              .arg(entry.sequence));
        }
        walk.lastHash = entry.hash;
        walk.entries = entry.sequence;
        ++expected;
    }
    return walk;
}

// The recorded head against the walk: a tail cut off below it, or entries added past it.
Expected<ChainWalk, DbError> checkHead(Db& db, ChainWalk walk)
{
    const auto broken = [&walk](qint64 sequence, QString reason) {
        walk.badSequence = sequence;
        walk.reason = std::move(reason);
        return walk;
    };
    auto head = db.prepare("SELECT sequence, hash FROM audit_ledger_head WHERE id = 1");
    if (!head) {
        return Unexpected(head.error());
    }
    auto hasHead = head->step();
    if (!hasHead) {
        return Unexpected(hasHead.error());
    }
    const qint64 last = walk.entries;
    if (!*hasHead) {
        if (last > 0) {
            return broken(1, AuditLedger::tr("The ledger's record of its newest entry was removed: entries at its end "
                                             "may have been deleted."));
        }
        return walk;
    }
    const qint64 headSequence = head->int64(0);
    if (headSequence > last) {
        const QString reason =
            headSequence == last + 1
                ? AuditLedger::tr("Entry %1 is missing: the end of the ledger was cut off.").arg(last + 1)
                : AuditLedger::tr("Entries %1 to %2 are missing: the end of the ledger was cut off.")
                      .arg(last + 1)
                      .arg(headSequence);
        return broken(last + 1, reason);
    }
    if (headSequence < last) {
        return broken(headSequence + 1,
                      AuditLedger::tr("Entry %1 was added outside this program: the ledger recorded %2 entries.")
                          .arg(headSequence + 1)
                          .arg(headSequence));
    }
    if (head->blob(1) != walk.lastHash) {
        return broken(last, AuditLedger::tr("Entry %1 is not the newest entry the ledger recorded.").arg(last));
    }
    return walk;
}

// The first append-only trigger missing from the file; empty when all are there. The anchors' own came with step 6.
Expected<QString, DbError> missingGuard(Db& db)
{
    auto version = schema::version(db);
    if (!version) {
        return Unexpected(version.error());
    }
    auto present = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?1");
    if (!present) {
        return Unexpected(present.error());
    }
    const qsizetype required = *version >= 6 ? qsizetype(kGuards.size()) : 4;
    for (qsizetype i = 0; i < required; ++i) {
        const std::string_view guard = kGuards.at(size_t(i));
        const QString name = QString::fromLatin1(guard.data(), qsizetype(guard.size()));
        present->reset();
        present->bind(1, name);
        auto found = present->step();
        if (!found) {
            return Unexpected(found.error());
        }
        if (!*found) {
            return name;
        }
    }
    return QString();
}

} // namespace

Expected<AuditLedger::Verdict, DbError> AuditLedger::verify()
{
    const LedgerKey* key = m_db.ledgerKey();
    if (key == nullptr) {
        return Unexpected(noLedgerKey());
    }
    auto walked = walkChain(m_db, [key](const AuditEntry& entry) { return entryHash(entry, *key); });
    if (!walked) {
        return Unexpected(walked.error());
    }
    if (!walked->badSequence) {
        walked = checkHead(m_db, std::move(*walked));
        if (!walked) {
            return Unexpected(walked.error());
        }
    }
    Verdict verdict;
    verdict.entries = walked->entries;
    verdict.firstBadSequence = walked->badSequence;
    verdict.reason = walked->reason;
    if (verdict.intact()) {
        auto missing = missingGuard(m_db);
        if (!missing) {
            return Unexpected(missing.error());
        }
        if (!missing->isEmpty()) {
            verdict.reason = tr("The ledger's protection %1 was removed from the file: history may have been changed "
                                "by hand.")
                                 .arg(*missing);
        }
    }
    return verdict;
}

Expected<void, DbError> AuditLedger::sealEarlierEntries()
{
    const LedgerKey* key = m_db.ledgerKey();
    if (key == nullptr) {
        return Unexpected(noLedgerKey());
    }
    auto walked = walkChain(m_db, &unkeyedHash);
    if (!walked) {
        return Unexpected(walked.error());
    }
    if (walked->entries == 0 && !walked->badSequence) {
        return {}; // a new file: nothing to seal
    }
    if (!walked->badSequence) {
        walked = checkHead(m_db, std::move(*walked));
        if (!walked) {
            return Unexpected(walked.error());
        }
    }
    AuditEntry record;
    record.operatorName = currentOperator();
    record.action = QStringLiteral("sealLedger");
    record.target = QStringLiteral("ledger");
    if (walked->badSequence) {
        // Sealing a broken chain would make it look sound: it stays as it is, and verify() keeps failing on it.
        record.result = QStringLiteral("failed:unsealed-chain-broken");
        record.detail =
            QStringLiteral(
                "entry %1 is neither sealed with this key nor part of a chain written before the ledger had one")
                .arg(*walked->badSequence);
        if (auto recorded = append(record); !recorded) {
            return Unexpected(recorded.error());
        }
        return {};
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return Unexpected(transaction.error());
    }
    // The triggers forbid exactly this rewrite; they go for its length and come back unchanged.
    if (auto dropped = m_db.exec("DROP TRIGGER audit_ledger_no_update; DROP TRIGGER audit_ledger_head_forward_only; "
                                 "DROP TRIGGER audit_ledger_no_delete; DROP TRIGGER audit_ledger_head_no_delete");
        !dropped) {
        return Unexpected(dropped.error());
    }
    auto entries = m_db.prepare(std::string("SELECT ").append(kColumns).append(" ORDER BY sequence"));
    auto reseal = m_db.prepare("UPDATE audit_ledger SET previous_hash = ?2, hash = ?3 WHERE sequence = ?1");
    if (!entries || !reseal) {
        return Unexpected(!entries ? entries.error() : reseal.error());
    }
    QList<AuditEntry> sealed;
    QByteArray previousHash(kHashSize, '\0');
    while (true) {
        auto row = entries->step();
        if (!row) {
            return Unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        AuditEntry entry = entryFromRow(*entries);
        entry.previousHash = previousHash;
        entry.hash = entryHash(entry, *key);
        previousHash = entry.hash;
        sealed.append(std::move(entry));
    }
    for (const AuditEntry& entry : std::as_const(sealed)) {
        reseal->reset();
        reseal->bind(1, entry.sequence).bindBlob(2, entry.previousHash).bindBlob(3, entry.hash);
        if (auto done = reseal->run(); !done) {
            return Unexpected(done.error());
        }
    }
    auto moveHead = m_db.prepare("UPDATE audit_ledger_head SET hash = ?1 WHERE id = 1");
    if (!moveHead) {
        return Unexpected(moveHead.error());
    }
    moveHead->bindBlob(1, previousHash);
    if (auto done = moveHead->run(); !done) {
        return Unexpected(done.error());
    }
    if (auto restored = m_db.exec(schema::ledgerGuards()); !restored) {
        return Unexpected(restored.error());
    }
    record.result = QStringLiteral("ok");
    record.detail =
        QStringLiteral("%1 entries written before the ledger had a key were checked and sealed").arg(sealed.size());
    if (auto recorded = append(record); !recorded) {
        return Unexpected(recorded.error());
    }
    return transaction->commit();
}

Expected<QList<AuditEntry>, DbError> AuditLedger::recent(int limit, std::optional<qint64> beforeSequence)
{
    auto rows = m_db.prepare(
        std::string("SELECT ").append(kColumns).append(" WHERE sequence < ?1 ORDER BY sequence DESC LIMIT ?2"));
    if (!rows) {
        return Unexpected(rows.error());
    }
    rows->bind(1, beforeSequence.value_or(std::numeric_limits<qint64>::max())).bind(2, limit);
    QList<AuditEntry> entries;
    while (true) {
        auto row = rows->step();
        if (!row) {
            return Unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        entries.append(entryFromRow(*rows));
    }
    return entries;
}

} // namespace dm
