#pragma once

#include "core/Account.h"

#include <QStringList>
#include <QTextStream>

namespace dm {

enum class OutputFormat
{
    Table,
    Json,
    Csv,
};

// Prints accounts for people (an aligned table) or scripts (JSON lines, CSV). ID numbers and mobiles are masked.
// CSV cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
void printAccounts(QTextStream& out, const QList<Account>& accounts, OutputFormat format, bool withHeader);
// Rows of text cells under `header`: an aligned table, JSON lines keyed by the header, or formula-safe CSV.
void printRows(QTextStream& out, const QStringList& header, const QList<QStringList>& rows, OutputFormat format,
               bool withHeader);
// One account as "field: value" lines.
void printAccountDetails(QTextStream& out, const Account& account);

} // namespace dm
