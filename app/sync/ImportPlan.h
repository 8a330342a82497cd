#pragma once

#include "api/AccountService.h"
#include "core/Account.h"
#include "core/ImportReport.h"
#include "core/ImportRow.h"
#include "store/Outbox.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace dm {

// A finding about one row, for the report a person reads: the parser's issues plus what only the cache can tell
// (unknown units). Never quotes a cell: IDs and mobiles are PII.
struct ImportFinding
{
    qsizetype row = 0;
    QString column; // the column's header or letter; empty when the finding is about the whole row
    QString message;
    bool error = true; // false: a warning, the row is still imported
};

// A valid row ready to be sent, with the key that makes a second enqueue of it (a resumed run) harmless.
struct ImportEntry
{
    ImportRow row;
    NewAccount account;
    QString idempotencyKey;
};

// What the cache knows about accounts that share a value with the file's rows (see ImportPlanner::lookup).
struct ImportPlatformIndex
{
    struct Existing
    {
        QString name;
        QString idNumber;
        QString mobile;
        bool deleted = false;
        std::optional<AddressBasis> addressBasis;
    };
    QHash<QString, Existing> byAccountName; // every status: a deleted account keeps its name
    QHash<QString, QString> byIdNumber;     // ID number -> account name, deleted accounts left out
    QHash<QString, QString> byMobile;       // mobile -> account name, deleted accounts left out
};

// What became of one row, for the result export and dmctl's summary.
enum class ImportOutcome
{
    Created,
    Existing, // skipped: the account was already there (an earlier run, or created by hand)
    Failed,   // the platform refused or could not be reached; reason says why
    Rejected, // validation refused the row; nothing was sent
};

struct ImportResultRow
{
    qsizetype row = 0;
    QString accountName;
    QString name;
    ImportOutcome outcome = ImportOutcome::Created;
    QString reason;
};

// Everything an import run needs: what to create, what already exists, and why the other rows were refused.
struct ImportPlan
{
    QString fileDigest; // SHA-256 of the file's bytes, hex
    QString batchId;    // derived from the digest, so a second run of the same file finds the first one's batch
    ImportReport report;
    QList<ImportEntry> toCreate;
    QList<ImportRow> existing; // the account exists exactly as the row describes it: nothing to create
    // Rows of `existing` that give an address basis the cache does not show for the account: it is recorded.
    QList<ImportRow> basisUpdates;
    QList<ImportFinding> findings;   // in row order
    QList<ImportResultRow> rejected; // one per rejected row, its reasons joined
    qsizetype rejectedRows = 0;

    [[nodiscard]] bool hasRejections() const { return rejectedRows > 0; }
    // Create requests, one per entry (with its row's address basis), then one setAddressBasis per basis update, all
    // in batchId.
    [[nodiscard]] QList<OutboxRequest> requests() const;
    // The idempotency key of a basis update's request.
    [[nodiscard]] QString basisUpdateKey(const ImportRow& row) const;
};

} // namespace dm
