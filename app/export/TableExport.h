#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dm {

class Db;

// A small table the user saves as CSV (the drift findings, for one), recorded in the audit ledger like every export:
// the entry (action, file name, rows, SHA-256) is written before the file gets its name, so no exported file exists
// that the ledger does not know of. For tables of a few thousand rows at most, written in one go.
struct TableExportRequest
{
    QString path;
    QString action; // the ledger's action, e.g. exportPolicyDrift
    QStringList header;
    QList<QStringList> rows;
    QString operatorName; // empty: the OS user
};

class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    // The rows written.
    [[nodiscard]] static Expected<qint64, QString> write(Db& db, const TableExportRequest& request);
};

} // namespace dm
