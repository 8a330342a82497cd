#include "proof/PackVerifyText.h"

#include "proof/PackFormat.h"

namespace dm::proof::pack {
namespace {

// The commands, exactly as a reader types them. Plain POSIX shell, coreutils, grep, awk and OpenSSL 3.
const char16_t kFiles[] = uR"TXT(一、包内文件
  manifest.json  清单：法院、案号、文书、受送达人、附件摘要、全部事件、送达认定，以及下列受保护文件的 SHA-256
  events.jsonl   事件链：按时间顺序每行一个事件；"prev" 为上一行（含行尾换行符）的 SHA-256，第一行为 64 个 0
  tsa-chain.pem  时间戳服务机构（TSA）的证书链
  timestamp.tsr  RFC 3161 时间戳应答，所盖的是 manifest.json 的 SHA-256
  manifest.p7s   （如有）对 manifest.json 的 CMS 分离式签名（DER 编码）
  report.pdf     电子送达凭证；其 XMP 元数据以 <dm:manifestSha256>…</dm:manifestSha256> 载明 manifest.json 的 SHA-256
  VERIFY.txt     本说明
  attachments/   经办人留存的送达文件副本（如有）
  SHA256SUMS     除其自身以外包内每个文件的 SHA-256（sha256sum 格式）

