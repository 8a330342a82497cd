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
    QByteArray previousHash; // SHA-256 of the previous entry (32 zero bytes for the first)
    QByteArray hash;         // SHA-256 over previousHash and this entry's fields
};

// The append-only, hash-chained record of what this client did. Each entry's hash covers the previous one's, so
// changing, inserting or deleting any entry (or truncating the tail below the recorded head) breaks verify().
class AuditLedger
{
    Q_DECLARE_TR_FUNCTIONS(AuditLedger)

public:
    explicit AuditLedger(Db& db);

    // Appends `entry` (sequence, hashes and, when 0, time are filled in) inside the caller's transaction when there
    // is one, so a mutation's state change and its ledger entry commit together.
    [[nodiscard]] Expected<AuditEntry, DbError> append(AuditEntry entry);

    struct Verdict
    {
        qint64 entries = 0;
        std::optional<qint64> firstBadSequence; // nullopt when the whole chain is intact
        QString reason;                         // translated; empty when intact
        [[nodiscard]] bool intact() const { return !firstBadSequence; }
    };
    [[nodiscard]] Expected<Verdict, DbError> verify();

    // Newest first, at most `limit`, before `beforeSequence` when given (keyset).
    [[nodiscard]] Expected<QList<AuditEntry>, DbError> recent(int limit, std::optional<qint64> beforeSequence = {});

    // The hash an entry must carry: SHA-256 over a length-prefixed encoding of its sequence, time, text fields and
    // previousHash, so no two different entries encode alike (no separator can be smuggled into a field).
    [[nodiscard]] static QByteArray entryHash(const AuditEntry& entry);
    // The operating system's user name, for AuditEntry::operatorName when the profile names no operator.
    [[nodiscard]] static QString currentOperator();

private:
    Db& m_db;
};

} // namespace dm
