#include "proof/PackChecks.h"
#include "proof/PackFormat.h"
#include "proof/ProofTexts.h"
#include "timestamp/Digest.h"

#include <QSet>

namespace dm::proof::pack {
namespace {

const QStringList& requiredFiles()
{
    static const QStringList names{kManifestName, kEventsName, kChainName, kTimestampName,
                                   kReportName,   kVerifyName, kSumsName};
    return names;
}

bool isClerkCopy(const QString& name)
{
    return name.startsWith(kAttachmentDir) && name.size() > kAttachmentDir.size() &&
           !name.mid(kAttachmentDir.size()).contains(QLatin1Char('/'));
}

bool isFormatFile(const QString& name)
{
    return requiredFiles().contains(name) || name == kSignatureName || isClerkCopy(name);
}

// The files whose SHA-256 manifest.json records: everything made before it and not from it.
bool isCoveredByManifest(const QString& name)
{
    return name == kEventsName || name == kChainName || name == kVerifyName || isClerkCopy(name);
}

QString sha256Hex(const QByteArray& bytes)
{
    return hex(sha256Of(bytes));
}

// What is wrong with a clerkFiles entry whose "matches" or "matchedAttachment" is not what the digests give (`matched`:
// the platform's attachment with both digests equal, empty for none). One whole sentence for each way it can be wrong.
QString matchClaimProblem(const QString& path, const QJsonObject& entry, const QString& matched)
{
    const bool saysMatches = entry.value(QStringLiteral("matches")).toBool();
    const QString claimed = entry.value(QStringLiteral("matchedAttachment")).toString();
    if (saysMatches && matched.isEmpty()) {
        return ProofTexts::tr("%1: clerkFiles says it matches, the digests say it does not match").arg(path);
    }
    if (!saysMatches && !matched.isEmpty()) {
        return ProofTexts::tr("%1: clerkFiles says it does not match, the digests say it matches").arg(path);
    }
    if (matched.isEmpty()) {
        return ProofTexts::tr("%1: clerkFiles says it does not match, yet names an attachment as its match").arg(path);
    }
    //: %1: the copy; %2: the attachment clerkFiles names; %3: the attachment the digests match.
    return ProofTexts::tr("%1: clerkFiles says it matches %2, the digests say it matches the platform's %3")
        .arg(path, claimed.isEmpty() ? QStringLiteral("\"\"") : claimed, matched);
}

VerifyCheck result(const QString& name, const QStringList& problems, const QString& confirmed)
{
    return {name, problems.isEmpty(), problems.isEmpty() ? confirmed : joinProblems(problems)};
}

} // namespace

QString joinProblems(const QStringList& problems, qsizetype shown)
{
    const QString text = problems.mid(0, shown).join(QStringLiteral("; "));
    if (problems.size() <= shown) {
        return text;
    }
    //: %1: the first problems, separated by "; "; %n: how many more there are.
    return ProofTexts::tr("%1; and %n more", nullptr, static_cast<int>(problems.size() - shown)).arg(text);
}

SumsFile parseSums(const QByteArray& bytes)
{
    SumsFile sums;
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast(); // the line feed that ends the last line
    }
    int number = 0;
    for (const QByteArray& line : lines) {
        ++number;
        const QString hexPart = QString::fromLatin1(line.left(64)).toLower();
        const bool wellFormed = line.size() > 66 && isSha256Hex(hexPart) && line.at(64) == ' ' &&
                                (line.at(65) == ' ' || line.at(65) == '*');
        if (!wellFormed) {
            sums.malformed.append(ProofTexts::tr("SHA256SUMS line %1 is not \"<64 hex>  <name>\"").arg(number));
            continue;
        }
        sums.lines.append({number, hexPart, QString::fromUtf8(line.mid(66))});
    }
    return sums;
}

VerifyCheck checkArchive(const ArchiveContents& contents, const PackFiles& files, const std::optional<SumsFile>& sums)
{
    QStringList problems = contents.problems;
    for (const QString& required : requiredFiles()) {
        if (!files.has(required)) {
            problems.append(ProofTexts::tr("%1 is missing").arg(required));
        }
    }
    for (const QString& name : files.byName.keys()) {
        if (!isFormatFile(name)) {
            problems.append(ProofTexts::tr("%1 is not a file of the format").arg(name));
        }
    }
    if (sums) {
        QSet<QString> listed;
        for (const SumsLine& line : sums->lines) {
            if (line.name == kSumsName) {
                problems.append(ProofTexts::tr("SHA256SUMS lists itself"));
            } else if (listed.contains(line.name)) {
                problems.append(ProofTexts::tr("SHA256SUMS lists %1 twice").arg(line.name));
            } else if (!files.has(line.name)) {
                problems.append(ProofTexts::tr("SHA256SUMS lists %1, which is not in the pack").arg(line.name));
            }
            listed.insert(line.name);
        }
        for (const QString& name : files.byName.keys()) {
            if (name != kSumsName && !listed.contains(name)) {
                problems.append(ProofTexts::tr("%1 is in the pack but not in SHA256SUMS").arg(name));
            }
        }
    }
    return result(QStringLiteral("archive"), problems,
                  ProofTexts::tr("%n files, exactly those SHA256SUMS lists and itself, all safely named", nullptr,
                                 static_cast<int>(files.byName.size())));
}

