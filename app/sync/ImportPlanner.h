#pragma once

#include "core/Account.h"
#include "core/Expected.h"
#include "core/ImportError.h"
#include "core/ImportOptions.h"
#include "core/ImportTable.h"
#include "store/DbError.h"
#include "store/Outbox.h"
#include "sync/ImportPlan.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dm {

class Db;

// Turns a read import file into a plan against what the cache knows, the same way for the wizard and for dmctl:
//   1. ImportParser::validate(table, options) gives the candidate rows;
//   2. lookup(db, candidates) finds cached accounts that share a name, ID number or mobile with them (sync the
//      accounts stream first, so that the cache is the platform);
//   3. plan() validates again with that knowledge and resolves units.
// A row whose account already exists exactly as the row describes it is "existing", not rejected: running the same
// file twice creates nothing new and reports no error for those rows.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)

public:
    struct Context
    {
        QString fileDigest; // digest() of the file's bytes
        ImportPlatformIndex index;
        QList<Unit> units;
        QString defaultUnit;          // a unit id or name for rows that name none; "" for the root unit
        int passChangeFirstLogin = 1; // the platform's first-login password change setting for new accounts
    };

    // The file's bytes, refused above limits.maxFileBytes before they are read.
    [[nodiscard]] static Expected<QByteArray, ImportError> readFile(const QString& path, const ImportLimits& limits);
    [[nodiscard]] static QString digest(QByteArrayView data);
    // The outbox batch of a file: the same file always maps to the same batch, so a rerun resumes it.
    [[nodiscard]] static QString batchId(const QString& fileDigest);

    [[nodiscard]] static Expected<ImportPlatformIndex, DbError> lookup(Db& db, const QList<ImportRow>& rows);
    // The id of the unit `text` names (an id, else a unique name); nullopt when it names none or several.
    [[nodiscard]] static std::optional<QString> resolveUnit(const QList<Unit>& units, const QString& text);

    [[nodiscard]] static Expected<ImportPlan, ImportError> plan(const ImportTable& table, const ImportOptions& options,
                                                                const Context& context);

    // What became of every row once the batch ran: `batchItems` are the outbox items of plan.batchId in their
    // final states (Outbox::list). Rows in file order.
    [[nodiscard]] static QList<ImportResultRow> results(const ImportPlan& plan, const QList<OutboxItem>& batchItems);
    // Every item of the batch in its current state, oldest first.
    [[nodiscard]] static Expected<QList<OutboxItem>, DbError> batchItems(Outbox& outbox, const QString& batchId);
    // Puts the plan's rows in the outbox (again after a crash: the idempotency keys give back the existing items),
    // retries the rows that failed last time, then cancels pending items the file no longer asks for (a row that
    // exists by now is not sent again). The ids of the items this run is to carry out.
    [[nodiscard]] static Expected<QList<qint64>, DbError> queue(Db& db, const ImportPlan& plan);
    [[nodiscard]] static QString outcomeName(ImportOutcome outcome);

private:
    // What an item's state means for its row: true when done; else the outcome Failed and the reason.
    [[nodiscard]] static bool describeItem(const OutboxItem* item, ImportResultRow& result);
};

} // namespace dm
