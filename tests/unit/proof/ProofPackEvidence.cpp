#include "ProofPackEvidence.h"

#include "timestamp/Digest.h"

#include <QCryptographicHash>

using namespace dm;
using namespace dm::proof;

namespace prooftest {
namespace {

EvidenceAttachment attachmentOf(const QString& name, const QByteArray& bytes)
{
    auto sm3 = sm3Of(bytes);
    return {name, bytes.size(), QStringLiteral("application/pdf"),
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256), sm3 ? *sm3 : QByteArray()};
}

EvidenceAccess access(EvidenceAccessKind kind, qint64 id, qint64 time)
{
    EvidenceAccess made;
    made.kind = kind;
    made.recordId = id;
    made.time = time;
    made.ip = QStringLiteral("113.108.1.20");
    made.province = QStringLiteral("广东");
    made.city = QStringLiteral("广州");
    made.client = kind == EvidenceAccessKind::Reply ? QString() : QStringLiteral("webmail");
    if (kind == EvidenceAccessKind::Login) {
        made.secondFactor = QStringLiteral("sms");
        made.result = LogResult::Success;
    }
    if (kind == EvidenceAccessKind::Download) {
        made.attachmentName = QStringLiteral("民事判决书.pdf");
        made.servedSha256 = QCryptographicHash::hash(judgmentBytes(), QCryptographicHash::Sha256);
    }
    if (kind == EvidenceAccessKind::Reply) {
        made.replyMessageId = QStringLiteral("reply.1@court.example");
    }
    return made;
}

} // namespace

QByteArray judgmentBytes()
{
    QByteArray bytes = QByteArrayLiteral("%PDF-1.4\n民事判决书 (2026)粤0104民初1234号\n");
    for (int line = 0; line < 200; ++line) {
        bytes += QByteArray::number(line * 7919) + " 本院认为，原告的诉讼请求于法有据，予以支持。\n";
    }
    return bytes;
}

EvidenceAccess login()
{
    return access(EvidenceAccessKind::Login, 9001, kSubmitted + 60000);
}
EvidenceAccess opened()
{
    return access(EvidenceAccessKind::Open, kMailId, kOpened);
}
EvidenceAccess downloaded()
{
    return access(EvidenceAccessKind::Download, kDownloadId, kSubmitted + 200000);
}
EvidenceAccess replied()
{
    return access(EvidenceAccessKind::Reply, kReplyId, kReplied);
}

DeliveryEvidence evidenceWith(std::optional<AddressBasisKind> basis, const QList<EvidenceAccess>& accesses)
{
    DeliveryEvidence evidence;
    EvidenceMessage& message = evidence.message;
    message.mailRecordId = kMailId;
    message.messageId = QStringLiteral("mz1k2.3f@court.example");
    message.subject = QStringLiteral("关于") + kCase + QStringLiteral("案件的民事判决书");
    message.sender = QStringLiteral("clerk1@court.example");
    message.recipient = QStringLiteral("zhangwei@court.example");
    message.submittedAt = kSubmitted;
    message.smtpQueueId = QStringLiteral("4F2A1B9C");
    message.smtpReply = QStringLiteral("250 2.0.0 Ok: queued as 4F2A1B9C");
    message.arrivedAt = kArrived;
    message.status = MailStatus::Received;
    EvidenceRecipient& recipient = evidence.recipient;
    recipient.accountName = QStringLiteral("zhangwei");
    recipient.address = message.recipient;
    recipient.name = QStringLiteral("张伟");
    recipient.maskedIdNumber = QStringLiteral("4401**********1234");
    recipient.caseNumber = kCase;
    if (basis) {
        const QString reference = *basis == AddressBasisKind::Confirmed ? kCase + QStringLiteral("送达地址确认书")
                                  : *basis == AddressBasisKind::Provided ? QStringLiteral("起诉状")
                                                                         : QStringLiteral("立案登记预留信息");
        recipient.addressBasis = AddressBasis{*basis, QDate(2026, 5, 20), reference};
    }
    evidence.attachments = {attachmentOf(QStringLiteral("民事判决书.pdf"), judgmentBytes()),
                            attachmentOf(QStringLiteral("送达回证.pdf"), QByteArrayLiteral("%PDF-1.4 送达回证"))};
    evidence.accesses = accesses;
    evidence.sms = {{3001, kSubmitted + 30000, QStringLiteral("138****1234"), QStringLiteral("documentNotice"),
                     QStringLiteral("delivered")}};
    evidence.answeredAt = kSubmitted + 86400000;
    return evidence;
}

PackContext context()
{
    PackContext made;
    made.generatorVersion = QStringLiteral("0.1.0");
    made.court = QStringLiteral("广州市天河区人民法院");
    made.profileName = QStringLiteral("天河法院");
    made.domain = QStringLiteral("court.example");
    made.caseNumber = kCase;
    made.madeBy = QStringLiteral("clerk");
    made.madeAt = QDateTime(QDate(2026, 6, 2), QTime(1, 0), QTimeZone::utc());
    made.tsaUrl = QStringLiteral("https://127.0.0.1:8443/sandbox/tsa");
    return made;
}

QList<ClerkFile> clerkFiles()
{
    QByteArray changed = judgmentBytes();
    changed[changed.size() / 2] = static_cast<char>(changed.at(changed.size() / 2) ^ 0x20);
    return {{QStringLiteral("民事判决书.pdf"), judgmentBytes()},
            {QStringLiteral("民事判决书-经办人留存.pdf"), changed}};
}

} // namespace prooftest
