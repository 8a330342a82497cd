#include "cli/Output.h"

#include "core/Masking.h"
#include "export/CsvFormat.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace dm {
namespace {

QString time(const std::optional<qint64>& ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms).toString(Qt::ISODate) : QString();
}

QStringList columns()
{
    return {QStringLiteral("account"),  QStringLiteral("name"),       QStringLiteral("mobile"),
            QStringLiteral("idNumber"), QStringLiteral("caseNumber"), QStringLiteral("unit"),
            QStringLiteral("status"),   QStringLiteral("activation"), QStringLiteral("created")};
}

QStringList cells(const Account& account)
{
    return {account.accountName,        account.name,
            maskMobile(account.mobile), account.idNumber.isEmpty() ? QString() : maskIdNumber(account.idNumber),
            account.jobNumber,          account.unitId,
            toString(account.status),   toString(account.activation.state),
            time(account.createdAt)};
}

// Display width: CJK characters take two columns in a terminal.
int width(const QString& text)
{
    int columns = 0;
    for (const QChar c : text) {
        columns += c.unicode() >= 0x1100 ? 2 : 1;
    }
    return columns;
}

} // namespace

void printRows(QTextStream& out, const QStringList& header, const QList<QStringList>& rows, OutputFormat format,
               bool withHeader)
{
    switch (format) {
    case OutputFormat::Json:
        for (const QStringList& values : rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < header.size(); ++i) {
                object.insert(header.at(i), values.value(i));
            }
            out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        }
        break;
    case OutputFormat::Csv:
        if (withHeader) {
            out << CsvFormat::line(header);
        }
        for (const QStringList& values : rows) {
            out << CsvFormat::line(values);
        }
        break;
    case OutputFormat::Table: {
        QList<QStringList> lines;
        if (withHeader) {
            lines << header;
        }
        lines << rows;
        QList<int> widths(header.size(), 0);
        for (const QStringList& row : std::as_const(lines)) {
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
                widths[i] = std::max(widths[i], width(row.at(i)));
            }
        }
        for (const QStringList& row : std::as_const(lines)) {
            QString line;
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
                line += row.at(i) + QString(widths.at(i) - width(row.at(i)) + 2, QLatin1Char(' '));
            }
            out << line.trimmed() << '\n';
        }
        break;
    }
    }
    out.flush();
}

void printAccounts(QTextStream& out, const QList<Account>& accounts, OutputFormat format, bool withHeader)
{
    QList<QStringList> rows;
    for (const Account& account : accounts) {
        rows << cells(account);
    }
    printRows(out, columns(), rows, format, withHeader);
}

void printAccountDetails(QTextStream& out, const Account& account)
{
    const QStringList header = columns();
    const QStringList values = cells(account);
    for (qsizetype i = 0; i < header.size(); ++i) {
        out << header.at(i) << ": " << values.at(i) << '\n';
    }
    out << "address: " << account.address << '\n';
    out << "smsSent: " << time(account.activation.smsSentAt) << '\n';
    out << "firstLogin: " << time(account.activation.firstLoginAt) << '\n';
    out << "activated: " << time(account.activation.activatedAt) << '\n';
    out << "reminders: " << account.activation.reminderCount << '\n';
    out.flush();
}

} // namespace dm