  manifest.json 受时间戳（及签名）保护；它记载 events.jsonl、tsa-chain.pem、VERIFY.txt 和 attachments/ 下每个文件的
  SHA-256，因而这些文件同受保护。timestamp.tsr、manifest.p7s、report.pdf 由 manifest.json 生成，不能记入其中：
  前两者本身是对 manifest.json 的签名，report.pdf 以其 XMP 元数据载明 manifest.json 的 SHA-256。

二、解压
  unzip -d 证据包 证据包文件名.zip
  cd 证据包

三、核对 SHA256SUMS（发现损坏、缺漏或多余的文件）
  sha256sum -c SHA256SUMS
  每行均应为"成功"（英文环境为"OK"）。再核对包内没有 SHA256SUMS 未列出的文件：
  find . -type f ! -name SHA256SUMS | sed 's|^\./||' | sort > ../包内文件.txt
  cut -c67- SHA256SUMS | sort | diff - ../包内文件.txt && echo 文件齐全
  SHA256SUMS 本身不受时间戳保护，只用于发现传输中的损坏；对篡改的防护见第四至八步。

四、核对清单所列文件的 SHA-256
  for f in events.jsonl tsa-chain.pem VERIFY.txt attachments/*; do
    [ -f "$f" ] || continue
    h=$(sha256sum "$f" | cut -c1-64)
    if grep -qF "\"$f\": \"$h\"" manifest.json; then echo "一致：$f"; else echo "不一致：$f"; fi
  done
  每个文件都应"一致"，且 manifest.json 的 "files" 所列文件都应在包内。

五、核对事件链
  prev=0000000000000000000000000000000000000000000000000000000000000000; n=0; bad=0
  while IFS= read -r line; do
    n=$((n+1))
    case "$line" in *"\"prev\":\"$prev\""*) ;; *) echo "第 $n 行的 prev 与上一行不符"; bad=1;; esac
    prev=$(printf '%s\n' "$line" | sha256sum | cut -c1-64)
  done < events.jsonl
  [ $bad = 0 ] && echo "事件链完整：共 $n 行，末行 SHA-256 为 $prev"
  行数与末行 SHA-256 应与 manifest.json 中 "eventChain" 的 "lines" 与 "head" 相同：
  grep -A 3 '"eventChain"' manifest.json
  各行去掉 "prev" 后应与 manifest.json 中 "events" 的同序号事件相同；"time" 应逐行不减。

六、核验时间戳
  openssl ts -reply -in timestamp.tsr -text
  （"Time stamp" 为盖戳时间（UTC），"Message data" 应等于下一条命令的结果）
  sha256sum manifest.json
  openssl ts -verify -in timestamp.tsr -data manifest.json -CAfile tsa-chain.pem
  或者以摘要核验：
  openssl ts -verify -in timestamp.tsr -digest "$(sha256sum manifest.json | cut -c1-64)" -CAfile tsa-chain.pem
  应输出"Verification: OK"。
  tsa-chain.pem 随包提供，只能说明时间戳由该证书链签发；须将其中根证书的指纹与时间戳服务机构公布的指纹比对：
  awk '/BEGIN CERT/{n++} n{print > ("../tsa-cert-" n ".pem")}' tsa-chain.pem
  for c in ../tsa-cert-*.pem; do openssl x509 -in "$c" -noout -subject -issuer -fingerprint -sha256; done
  持有该机构公布的证书链时，以其代替 tsa-chain.pem 作为 -CAfile。

七、核验签名（仅当包内有 manifest.p7s）
  openssl cms -verify -binary -inform DER -in manifest.p7s -content manifest.json -noverify -out /dev/null
  应输出"CMS Verification successful"：签名完整，由所附证书对应的私钥作出。此命令不核验证书是否属于法院。
  查看签名者：openssl pkcs7 -inform DER -in manifest.p7s -print_certs -noout
  持有法院 CA 证书（例如 法院CA.pem）时，同时核验证书链：
  openssl cms -verify -binary -inform DER -in manifest.p7s -content manifest.json -CAfile 法院CA.pem -purpose any -out /dev/null

八、核对电子送达凭证与清单的对应
  grep -a -o '<dm:manifestSha256>[0-9a-f]*</dm:manifestSha256>' report.pdf
  sha256sum manifest.json
  两者的十六进制值应相同。凭证是清单的可读文本，二者不一致时以 manifest.json 为准。
)TXT";

const char16_t kCodes[] = uR"TXT(十二、认定结论（"determination" 的 "code"）
  SERVED_ON_ARRIVAL   受送达人提供或确认的地址：送达信息到达其邮箱时即为送达（《人民法院在线诉讼规则》第三十一条第一款）
  SERVED_ON_REPLY     其他地址：受送达人回复已收悉，即为完成有效送达（同条第二款第（一）项）
  PRESUMED_BY_ACCESS  其他地址：系统记录受送达人已阅知或下载，推定完成有效送达，可由受送达人反证推翻（同条第二款第（二）项）
  NOT_YET_EFFECTIVE   其他地址：已到达，尚无回复或阅知记录，送达尚未生效，无送达日期
  NOT_SERVED          未到达受送达人邮箱（退信、拦截、延迟或失败），无送达日期（《中华人民共和国民事诉讼法》第九十条第二款）

十三、事件类型（"event" 与 ETSI EN 319 522 的 "etsi"）
  submission  SubmissionAcceptance       发送成功：平台接受发件（SMTP 250）
  arrival     ContentConsignment         到达受送达人邮箱
  bounce      ContentConsignmentFailure  未能投递（退信、拦截）
  open        ContentAccessTracking      受送达人打开文书（阅知）
  download    ContentAccessTracking      受送达人下载附件；"servedSha256" 为所下载字节的 SHA-256
  login       （无对应）                 受送达人登录邮箱
  reply       （无对应）                 受送达人回复
  sms         （无对应）                 短信通知（开通、提醒、文书送达提示）
)TXT";

QString line(const QString& label, const QString& value)
{
    return QStringLiteral("%1：%2\n").arg(label, value.isEmpty() ? QStringLiteral("（无）") : value);
}

} // namespace

QByteArray verifyText(const PackDraft& draft, const QList<ClerkEntry>& clerkEntries)
{
    const PackContext& context = draft.context;
    const EvidenceRecipient& recipient = draft.evidence.recipient;
    QString text =
        QStringLiteral("送达证据包核验说明（格式 %1 第 %2 版，规范见 dmadmin 源代码 app/proof/PROOF-PACK.md）\n\n")
            .arg(QLatin1String(kFormatName), QString::number(kFormatVersion));
    text += line(QStringLiteral("法院"), context.court);
    text += line(QStringLiteral("案号"), context.caseNumber);
    text += line(QStringLiteral("文书"), context.documentTitle + QStringLiteral("（") +
                                             draft.evidence.message.messageId + QStringLiteral("）"));
    text +=
        line(QStringLiteral("受送达人"), recipient.name + QStringLiteral(" <") + recipient.address + QLatin1Char('>'));
    text += line(QStringLiteral("制作"), QStringLiteral("%1 %2，%3（北京时间），%4")
                                             .arg(context.generator, context.generatorVersion,
                                                  beijingWords(context.madeAt.toMSecsSinceEpoch()), context.madeBy));
    text +=
        QStringLiteral("\n以下步骤只用通用工具：unzip（或任何 ZIP 工具）、sha256sum、grep、awk 与 OpenSSL 3（须支持 "
                       "SM3）。命令在 Linux 或 macOS 的\n"
                       "shell 中执行（macOS 可用 shasum -a 256 代替 sha256sum）；Windows 可用 WSL 或 Git Bash，或以\n"
                       "certutil -hashfile 文件名 SHA256 "
                       "逐个计算摘要。任何一步的结果与所述不符，即说明证据包被改动、损坏或不完整。\n\n");
    text += QString::fromUtf16(kFiles);

    QString sm3Files = kManifestName;
    QString copies;
    for (const ClerkEntry& entry : clerkEntries) {
        sm3Files += QLatin1Char(' ') + QLatin1Char('"') + entry.path + QLatin1Char('"');
        copies += entry.matchedAttachment.isEmpty()
                      ? QStringLiteral("  %1：与平台所存任何附件都不一致\n").arg(entry.path)
                      : QStringLiteral("  %1：与平台附件《%2》一致\n").arg(entry.path, entry.matchedAttachment);
    }
    text += QStringLiteral("\n九、SM3 摘要\n  openssl dgst -sm3 %1\n"
                           "  manifest.json 的 SM3 应与凭证 XMP 元数据中的 <dm:manifestSm3> 相同：\n"
                           "  grep -a -o '<dm:manifestSm3>[0-9a-f]*</dm:manifestSm3>' report.pdf\n"
                           "  副本的 SM3 应与 manifest.json 中 \"clerkFiles\" 所记相同。\n")
                .arg(sm3Files);
    text += QStringLiteral(
        "\n十、送达文件与副本\n"
        "  manifest.json 的 \"attachments\" 记载平台所存每个送达附件的 SHA-256 与 SM3；持有原文件者可用 sha256sum 与\n"
        "  openssl dgst -sm3 计算后比对。\"clerkFiles\" "
        "记载经办人副本是否与某一附件的两种摘要均相同（\"matches\"）。\n");
    text += copies.isEmpty() ? QStringLiteral("  本包未附副本。\n") : copies;
    text += QStringLiteral("\n十一、送达认定\n  %1\n  %2\n\n")
                .arg(codeOf(draft.determination.code),
                     draft.determination.serviceTime
                         ? QStringLiteral("送达时间：") + beijingIso(*draft.determination.serviceTime)
                         : QStringLiteral("无送达时间"));
    text += QString::fromUtf16(kCodes);
    return text.toUtf8();
}

} // namespace dm::proof::pack
