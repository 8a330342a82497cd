#include "support/DiagnosticsBundle.h"

#include "core/OwnerOnlyFile.h"
#include "core/PiiScrubber.h"
#include "proof/PackArchive.h"
#include "support/SupportTexts.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace dm {
namespace {

QString logEntryName(const QString& logPath)
{
    return QStringLiteral("logs/") + QFileInfo(logPath).fileName();
}

QByteArray readLog(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.exists()) {
        return SupportTexts::tr("(no such log: %1)").arg(QFileInfo(path).fileName()).toUtf8() + '\n';
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return SupportTexts::tr("(the log could not be read: %1)").arg(file.errorString()).toUtf8() + '\n';
    }
    QByteArray prefix;
    if (file.size() > maxBytes) {
        // The end of a run says most about what went wrong.
        file.seek(file.size() - maxBytes);
        prefix = SupportTexts::tr("(only the last %n byte(s) of this log)", nullptr, int(maxBytes)).toUtf8() + '\n';
    }
    const QByteArray bytes = file.readAll();
    return prefix + scrubPii(QString::fromUtf8(bytes)).toUtf8();
}

} // namespace

QStringList DiagnosticsBundle::entryNames(const DiagnosticsContents& contents)
{
    QStringList names{QStringLiteral("versions.txt"), QStringLiteral("settings.txt"),
                      QStringLiteral("cache-verify.txt"), QStringLiteral("capabilities.json")};
    for (const QString& log : contents.logFiles) {
        names << logEntryName(log);
    }
    return names;
}

QString DiagnosticsBundle::defaultFileName()
{
    return QStringLiteral("dmadmin-diagnostics-%1.zip").arg(QDate::currentDate().toString(Qt::ISODate));
}

Expected<void, QString> DiagnosticsBundle::write(const QString& path, const DiagnosticsContents& contents)
{
    const QStringList names = entryNames(contents);
    QList<proof::pack::ArchiveEntry> entries;
    entries.append({names.at(0), scrubPii(contents.versions).toUtf8()});
    entries.append({names.at(1), scrubPii(contents.settings).toUtf8()});
    entries.append({names.at(2), scrubPii(contents.cacheCheck).toUtf8()});
    entries.append({names.at(3), scrubPii(QString::fromUtf8(contents.capabilities)).toUtf8()});
    for (const QString& log : contents.logFiles) {
        entries.append({logEntryName(log), readLog(log, contents.maxLogBytes)});
    }

    const QFileInfo target(path);
    const QDir dir = target.absoluteDir();
    if (!dir.exists()) {
        return Unexpected{SupportTexts::tr("%1 is not a folder").arg(QDir::toNativeSeparators(dir.path()))};
    }
    // Written beside its final place and moved there whole: a failure leaves no half bundle behind.
    QTemporaryFile temporary(dir.filePath(QStringLiteral(".dmadmin-diagnostics-XXXXXX.part")));
    if (!temporary.open()) {
        return Unexpected{SupportTexts::tr("cannot write in %1: %2")
                              .arg(QDir::toNativeSeparators(dir.path()), temporary.errorString())};
    }
    const QString temporaryPath = temporary.fileName();
    temporary.close(); // the ZIP writer opens it by name; the QTemporaryFile still removes it on every early return
    if (auto written = proof::pack::writeArchive(temporaryPath, entries, QDateTime::currentDateTime()); !written) {
        return Unexpected{written.error()};
    }
    if (!restrictToOwner(temporaryPath)) {
        return Unexpected{SupportTexts::tr("cannot make %1 readable by you alone").arg(QDir::toNativeSeparators(path))};
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        return Unexpected{SupportTexts::tr("cannot replace %1").arg(QDir::toNativeSeparators(path))};
    }
    if (!QFile::rename(temporaryPath, path)) {
        return Unexpected{SupportTexts::tr("cannot move the bundle to %1").arg(QDir::toNativeSeparators(path))};
    }
    temporary.setAutoRemove(false);
    return {};
}

} // namespace dm
