#include "sandbox/EvidenceApi.h"

#include "sandbox/AccountRecords.h"
#include "sandbox/CourtModel.h"
#include "sandbox/DocumentStore.h"
#include "sandbox/EvidenceAttachments.h"
#include "sandbox/EvidenceTrail.h"
#include "sandbox/PolicyDocument.h"

#include <QDebug>
#include <QJsonArray>

#include <array>

namespace dm::sandbox {
namespace {

constexpr quint64 kSubmitStream = 0x7375626d6974ULL; // "submit"
constexpr quint64 kQueueStream = 0x7175657565ULL;    // "queue"
// What the platform's MTA answers a sender whose document the recipient's side refused.
constexpr std::array<QStringView, 3> kBounceReasons{
    u"550 5.7.1 Message rejected: content refused by the recipient domain's security policy",
    u"550 5.7.1 Message rejected: attachment type not allowed by policy",
    u"550 5.7.1 Delivery not authorized, message refused",
};

// What every evidence answer is derived from besides the database: the seed of the court and the court's name.
struct EvidenceSource
{
    quint64 seed = 1;
    QString courtName;
};

EvidenceSource sourceOf(PlatformContext& context)
{
    const quint64 seed = context.platform.fact(QStringLiteral("seed")).value_or(QStringLiteral("1")).toULongLong();
    return EvidenceSource{seed, CourtModel(seed, context.identity.domain).court().name.toString()};
}

// The account's effective forceSms2fa: its own policy document, else its unit's, else the domain's, else the
// default. Read only: asking for evidence must not create the domain document as a first policy call does.
Expected<bool, ApiError> forcesSms2fa(PlatformContext& context, const std::optional<AccountRecord>& account)
{
    DocumentStore store(context, QStringLiteral("policy"));
    std::vector<DocumentTarget> levels;
    if (account) {
        levels.push_back(DocumentTarget{DocumentLevel::Account, account->accountName});
        levels.push_back(DocumentTarget{DocumentLevel::Unit, account->unitId});
    }
    levels.push_back(DocumentTarget{DocumentLevel::Domain, context.identity.domain.toLower()});
    const QString path = QStringLiteral("forceSms2fa");
    for (const DocumentTarget& level : levels) {
        auto document = store.load(level);
        if (!document) {
            return Unexpected{document.error()};
        }
        if (const QJsonValue value = policy::leaf(document->body, path); value.isBool()) {
            return value.toBool();
        }
    }
    return policy::leaf(policy::defaults(), path).toBool();
}

QJsonObject messageJson(const EvidenceSubject& subject)
{
    const DocumentRow& row = subject.row;
    const QString queueId =
        QString::number(stableHash(subject.seed ^ kQueueStream, row.messageId) & 0xffffffffffULL, 16)
            .toUpper()
            .rightJustified(10, u'0');
    QJsonValue bounce(QJsonValue::Null);
    if (row.status == u"intercepted") {
        // Refused at the recipient's side: the 550 is the answer at the row's time, and the sender gets it back.
        const auto reason = stableHash(subject.seed ^ kQueueStream, row.messageId) % kBounceReasons.size();
        bounce = QJsonObject{{QStringLiteral("time"), row.time},
                             {QStringLiteral("reason"), kBounceReasons[static_cast<std::size_t>(reason)].toString()}};
    }
    return QJsonObject{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("messageId"), row.messageId},
        {QStringLiteral("subject"), row.subject},
        {QStringLiteral("sender"), row.sender},
        {QStringLiteral("recipient"), row.recipient},
        {QStringLiteral("submittedAt"), subject.submittedAt},
        {QStringLiteral("smtp"),
         QJsonObject{{QStringLiteral("queueId"), queueId},
                     {QStringLiteral("reply"), QString(QStringLiteral("250 2.0.0 Ok: queued as ") + queueId)}}},
        {QStringLiteral("arrivedAt"),
         subject.arrivedAt ? QJsonValue(*subject.arrivedAt) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), row.status},
        {QStringLiteral("bounce"), bounce},
    };
}

QJsonObject recipientJson(const EvidenceSubject& subject)
{
    const std::optional<AccountRecord>& account = subject.account;
    // An account deleted for good is known by its address alone.
    return QJsonObject{
        {QStringLiteral("accountName"), subject.accountName},
        {QStringLiteral("address"), subject.row.recipient},
        {QStringLiteral("name"), account ? account->name : QStringLiteral("")},
        {QStringLiteral("idNumber"), account ? account->idNumber : QStringLiteral("")},
        {QStringLiteral("jobNumber"), account ? account->jobNumber : QStringLiteral("")},
        {QStringLiteral("addressBasis"), addressBasisJson(account ? account->addressBasis : std::nullopt)},
    };
}

QJsonArray attachmentsJson(const std::vector<StoredAttachment>& attachments)
{
    QJsonArray items;
    for (const StoredAttachment& attachment : attachments) {
        items.append(QJsonObject{{QStringLiteral("name"), attachment.name},
                                 {QStringLiteral("size"), static_cast<qint64>(attachment.bytes.size())},
                                 {QStringLiteral("mimeType"), attachment.mimeType},
                                 {QStringLiteral("sha256"), attachment.sha256},
                                 {QStringLiteral("sm3"), attachment.sm3}});
    }
    return items;
}

