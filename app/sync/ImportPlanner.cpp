#include "sync/ImportPlanner.h"

#include "core/AddressBasisRules.h"
#include "core/ImportParser.h"
#include "store/AccountRepository.h"
#include "store/Db.h"
#include "sync/OutboxPayload.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace dm {

namespace {

constexpr qint64 kDeletedStatus = static_cast<qint64>(AccountStatus::Deleted);

QString joinedMessages(const QList<ImportFinding>& findings, qsizetype row)
{
    QStringList messages;
    for (const ImportFinding& finding : findings) {
        if (finding.row == row && finding.error) {
            messages.append(finding.column.isEmpty() ? finding.message
                                                     : finding.column + QStringLiteral(": ") + finding.message);
        }
    }
    return messages.join(QStringLiteral("; "));
}

// The account name and recipient name cells of a refused row, for the result report (neither is a personal number).
ImportResultRow rejectedRow(const ImportTable& table, const ImportMapping& mapping, qsizetype row)
{
    ImportResultRow result;
    result.row = row;
    result.outcome = ImportOutcome::Rejected;
    for (const ImportSheetRow& sheetRow : table.rows) {
        if (sheetRow.row != row) {
            continue;
        }
        if (const auto column = mapping.column(ImportField::AccountName)) {
            result.accountName = sheetRow.cells.value(*column).trimmed();
        }
        if (const auto column = mapping.column(ImportField::Name)) {
            result.name = sheetRow.cells.value(*column).trimmed();
        }
        break;
    }
    return result;
}

} // namespace

QList<OutboxRequest> ImportPlan::requests() const
{
    QList<OutboxRequest> requests;
    requests.reserve(toCreate.size());
    for (const ImportEntry& entry : toCreate) {
        OutboxRequest request = outboxpayload::createAccount(entry.account, entry.row.addressBasis());
        request.batchId = batchId;
        request.idempotencyKey = entry.idempotencyKey;
        requests.append(std::move(request));
    }
    for (const ImportRow& row : basisUpdates) {
        OutboxRequest request = outboxpayload::setAddressBasis(row.accountName, row.addressBasis());
        request.batchId = batchId;
        request.idempotencyKey = basisUpdateKey(row);
        requests.append(std::move(request));
    }
    return requests;
}

QString ImportPlan::basisUpdateKey(const ImportRow& row) const
{
    return QStringLiteral("import:") % fileDigest % u':' % row.accountName % QStringLiteral(":basis");
}

Expected<QByteArray, ImportError> ImportPlanner::readFile(const QString& path, const ImportLimits& limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Unexpected(ImportError{ImportError::Reason::CannotOpen, 0, {}, 0, file.errorString()});
    }
    if (file.size() > limits.maxFileBytes) {
        return Unexpected(ImportError{ImportError::Reason::FileTooLarge, 0, {}, limits.maxFileBytes, {}});
    }
    QByteArray data = file.read(limits.maxFileBytes + 1);
    if (data.size() > limits.maxFileBytes) {
        return Unexpected(ImportError{ImportError::Reason::FileTooLarge, 0, {}, limits.maxFileBytes, {}});
    }
    return data;
}

QString ImportPlanner::digest(QByteArrayView data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString ImportPlanner::batchId(const QString& fileDigest)
{
    return QStringLiteral("import-") + fileDigest.left(32);
}

Expected<ImportPlatformIndex, DbError> ImportPlanner::lookup(Db& db, const QList<ImportRow>& rows)
{
    ImportPlatformIndex index;
    QSet<QString> idNumbers;
    QSet<QString> mobiles;
    AccountRepository accounts(db);
    for (const ImportRow& row : rows) {
        if (!row.idNumber.isEmpty()) {
            idNumbers.insert(row.idNumber);
        }
        mobiles.insert(row.mobile);
        if (index.byAccountName.contains(row.accountName)) {
            continue;
        }
        auto found = accounts.get(row.accountName);
        if (!found) {
            return Unexpected(found.error());
        }
        if (*found) {
            const Account& account = (*found)->account;
            index.byAccountName.insert(row.accountName,
                                       {account.name, account.idNumber, account.mobile,
                                        account.status == AccountStatus::Deleted, account.addressBasis});
        }
    }
    if (rows.isEmpty()) {
        return index;
    }
    // Neither column has an index of its own (nothing else searches by them), so one pass over the table serves all
    // rows at once, however many there are.
    auto scan = db.prepare("SELECT account_name, id_number, mobile FROM accounts WHERE status != ?");
    if (!scan) {
        return Unexpected(scan.error());
    }
    scan->bind(1, kDeletedStatus);
    while (true) {
        auto more = scan->step();
        if (!more) {
            return Unexpected(more.error());
        }
        if (!*more) {
            break;
        }
        const QString idNumber = scan->text(1);
        const QString mobile = scan->text(2);
        if (!idNumber.isEmpty() && idNumbers.contains(idNumber)) {
            index.byIdNumber.insert(idNumber, scan->text(0));
        }
        if (mobiles.contains(mobile)) {
            index.byMobile.insert(mobile, scan->text(0));
        }
    }
    return index;
}

std::optional<QString> ImportPlanner::resolveUnit(const QList<Unit>& units, const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty()) {
        return QString();
    }
    for (const Unit& unit : units) {
        if (unit.unitId == wanted) {
            return unit.unitId;
        }
    }
    std::optional<QString> byName;
    for (const Unit& unit : units) {
        if (unit.name.trimmed() == wanted) {
            if (byName) {
                return std::nullopt; // two units of that name: the file must say which by id
            }
            byName = unit.unitId;
        }
    }
    return byName;
}

