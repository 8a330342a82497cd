#include "sandbox/EvidenceAttachments.h"

#include "sandbox/MiniPdf.h"
#include "sandbox/Prng.h"
#include "timestamp/OpenSslHandle.h"

#include <QDateTime>
#include <QTimeZone>

#include <openssl/evp.h>

#include <array>
#include <memory>

namespace dm::sandbox {
namespace {

constexpr quint64 kAttachmentStream = 0x617474616368ULL;          // "attach"
constexpr std::array<int, 3> kAttachmentCountWeights{45, 40, 15}; // 1, 2 or 3 files
// What a court sends along with a document, in the order it adds them.
constexpr std::array<QStringView, 2> kCompanions{u"送达回证", u"诉讼权利义务告知书"};

using MdPtr = std::unique_ptr<EVP_MD, OpenSslFree<EVP_MD_free>>;
using MdContextPtr = std::unique_ptr<EVP_MD_CTX, OpenSslFree<EVP_MD_CTX_free>>;

// The case number and the kind of document in a subject "关于<case number>案件的<document>"; the document is
// "诉讼文书" when the subject has another form.
std::pair<QString, QString> caseAndDocument(const QString& subject)
{
    const QString before = QStringLiteral("关于");
    const QString after = QStringLiteral("案件的");
    const qsizetype at = subject.lastIndexOf(after);
    if (!subject.startsWith(before) || at < before.size() || at + after.size() >= subject.size()) {
        return {QString(), QStringLiteral("诉讼文书")};
    }
    return {subject.mid(before.size(), at - before.size()), subject.mid(at + after.size())};
}

QByteArray documentPdf(const QString& courtName, const QString& title, const QString& caseNumber,
                       const DocumentRow& row, const QString& documentNumber)
{
    const QDateTime sent = QDateTime::fromMSecsSinceEpoch(row.time, QTimeZone(8 * 60 * 60));
    QList<PdfLine> lines{{courtName, 18, true, 0}, {title, 22, true, 14}};
    if (!caseNumber.isEmpty()) {
        lines.append({caseNumber, 14, true, 10});
    }
    lines.append({QStringLiteral("邮件主题：") + row.subject, 12, false, 36});
    lines.append({QStringLiteral("邮件标识：") + row.messageId, 12, false, 8});
    lines.append({QStringLiteral("发件人：") + row.sender, 12, false, 8});
    lines.append({QStringLiteral("日期：") + sent.toString(QStringLiteral("yyyy年M月d日")), 12, false, 8});
    lines.append({QStringLiteral("文书编号：") + documentNumber, 12, false, 8});
    lines.append({QStringLiteral("本文书由") + courtName + QStringLiteral("通过电子送达平台送达。"), 12, false, 24});
    return singlePagePdf(title, lines, row.time);
}

} // namespace

Expected<std::optional<DocumentRow>, DbError> findDocument(Db& db, const QString& messageId, const QString& recipient)
{
    auto select =
        db.prepare(recipient.isEmpty() ? "SELECT id, time, message_id, subject, sender, recipient, status, read_at, "
                                         "read_client FROM mail_logs WHERE message_id = ? AND direction = 'in' "
                                         "ORDER BY id LIMIT 1"
                                       : "SELECT id, time, message_id, subject, sender, recipient, status, read_at, "
                                         "read_client FROM mail_logs WHERE message_id = ? AND direction = 'in' "
                                         "AND recipient = ? ORDER BY id LIMIT 1");
    if (!select) {
        return Unexpected{select.error()};
    }
    select->bind(1, messageId);
    if (!recipient.isEmpty()) {
        select->bind(2, recipient);
    }
    const auto found = select->step();
    if (!found) {
        return Unexpected{found.error()};
    }
    if (!found.value()) {
        return std::optional<DocumentRow>();
    }
    DocumentRow row;
    row.id = select->int64(0);
    row.time = select->int64(1);
    row.messageId = select->text(2);
    row.subject = select->text(3);
    row.sender = select->text(4);
    row.recipient = select->text(5);
    row.status = select->text(6);
    if (!select->isNull(7)) {
        row.readAt = select->int64(7);
        row.readClient = select->text(8);
    }
    return std::optional<DocumentRow>(row);
}

Expected<std::vector<StoredAttachment>, QString> documentAttachments(quint64 seed, const QString& courtName,
                                                                     const DocumentRow& row)
{
    Prng prng(stableHash(seed ^ kAttachmentStream, row.messageId));
    const auto count = static_cast<std::size_t>(prng.weighted(kAttachmentCountWeights)) + 1;
    const auto [caseNumber, document] = caseAndDocument(row.subject);
    std::vector<QString> titles{document};
    for (std::size_t i = 0; i + 1 < count; ++i) {
        titles.push_back(kCompanions[i].toString());
    }
    std::vector<StoredAttachment> attachments;
    for (const QString& title : titles) {
        const QString number = QString::number(prng.next() & 0xffffffffffffULL, 16).toUpper().rightJustified(12, u'0');
        StoredAttachment attachment;
        attachment.name = title + QStringLiteral(".pdf");
        attachment.mimeType = QStringLiteral("application/pdf");
        attachment.bytes = documentPdf(courtName, title, caseNumber, row, number);
        const auto sha256 = hexDigest(attachment.bytes, "SHA256");
        const auto sm3 = hexDigest(attachment.bytes, "SM3");
        if (!sha256 || !sm3) {
            return Unexpected{QStringLiteral("OpenSSL provides no SHA-256 or SM3 digest")};
        }
        attachment.sha256 = *sha256;
        attachment.sm3 = *sm3;
        attachments.push_back(std::move(attachment));
    }
    return attachments;
}

std::optional<QString> hexDigest(const QByteArray& bytes, const char* algorithm)
{
    const MdPtr md(EVP_MD_fetch(nullptr, algorithm, nullptr));
    const MdContextPtr context(EVP_MD_CTX_new());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!md || !context || EVP_DigestInit_ex(context.get(), md.get(), nullptr) != 1 ||
        EVP_DigestUpdate(context.get(), bytes.constData(), static_cast<std::size_t>(bytes.size())) != 1 ||
        EVP_DigestFinal_ex(context.get(), digest, &length) != 1) {
        return std::nullopt;
    }
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), length).toHex());
}

} // namespace dm::sandbox
