#include "audit/LedgerKeeping.h"

#include "audit/LedgerArchive.h"
#include "store/CacheFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace dm {

namespace {

// Moves the anchors and the kept chain of `folder` into `kept`; false when one could not be moved.
bool moveAnchors(const QString& folder, const QString& kept)
{
    bool allMoved = true;
    const QStringList names = QDir(folder).entryList(
        {QStringLiteral("anchor-*.tsr"), QStringLiteral("anchor-*.txt"), QStringLiteral("tsa-chain.pem")}, QDir::Files);
    for (const QString& name : names) {
        allMoved = QFile::rename(QDir(folder).filePath(name), QDir(kept).filePath(name)) && allMoved;
    }
    return allMoved;
}

// The cache file and its companions, moved into `kept`; false when the main file could not be.
bool moveCache(const QString& cachePath, const QString& kept)
{
    const QString name = QFileInfo(cachePath).fileName();
    bool moved = QFile::rename(cachePath, QDir(kept).filePath(name));
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(cachePath + suffix)) {
            moved = QFile::rename(cachePath + suffix, QDir(kept).filePath(name + suffix)) && moved;
        }
    }
    return moved;
}

// Runs in a pool thread: the ledger written out (or the file moved), then the anchors moved.
Expected<LedgerKeeping::Kept, QString> keepNow(const QString& cachePath, std::optional<CacheKeys> keys,
                                               const QString& anchorsFolder, const QUuid& profile)
{
    const QString kept = QDir(anchorsFolder)
                             .filePath(QStringLiteral("kept-%1").arg(
                                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    if (!QDir().mkpath(kept)) {
        return Unexpected(LedgerKeeping::tr("The folder %1 cannot be created, so the audit ledger cannot be kept.")
                              .arg(QDir::toNativeSeparators(kept)));
    }
    QFile::setPermissions(anchorsFolder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QString message;
    std::optional<QString> unreadable;
    if (keys) {
        auto db = CacheFile::openWithKeys(cachePath, std::move(*keys));
        if (db) {
            const QString archive = QDir(kept).filePath(QStringLiteral("ledger.jsonl"));
            // A file that opens may still be damaged where the ledger lies: then it is kept whole, as one that does
            // not open.
            if (auto written = LedgerArchive::write(*db, archive, profile); written) {
                message = LedgerKeeping::tr("The audit ledger was kept in %1.").arg(QDir::toNativeSeparators(archive));
            } else {
                unreadable = written.error();
            }
        } else {
            unreadable = db.error().message();
        }
    } else {
        unreadable = LedgerKeeping::tr("its key cannot be read");
    }
    if (unreadable) {
        if (!moveCache(cachePath, kept)) {
            return Unexpected(LedgerKeeping::tr("The cache cannot be read (%1) and cannot be moved to %2, so its "
                                                "audit ledger cannot be kept.")
                                  .arg(*unreadable, QDir::toNativeSeparators(kept)));
        }
        message = LedgerKeeping::tr("The cache could not be read (%1), so it was moved to %2 rather than deleted.")
                      .arg(*unreadable, QDir::toNativeSeparators(kept));
    }
    if (!moveAnchors(anchorsFolder, kept)) {
        return Unexpected(
            LedgerKeeping::tr("The ledger's anchors cannot be moved to %1.").arg(QDir::toNativeSeparators(kept)));
    }
    return LedgerKeeping::Kept{kept, message};
}

} // namespace

void LedgerKeeping::keep(SecretStore& secrets, const QString& cachePath, const QString& anchorsFolder,
                         const QUuid& profile, QObject* context, Done done)
{
    if (!QFile::exists(cachePath)) {
        done(Kept{});
        return;
    }
    QPointer<QObject> guard(context);
    CacheFile::obtainKeys(secrets, cachePath, context,
                          [cachePath, anchorsFolder, profile, guard, done](Expected<CacheKeys, CacheError> keys) {
                              std::optional<CacheKeys> usable;
                              if (keys) {
                                  usable = std::move(*keys);
                              }
                              QThreadPool::globalInstance()->start([cachePath, anchorsFolder, profile, guard, done,
                                                                    usable = std::move(usable)]() mutable {
                                  const Expected<Kept, QString> kept =
                                      keepNow(cachePath, std::move(usable), anchorsFolder, profile);
                                  // Answered through the application object, which outlives `context`; whether
                                  // `context` is still there is asked in its own thread.
                                  QMetaObject::invokeMethod(
                                      QCoreApplication::instance(),
                                      [guard, done, kept] {
                                          if (guard) {
                                              done(kept);
                                          }
                                      },
                                      Qt::QueuedConnection);
                              });
                          });
}

AuditEntry LedgerKeeping::rebuildEntry(const Kept& kept)
{
    AuditEntry entry;
    entry.operatorName = AuditLedger::currentOperator();
    entry.action = QStringLiteral("rebuildCache");
    entry.target = QStringLiteral("cache");
    entry.result = QStringLiteral("ok");
    entry.detail = kept.folder.isEmpty()
                       ? QStringLiteral("no earlier cache")
                       : QStringLiteral("earlier ledger kept in %1").arg(QFileInfo(kept.folder).fileName());
    return entry;
}

} // namespace dm
