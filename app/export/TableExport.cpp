#include "export/TableExport.h"

#include "core/OwnerOnlyFile.h"
#include "export/CsvFormat.h"
#include "store/AuditLedger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace dm {

Expected<qint64, QString> TableExport::write(Db& db, const TableExportRequest& request)
{
    const QFileInfo target(request.path);
    if (request.path.isEmpty() || target.fileName().isEmpty() || target.isDir()) {
        return Unexpected(tr("No file name given for the export."));
    }
    if (!target.dir().exists()) {
        return Unexpected(tr("Cannot write %1: the folder %2 does not exist.")
                              .arg(target.fileName(), QDir::toNativeSeparators(target.absolutePath())));
    }
    QString text = CsvFormat::line(request.header);
    for (const QStringList& row : request.rows) {
        text += CsvFormat::line(row);
    }
    const QByteArray bytes = CsvFormat::kBom.toByteArray() + text.toUtf8();
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Unexpected(tr("Cannot write %1: %2").arg(target.fileName(), file.errorString()));
    }
    // Owner-only before a byte is in it (POSIX mode of the temporary file; the access list on Windows follows once the
    // file has its name).
    (void)file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        return Unexpected(tr("Cannot write %1: %2").arg(target.fileName(), file.errorString()));
    }
    AuditEntry entry;
    entry.operatorName = request.operatorName.isEmpty() ? AuditLedger::currentOperator() : request.operatorName;
    entry.action = request.action;
    entry.target = target.fileName();
    entry.result = QStringLiteral("ok");
    entry.detail = QStringLiteral("format=csv rows=%1 sha256=%2")
                       .arg(request.rows.size())
                       .arg(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    if (auto recorded = AuditLedger(db).append(entry); !recorded) {
        file.cancelWriting();
        return Unexpected(recorded.error().message());
    }
    if (!file.commit()) {
        // The ledger is append-only: the entry above stays, and this one says the file never arrived.
        entry.result = QStringLiteral("failed:write");
        (void)AuditLedger(db).append(entry);
        return Unexpected(tr("Cannot write %1: %2").arg(target.fileName(), file.errorString()));
    }
    (void)restrictToOwner(request.path); // a file system without permissions (a FAT stick) has nothing to restrict
    return qint64(request.rows.size());
}

} // namespace dm
