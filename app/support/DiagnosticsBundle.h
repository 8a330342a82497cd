#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dm {

// What a support bundle holds, gathered by the caller (the versions and settings in its thread, the cache check in
// the cache's worker); the session logs are read, and scrubbed once more, by write() itself.
struct DiagnosticsContents
{
    QString versions;                       // versions.txt: versionsText(), as the About box shows it
    QString settings;                       // settings.txt: settingsText()
    QString cacheCheck;                     // cache-verify.txt: checkCache()'s text, or why there is none
    QByteArray capabilities;                // capabilities.json
    QStringList logFiles;                   // paths of session logs, newest first; a missing one is noted, not an error
    qint64 maxLogBytes = 8LL * 1024 * 1024; // the tail of a longer file is kept
};

// The ZIP for support: versions.txt, settings.txt, cache-verify.txt, capabilities.json and logs/<name> for each log
// file. Every text passes through scrubPii on its way in, so an older log, written before a secret shape was known,
// leaves scrubbed too. Written beside `path` and moved there whole, owner-only before it gets its name. Blocking (it
// reads and scrubs megabytes): call it off the UI thread.
class DiagnosticsBundle
{
public:
    [[nodiscard]] static QStringList entryNames(const DiagnosticsContents& contents);
    [[nodiscard]] static Expected<void, QString> write(const QString& path, const DiagnosticsContents& contents);
    // "dmadmin-diagnostics-2026-12-05.zip"
    [[nodiscard]] static QString defaultFileName();
};

} // namespace dm
