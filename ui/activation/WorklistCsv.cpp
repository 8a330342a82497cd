#include "ui/activation/WorklistCsv.h"

#include "core/OwnerOnlyFile.h"
#include "export/CsvFormat.h"
#include "store/ActivationRepository.h"
#include "store/AuditLedger.h"
#include "store/Db.h"
#include "ui/activation/OverdueWorklistModel.h"

#include <QFileInfo>
#include <QSaveFile>

#include <array>

namespace dm {

namespace {

// The table's columns but the queued action, which says something about this client's outbox, not the recipient.
constexpr std::array kColumns{
    OverdueWorklistModel::AccountColumn,   OverdueWorklistModel::NameColumn,        OverdueWorklistModel::MobileColumn,
    OverdueWorklistModel::UnitColumn,      OverdueWorklistModel::CreatedColumn,     OverdueWorklistModel::LastSmsColumn,
    OverdueWorklistModel::RemindersColumn, OverdueWorklistModel::DaysWaitingColumn, OverdueWorklistModel::StateColumn,
};

QString rangeText(const WaitRange& range)
{
    return range.maxDays ? QStringLiteral("%1-%2").arg(range.minDays).arg(*range.maxDays)
                         : QStringLiteral("%1+").arg(range.minDays);
}

} // namespace

// The one CSV dialect of this client's exports (export/CsvFormat.h), shared with the log exports.
QString WorklistCsv::formulaSafe(const QString& cell)
{
    return CsvFormat::formulaSafe(cell);
}

QString WorklistCsv::line(const QStringList& cells)
{
    return CsvFormat::line(cells);
}

Expected<WorklistCsv::Written, QString> WorklistCsv::write(Db& db, const QString& path, const ActivationFilter& filter,
                                                           const WaitRange& range, qint64 nowMs)
{
    const QString fileName = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Unexpected(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    }
    // Names and masked numbers of people: the owner's alone, from the temporary file on (QSaveFile would give it the
    // umask's mode).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QStringList header;
    for (const auto column : kColumns) {
        header.append(OverdueWorklistModel::headerText(column));
    }
    file.write(CsvFormat::kBom.data(), CsvFormat::kBom.size());
    file.write(line(header).toUtf8());

    QStringList cells;
    auto rows = ActivationRepository(db).forEach(filter, range, nowMs, [&file, &cells, nowMs](const OverdueRow& row) {
        cells.clear();
        for (const auto column : kColumns) {
            cells.append(OverdueWorklistModel::cellText(row, column, nowMs));
        }
        return file.write(line(cells).toUtf8()) >= 0;
    });
    if (!rows) {
        file.cancelWriting();
        return Unexpected(rows.error().message());
    }

    // The ledger entry first: an export the ledger does not know of must not reach the disk.
    AuditEntry entry;
    entry.operatorName = AuditLedger::currentOperator();
    entry.action = QStringLiteral("exportWorklist");
    entry.target = fileName;
    entry.result = QStringLiteral("ok");
    entry.detail = QStringLiteral("rows=%1 unit=%2%3 waitingDays=%4")
                       .arg(*rows)
                       .arg(filter.unitId.isEmpty() ? QStringLiteral("all") : filter.unitId,
                            filter.includeSubUnits ? QStringLiteral("+sub") : QString(), rangeText(range));
    if (auto appended = AuditLedger(db).append(entry); !appended) {
        file.cancelWriting();
        return Unexpected(appended.error().message());
    }
    if (!file.commit()) {
        // The ledger is append-only: the entry above stays, and this one says the file never arrived.
        entry.result = QStringLiteral("failed:write");
        (void)AuditLedger(db).append(entry);
        return Unexpected(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    }
    (void)restrictToOwner(path); // the access list, where the system has one (Windows)
    return Written{*rows, fileName};
}

} // namespace dm