Expected<ImportPlan, ImportError> ImportPlanner::plan(const ImportTable& table, const ImportOptions& options,
                                                      const Context& context)
{
    const ImportPlatformIndex& index = context.index;
    QSet<qsizetype> alreadyThere;
    ImportOptions checked = options;
    checked.existingOnPlatform = [&index, &alreadyThere](const ImportRow& row) -> std::optional<ImportField> {
        if (const auto found = index.byAccountName.constFind(row.accountName); found != index.byAccountName.cend()) {
            if (!found->deleted && found->name == row.name && found->mobile == row.mobile &&
                found->idNumber == row.idNumber) {
                alreadyThere.insert(row.row);
                return std::nullopt;
            }
            return ImportField::AccountName;
        }
        if (!row.idNumber.isEmpty()) {
            if (const auto owner = index.byIdNumber.constFind(row.idNumber);
                owner != index.byIdNumber.cend() && *owner != row.accountName) {
                return ImportField::IdNumber;
            }
        }
        if (const auto owner = index.byMobile.constFind(row.mobile);
            owner != index.byMobile.cend() && *owner != row.accountName) {
            return ImportField::Mobile;
        }
        return std::nullopt;
    };
    auto report = ImportParser::validate(table, checked);
    if (!report) {
        return Unexpected(report.error());
    }

    ImportPlan plan;
    plan.fileDigest = context.fileDigest;
    plan.batchId = batchId(context.fileDigest);
    for (const ImportIssue& issue : std::as_const(report->issues)) {
        plan.findings.append(ImportFinding{issue.row, issue.columnName, issue.message(), issue.isError()});
    }
    const ImportMapping& mapping = *report->mapping;
    const std::optional<qsizetype> unitColumn = mapping.column(ImportField::Unit);
    const QString unitColumnName = unitColumn ? mapping.columnName(*unitColumn) : QString();
    QSet<qsizetype> unitRejected;
    QList<ImportRow> valid;
    for (const ImportRow& row : std::as_const(report->rows)) {
        const QString unitText = row.unit.isEmpty() ? context.defaultUnit : row.unit;
        const std::optional<QString> unitId = resolveUnit(context.units, unitText);
        if (!unitId) {
            unitRejected.insert(row.row);
            plan.findings.append(ImportFinding{
                row.row, row.unit.isEmpty() ? QString() : unitColumnName,
                tr("No unit, or more than one, has this name or id; create the unit first or use its id."), true});
            continue;
        }
        ImportRow resolved = row;
        resolved.unit = *unitId;
        if (alreadyThere.contains(row.row)) {
            plan.existing.append(resolved);
            // The file is what the court holds: a basis it gives that the platform does not have yet is recorded.
            const std::optional<AddressBasis> basis = row.addressBasis();
            if (basis && !AddressBasisRules::same(basis, index.byAccountName.value(row.accountName).addressBasis)) {
                plan.basisUpdates.append(resolved);
            }
            continue;
        }
        ImportEntry entry;
        entry.row = resolved;
        entry.account.accountName = row.accountName;
        entry.account.name = row.name;
        entry.account.mobile = row.mobile;
        entry.account.idNumber = row.idNumber;
        entry.account.jobNumber = row.caseNumber;
        entry.account.unitId = *unitId;
        entry.account.passChangeFirstLogin = context.passChangeFirstLogin;
        // The same file and row always give the same key: enqueueing a resumed run again yields the existing item.
        entry.idempotencyKey = QStringLiteral("import:") % context.fileDigest % u':' % row.accountName;
        plan.toCreate.append(std::move(entry));
    }
    std::stable_sort(plan.findings.begin(), plan.findings.end(),
                     [](const ImportFinding& a, const ImportFinding& b) { return a.row < b.row; });

    // Rows refused by the parser are the ones it counted but did not return.
    QSet<qsizetype> validRows;
    for (const ImportRow& row : std::as_const(report->rows)) {
        validRows.insert(row.row);
    }
    QSet<qsizetype> seen;
    for (const ImportFinding& finding : std::as_const(plan.findings)) {
        if (!finding.error || seen.contains(finding.row) ||
            (validRows.contains(finding.row) && !unitRejected.contains(finding.row))) {
            continue;
        }
        seen.insert(finding.row);
        ImportResultRow rejected = rejectedRow(table, mapping, finding.row);
        rejected.reason = joinedMessages(plan.findings, finding.row);
        plan.rejected.append(rejected);
    }
    plan.rejectedRows = plan.rejected.size();
    plan.report = std::move(*report);
    return plan;
}

} // namespace dm
