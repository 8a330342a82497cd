#pragma once

#include "core/Expected.h"
#include "store/ActivationQuery.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dm {

class Db;

// The overdue worklist as a CSV file for follow-up calls: UTF-8 with a BOM (so spreadsheet programs pick the right
// encoding), CRLF lines, mobiles masked, and every cell a spreadsheet would run as a formula made inert.
class WorklistCsv
{
    Q_DECLARE_TR_FUNCTIONS(WorklistCsv)

public:
    struct Written
    {
        qint64 rows = 0;
        QString fileName; // without the folder, for the audit ledger
    };

    // Writes every row of the worklist for `filter` and `range` to `path` (atomically: a failed export leaves no
    // partial file) and records an "exportWorklist" entry in the audit ledger. Runs in the cache's worker thread.
    [[nodiscard]] static Expected<Written, QString> write(Db& db, const QString& path, const ActivationFilter& filter,
                                                          const WaitRange& range, qint64 nowMs);

    // One CSV line (with its CRLF) of text cells, each quoted when needed and made formula-safe.
    [[nodiscard]] static QString line(const QStringList& cells);
    // A cell starting with = + - @ (or a tab or carriage return) gets a leading apostrophe.
    [[nodiscard]] static QString formulaSafe(const QString& cell);
};

} // namespace dm
