#pragma once

#include "core/AddressBasis.h"
#include "core/LogRecords.h"

#include <QList>
#include <QString>

#include <optional>

namespace dm {

// What the platform answers to getEvidence (CONTRACT.md §18) for one document and one recipient. Digests are raw
// bytes (32 each). Times are ms since the epoch, platform time. The ID number is masked as it is read: the full
// number never reaches a pack.
struct EvidenceAttachment
{
    QString name;
    qint64 size = 0;
    QString mimeType;
    QByteArray sha256;
    QByteArray sm3;
};

enum class EvidenceAccessKind
{
    Login,    // a login of the recipient's account (login log row)
    Open,     // the recipient opened the document (the mail log row's readAt)
    Download, // the recipient downloaded an attachment
    Reply,    // the recipient replied to the document (a mail log row of the reply)
};

struct EvidenceAccess
{
    EvidenceAccessKind kind = EvidenceAccessKind::Login;
    qint64 recordId = 0; // the platform's id: login log id, mail log id (open, reply) or download id
    qint64 time = 0;
    QString ip;
    QString province;
    QString city;
    QString client;                  // login: the login method (webmail, ...); open/download: the read client
    QString secondFactor;            // login: "sms", "none"; empty otherwise
    std::optional<LogResult> result; // login only
    QString attachmentName;          // download only
    QByteArray servedSha256;         // download only: the hash of the bytes served
    QString replyMessageId;          // reply only
};

struct EvidenceSms
{
    qint64 recordId = 0;
    qint64 time = 0;
    QString maskedMobile;  // as the platform masks it (138****1234)
    QString purpose;       // "activation", "reminder" or "documentNotice"
    QString gatewayStatus; // "delivered", "failed" or "pending"
};

struct EvidenceMessage
{
    qint64 mailRecordId = 0; // the mail log row of the document in the recipient's mailbox
    QString messageId;
    QString subject;
    QString sender;
    QString recipient;
    qint64 submittedAt = 0; // 发送成功: when the platform accepted it from the sender (SMTP 250)
    QString smtpQueueId;
    QString smtpReply;
    std::optional<qint64> arrivedAt; // stored in the recipient's mailbox; absent when it never arrived
    MailStatus status = MailStatus::Received;
    std::optional<qint64> bounceAt;
    QString bounceReason;
};

struct EvidenceRecipient
{
    QString accountName;
    QString address;
    QString name;
    QString maskedIdNumber;
    QString caseNumber; // the account's jobNumber
    std::optional<AddressBasis> addressBasis;
};

struct DeliveryEvidence
{
    EvidenceMessage message;
    EvidenceRecipient recipient;
    QList<EvidenceAttachment> attachments;
    QList<EvidenceAccess> accesses; // in time order
    QList<EvidenceSms> sms;         // in time order
    bool accessesTruncated = false; // the platform returned its first 1000 accesses only
    qint64 answeredAt = 0;          // platform time of the answer
};

} // namespace dm
