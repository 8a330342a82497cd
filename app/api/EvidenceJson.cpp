#include "api/EvidenceJson.h"

#include "api/FieldReader.h"
#include "core/Masking.h"

#include <QJsonArray>

namespace dm {
namespace {

constexpr int kDigestHexLength = 64;

// 64 lower- or upper-case hex digits as 32 raw bytes; empty when the text is anything else.
QByteArray digestFromHex(const QString& hex)
{
    if (hex.size() != kDigestHexLength) {
        return {};
    }
    for (const QChar c : hex) {
        if (!isxdigit(c.toLatin1())) {
            return {};
        }
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QByteArray readDigest(FieldReader& reader, const QString& field)
{
    const QString hex = reader.string(field);
    QByteArray digest = digestFromHex(hex);
    if (reader.ok() && digest.isEmpty()) {
        reader.fail(field);
    }
    return digest;
}

Expected<EvidenceMessage, ApiError> messageFromJson(const QJsonValue& value)
{
    FieldReader reader(value, QStringLiteral("evidence.message"));
    EvidenceMessage message;
    message.mailRecordId = reader.integer(QStringLiteral("id"));
    message.messageId = reader.string(QStringLiteral("messageId"));
    message.subject = reader.string(QStringLiteral("subject"));
    message.sender = reader.string(QStringLiteral("sender"));
    message.recipient = reader.string(QStringLiteral("recipient"));
    message.submittedAt = reader.integer(QStringLiteral("submittedAt"));
    message.arrivedAt = reader.optionalInteger(QStringLiteral("arrivedAt"));
    message.status = reader.enumeration(QStringLiteral("status"), &mailStatusFromString, MailStatus::Received);
    FieldReader smtp(reader.object(QStringLiteral("smtp")), reader.childPath(QStringLiteral("smtp")));
    message.smtpQueueId = smtp.string(QStringLiteral("queueId"));
    message.smtpReply = smtp.string(QStringLiteral("reply"));
    if (!smtp.ok()) {
        return Unexpected{smtp.error()};
    }
    if (reader.has(QStringLiteral("bounce"))) {
        FieldReader bounce(reader.object(QStringLiteral("bounce")), reader.childPath(QStringLiteral("bounce")));
        message.bounceAt = bounce.integer(QStringLiteral("time"));
        message.bounceReason = bounce.string(QStringLiteral("reason"));
        if (!bounce.ok()) {
            return Unexpected{bounce.error()};
        }
    }
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return message;
}

Expected<EvidenceRecipient, ApiError> recipientFromJson(const QJsonValue& value)
{
    FieldReader reader(value, QStringLiteral("evidence.recipient"));
    EvidenceRecipient recipient;
    recipient.accountName = reader.string(QStringLiteral("accountName"));
    recipient.address = reader.string(QStringLiteral("address"));
    recipient.name = reader.string(QStringLiteral("name"));
    recipient.maskedIdNumber = maskIdNumber(reader.optionalString(QStringLiteral("idNumber")));
    recipient.caseNumber = reader.optionalString(QStringLiteral("jobNumber"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    auto basis = addressBasisFromJson(reader.raw(QStringLiteral("addressBasis")),
                                      reader.childPath(QStringLiteral("addressBasis")));
    if (!basis) {
        return Unexpected{basis.error()};
    }
    recipient.addressBasis = *basis;
    return recipient;
}

Expected<EvidenceAttachment, ApiError> attachmentFromJson(const QJsonValue& value, const QString& path)
{
    FieldReader reader(value, path);
    EvidenceAttachment attachment;
    attachment.name = reader.string(QStringLiteral("name"));
    attachment.size = reader.integer(QStringLiteral("size"));
    attachment.mimeType = reader.string(QStringLiteral("mimeType"));
    attachment.sha256 = readDigest(reader, QStringLiteral("sha256"));
    attachment.sm3 = readDigest(reader, QStringLiteral("sm3"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return attachment;
}

std::optional<EvidenceAccessKind> accessKindFromString(QStringView text)
{
    if (text == u"login") {
        return EvidenceAccessKind::Login;
    }
    if (text == u"open") {
        return EvidenceAccessKind::Open;
    }
    if (text == u"download") {
        return EvidenceAccessKind::Download;
    }
    if (text == u"reply") {
        return EvidenceAccessKind::Reply;
    }
    return std::nullopt;
}

Expected<EvidenceAccess, ApiError> accessFromJson(const QJsonValue& value, const QString& path)
{
    FieldReader reader(value, path);
    EvidenceAccess access;
    access.kind = reader.enumeration(QStringLiteral("kind"), &accessKindFromString, EvidenceAccessKind::Login);
    access.recordId = reader.integer(QStringLiteral("id"));
    access.time = reader.integer(QStringLiteral("time"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    switch (access.kind) {
    case EvidenceAccessKind::Reply:
        access.replyMessageId = reader.string(QStringLiteral("messageId"));
        break;
    case EvidenceAccessKind::Download:
        access.attachmentName = reader.string(QStringLiteral("attachment"));
        access.servedSha256 = readDigest(reader, QStringLiteral("sha256"));
        [[fallthrough]];
    case EvidenceAccessKind::Open:
    case EvidenceAccessKind::Login:
        access.client = reader.string(QStringLiteral("client"));
        access.ip = reader.optionalString(QStringLiteral("ip"));
        access.province = reader.optionalString(QStringLiteral("province"));
        access.city = reader.optionalString(QStringLiteral("city"));
        break;
    }
    if (access.kind == EvidenceAccessKind::Login) {
        access.secondFactor = reader.string(QStringLiteral("secondFactor"));
        access.result = reader.enumeration(QStringLiteral("result"), &logResultFromString, LogResult::Failure);
    }
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return access;
}

Expected<EvidenceSms, ApiError> smsFromJson(const QJsonValue& value, const QString& path)
{
    FieldReader reader(value, path);
    EvidenceSms sms;
    sms.recordId = reader.integer(QStringLiteral("id"));
    sms.time = reader.integer(QStringLiteral("time"));
    // Masked again: a platform that sent the whole number must not put it into a pack.
    sms.maskedMobile = maskMobile(reader.string(QStringLiteral("mobile")));
    sms.purpose = reader.string(QStringLiteral("purpose"));
    sms.gatewayStatus = reader.string(QStringLiteral("status"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return sms;
}

// The array `field` of `reader`, each item read by `item`; the first bad one is the error.
template <typename T>
Expected<QList<T>, ApiError> listFromJson(FieldReader& reader, const QString& field, const ItemParser<T>& item)
{
    const QJsonArray items = reader.array(field);
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return itemsFromJson(items, reader.childPath(field), item);
}

} // namespace

Expected<std::optional<AddressBasis>, ApiError> addressBasisFromJson(const QJsonValue& value, const QString& path)
{
    if (value.isUndefined() || value.isNull()) {
        return std::optional<AddressBasis>();
    }
    FieldReader reader(value, path);
    AddressBasis basis;
    basis.kind = reader.enumeration(QStringLiteral("kind"), &addressBasisKindFromString, AddressBasisKind::Confirmed);
    const QString date = reader.string(QStringLiteral("date"));
    basis.date = QDate::fromString(date, Qt::ISODate);
    if (reader.ok() && (date.size() != 10 || !basis.date.isValid())) {
        reader.fail(QStringLiteral("date"));
    }
    basis.reference = reader.optionalString(QStringLiteral("reference"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return std::optional<AddressBasis>(basis);
}

QJsonValue addressBasisToJson(const std::optional<AddressBasis>& basis)
{
    if (!basis) {
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonObject{{QStringLiteral("kind"), toString(basis->kind)},
                       {QStringLiteral("date"), basis->date.toString(Qt::ISODate)},
                       {QStringLiteral("reference"), basis->reference}};
}

Expected<DeliveryEvidence, ApiError> deliveryEvidenceFromJson(const QJsonValue& value)
{
    FieldReader reader(value, QStringLiteral("evidence"));
    DeliveryEvidence evidence;
    evidence.answeredAt = reader.integer(QStringLiteral("answeredAt"));
    evidence.accessesTruncated = reader.boolean(QStringLiteral("accessesTruncated"));
    const QJsonObject message = reader.object(QStringLiteral("message"));
    const QJsonObject recipient = reader.object(QStringLiteral("recipient"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    auto readMessage = messageFromJson(message);
    if (!readMessage) {
        return Unexpected{readMessage.error()};
    }
    evidence.message = std::move(*readMessage);
    auto readRecipient = recipientFromJson(recipient);
    if (!readRecipient) {
        return Unexpected{readRecipient.error()};
    }
    evidence.recipient = std::move(*readRecipient);
    auto attachments = listFromJson<EvidenceAttachment>(reader, QStringLiteral("attachments"), &attachmentFromJson);
    if (!attachments) {
        return Unexpected{attachments.error()};
    }
    evidence.attachments = std::move(*attachments);
    auto accesses = listFromJson<EvidenceAccess>(reader, QStringLiteral("accesses"), &accessFromJson);
    if (!accesses) {
        return Unexpected{accesses.error()};
    }
    evidence.accesses = std::move(*accesses);
    auto sms = listFromJson<EvidenceSms>(reader, QStringLiteral("sms"), &smsFromJson);
    if (!sms) {
        return Unexpected{sms.error()};
    }
    evidence.sms = std::move(*sms);
    // The trail is in time order by contract; a pack's chain depends on it, so an answer out of order is refused.
    for (qsizetype i = 1; i < evidence.accesses.size(); ++i) {
        if (evidence.accesses.at(i).time < evidence.accesses.at(i - 1).time) {
            return Unexpected{protocolError(QStringLiteral("evidence.accesses[%1].time").arg(i))};
        }
    }
    return evidence;
}

} // namespace dm
