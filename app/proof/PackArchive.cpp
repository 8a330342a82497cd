#include "proof/PackArchive.h"

#include "proof/PackFormat.h"
#include "proof/ProofTexts.h"

#include <QBuffer>
#include <QFile>
#include <QSet>
#include <QTimeZone>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>

namespace dm::proof::pack {
namespace {

constexpr qint64 kChunk = 64 * 1024;

// Reads the current entry, never more than `budget` bytes, whatever its header declares.
Expected<QByteArray, QString> readEntry(QuaZip& zip, const QString& name, qint64 budget)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        return Unexpected{ProofTexts::tr("%1: cannot be opened").arg(name)};
    }
    QByteArray bytes;
    for (;;) {
        const QByteArray chunk = file.read(std::min(kChunk, budget - bytes.size() + 1));
        if (chunk.isEmpty()) {
            break;
        }
        bytes += chunk;
        if (bytes.size() > budget) {
            file.close();
            return Unexpected{ProofTexts::tr("%1: inflates to more than it declares").arg(name)};
        }
    }
    // A CRC mismatch or a truncated stream shows only when the entry is closed.
    file.close();
    if (file.getZipError() != UNZ_OK) {
        return Unexpected{
            ProofTexts::tr("%1: damaged (CRC or stream error %2)").arg(name, QString::number(file.getZipError()))};
    }
    return bytes;
}

} // namespace

bool isSafeEntryName(const QString& name)
{
    if (name.isEmpty() || name.size() > 1024 || name.startsWith(QLatin1Char('/'))) {
        return false;
    }
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char('\\') || c == QLatin1Char(':')) {
            return false;
        }
    }
    const QStringList parts = name.split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString& part) {
        return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..");
    });
}

Expected<void, QString> writeArchive(const QString& path, const QList<ArchiveEntry>& entries, const QDateTime& stamp)
{
    QuaZip zip(path);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate)) {
        return Unexpected{
            ProofTexts::tr("cannot create %1 (zip error %2)").arg(path, QString::number(zip.getZipError()))};
    }
    const QDateTime local = stamp.toTimeZone(beijingZone());
    for (const ArchiveEntry& entry : entries) {
        QuaZipNewInfo info(entry.name);
        info.dateTime = local;
        info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION) ||
            file.write(entry.bytes) != entry.bytes.size()) {
            return Unexpected{ProofTexts::tr("cannot write %1 into the pack (zip error %2)")
                                  .arg(entry.name, QString::number(file.getZipError()))};
        }
        file.close();
        if (file.getZipError() != ZIP_OK) {
            return Unexpected{ProofTexts::tr("cannot write %1 into the pack (zip error %2)")
                                  .arg(entry.name, QString::number(file.getZipError()))};
        }
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK) {
        return Unexpected{
            ProofTexts::tr("cannot finish %1 (zip error %2)").arg(path, QString::number(zip.getZipError()))};
    }
    return {};
}

Expected<ArchiveContents, QString> readArchive(const QByteArray& zipBytes, const ArchiveLimits& limits)
{
    QByteArray bytes = zipBytes; // QBuffer wants a mutable array; this is a shallow copy
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        return Unexpected{ProofTexts::tr("not a readable ZIP file (zip error %1)").arg(zip.getZipError())};
    }
    if (zip.getEntriesCount() > limits.maxEntries) {
        return Unexpected{ProofTexts::tr("the ZIP holds %1 entries, more than %2: refused")
                              .arg(zip.getEntriesCount())
                              .arg(limits.maxEntries)};
    }
    ArchiveContents contents;
    QSet<QString> seen;
    qint64 total = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info)) {
            return Unexpected{ProofTexts::tr("an entry's header cannot be read (zip error %1)").arg(zip.getZipError())};
        }
        const QString name = info.name;
        const bool directory = name.endsWith(QLatin1Char('/'));
        if (!isSafeEntryName(directory ? name.chopped(1) : name)) {
            contents.problems.append(
                ProofTexts::tr("\"%1\": unsafe name (absolute, \"..\", backslash, colon or control "
                               "character)")
                    .arg(name));
            continue;
        }
        if (directory && info.uncompressedSize == 0) {
            continue;
        }
        if (seen.contains(name)) {
            contents.problems.append(ProofTexts::tr("%1: present twice").arg(name));
            continue;
        }
        seen.insert(name);
        if (info.isSymbolicLink() || info.isEncrypted() || directory) {
            contents.problems.append(ProofTexts::tr("%1: not a plain file (link, encrypted or directory)").arg(name));
            continue;
        }
        const auto declared =
            static_cast<qint64>(std::min<quint64>(info.uncompressedSize, quint64(limits.maxTotalBytes) + 1));
        const auto compressed = static_cast<qint64>(info.compressedSize);
        if (declared > limits.maxEntryBytes || total + declared > limits.maxTotalBytes) {
            return Unexpected{ProofTexts::tr("%1: %2 bytes unpacked, over the pack's limits (%3 MiB a file, %4 MiB in "
                                             "all): refused")
                                  .arg(name, QString::number(declared), QString::number(limits.maxEntryBytes >> 20),
                                       QString::number(limits.maxTotalBytes >> 20))};
        }
        if (declared > limits.ratioFloorBytes && (compressed <= 0 || declared / compressed > limits.maxRatio)) {
            return Unexpected{ProofTexts::tr("%1: compressed more than %2 to 1, a ZIP bomb: refused")
                                  .arg(name, QString::number(limits.maxRatio))};
        }
        // Counted before it is read: an entry that turns out damaged has been inflated all the same.
        total += declared;
        auto entry = readEntry(zip, name, declared);
        if (!entry) {
            contents.problems.append(entry.error());
            continue;
        }
        if (entry->size() != declared) {
            contents.problems.append(ProofTexts::tr("%1: holds %2 bytes, its header says %3")
                                         .arg(name, QString::number(entry->size()), QString::number(declared)));
            continue;
        }
        contents.files.append({name, *entry});
    }
    if (zip.getZipError() != UNZ_OK) {
        return Unexpected{
            ProofTexts::tr("the ZIP's directory cannot be read to its end (zip error %1)").arg(zip.getZipError())};
    }
    return contents;
}

} // namespace dm::proof::pack
