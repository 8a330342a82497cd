#include "proof/PackChecks.h"
#include "proof/PackFormat.h"
#include "proof/ProofPack.h"
#include "proof/ProofTexts.h"
#include "timestamp/Digest.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace dm::proof {
namespace {

// Limits of the pack as read: the ZIP file itself, before any of it is unpacked.
constexpr qint64 kMaxPackBytes = 1024LL * 1024 * 1024;
constexpr qint64 kReadChunk = 1024 * 1024;

// The whole file, or nullopt once it holds more than `limit` bytes: its size as stat() gave it is not relied on, as a
// file may grow while it is read.
std::optional<QByteArray> readAtMost(QFile& file, qint64 limit)
{
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(std::clamp<qint64>(file.size(), 0, limit)));
    while (bytes.size() <= limit) {
        const QByteArray chunk = file.read(std::min(kReadChunk, limit + 1 - bytes.size()));
        if (chunk.isEmpty()) {
            break;
        }
        bytes += chunk;
    }
    if (bytes.size() > limit) {
        return std::nullopt;
    }
    return bytes;
}

// The result when the file cannot be read as a pack at all: one failed "archive" check, nothing else run.
VerifyResult refused(const QString& detail)
{
    VerifyResult result;
    result.checks.append({QStringLiteral("archive"), false, detail});
    return result;
}

VerifyResult notRegularFile(const QString& path)
{
    //: %1: the path given to verify.
    return refused(ProofTexts::tr("%1 is not a regular file (a directory, pipe or device): refused").arg(path));
}

void fillSummary(VerifyResult& result, const pack::ManifestView& manifest)
{
    result.caseNumber = manifest.caseNumber;
    const EvidenceRecipient& recipient = manifest.evidence.recipient;
    result.recipient = recipient.name.isEmpty()
                           ? recipient.address
                           : recipient.name + QStringLiteral(" <") + recipient.address + QLatin1Char('>');
    result.serviceTime = pack::timeOf(manifest.determination.value(QStringLiteral("serviceTime")));
}

} // namespace

bool VerifyResult::sound() const
{
    return !checks.isEmpty() && !firstFailure();
}

const VerifyCheck* VerifyResult::firstFailure() const
{
    for (const VerifyCheck& check : checks) {
        if (!check.passed) {
            return &check;
        }
    }
    return nullptr;
}

QString checkLabel(const QString& name)
{
    if (name == QLatin1String("archive")) {
        //: The check that the pack's ZIP reads safely and holds exactly the files SHA256SUMS lists.
        return ProofTexts::tr("Archive and file list");
    }
    if (name == QLatin1String("sums")) {
        //: The check of every line of SHA256SUMS against its file.
        return ProofTexts::tr("Checksums (SHA256SUMS)");
    }
    if (name == QLatin1String("manifest")) {
        return ProofTexts::tr("Manifest (manifest.json)");
    }
    if (name == QLatin1String("copies")) {
        //: The check of the copies of the sent files that the clerk added to the pack.
        return ProofTexts::tr("Clerk's copies");
    }
    if (name == QLatin1String("events")) {
        return ProofTexts::tr("Event chain (events.jsonl)");
    }
    if (name == QLatin1String("determination")) {
        //: The check that the rule dating the service gives what the manifest says.
        return ProofTexts::tr("Service determination");
    }
    if (name == QLatin1String("timestamp")) {
        return ProofTexts::tr("Time-stamp (timestamp.tsr)");
    }
    if (name == QLatin1String("signature")) {
        return ProofTexts::tr("Court signature (manifest.p7s)");
    }
    if (name == QLatin1String("report")) {
        //: The check that report.pdf carries the manifest's digest.
        return ProofTexts::tr("Report binding (report.pdf)");
    }
    return name;
}

VerifyResult verifyPack(const QString& zipPath, const QByteArray& trustedTsaChainPem,
                        const QByteArray& trustedSignerCaPem)
{
    // A pipe or a device has no size to judge beforehand and may never end; opening a pipe would wait for a writer.
    const QFileInfo info(zipPath);
    if (info.exists() && !info.isFile()) {
        return notRegularFile(zipPath);
    }
    QFile file(zipPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return refused(ProofTexts::tr("cannot read %1: %2").arg(zipPath, file.errorString()));
    }
    if (file.isSequential()) { // replaced between the look and the opening
        return notRegularFile(zipPath);
    }
    // Read once, never more than the limit: the bytes hashed are the bytes checked.
    const std::optional<QByteArray> read = file.size() > kMaxPackBytes ? std::nullopt : readAtMost(file, kMaxPackBytes);
    if (!read) {
        return refused(
            ProofTexts::tr("%1 is larger than %2 MiB: refused").arg(zipPath, QString::number(kMaxPackBytes >> 20)));
    }
    if (file.error() != QFileDevice::NoError) {
        return refused(ProofTexts::tr("cannot read %1: %2").arg(zipPath, file.errorString()));
    }
    const QByteArray& zipBytes = *read;
    VerifyResult result;
    result.packSha256 = sha256Of(zipBytes);
    auto contents = pack::readArchive(zipBytes);
    if (!contents) {
        result.checks.append({QStringLiteral("archive"), false, contents.error()});
        return result;
    }
    pack::PackFiles files;
    for (const pack::ArchiveEntry& entry : contents->files) {
        files.byName.insert(entry.name, entry.bytes);
    }
    std::optional<pack::SumsFile> sums;
    if (files.has(pack::kSumsName)) {
        sums = pack::parseSums(files.bytes(pack::kSumsName));
    }
    const auto manifest = pack::readManifest(files.bytes(pack::kManifestName));
    const pack::ManifestView* view = manifest ? &manifest.value() : nullptr;
    if (view) {
        fillSummary(result, *view);
    }
    result.checks.append(pack::checkArchive(*contents, files, sums));
    result.checks.append(pack::checkSums(files, sums));
    result.checks.append(pack::checkManifest(files, manifest));
    result.checks.append(pack::checkCopies(files, view));
    result.checks.append(pack::checkEvents(files, view));
    result.checks.append(pack::checkDetermination(view));
    result.checks.append(pack::checkTimestamp(files, trustedTsaChainPem));
    result.checks.append(pack::checkSignature(files, trustedSignerCaPem));
    result.checks.append(pack::checkReport(files));
    return result;
}

} // namespace dm::proof
