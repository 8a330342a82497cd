#include "sync/ImportCsv.h"

#include "sync/ImportPlanner.h"

namespace dm {

QString ImportCsv::cell(const QString& value)
{
    QString text = value;
    // = + - @ (and a tab or carriage return before them) make a spreadsheet evaluate the cell.
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front())) {
        text.prepend(u'\'');
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

QByteArray ImportCsv::document(const QStringList& header, const QList<QStringList>& rows)
{
    QString text;
    const auto line = [&text](const QStringList& cells) {
        QStringList escaped;
        escaped.reserve(cells.size());
        for (const QString& value : cells) {
            escaped.append(cell(value));
        }
        text += escaped.join(u',') + QStringLiteral("\r\n");
    };
    line(header);
    for (const QStringList& row : rows) {
        line(row);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray ImportCsv::report(const QList<ImportFinding>& findings)
{
    QList<QStringList> rows;
    rows.reserve(findings.size());
    for (const ImportFinding& finding : findings) {
        rows.append({QString::number(finding.row), finding.column, finding.error ? tr("error") : tr("warning"),
                     finding.message});
    }
    return document({tr("Row"), tr("Column"), tr("Severity"), tr("Reason")}, rows);
}

QByteArray ImportCsv::results(const QList<ImportResultRow>& resultRows)
{
    QList<QStringList> rows;
    rows.reserve(resultRows.size());
    for (const ImportResultRow& row : resultRows) {
        rows.append(
            {QString::number(row.row), row.accountName, row.name, ImportPlanner::outcomeName(row.outcome), row.reason});
    }
    return document({tr("Row"), tr("Account"), tr("Name"), tr("Result"), tr("Reason")}, rows);
}

} // namespace dm
