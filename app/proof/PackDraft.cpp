#include "core/Masking.h"
#include "proof/PackEvents.h"
#include "proof/PackFormat.h"
#include "proof/PackManifest.h"
#include "proof/PackVerifyText.h"
#include "proof/ProofPack.h"
#include "proof/ProofTexts.h"
#include "timestamp/Digest.h"

#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

namespace dm::proof {
namespace {

// Long enough for any document name, short enough for every file system and for the ZIP's 16-bit name length.
constexpr qsizetype kMaxNameLength = 120;

// Characters Windows, macOS or a shell command of VERIFY.txt cannot take in a file name.
QString safeName(QString name)
{
    for (QChar& c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringView(u"/\\:*?\"<>|").contains(c)) {
            c = QLatin1Char('_');
        }
    }
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('.'))) {
        name.remove(0, 1);
    }
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' '))) {
        name.chop(1);
    }
    return name.left(kMaxNameLength);
}

// At most `length` UTF-16 units of `text`, never half of a surrogate pair.
QString leftWhole(const QString& text, qsizetype length)
{
    if (length <= 0) {
        return QString();
    }
    if (length < text.size() && text.at(length - 1).isHighSurrogate()) {
        --length;
    }
    return text.left(length);
}

// "a.v2 (2).pdf": the number before the last extension, the part before it shortened so that the whole stays within
// the bound. (An extension too long to leave room for any of the name gives way itself.)
QString numberedName(const QString& name, int number)
{
    const QFileInfo info(name);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    const QString marker = QStringLiteral(" (%1)").arg(number);
    const qsizetype room = kMaxNameLength - marker.size() - suffix.size();
    if (room < 1) {
        return leftWhole(name, kMaxNameLength - marker.size()) + marker;
    }
    return leftWhole(info.completeBaseName(), room) + marker + suffix;
}

// "x.pdf", "x (2).pdf", "x (3).pdf": the names as the clerk gave them, made unique in the order given.
Expected<QStringList, QString> storedNames(const QList<ClerkFile>& clerkFiles)
{
    QStringList names;
    QSet<QString> taken; // compared case-insensitively: the pack may be unpacked on Windows or macOS
    for (const ClerkFile& file : clerkFiles) {
        const QString name = safeName(QFileInfo(file.fileName).fileName());
        if (name.isEmpty()) {
            return Unexpected{ProofTexts::tr("the copy \"%1\" has no usable file name").arg(file.fileName)};
        }
        QString unique = name;
        for (int number = 2; taken.contains(unique.toCaseFolded()); ++number) {
            unique = numberedName(name, number);
        }
        taken.insert(unique.toCaseFolded());
        names.append(unique);
    }
    return names;
}

// "关于(2026)粤0104民初1234号案件的民事判决书" -> "民事判决书".
QString titleFromSubject(const QString& subject)
{
    const QString marker = QStringLiteral("案件的");
    const qsizetype at = subject.lastIndexOf(marker);
    return at < 0 ? subject : subject.mid(at + marker.size());
}

} // namespace

Expected<PackDraft, QString> draftPack(const DeliveryEvidence& evidence, const PackContext& context,
                                       const QList<ClerkFile>& clerkFiles, const QByteArray& tsaChainPem)
{
    if (!context.madeAt.isValid()) {
        return Unexpected{ProofTexts::tr("the pack has no making time")};
    }
    if (!tsaChainPem.contains("-----BEGIN CERTIFICATE-----")) {
        return Unexpected{ProofTexts::tr("the time-stamping authority's chain holds no PEM certificate")};
    }
    PackDraft draft;
    draft.evidence = evidence;
    // The platform masks the ID number; one that reached us whole is masked here all the same.
    QString& idNumber = draft.evidence.recipient.maskedIdNumber;
    if (!idNumber.isEmpty() && !idNumber.contains(QLatin1Char('*'))) {
        idNumber = maskIdNumber(idNumber);
    }
    draft.context = context;
    if (draft.context.documentTitle.isEmpty()) {
        draft.context.documentTitle = titleFromSubject(evidence.message.subject);
    }
    draft.determination = determine(draft.evidence);
    draft.tsaChainPem = tsaChainPem;

    const QJsonArray events = pack::eventsOf(draft.evidence);
    QString head;
    draft.eventsJsonl = pack::chainEvents(events, &head);

    auto names = storedNames(clerkFiles);
    if (!names) {
        return Unexpected{names.error()};
    }
    QList<pack::ClerkEntry> entries;
    for (qsizetype index = 0; index < clerkFiles.size(); ++index) {
        const QByteArray& bytes = clerkFiles.at(index).bytes;
        auto sm3 = sm3Of(bytes);
        if (!sm3) {
            return Unexpected{sm3.error()};
        }
        const QByteArray sha256 = sha256Of(bytes);
        entries.append({pack::kAttachmentDir + names->at(index), bytes.size(), sha256, *sm3,
                        pack::matchingAttachment(draft.evidence.attachments, sha256, *sm3)});
        draft.clerkFiles.append({names->at(index), bytes});
    }
    draft.verifyTxt = pack::verifyText(draft, entries);

    QMap<QString, QByteArray> covered{{pack::kEventsName, sha256Of(draft.eventsJsonl)},
                                      {pack::kChainName, sha256Of(draft.tsaChainPem)},
                                      {pack::kVerifyName, sha256Of(draft.verifyTxt)}};
    for (const pack::ClerkEntry& entry : entries) {
        covered.insert(entry.path, entry.sha256);
    }
    const pack::ManifestParts parts{draft.evidence,
                                    draft.context,
                                    draft.determination,
                                    ruleInWords(draft.determination, draft.evidence),
                                    events,
                                    head,
                                    entries,
                                    covered};
    draft.manifestJson = pack::canonicalJson(pack::manifestObject(parts), true);
    draft.manifestSha256 = sha256Of(draft.manifestJson);
    auto manifestSm3 = sm3Of(draft.manifestJson);
    if (!manifestSm3) {
        return Unexpected{manifestSm3.error()};
    }
    draft.manifestSm3 = *manifestSm3;
    return draft;
}

QString packFileName(const PackDraft& draft)
{
    const EvidenceRecipient& recipient = draft.evidence.recipient;
    const QString caseNumber = draft.context.caseNumber.isEmpty() ? QStringLiteral("无案号") : draft.context.caseNumber;
    const QString who = !recipient.name.isEmpty()      ? recipient.name
                        : !recipient.address.isEmpty() ? recipient.address
                                                       : recipient.accountName;
    const QString day = draft.context.madeAt.toTimeZone(pack::beijingZone()).toString(QStringLiteral("yyyyMMdd"));
    return safeName(QStringLiteral("送达证据包_%1_%2_%3").arg(caseNumber, who, day)) + QStringLiteral(".zip");
}

} // namespace dm::proof
