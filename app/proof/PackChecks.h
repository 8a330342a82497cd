#pragma once

// The checks of verifyPack(), one function each, in the order PROOF-PACK.md §9 lists them. Each runs on what the
// earlier ones could read and says what it could not check; none stops the others. Not part of the interface.

#include "proof/PackArchive.h"
#include "proof/PackManifest.h"
#include "proof/ProofPack.h"

#include <QMap>

#include <optional>

namespace dm::proof::pack {

// The regular files of a pack by name, as read from its ZIP.
struct PackFiles
{
    QMap<QString, QByteArray> byName;

    [[nodiscard]] bool has(const QString& name) const { return byName.contains(name); }
    [[nodiscard]] QByteArray bytes(const QString& name) const { return byName.value(name); }
};

struct SumsLine
{
    int lineNumber = 0;
    QString hex;
    QString name;
};

// SHA256SUMS as sha256sum writes it: "<64 lower-case hex><space><space or *><name>" per line, LF line ends.
struct SumsFile
{
    QList<SumsLine> lines;
    QStringList malformed; // e.g. "SHA256SUMS line 3 is not '<64 hex>  <name>'"
};

[[nodiscard]] SumsFile parseSums(const QByteArray& bytes);

// "archive": exactly the files SHA256SUMS lists plus itself, each a file of the format, nothing refused by the reader.
[[nodiscard]] VerifyCheck checkArchive(const ArchiveContents& contents, const PackFiles& files,
                                       const std::optional<SumsFile>& sums);
// "sums": every line of SHA256SUMS.
[[nodiscard]] VerifyCheck checkSums(const PackFiles& files, const std::optional<SumsFile>& sums);
// "manifest": manifest.json reads, and every file it covers is present with its SHA-256.
[[nodiscard]] VerifyCheck checkManifest(const PackFiles& files, const Expected<ManifestView, QString>& manifest);
// "copies": the clerk's copies are what the manifest says, and match (or not) as it says.
[[nodiscard]] VerifyCheck checkCopies(const PackFiles& files, const ManifestView* manifest);
// "events": the chain of events.jsonl, its time order, and its agreement with the manifest's events.
[[nodiscard]] VerifyCheck checkEvents(const PackFiles& files, const ManifestView* manifest);
// "determination": determine() over the manifest's evidence gives the manifest's determination.
[[nodiscard]] VerifyCheck checkDetermination(const ManifestView* manifest);
// "timestamp": timestamp.tsr is a valid time-stamp over manifest.json's SHA-256.
[[nodiscard]] VerifyCheck checkTimestamp(const PackFiles& files, const QByteArray& trustedTsaChainPem);
// "signature": manifest.p7s, when present, signs manifest.json.
[[nodiscard]] VerifyCheck checkSignature(const PackFiles& files, const QByteArray& trustedSignerCaPem);
// "report": report.pdf carries manifest.json's SHA-256.
[[nodiscard]] VerifyCheck checkReport(const PackFiles& files);

// Problems joined for a check's detail: the first `shown`, then how many more.
[[nodiscard]] QString joinProblems(const QStringList& problems, qsizetype shown = 8);

} // namespace dm::proof::pack
