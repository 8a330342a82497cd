#include "store/AuditLedger.h"

#include "core/OsUser.h"
#include "core/PiiScrubber.h"
#include "store/Db.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QtEndian>

#include <limits>

namespace dm {

namespace {

constexpr qsizetype kHashSize = 32;
// Names the encoding, so a later change of fields can never produce the hash of an older entry.
constexpr char kEncodingTag[] = "dmadmin-audit-ledger-v1";

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

} // namespace

AuditLedger::AuditLedger(Db& db)
    : m_db(db)
{}

QByteArray AuditLedger::entryHash(const AuditEntry& entry)
{
    QByteArray encoded;
    appendField(encoded, QByteArray(kEncodingTag));
    appendInteger(encoded, entry.sequence);
    appendInteger(encoded, entry.time);
    appendField(encoded, entry.operatorName.toUtf8());
    appendField(encoded, entry.action.toUtf8());
    appendField(encoded, entry.target.toUtf8());
    appendField(encoded, entry.result.toUtf8());
    appendField(encoded, entry.detail.toUtf8());
    appendField(encoded, entry.previousHash);
    return QCryptographicHash::hash(encoded, QCryptographicHash::Sha256);
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
    entry.hash = entryHash(entry);

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

Expected<AuditLedger::Verdict, DbError> AuditLedger::verify()
{
    Verdict verdict;
    const auto broken = [&verdict](qint64 sequence, QString reason) {
        verdict.firstBadSequence = sequence;
        verdict.reason = std::move(reason);
        return verdict;
    };

    auto rows = m_db.prepare(std::string("SELECT ").append(kColumns).append(" ORDER BY sequence"));
    if (!rows) {
        return Unexpected(rows.error());
    }
    qint64 expected = 1;
    QByteArray previousHash(kHashSize, '\0');
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
            return broken(expected, tr("Entry %1 is missing: it was deleted.").arg(expected));
        }
        if (entry.previousHash != previousHash) {
            return broken(entry.sequence, tr("Entry %1 does not follow entry %2: entries were inserted, deleted or "
                                             "reordered.")
                                              .arg(entry.sequence)
                                              .arg(entry.sequence - 1));
        }
        if (entry.hash != entryHash(entry)) {
            return broken(entry.sequence, tr("Entry %1 was changed after it was written.").arg(entry.sequence));
        }
        previousHash = entry.hash;
        verdict.entries = entry.sequence;
        ++expected;
    }

    auto head = m_db.prepare("SELECT sequence, hash FROM audit_ledger_head WHERE id = 1");
    if (!head) {
        return Unexpected(head.error());
    }
    auto hasHead = head->step();
    if (!hasHead) {
        return Unexpected(hasHead.error());
    }
    const qint64 last = verdict.entries;
    if (!*hasHead) {
        if (last > 0) {
            return broken(
                1,
                tr("The ledger's record of its newest entry was removed: entries at its end may have been deleted."));
        }
        return verdict;
    }
    const qint64 headSequence = head->int64(0);
    if (headSequence > last) {
        const QString reason = headSequence == last + 1
                                   ? tr("Entry %1 is missing: the end of the ledger was cut off.").arg(last + 1)
                                   : tr("Entries %1 to %2 are missing: the end of the ledger was cut off.")
                                         .arg(last + 1)
                                         .arg(headSequence);
        return broken(last + 1, reason);
    }
    if (headSequence < last) {
        return broken(headSequence + 1, tr("Entry %1 was added outside this program: the ledger recorded %2 entries.")
                                            .arg(headSequence + 1)
                                            .arg(headSequence));
    }
    if (head->blob(1) != previousHash) {
        return broken(last, tr("Entry %1 is not the newest entry the ledger recorded.").arg(last));
    }
    return verdict;
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