ApiError systemError(const QString& detail)
{
    qWarning().noquote() << QStringLiteral("dmsandbox: getEvidence:") << detail;
    return ApiError{code::SystemError, QStringLiteral("SYSTEM.ERROR")};
}

ApiResult getEvidence(PlatformContext& context, const EvidenceSource& source, const ApiCall& call)
{
    auto messageId = stringField(call.body, QStringLiteral("messageId"), Presence::Required, 998);
    if (!messageId) {
        return Unexpected{messageId.error()};
    }
    auto recipient = stringField(call.body, QStringLiteral("recipient"), Presence::Required, 320);
    if (!recipient) {
        return Unexpected{recipient.error()};
    }
    Db& db = context.platform.db();
    // Documents delivered to a mailbox of the domain only: a row of another direction is not one.
    auto found = findDocument(db, **messageId, (*recipient)->toLower());
    if (!found) {
        return Unexpected{databaseError(found.error())};
    }
    if (!found.value()) {
        return Unexpected{notFound(QStringLiteral("MAIL"))};
    }
    EvidenceSubject subject;
    subject.seed = source.seed;
    subject.row = **found;
    subject.nowMs = call.nowMs;
    subject.accountName = subject.row.recipient.section(QLatin1Char('@'), 0, 0);
    auto account = findAccount(db, subject.accountName);
    if (!account) {
        return Unexpected{account.error()};
    }
    subject.account = *account;
    // The sender's submission was accepted (SMTP 250) 1..20 s before the mailbox stored the document.
    subject.submittedAt = subject.row.time - derivedBetween(source.seed ^ kSubmitStream, **messageId, 1000, 20000);
    if (subject.row.status != u"intercepted" && subject.row.status != u"deferred") {
        subject.arrivedAt = subject.row.time;
    }
    auto attachments = documentAttachments(source.seed, source.courtName, subject.row);
    if (!attachments) {
        return Unexpected{systemError(attachments.error())};
    }
    subject.attachments = std::move(attachments).value();
    auto twoFactor = forcesSms2fa(context, subject.account);
    if (!twoFactor) {
        return Unexpected{twoFactor.error()};
    }
    subject.forcesSms2fa = *twoFactor;
    auto trail = collectAccesses(db, subject);
    auto sms = trail ? collectSms(db, subject) : Expected<QJsonArray, DbError>(QJsonArray());
    if (!trail || !sms) {
        return Unexpected{databaseError(!trail ? trail.error() : sms.error())};
    }
    return QJsonValue(QJsonObject{
        {QStringLiteral("answeredAt"), call.nowMs},
        {QStringLiteral("message"), messageJson(subject)},
        {QStringLiteral("recipient"), recipientJson(subject)},
        {QStringLiteral("attachments"), attachmentsJson(subject.attachments)},
        {QStringLiteral("accesses"), trail->accesses},
        {QStringLiteral("accessesTruncated"), trail->truncated},
        {QStringLiteral("sms"), *sms},
    });
}

SandboxServer::RawResponse plainText(int status, const char* text)
{
    return SandboxServer::RawResponse{status, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArray(text)};
}

SandboxServer::RawResponse attachment(PlatformContext& context, const EvidenceSource& source,
                                      const SandboxServer::RawRequest& request)
{
    const QString messageId = request.query.value(QStringLiteral("messageId")).toString();
    const QString name = request.query.value(QStringLiteral("name")).toString();
    if (messageId.isEmpty() || name.isEmpty()) {
        return plainText(400, "expected ?messageId=<message id>&name=<attachment name>\n");
    }
    auto found = findDocument(context.platform.db(), messageId);
    if (!found) {
        qWarning().noquote() << QStringLiteral("dmsandbox: attachment:") << found.error().detail;
        return plainText(500, "the platform database failed\n");
    }
    if (!found.value()) {
        return plainText(404, "no such document\n");
    }
    auto attachments = documentAttachments(source.seed, source.courtName, **found);
    if (!attachments) {
        return plainText(500, "the platform cannot hash its attachments\n");
    }
    for (const StoredAttachment& stored : *attachments) {
        if (stored.name == name) {
            return SandboxServer::RawResponse{200, stored.mimeType.toLatin1(), stored.bytes};
        }
    }
    return plainText(404, "no such attachment\n");
}

} // namespace

void registerEvidenceApis(SandboxServer& server, PlatformContext& context)
{
    server.addApi(
        QStringLiteral("/api/open/delivery/mail/getEvidence"), SandboxServer::Access::Token,
        [&context, source = sourceOf(context)](const ApiCall& call) { return getEvidence(context, source, call); });
}

void registerAttachmentRoute(SandboxServer& server, PlatformContext& context)
{
    server.addRawRoute(QStringLiteral("/sandbox/mail/attachment"), QHttpServerRequest::Method::Get,
                       [&context, source = sourceOf(context)](const SandboxServer::RawRequest& request) {
                           return attachment(context, source, request);
                       });
}

} // namespace dm::sandbox
