#include "proof/ProofReportTables.h"

#include "proof/PackManifest.h"
#include "proof/ProofReportTexts.h"
#include "timestamp/Digest.h"

namespace dm::proof {

namespace {

using namespace reporttext;
using Style = ReportCanvas::Style;
using Paragraph = ReportCanvas::Paragraph;
using Cell = ReportCanvas::Cell;

const QString kTimeHeader = QStringLiteral("时间（北京时间 UTC+8）");

// "SHA-256 " and "SM3     " have the same width in a monospaced font, so both digests start in the same column.
Paragraph digestLine(const QString& algorithm, const QByteArray& digest)
{
    return Paragraph{algorithm.leftJustified(8, QLatin1Char(' ')) + orDash(hex(digest)), Style::Mono};
}

Cell accessDetail(const EvidenceAccess& access)
{
    switch (access.kind) {
    case EvidenceAccessKind::Download: {
        Cell cell{Paragraph{orDash(access.attachmentName), Style::Dense}};
        if (!access.servedSha256.isEmpty()) {
            cell.append(Paragraph{hex(access.servedSha256), Style::DenseMono});
        }
        return cell;
    }
    case EvidenceAccessKind::Reply:
        return Cell{Paragraph{QStringLiteral("回复邮件"), Style::Dense},
                    Paragraph{orDash(access.replyMessageId), Style::DenseMono}};
    case EvidenceAccessKind::Login:
    case EvidenceAccessKind::Open:
        break;
    }
    return Cell{Paragraph{orDash({}), Style::Dense}};
}

Cell dense(const QString& text, Style style = Style::Dense)
{
    return Cell{Paragraph{text, style}};
}

} // namespace

ReportCanvas::Table keyValueTable(const QList<KeyValue>& rows)
{
    ReportCanvas::Table table;
    table.widths = {27, 147};
    table.labelColumn = true;
    for (const KeyValue& row : rows) {
        table.rows.append({Cell{Paragraph{row.label, Style::Label}}, row.value});
    }
    return table;
}

ReportCanvas::Table attachmentTable(const QList<EvidenceAttachment>& attachments)
{
    ReportCanvas::Table table;
    table.widths = {10, 164};
    table.header = {QStringLiteral("序号"), QStringLiteral("附件（文件名、大小、类型及摘要）")};
    int number = 0;
    for (const EvidenceAttachment& attachment : attachments) {
        QString facts = sizeWords(attachment.size);
        if (!attachment.mimeType.isEmpty()) {
            facts += QStringLiteral("    ") + attachment.mimeType;
        }
        table.rows.append({Cell{Paragraph{QString::number(++number)}},
                           Cell{Paragraph{orDash(attachment.name), Style::Strong}, Paragraph{facts, Style::Small},
                                digestLine(QStringLiteral("SHA-256"), attachment.sha256),
                                digestLine(QStringLiteral("SM3"), attachment.sm3)}});
    }
    return table;
}

ReportCanvas::Table smsTable(const QList<EvidenceSms>& sms)
{
    ReportCanvas::Table table;
    table.widths = {16, 34, 30, 50, 44};
    table.dense = true;
    table.header = {QStringLiteral("记录号"), kTimeHeader, QStringLiteral("手机号码"), QStringLiteral("用途"),
                    QStringLiteral("网关状态")};
    for (const EvidenceSms& message : sms) {
        table.rows.append({dense(QString::number(message.recordId)), dense(beijingDateTime(message.time)),
                           dense(orDash(message.maskedMobile)), dense(smsPurposeWords(message.purpose)),
                           dense(smsStatusWords(message.gatewayStatus))});
    }
    return table;
}

ReportCanvas::Table accessTable(const QList<EvidenceAccess>& accesses)
{
    ReportCanvas::Table table;
    table.widths = {14, 29, 12, 15, 24, 17, 17, 46};
    table.dense = true;
    table.header = {QStringLiteral("记录号"),   kTimeHeader,
                    QStringLiteral("类型"),     QStringLiteral("客户端"),
                    QStringLiteral("IP 地址"),  QStringLiteral("地点"),
                    QStringLiteral("二次验证"), QStringLiteral("下载的附件及摘要 / 回复")};
    for (const EvidenceAccess& access : accesses) {
        const bool login = access.kind == EvidenceAccessKind::Login;
        table.rows.append(
            {dense(QString::number(access.recordId)), dense(beijingDateTime(access.time)),
             dense(accessKindWords(access), access.result == LogResult::Failure ? Style::DenseStrong : Style::Dense),
             dense(clientWords(access.client)), dense(orDash(access.ip)),
             dense(placeWords(access.province, access.city)),
             dense(login ? secondFactorWords(access.secondFactor) : orDash({})), accessDetail(access)});
    }
    return table;
}

ReportCanvas::Table clerkTable(const QList<ClerkFile>& files, const QList<EvidenceAttachment>& attachments)
{
    ReportCanvas::Table table;
    table.widths = {124, 50};
    table.header = {QStringLiteral("副本（文件名、大小及摘要）"), QStringLiteral("核对结果")};
    for (const ClerkFile& file : files) {
        const QByteArray sha256 = sha256Of(file.bytes);
        const auto sm3 = sm3Of(file.bytes);
        const QByteArray sm3Digest = sm3 ? sm3.value() : QByteArray();
        // The manifest's rule (both digests equal), so that the report and manifest.json's clerkFiles agree.
        const QString matched = pack::matchingAttachment(attachments, sha256, sm3Digest);
        const QString result = matched.isEmpty() ? QStringLiteral("与平台记录的任何附件均不一致")
                                                 : QStringLiteral("与附件《%1》一致").arg(matched);
        table.rows.append(
            {Cell{Paragraph{orDash(file.fileName), Style::Strong},
                  Paragraph{sizeWords(file.bytes.size()), Style::Small}, digestLine(QStringLiteral("SHA-256"), sha256),
                  digestLine(QStringLiteral("SM3"), sm3Digest)},
             Cell{Paragraph{result, matched.isEmpty() ? Style::Strong : Style::Body}}});
    }
    return table;
}

} // namespace dm::proof
