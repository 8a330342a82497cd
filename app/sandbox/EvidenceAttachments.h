#pragma once

#include "core/Expected.h"
#include "store/Db.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace dm::sandbox {

// A document the court sent to a mailbox of the domain: a mail log row with direction "in".
struct DocumentRow
{
    qint64 id = 0;
    qint64 time = 0;
    QString messageId;
    QString subject;
    QString sender;
    QString recipient;
    QString status;
    std::optional<qint64> readAt;
    QString readClient; // empty when unread
};

// The "in" row of `messageId`, for `recipient` (lower case) when it is not empty; std::nullopt when there is none.
[[nodiscard]] Expected<std::optional<DocumentRow>, DbError> findDocument(Db& db, const QString& messageId,
                                                                         const QString& recipient = {});

// One file a document carried, as the platform stores it, with its digests (64 lower-case hex digits each).
struct StoredAttachment
{
    QString name; // 民事判决书.pdf
    QString mimeType;
    QByteArray bytes;
    QString sha256;
    QString sm3;
};

// The files of a document: the document itself (named after the kind of document the subject names) and up to two
// papers that go with it (送达回证, 诉讼权利义务告知书), 1..3 in all. Each is a one-page PDF naming the court, the
// case, the subject and the message. Everything is derived from the seed and the row, so the same document always
// has the same bytes. Fails only when OpenSSL cannot compute a digest (SM3 needs OpenSSL 3's default provider).
[[nodiscard]] Expected<std::vector<StoredAttachment>, QString>
documentAttachments(quint64 seed, const QString& courtName, const DocumentRow& row);

// The digest `algorithm` ("SHA256", "SM3": OpenSSL's names) of `bytes` in lower-case hex; std::nullopt when OpenSSL
// does not provide it.
[[nodiscard]] std::optional<QString> hexDigest(const QByteArray& bytes, const char* algorithm);

} // namespace dm::sandbox
