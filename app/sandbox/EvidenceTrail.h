#pragma once

#include "core/Expected.h"
#include "sandbox/AccountRecords.h"
#include "sandbox/EvidenceAttachments.h"
#include "store/Db.h"

#include <QJsonArray>
#include <QString>

#include <optional>
#include <vector>

namespace dm::sandbox {

// What the recipient's side of a delivery is read from: the document, the account (absent when it was deleted
// for good), and the facts getEvidence already derived.
struct EvidenceSubject
{
    quint64 seed = 0;
    DocumentRow row;
    QString accountName; // the local part of row.recipient
    std::optional<AccountRecord> account;
    qint64 submittedAt = 0;
    std::optional<qint64> arrivedAt;
    std::vector<StoredAttachment> attachments;
    bool forcesSms2fa = false; // the account's effective policy
    qint64 nowMs = 0;          // platform time of the answer: nothing later is reported
};

inline constexpr qsizetype kMaxEvidenceItems = 1000;

struct AccessTrail
{
    QJsonArray accesses; // in (time, kind, id) order, at most kMaxEvidenceItems
    bool truncated = false;
};

// Logins of the account since the document was submitted, the opening, the attachment downloads and the replies,
// as CONTRACT.md §18 defines them. Logins and opens are the platform's own rows; downloads are derived from the seed
// and the document (about 70 % of a read document's files, 1..600 s after the opening).
[[nodiscard]] Expected<AccessTrail, DbError> collectAccesses(Db& db, const EvidenceSubject& subject);

// The SMS the platform sent the recipient: the activation SMS, the last reminder, and a notice per document that
// arrived in the mailbox since this one was submitted; in time order, at most kMaxEvidenceItems.
[[nodiscard]] Expected<QJsonArray, DbError> collectSms(Db& db, const EvidenceSubject& subject);

// A stable positive id (below 2^53, exact in JSON) for something the platform derives rather than stores.
[[nodiscard]] qint64 derivedId(quint64 seed, const QString& key);

// A stable number in [low, high] for `key` under `seed` (the caller mixes in a stream constant of its own).
[[nodiscard]] qint64 derivedBetween(quint64 seed, const QString& key, qint64 low, qint64 high);

// 13812345678 -> 138****5678; "" for anything shorter than 7 characters.
[[nodiscard]] QString maskedMobile(const QString& mobile);

} // namespace dm::sandbox