VerifyCheck checkSums(const PackFiles& files, const std::optional<SumsFile>& sums)
{
    if (!sums) {
        return {QStringLiteral("sums"), false, ProofTexts::tr("SHA256SUMS is missing: nothing binds the pack's files")};
    }
    QStringList problems = sums->malformed;
    for (const SumsLine& line : sums->lines) {
        if (!files.has(line.name)) {
            problems.append(ProofTexts::tr("SHA256SUMS line %1: %2 is not in the pack")
                                .arg(QString::number(line.lineNumber), line.name));
            continue;
        }
        const QString computed = sha256Hex(files.bytes(line.name));
        if (computed != line.hex) {
            problems.append(ProofTexts::tr("%1: SHA-256 is %2, SHA256SUMS line %3 says %4")
                                .arg(line.name, computed, QString::number(line.lineNumber), line.hex));
        }
    }
    return result(QStringLiteral("sums"), problems,
                  ProofTexts::tr("every file matches its SHA256SUMS line (%n lines)", nullptr,
                                 static_cast<int>(sums->lines.size())));
}

VerifyCheck checkManifest(const PackFiles& files, const Expected<ManifestView, QString>& manifest)
{
    const QString name = QStringLiteral("manifest");
    if (!files.has(kManifestName)) {
        return {name, false, ProofTexts::tr("manifest.json is missing")};
    }
    if (!manifest) {
        return {name, false, manifest.error()};
    }
    QStringList problems;
    for (auto file = manifest->files.cbegin(); file != manifest->files.cend(); ++file) {
        if (!isCoveredByManifest(file.key())) {
            problems.append(ProofTexts::tr("manifest.json covers %1, which the format never covers").arg(file.key()));
        } else if (!files.has(file.key())) {
            problems.append(ProofTexts::tr("manifest.json lists %1, which is not in the pack").arg(file.key()));
        } else if (sha256Hex(files.bytes(file.key())) != file.value()) {
            problems.append(ProofTexts::tr("%1: SHA-256 is %2, manifest.json says %3")
                                .arg(file.key(), sha256Hex(files.bytes(file.key())), file.value()));
        }
    }
    for (const QString& packName : files.byName.keys()) {
        if (isCoveredByManifest(packName) && !manifest->files.contains(packName)) {
            problems.append(ProofTexts::tr("%1 is in the pack but manifest.json does not cover it").arg(packName));
        }
    }
    return result(name, problems,
                  //: %1: the format version; %n: how many files; %2: their names.
                  ProofTexts::tr("manifest.json (format %1) covers %n files, each with its SHA-256: %2", nullptr,
                                 static_cast<int>(manifest->files.size()))
                      .arg(QString::number(kFormatVersion), manifest->files.keys().join(QStringLiteral(", "))));
}

VerifyCheck checkCopies(const PackFiles& files, const ManifestView* manifest)
{
    const QString name = QStringLiteral("copies");
    if (!manifest) {
        return {name, false, ProofTexts::tr("not checked: manifest.json cannot be read")};
    }
    QStringList problems;
    QStringList findings;
    QSet<QString> described;
    for (const QJsonValue& value : manifest->clerkFiles) {
        const QJsonObject entry = value.toObject();
        const QString path = entry.value(QStringLiteral("path")).toString();
        described.insert(path);
        if (!isClerkCopy(path)) {
            problems.append(ProofTexts::tr("clerkFiles names \"%1\", which is not under attachments/").arg(path));
            continue;
        }
        if (!files.has(path)) {
            problems.append(ProofTexts::tr("clerkFiles names %1, which is not in the pack").arg(path));
            continue;
        }
        const QByteArray bytes = files.bytes(path);
        auto sm3 = sm3Of(bytes);
        if (!sm3) {
            //: %1: a file of the pack; %2: why its SM3 could not be computed.
            problems.append(ProofTexts::tr("%1: %2").arg(path, sm3.error()));
            continue;
        }
        const QByteArray sha256 = sha256Of(bytes);
        if (entry.value(QStringLiteral("sha256")).toString() != hex(sha256) ||
            entry.value(QStringLiteral("sm3")).toString() != hex(*sm3) ||
            entry.value(QStringLiteral("size")).toInteger(-1) != bytes.size()) {
            problems.append(ProofTexts::tr("%1: its size or digests differ from those clerkFiles records").arg(path));
            continue;
        }
        const QString matched = matchingAttachment(manifest->evidence.attachments, sha256, *sm3);
        const QJsonValue claimed = entry.value(QStringLiteral("matchedAttachment"));
        if (entry.value(QStringLiteral("matches")).toBool() != !matched.isEmpty() ||
            (matched.isEmpty() ? !claimed.isNull() : claimed.toString() != matched)) {
            problems.append(matchClaimProblem(path, entry, matched));
            continue;
        }
        findings.append(matched.isEmpty()
                            ? ProofTexts::tr("%1 does not match any attachment the platform holds").arg(path)
                            : ProofTexts::tr("%1 matches the platform's %2 (SHA-256 and SM3)").arg(path, matched));
    }
    for (const QString& packName : files.byName.keys()) {
        if (isClerkCopy(packName) && !described.contains(packName)) {
            problems.append(ProofTexts::tr("%1 has no entry in clerkFiles").arg(packName));
        }
    }
    return result(name, problems,
                  findings.isEmpty() ? ProofTexts::tr("the pack holds no clerk's copy")
                                     : findings.join(QStringLiteral("; ")));
}

} // namespace dm::proof::pack
