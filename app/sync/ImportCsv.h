#pragma once

#include "sync/ImportPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dm {

// The files an import hands back to people: the validation report and the result report. UTF-8 with a byte order
// mark (Excel on Chinese Windows opens it correctly), CRLF, and every cell a spreadsheet would run as a formula
// prefixed with an apostrophe. Neither file ever holds an ID number, a mobile or a password.
class ImportCsv
{
    Q_DECLARE_TR_FUNCTIONS(ImportCsv)

public:
    [[nodiscard]] static QByteArray report(const QList<ImportFinding>& findings);
    [[nodiscard]] static QByteArray results(const QList<ImportResultRow>& rows);
    [[nodiscard]] static QString cell(const QString& value);
    [[nodiscard]] static QByteArray document(const QStringList& header, const QList<QStringList>& rows);
};

} // namespace dm
