#include "proof/PackEvents.h"

#include "core/Masking.h"
#include "proof/Determination.h"
#include "proof/PackFormat.h"
#include "proof/ProofTexts.h"
#include "timestamp/Digest.h"

#include <algorithm>
#include <tuple>

namespace dm::proof::pack {
namespace {

// Our name of an event, its ETSI EN 319 522 event id where one fits, its Chinese label, and its rank among events of
// the same millisecond (the order in which they can happen).
struct EventKind
{
    const char* name;
    const char* etsi; // "" where ETSI has no such event: a login, a reply, an SMS
    const char16_t* label;
    int rank;
};

constexpr EventKind kSubmission{"submission", "SubmissionAcceptance", u"发送成功", 0};
constexpr EventKind kArrival{"arrival", "ContentConsignment", u"到达受送达人邮箱", 1};
constexpr EventKind kBounce{"bounce", "ContentConsignmentFailure", u"未能投递（退信）", 2};
constexpr EventKind kSms{"sms", "", u"短信", 3};
constexpr EventKind kLogin{"login", "", u"登录邮箱", 4};
constexpr EventKind kOpen{"open", "ContentAccessTracking", u"打开（阅知）", 5};
constexpr EventKind kDownload{"download", "ContentAccessTracking", u"下载附件", 6};
constexpr EventKind kReply{"reply", "", u"回复", 7};

struct PendingEvent
{
    const EventKind* kind;
    qint64 time;
    qint64 recordId;
    QJsonObject details;
};

QString smsLabel(const QString& purpose)
{
    if (purpose == QLatin1String("documentNotice")) {
        return QStringLiteral("短信（文书送达提示）");
    }
    if (purpose == QLatin1String("activation")) {
        return QStringLiteral("短信（邮箱开通通知）");
    }
    if (purpose == QLatin1String("reminder")) {
        return QStringLiteral("短信（提醒）");
    }
    return QString::fromUtf16(kSms.label);
}

QJsonObject placeOf(const EvidenceAccess& access)
{
    return {{QStringLiteral("city"), access.city},
            {QStringLiteral("ip"), access.ip},
            {QStringLiteral("province"), access.province}};
}

QJsonObject accessDetails(const EvidenceAccess& access, const DeliveryEvidence& evidence)
{
    QJsonObject details;
    switch (access.kind) {
    case EvidenceAccessKind::Login:
        details = placeOf(access);
        details.insert(QStringLiteral("method"), access.client);
        details.insert(QStringLiteral("secondFactor"), access.secondFactor);
        details.insert(QStringLiteral("result"), access.result ? QJsonValue(toString(*access.result)) : QJsonValue());
        break;
    case EvidenceAccessKind::Open:
        details = placeOf(access);
        details.insert(QStringLiteral("client"), access.client);
        break;
    case EvidenceAccessKind::Download: {
        details = placeOf(access);
        details.insert(QStringLiteral("client"), access.client);
        details.insert(QStringLiteral("attachment"), access.attachmentName);
        details.insert(QStringLiteral("servedSha256"), hex(access.servedSha256));
        const bool matches =
            std::any_of(evidence.attachments.cbegin(), evidence.attachments.cend(), [&](const auto& a) {
                return a.name == access.attachmentName && !a.sha256.isEmpty() && a.sha256 == access.servedSha256;
            });
        details.insert(QStringLiteral("servedMatchesAttachment"), matches);
        break;
    }
    case EvidenceAccessKind::Reply:
        details.insert(QStringLiteral("replyMessageId"), access.replyMessageId);
        break;
    }
    return details;
}

const EventKind& kindOf(EvidenceAccessKind kind)
{
    switch (kind) {
    case EvidenceAccessKind::Login:
        return kLogin;
    case EvidenceAccessKind::Open:
        return kOpen;
    case EvidenceAccessKind::Download:
        return kDownload;
    case EvidenceAccessKind::Reply:
        return kReply;
    }
    return kLogin;
}

QList<PendingEvent> pendingEvents(const DeliveryEvidence& evidence)
{
    const EvidenceMessage& message = evidence.message;
    QList<PendingEvent> events;
    events.append({&kSubmission,
                   message.submittedAt,
                   message.mailRecordId,
                   {{QStringLiteral("messageId"), message.messageId},
                    {QStringLiteral("recipient"), message.recipient},
                    {QStringLiteral("sender"), message.sender},
                    {QStringLiteral("smtpQueueId"), message.smtpQueueId},
                    {QStringLiteral("smtpReply"), message.smtpReply},
                    {QStringLiteral("subject"), message.subject}}});
    if (message.bounceAt) {
        events.append(
            {&kBounce,
             *message.bounceAt,
             message.mailRecordId,
             {{QStringLiteral("reason"), message.bounceReason}, {QStringLiteral("status"), toString(message.status)}}});
    } else if (reachedMailbox(message)) {
        events.append(
            {&kArrival,
             *message.arrivedAt,
             message.mailRecordId,
             {{QStringLiteral("mailbox"), message.recipient}, {QStringLiteral("status"), toString(message.status)}}});
    }
    for (const EvidenceAccess& access : evidence.accesses) {
        events.append({&kindOf(access.kind), access.time, access.recordId, accessDetails(access, evidence)});
    }
    for (const EvidenceSms& sms : evidence.sms) {
        // The platform masks the number; a number that reached us whole is masked here all the same.
        const QString mobile =
            sms.maskedMobile.contains(QLatin1Char('*')) ? sms.maskedMobile : maskMobile(sms.maskedMobile);
        events.append({&kSms,
                       sms.time,
                       sms.recordId,
                       {{QStringLiteral("mobile"), mobile},
                        {QStringLiteral("purpose"), sms.purpose},
                        {QStringLiteral("status"), sms.gatewayStatus}}});
    }
    std::stable_sort(events.begin(), events.end(), [](const PendingEvent& a, const PendingEvent& b) {
        return precedes({a.time, a.kind->rank, a.recordId}, {b.time, b.kind->rank, b.recordId});
    });
    return events;
}

std::optional<EvidenceAccessKind> accessKindOf(const QString& name)
{
    if (name == QLatin1String(kLogin.name)) {
        return EvidenceAccessKind::Login;
    }
    if (name == QLatin1String(kOpen.name)) {
        return EvidenceAccessKind::Open;
    }
    if (name == QLatin1String(kDownload.name)) {
        return EvidenceAccessKind::Download;
    }
    if (name == QLatin1String(kReply.name)) {
        return EvidenceAccessKind::Reply;
    }
    return std::nullopt;
}

} // namespace

bool precedes(const EventOrder& a, const EventOrder& b)
{
    return std::tie(a.time, a.kindRank, a.recordId) < std::tie(b.time, b.kindRank, b.recordId);
}

EventOrder orderOf(const EvidenceAccess& access)
{
    return {access.time, kindOf(access.kind).rank, access.recordId};
}

QJsonArray eventsOf(const DeliveryEvidence& evidence)
{
    QJsonArray array;
    qint64 seq = 0;
    for (const PendingEvent& event : pendingEvents(evidence)) {
        const QString label = event.kind == &kSms ? smsLabel(event.details.value(QStringLiteral("purpose")).toString())
                                                  : QString::fromUtf16(event.kind->label);
        array.append(QJsonObject{{QStringLiteral("details"), event.details},
                                 {QStringLiteral("etsi"), QLatin1String(event.kind->etsi)},
                                 {QStringLiteral("event"), QLatin1String(event.kind->name)},
                                 {QStringLiteral("label"), label},
                                 {QStringLiteral("recordId"), event.recordId},
                                 {QStringLiteral("seq"), ++seq},
                                 {QStringLiteral("time"), timeObject(event.time)}});
    }
    return array;
}

QString chainStart()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray chainEvents(const QJsonArray& events, QString* head)
{
    QByteArray lines;
    QString prev = chainStart();
    for (const QJsonValue& value : events) {
        QJsonObject event = value.toObject();
        event.insert(QStringLiteral("prev"), prev);
        const QByteArray line = canonicalJson(event, false) + '\n';
        prev = hex(sha256Of(line));
        lines += line;
    }
    if (head) {
        *head = prev;
    }
    return lines;
}

QString describeEvent(const QJsonObject& event)
{
    const QString etsi = event.value(QStringLiteral("etsi")).toString();
    const QString what =
        QStringLiteral("%1 %2").arg(event.value(QStringLiteral("event")).toString(),
                                    QString::number(event.value(QStringLiteral("recordId")).toInteger()));
    return etsi.isEmpty() ? what : etsi + QStringLiteral(", ") + what;
}

Expected<QList<EvidenceAccess>, QString> accessesOf(const QJsonArray& events)
{
    QList<EvidenceAccess> accesses;
    for (const QJsonValue& value : events) {
        const QJsonObject event = value.toObject();
        const std::optional<EvidenceAccessKind> kind = accessKindOf(event.value(QStringLiteral("event")).toString());
        if (!kind) {
            continue;
        }
        const std::optional<qint64> time = timeOf(event.value(QStringLiteral("time")));
        const QJsonObject details = event.value(QStringLiteral("details")).toObject();
        if (!time || !event.value(QStringLiteral("recordId")).isDouble()) {
            return Unexpected{
                ProofTexts::tr("event seq %1 (%2) has no valid time or record id")
                    .arg(QString::number(event.value(QStringLiteral("seq")).toInteger()), describeEvent(event))};
        }
        EvidenceAccess access;
        access.kind = *kind;
        access.recordId = event.value(QStringLiteral("recordId")).toInteger();
        access.time = *time;
        access.ip = details.value(QStringLiteral("ip")).toString();
        access.province = details.value(QStringLiteral("province")).toString();
        access.city = details.value(QStringLiteral("city")).toString();
        access.client =
            details.value(*kind == EvidenceAccessKind::Login ? QStringLiteral("method") : QStringLiteral("client"))
                .toString();
        access.secondFactor = details.value(QStringLiteral("secondFactor")).toString();
        access.result = logResultFromString(details.value(QStringLiteral("result")).toString());
        access.attachmentName = details.value(QStringLiteral("attachment")).toString();
        access.servedSha256 = QByteArray::fromHex(details.value(QStringLiteral("servedSha256")).toString().toLatin1());
        access.replyMessageId = details.value(QStringLiteral("replyMessageId")).toString();
        accesses.append(access);
    }
    return accesses;
}

} // namespace dm::proof::pack
