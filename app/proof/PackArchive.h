#pragma once

// The pack's ZIP (PROOF-PACK.md §8): written with UTF-8 names and fixed times, read under limits that a hostile ZIP
// cannot get round (its declared sizes are not trusted). Not part of the library's interface.

#include "core/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dm::proof::pack {

struct ArchiveEntry
{
    QString name;
    QByteArray bytes;
};

// Every entry deflated, in the order given, dated `stamp` (its Beijing wall-clock time: ZIP times have no zone).
[[nodiscard]] Expected<void, QString> writeArchive(const QString& path, const QList<ArchiveEntry>& entries,
                                                   const QDateTime& stamp);

struct ArchiveLimits
{
    qint64 maxEntryBytes = 256LL * 1024 * 1024;
    qint64 maxTotalBytes = 1024LL * 1024 * 1024; // the declared sizes of every entry read, damaged ones included
    int maxEntries = 10000;
    qint64 ratioFloorBytes = 1024 * 1024; // entries smaller than this are not judged by their ratio
    qint64 maxRatio = 100;                // uncompressed / compressed: more is a ZIP bomb, not a document
};

struct ArchiveContents
{
    QList<ArchiveEntry> files; // the regular files, in ZIP order
    QStringList problems;      // entries refused one by one (unsafe name, duplicate, link, encrypted, damaged)
};

// An error when the bytes are no ZIP or break a limit: then nothing of them is used. A refused entry is left out of
// `files` and named in `problems`; directory entries (names ending in "/") are skipped.
[[nodiscard]] Expected<ArchiveContents, QString> readArchive(const QByteArray& zipBytes,
                                                             const ArchiveLimits& limits = {});

// A relative path of non-empty components, none "." or "..", no backslash, colon or control character.
[[nodiscard]] bool isSafeEntryName(const QString& name);

} // namespace dm::proof::pack
