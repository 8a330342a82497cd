#include "proof/Determination.h"

#include "core/EnumNames.h"
#include "proof/PackEvents.h"
#include "proof/PackFormat.h"

namespace dm::proof {
namespace {

constexpr EnumName<DeterminationCode> kCodeNames[] = {
    {DeterminationCode::ServedOnArrival, "SERVED_ON_ARRIVAL"},
    {DeterminationCode::ServedOnReply, "SERVED_ON_REPLY"},
    {DeterminationCode::PresumedByAccess, "PRESUMED_BY_ACCESS"},
    {DeterminationCode::NotYetEffective, "NOT_YET_EFFECTIVE"},
    {DeterminationCode::NotServed, "NOT_SERVED"},
};

const QString kRules = QStringLiteral("《人民法院在线诉讼规则》");
const QString kCivilProcedureLaw = QStringLiteral("《中华人民共和国民事诉讼法》");

} // namespace

// The statuses of a document that never reached the mailbox, whatever time the platform put on its row.
bool reachedMailbox(const EvidenceMessage& message)
{
    switch (message.status) {
    case MailStatus::Failed:
    case MailStatus::Bounced:
    case MailStatus::Deferred:
    case MailStatus::Intercepted:
        return false;
    case MailStatus::Delivered:
    case MailStatus::Received:
    case MailStatus::Spam:
        break;
    }
    return message.arrivedAt.has_value() && !message.bounceAt.has_value();
}

namespace {

// Art 31 para 1 covers an address the recipient provided or confirmed; anything else, an absent basis included, is
// para 2's "未提供或者未确认".
bool recipientsOwnAddress(const EvidenceRecipient& recipient)
{
    return recipient.addressBasis && (recipient.addressBasis->kind == AddressBasisKind::Confirmed ||
                                      recipient.addressBasis->kind == AddressBasisKind::Provided);
}

// The earliest access of those kinds, ties broken as events.jsonl orders them: the verifier recomputes the
// determination from that file, so the platform's own order of simultaneous accesses must not matter.
const EvidenceAccess* firstAccess(const DeliveryEvidence& evidence, std::initializer_list<EvidenceAccessKind> kinds)
{
    const EvidenceAccess* first = nullptr;
    for (const EvidenceAccess& access : evidence.accesses) {
        if (std::find(kinds.begin(), kinds.end(), access.kind) != kinds.end() &&
            (!first || pack::precedes(pack::orderOf(access), pack::orderOf(*first)))) {
            first = &access;
        }
    }
    return first;
}

QString statusInWords(MailStatus status)
{
    switch (status) {
    case MailStatus::Delivered:
        return QStringLiteral("已投递");
    case MailStatus::Received:
        return QStringLiteral("已接收");
    case MailStatus::Failed:
        return QStringLiteral("投递失败");
    case MailStatus::Bounced:
        return QStringLiteral("退信");
    case MailStatus::Deferred:
        return QStringLiteral("延迟投递");
    case MailStatus::Intercepted:
        return QStringLiteral("被拦截");
    case MailStatus::Spam:
        return QStringLiteral("垃圾邮件");
    }
    return QString();
}

QString clientInWords(const QString& client)
{
    if (client == QLatin1String("webmail")) {
        return QStringLiteral("网页邮箱");
    }
    if (client == QLatin1String("mailmaster")) {
        return QStringLiteral("邮箱大师");
    }
    if (client == QLatin1String("wechat")) {
        return QStringLiteral("微信");
    }
    return client.isEmpty() ? QStringLiteral("未记载的客户端") : client;
}

QString when(qint64 ms)
{
    return pack::beijingWords(ms) + QStringLiteral("（北京时间）");
}

QString basisInWords(const EvidenceRecipient& recipient)
{
    if (!recipient.addressBasis) {
        return QStringLiteral("平台未记载该电子送达地址的来源依据，按受送达人未提供或者未确认的电子地址处理");
    }
    const AddressBasis& basis = *recipient.addressBasis;
    const QString date = basis.date.isValid() ? basis.date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
    QString source = basis.reference.trimmed();
    if (!date.isEmpty()) {
        source += (source.isEmpty() ? QString() : QStringLiteral("，")) + date;
    }
    const QString cited = source.isEmpty() ? QString() : QStringLiteral("（") + source + QStringLiteral("）");
    switch (basis.kind) {
    case AddressBasisKind::Confirmed:
        return QStringLiteral("该电子送达地址经受送达人确认") + cited;
    case AddressBasisKind::Provided:
        return QStringLiteral("该电子送达地址由受送达人主动提供") + cited;
    case AddressBasisKind::CourtFound:
        return QStringLiteral("该电子送达地址系人民法院确认为受送达人本人的地址") + cited +
               QStringLiteral("，受送达人未提供或者未确认");
    }
    return QString();
}

QString accessInWords(const EvidenceAccess& access)
{
    if (access.kind == EvidenceAccessKind::Download) {
        return QStringLiteral("于%1通过%2下载附件《%3》（平台记录 %4）")
            .arg(when(access.time), clientInWords(access.client), access.attachmentName,
                 QString::number(access.recordId));
    }
    return QStringLiteral("于%1通过%2打开该文书（平台记录 %3）")
        .arg(when(access.time), clientInWords(access.client), QString::number(access.recordId));
}

QString truncationNote(const DeliveryEvidence& evidence)
{
    return evidence.accessesTruncated ? QStringLiteral("平台仅返回了前 1000 条访问记录，其后的回复或阅知未予考虑。")
                                      : QString();
}

} // namespace

Determination determine(const DeliveryEvidence& evidence)
{
    const EvidenceMessage& message = evidence.message;
    Determination result;
    if (!reachedMailbox(message)) {
        result.code = DeterminationCode::NotServed;
        result.basisRecordIds = {message.mailRecordId};
        return result;
    }
    if (recipientsOwnAddress(evidence.recipient)) {
        result.code = DeterminationCode::ServedOnArrival;
        result.serviceTime = *message.arrivedAt;
        result.channel = QStringLiteral("mailbox");
        result.basisRecordIds = {message.mailRecordId};
        return result;
    }
    if (const EvidenceAccess* reply = firstAccess(evidence, {EvidenceAccessKind::Reply})) {
        result.code = DeterminationCode::ServedOnReply;
        result.serviceTime = reply->time;
        result.channel = QStringLiteral("reply");
        result.basisRecordIds = {reply->recordId};
        return result;
    }
    if (const EvidenceAccess* access =
            firstAccess(evidence, {EvidenceAccessKind::Open, EvidenceAccessKind::Download})) {
        result.code = DeterminationCode::PresumedByAccess;
        result.serviceTime = access->time;
        result.channel = access->client.isEmpty() ? QStringLiteral("mailbox") : access->client;
        result.basisRecordIds = {access->recordId};
        return result;
    }
    result.code = DeterminationCode::NotYetEffective;
    result.basisRecordIds = {message.mailRecordId};
    return result;
}

QString codeOf(DeterminationCode code)
{
    return enumToString(kCodeNames, code);
}

std::optional<DeterminationCode> determinationCodeFromString(QStringView text)
{
    return enumFromString(kCodeNames, text);
}

QString ruleInWords(const Determination& determination, const DeliveryEvidence& evidence)
{
    const EvidenceMessage& message = evidence.message;
    const QString basis = basisInWords(evidence.recipient);
    switch (determination.code) {
    case DeterminationCode::ServedOnArrival:
        return basis +
               QStringLiteral(
                   "。依据%1第三十一条第一款及%2第九十条第二款，送达信息到达受送达人电子地址所在系统时即为送达："
                   "文书于%3到达受送达人邮箱（平台记录 %4），即为送达。")
                   .arg(kRules, kCivilProcedureLaw, when(message.arrivedAt.value_or(0)),
                        QString::number(message.mailRecordId));
    case DeterminationCode::ServedOnReply: {
        const EvidenceAccess* reply = firstAccess(evidence, {EvidenceAccessKind::Reply});
        const EvidenceAccess* access = firstAccess(evidence, {EvidenceAccessKind::Open, EvidenceAccessKind::Download});
        QString words =
            basis +
            QStringLiteral("。依据%1第三十一条第二款第（一）项，受送达人回复已收悉的，即为完成有效送达：受送达人于%2"
                           "回复该文书（平台记录 %3），送达于此时生效。")
                .arg(kRules, when(determination.serviceTime.value_or(0)), QString::number(reply ? reply->recordId : 0));
        if (access && reply && access->time < reply->time) {
            words +=
                QStringLiteral("此前受送达人已%1，该记录依同款第（二）项仅能推定送达。").arg(accessInWords(*access));
        }
        return words;
    }
    case DeterminationCode::PresumedByAccess: {
        const EvidenceAccess* access = firstAccess(evidence, {EvidenceAccessKind::Open, EvidenceAccessKind::Download});
        return basis +
               QStringLiteral(
                   "。受送达人未回复。依据%1第三十一条第二款第（二）项，电子地址所在系统反馈受送达人已阅知的，"
                   "推定完成有效送达：受送达人%2，推定于此时送达；但受送达人能够证明存在系统错误、"
                   "送达地址非本人使用或者非本人阅知等未收悉送达内容情形的除外。")
                   .arg(kRules, access ? accessInWords(*access) : QString()) +
               truncationNote(evidence);
    }
    case DeterminationCode::NotYetEffective:
        return basis +
               QStringLiteral(
                   "。文书已于%1到达受送达人邮箱（平台记录 %2），但尚无回复已收悉、相应诉讼行为或阅知、下载记录。"
                   "依据%3第三十一条第二款，送达尚未生效，暂无送达日期。")
                   .arg(when(message.arrivedAt.value_or(0)), QString::number(message.mailRecordId), kRules) +
               truncationNote(evidence);
    case DeterminationCode::NotServed: {
        QString state = QStringLiteral("状态：") + statusInWords(message.status);
        if (message.bounceAt) {
            state += QStringLiteral("；%1退信").arg(when(*message.bounceAt));
            if (!message.bounceReason.isEmpty()) {
                state += QStringLiteral("：") + message.bounceReason;
            }
        }
        return QStringLiteral("文书未到达受送达人邮箱（平台记录 "
                              "%1，%2）。依据%3第九十条第二款，以送达信息到达受送达人特定系统的日期为"
                              "送达日期；送达信息未到达，不发生送达效力，无送达日期。")
            .arg(QString::number(message.mailRecordId), state, kCivilProcedureLaw);
    }
    }
    return QString();
}

} // namespace dm::proof
