#include "core/OwnerOnlyFile.h"
#include "proof/PackArchive.h"
#include "proof/PackFormat.h"
#include "proof/PackSigning.h"
#include "proof/ProofPack.h"
#include "proof/ProofTexts.h"
#include "timestamp/Digest.h"
#include "timestamp/TimestampReply.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace dm::proof {
namespace {

// A numbered name is tried this many times before the writer gives up on a crowded folder.
constexpr int kMaxNumberedNames = 999;

// The seal must belong to this draft: a pack whose timestamp, signature or report is over another manifest would be
// written only to fail every verification.
Expected<void, QString> checkSeal(const PackDraft& draft, const PackSeal& seal)
{
    auto reply = parseTimestampReply(seal.timestampReplyDer);
    if (!reply) {
        return Unexpected{ProofTexts::tr("timestamp.tsr: %1").arg(reply.error())};
    }
    if (!reply->isGranted() || !reply->info) {
        return Unexpected{ProofTexts::tr("timestamp.tsr: not granted: %1").arg(reply->describeStatus())};
    }
    if (reply->info->imprint != draft.manifestSha256) {
        return Unexpected{ProofTexts::tr("timestamp.tsr is over another digest than manifest.json's SHA-256")};
    }
    const QByteArray marker =
        QByteArray(pack::kReportMarkerOpen) + draft.manifestSha256.toHex() + QByteArray(pack::kReportMarkerClose);
    if (!seal.reportPdf.startsWith("%PDF-") || !seal.reportPdf.contains(marker)) {
        return Unexpected{
            ProofTexts::tr("report.pdf is not a PDF that carries manifest.json's SHA-256 in its metadata")};
    }
    if (!seal.signatureDer.isEmpty()) {
        if (auto verified = pack::verifyDetached(draft.manifestJson, seal.signatureDer); !verified) {
            return Unexpected{ProofTexts::tr("manifest.p7s: %1").arg(verified.error())};
        }
    }
    return {};
}

QList<pack::ArchiveEntry> packEntries(const PackDraft& draft, const PackSeal& seal)
{
    QList<pack::ArchiveEntry> entries{{pack::kManifestName, draft.manifestJson},
                                      {pack::kEventsName, draft.eventsJsonl},
                                      {pack::kChainName, draft.tsaChainPem},
                                      {pack::kTimestampName, seal.timestampReplyDer}};
    if (!seal.signatureDer.isEmpty()) {
        entries.append({pack::kSignatureName, seal.signatureDer});
    }
    entries.append({pack::kReportName, seal.reportPdf});
    entries.append({pack::kVerifyName, draft.verifyTxt});
    for (const ClerkFile& file : draft.clerkFiles) {
        entries.append({pack::kAttachmentDir + file.fileName, file.bytes});
    }
    // sha256sum's own format ("<hex>  <name>"): `sha256sum -c SHA256SUMS` checks the unpacked pack as it is.
    QByteArray sums;
    for (const pack::ArchiveEntry& entry : entries) {
        sums += sha256Of(entry.bytes).toHex() + "  " + entry.name.toUtf8() + '\n';
    }
    entries.append({pack::kSumsName, sums});
    return entries;
}

// `name`, else "name (2).zip", "name (3).zip", ...: the first that does not exist when the file is moved there.
Expected<QString, QString> moveToFreeName(const QString& temporary, const QDir& directory, const QString& name)
{
    const QFileInfo info(name);
    for (int number = 1; number <= kMaxNumberedNames; ++number) {
        const QString candidate =
            number == 1
                ? name
                : QStringLiteral("%1 (%2).%3").arg(info.completeBaseName(), QString::number(number), info.suffix());
        const QString path = directory.filePath(candidate);
        // QFile::rename never replaces an existing file (renameat2 RENAME_NOREPLACE where the system has it).
        if (!QFileInfo::exists(path) && QFile::rename(temporary, path)) {
            return path;
        }
    }
    return Unexpected{ProofTexts::tr("cannot name the pack in %1: %2 and its numbered variants are all taken")
                          .arg(directory.path(), name)};
}

} // namespace

Expected<QString, QString> writePack(const PackDraft& draft, const PackSeal& seal, const QString& directory)
{
    if (auto sealed = checkSeal(draft, seal); !sealed) {
        return Unexpected{sealed.error()};
    }
    const QDir dir(directory);
    if (!dir.exists()) {
        return Unexpected{ProofTexts::tr("%1 is not a folder").arg(directory)};
    }
    // Written beside its final place and moved there whole: a reader never sees half a pack, a failure leaves none.
    QTemporaryFile temporary(dir.filePath(QStringLiteral(".送达证据包-XXXXXX.part")));
    if (!temporary.open()) {
        return Unexpected{ProofTexts::tr("cannot write in %1: %2").arg(directory, temporary.errorString())};
    }
    const QString temporaryPath = temporary.fileName();
    temporary.close(); // QuaZip opens it by name; the QTemporaryFile still removes it on every early return
    if (auto written = pack::writeArchive(temporaryPath, packEntries(draft, seal), draft.context.madeAt); !written) {
        return Unexpected{written.error()};
    }
    // Owner-only before it gets its name; a file system without permissions has nothing to restrict.
    (void)restrictToOwner(temporaryPath);
    auto moved = moveToFreeName(temporaryPath, dir, packFileName(draft));
    if (!moved) {
        return Unexpected{moved.error()};
    }
    // It is the pack now, under its own name; it keeps the owner-only permissions (names, addresses).
    temporary.setAutoRemove(false);
    return moved;
}

} // namespace dm::proof
