#include "proof/ProofReportSections.h"

#include "core/Masking.h"
#include "core/PiiScrubber.h"
#include "proof/ProofReportCanvas.h"
#include "proof/ProofReportTables.h"
#include "proof/ProofReportTexts.h"
#include "proof/QrCode.h"

namespace dm::proof {

namespace {

using namespace reporttext;
using Style = ReportCanvas::Style;
using Paragraph = ReportCanvas::Paragraph;
using Cell = ReportCanvas::Cell;

constexpr qreal kKeepWith = 9; // mm of a section's first row kept on the page of its heading

QString caseNumberOf(const PackDraft& draft)
{
    return draft.context.caseNumber.isEmpty() ? draft.evidence.recipient.caseNumber : draft.context.caseNumber;
}

// A section that is one key-value table, kept on one page with its heading when it fits on one.
void keyValueSection(ReportCanvas& canvas, const QString& heading, const QList<KeyValue>& rows)
{
    const ReportCanvas::Table table = keyValueTable(rows);
    canvas.heading(heading, canvas.heightOf(table));
    canvas.table(table);
}

void firstPageHeader(ReportCanvas& canvas, const ReportFacts& facts)
{
    const qreal qrSide = canvas.mm(30);
    canvas.qrCode(facts.manifestQr, canvas.width(), 0, qrSide);
    canvas.moveTo(qrSide);
    canvas.centred(Paragraph{QStringLiteral("证据包清单 SHA-256"), Style::Small}, canvas.width() - qrSide, qrSide);
    const qreal qrBottom = canvas.y();

    // The title block is centred on the page; the QR code sits in the margin of its right side.
    canvas.moveTo(canvas.mm(4));
    canvas.centred(Paragraph{facts.draft.context.court, Style::Court}, 0, canvas.width());
    canvas.skip(canvas.mm(2));
    canvas.centred(Paragraph{QStringLiteral("电子送达凭证"), Style::Title}, 0, canvas.width());
    canvas.skip(canvas.mm(2));
    const QString caseNumber = caseNumberOf(facts.draft);
    if (!caseNumber.isEmpty()) {
        canvas.centred(Paragraph{caseNumber, Style::Body}, 0, canvas.width());
    }
    canvas.moveTo(qMax(canvas.y(), qrBottom) + canvas.mm(1));
    canvas.paragraph(
        Paragraph{QStringLiteral("本凭证载明法院通过送达邮箱电子送达文书的过程及送达认定，所载数据取自送达"
                                 "邮箱平台的记录，与同一证据包内的 manifest.json 一致，时间均为北京时间。"),
                  Style::Small});
}

void caseSection(ReportCanvas& canvas, const ReportFacts& facts)
{
    const PackDraft& draft = facts.draft;
    keyValueSection(canvas, QStringLiteral("一、案件与文书"),
                    {
                        {QStringLiteral("法院"), {Paragraph{orDash(draft.context.court)}}},
                        {QStringLiteral("案号"), {Paragraph{orDash(caseNumberOf(draft))}}},
                        {QStringLiteral("文书"), {Paragraph{orDash(draft.context.documentTitle)}}},
                        {QStringLiteral("邮件主题"), {Paragraph{orDash(scrubPii(draft.evidence.message.subject))}}},
                    });
    canvas.skip(canvas.mm(2));
    if (draft.evidence.attachments.isEmpty()) {
        canvas.paragraph(Paragraph{QStringLiteral("该邮件无附件。")});
        return;
    }
    canvas.table(attachmentTable(draft.evidence.attachments));
}

void recipientSection(ReportCanvas& canvas, const ReportFacts& facts)
{
    const EvidenceRecipient& recipient = facts.draft.evidence.recipient;
    QList<KeyValue> rows{
        {QStringLiteral("姓名"), {Paragraph{orDash(recipient.name)}}},
        {QStringLiteral("电子送达地址"), {Paragraph{orDash(maskNumbersInName(recipient.address))}}},
    };
    if (!recipient.accountName.isEmpty() && recipient.accountName != recipient.address) {
        rows.append({QStringLiteral("送达邮箱帐号"), {Paragraph{maskNumbersInName(recipient.accountName)}}});
    }
    rows.append(
        {QStringLiteral("证件号码"),
         {Paragraph{recipient.maskedIdNumber.isEmpty() ? orDash({})
                                                       : recipient.maskedIdNumber + QStringLiteral("（已脱敏）")}}});
    rows.append({QStringLiteral("送达地址依据"), {Paragraph{addressBasisWords(recipient.addressBasis)}}});
    keyValueSection(canvas, QStringLiteral("二、受送达人"), rows);
}

QString basisRecordsWords(const ReportFacts& facts)
{
    QStringList words;
    for (const qint64 id : facts.draft.determination.basisRecordIds) {
        words.append(QString::number(id));
    }
    return words.isEmpty() ? orDash({}) : QStringLiteral("平台记录号 ") + words.join(QStringLiteral("、"));
}

void determinationSection(ReportCanvas& canvas, const ReportFacts& facts)
{
    const Determination& determination = facts.draft.determination;
    QList<Paragraph> statement;
    if (determination.serviceTime) {
        const bool presumed = determination.code == DeterminationCode::PresumedByAccess;
        statement.append({(presumed ? QStringLiteral("推定送达日期：") : QStringLiteral("送达日期：")) +
                              beijingDate(*determination.serviceTime),
                          Style::Emphasis});
        statement.append({QStringLiteral("送达时间：") + withZone(beijingDateTime(*determination.serviceTime))});
        if (presumed) {
            statement.append({QStringLiteral("系依阅知记录推定的送达，受送达人能够证明未收悉的除外（见认定依据）。")});
        }
    } else {
        statement.append({QStringLiteral("无送达日期：本凭证不认定送达日期"), Style::Emphasis});
        statement.append({determination.code == DeterminationCode::NotYetEffective
                              ? QStringLiteral("文书已到达受送达人邮箱，但该地址不属于受送达人提供或确认的地址，"
                                               "且受送达人尚未回复、打开或下载，送达尚未生效。")
                              : QStringLiteral("文书未到达受送达人邮箱，未完成电子送达。")});
    }
    const ReportCanvas::Table grounds = keyValueTable({
        {QStringLiteral("认定依据"), {Paragraph{orDash(facts.rule)}}},
        {QStringLiteral("规则代码"), {Paragraph{codeOf(determination.code), Style::Mono}}},
        {QStringLiteral("送达渠道"), {Paragraph{channelWords(determination.channel)}}},
        {QStringLiteral("依据记录"), {Paragraph{basisRecordsWords(facts)}}},
    });
    const qreal gap = canvas.mm(2);
    // The finding and its grounds are read together: never on two pages.
    canvas.heading(QStringLiteral("三、送达认定"), canvas.boxHeight(statement) + gap + canvas.heightOf(grounds));
    canvas.box(statement, QColor(0xf6, 0xf8, 0xfb), QColor(0x3c, 0x4a, 0x5c));
    canvas.skip(gap);
    canvas.table(grounds);
}

void sendingSection(ReportCanvas& canvas, const ReportFacts& facts)
{
    const DeliveryEvidence& evidence = facts.draft.evidence;
    const EvidenceMessage& message = evidence.message;
    QList<KeyValue> rows{
        {QStringLiteral("发件人"), {Paragraph{orDash(maskNumbersInName(message.sender))}}},
        {QStringLiteral("收件人"), {Paragraph{orDash(maskNumbersInName(message.recipient))}}},
        {QStringLiteral("Message-ID"), {Paragraph{orDash(message.messageId), Style::Mono}}},
        {QStringLiteral("发送成功时间"),
         {Paragraph{withZone(beijingDateTime(message.submittedAt))},
          Paragraph{QStringLiteral("平台以 SMTP 应答接收该邮件的时间"), Style::Small}}},
        {QStringLiteral("SMTP 队列号"), {Paragraph{orDash(message.smtpQueueId), Style::Mono}}},
        {QStringLiteral("SMTP 应答"), {Paragraph{orDash(scrubPii(message.smtpReply)), Style::Mono}}},
        {QStringLiteral("投递状态"), {Paragraph{mailStatusWords(message.status)}}},
    };
    if (message.arrivedAt) {
        rows.append({QStringLiteral("到达时间"),
                     {Paragraph{withZone(beijingDateTime(*message.arrivedAt))},
                      Paragraph{QStringLiteral("存入受送达人邮箱的时间"), Style::Small}}});
    } else {
        rows.append({QStringLiteral("到达时间"), {Paragraph{QStringLiteral("未到达受送达人邮箱"), Style::Strong}}});
    }
    if (message.bounceAt || !message.bounceReason.isEmpty()) {
        rows.append({QStringLiteral("退信"),
                     {Paragraph{message.bounceAt ? withZone(beijingDateTime(*message.bounceAt)) : orDash({})},
                      Paragraph{orDash(scrubPii(message.bounceReason)), Style::Mono}}});
    }
    rows.append({QStringLiteral("证据调取时间"), {Paragraph{withZone(beijingDateTime(evidence.answeredAt))}}});
    keyValueSection(canvas, QStringLiteral("四、发送与到达"), rows);
}

void smsSection(ReportCanvas& canvas, const ReportFacts& facts)
{
    const QList<EvidenceSms>& sms = facts.draft.evidence.sms;
    canvas.heading(QStringLiteral("五、短信通知"), canvas.mm(kKeepWith));
    if (sms.isEmpty()) {
        canvas.paragraph(Paragraph{QStringLiteral("平台无该受送达人的短信通知记录。")});
        return;
    }
    canvas.table(smsTable(sms));
}

void accessSection(ReportCanvas& canvas, const ReportFacts& facts)
{
    const DeliveryEvidence& evidence = facts.draft.evidence;
    canvas.heading(QStringLiteral("六、登录与访问记录"), canvas.mm(kKeepWith + 8));
    if (evidence.accesses.isEmpty()) {
        canvas.paragraph(Paragraph{QStringLiteral("平台无受送达人登录、打开、下载或回复该文书的记录。")});
        return;
    }
    canvas.paragraph(Paragraph{QStringLiteral("共 %1 条，按时间先后排列；下载一栏的摘要为平台实际发出的文件字节的 "
                                              "SHA-256。")
                                   .arg(evidence.accesses.size()),
                               Style::Small});
    canvas.skip(canvas.mm(1));
    canvas.table(accessTable(evidence.accesses));
    if (evidence.accessesTruncated) {
        canvas.skip(canvas.mm(1));
        canvas.paragraph(Paragraph{
            QStringLiteral("注：平台只返回前 %1 条访问记录，其后的记录未列入本凭证。").arg(evidence.accesses.size()),
            Style::Strong});
    }
}

void clerkSection(ReportCanvas& canvas, const ReportFacts& facts)
{
    if (facts.draft.clerkFiles.isEmpty()) {
        return;
    }
    canvas.heading(QStringLiteral("七、送达文书副本核对"), canvas.mm(kKeepWith + 8));
    canvas.paragraph(Paragraph{QStringLiteral("承办人提供的文书副本，与平台记录的附件摘要逐一比对。"), Style::Small});
    canvas.skip(canvas.mm(1));
    canvas.table(clerkTable(facts.draft.clerkFiles, facts.draft.evidence.attachments));
}

void integritySection(ReportCanvas& canvas, const ReportFacts& facts)
{
    const PackDraft& draft = facts.draft;
    const TimestampInfo& timestamp = facts.timestamp;
    const PackContext& context = draft.context;
    QString system = context.generator;
    if (!context.generatorVersion.isEmpty()) {
        system += QLatin1Char(' ') + context.generatorVersion;
    }
    if (!context.profileName.isEmpty() || !context.domain.isEmpty()) {
        system += QStringLiteral("（配置：%1；邮箱域名：%2）").arg(orDash(context.profileName), orDash(context.domain));
    }
    keyValueSection(
        canvas, draft.clerkFiles.isEmpty() ? QStringLiteral("七、证据包完整性") : QStringLiteral("八、证据包完整性"),
        {
            {QStringLiteral("证据清单"), {Paragraph{QStringLiteral("manifest.json")}}},
            {QStringLiteral("清单 SHA-256"), {Paragraph{hex(draft.manifestSha256), Style::Mono}}},
            {QStringLiteral("清单 SM3"), {Paragraph{orDash(hex(draft.manifestSm3)), Style::Mono}}},
            {QStringLiteral("可信时间戳"),
             {Paragraph{withZone(beijingDateTime(timestamp.genTime))},
              Paragraph{QStringLiteral("时间戳机构对清单 SHA-256 签发（timestamp.tsr）"), Style::Small}}},
            {QStringLiteral("时间戳序列号"), {Paragraph{orDash(timestamp.serialHex), Style::Mono}}},
            {QStringLiteral("时间戳机构"), {Paragraph{orDash(timestamp.tsaName)}}},
            {QStringLiteral("时间戳服务"), {Paragraph{orDash(context.tsaUrl), Style::Mono}}},
            {QStringLiteral("法院电子签名"),
             {Paragraph{facts.signedByCourt ? QStringLiteral("已附 manifest.p7s（法院对 manifest.json 的 CMS 签名）")
                                            : QStringLiteral("未附法院电子签名")}}},
            {QStringLiteral("制作人"), {Paragraph{orDash(context.madeBy)}}},
            {QStringLiteral("制作时间"), {Paragraph{withZone(beijingDateTime(context.madeAt))}}},
            {QStringLiteral("制作系统"), {Paragraph{system}}},
        });
}

// How to check the pack, and the line the clerk signs on paper: kept together, never a signature alone on a page.
void closing(ReportCanvas& canvas)
{
    const Paragraph howToVerify{
        QStringLiteral("核验方法：解压证据包，计算 manifest.json 的 SHA-256，应与上列清单 SHA-256、"
                       "首页二维码及每页页脚一致；以 openssl ts -verify 核验 timestamp.tsr；"
                       "各文件摘要与事件链的核对步骤见包内 VERIFY.txt。"),
        Style::Small};
    const Paragraph signature{QStringLiteral("经办人（签名）：____________________        日期：____________________")};
    const qreal signatureIndent = canvas.mm(60);
    const qreal gap = canvas.mm(10);
    canvas.skip(canvas.mm(2));
    canvas.keepTogether(canvas.heightOf(howToVerify, canvas.width()) + gap +
                        canvas.heightOf(signature, canvas.width() - signatureIndent));
    canvas.paragraph(howToVerify);
    canvas.skip(gap);
    canvas.paragraph(signature, signatureIndent);
}

} // namespace

QString runningHeadOf(const ReportFacts& facts)
{
    const PackDraft& draft = facts.draft;
    return QStringLiteral("电子送达凭证（续）    %1    受送达人：%2    %3")
        .arg(orDash(caseNumberOf(draft)), orDash(draft.evidence.recipient.name), draft.context.documentTitle);
}

QString footNoteOf(const ReportFacts& facts)
{
    return QStringLiteral("证据包清单 SHA-256：") + hex(facts.draft.manifestSha256);
}

void layOutProofReport(ReportCanvas& canvas, const ReportFacts& facts)
{
    firstPageHeader(canvas, facts);
    caseSection(canvas, facts);
    recipientSection(canvas, facts);
    determinationSection(canvas, facts);
    sendingSection(canvas, facts);
    smsSection(canvas, facts);
    accessSection(canvas, facts);
    clerkSection(canvas, facts);
    integritySection(canvas, facts);
    closing(canvas);
}

} // namespace dm::proof
