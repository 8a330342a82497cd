#include "cli/LogsCommand.h"

#include "store/AuditLedger.h"
#include "store/LogRepository.h"

#include <QDateTime>

#include <optional>

namespace dm {

namespace {

constexpr int kPageSize = 1000;
constexpr int kMaxRows = 1'000'000;

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Local time, as a person types it: a date (its midnight) or a date and time.
std::optional<qint64> parseTime(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid()) {
        return date.startOfDay().toMSecsSinceEpoch();
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
}

struct Query
{
    LogExportQuery filters;
    LogPageRequest page;
    int limit = 100;
    OutputFormat format = OutputFormat::Table;
};

QString typeName(LogKind kind)
{
    switch (kind) {
    case LogKind::Operations:
        return QStringLiteral("operation");
    case LogKind::Logins:
        return QStringLiteral("login");
    case LogKind::Mails:
        return QStringLiteral("mail");
    }
    return {};
}

template <typename T, typename Parse>
bool parseEnum(const QCommandLineParser& parser, const QCommandLineOption& option, Parse parse,
               std::optional<T>& target, QString& error)
{
    if (!parser.isSet(option)) {
        return true;
    }
    target = parse(parser.value(option));
    if (!target) {
        error = CliText::tr("--%1 does not accept %2.").arg(option.names().constFirst(), parser.value(option));
        return false;
    }
    return true;
}

Expected<Query, QString> parseQuery(const QStringList& arguments, const QCommandLineParser& parser,
                                    const LogOptions& options, const AccountOptions& shared)
{
    if (arguments.value(0) != QLatin1String("search") || arguments.size() != 1) {
        return Unexpected(CliText::tr("Usage: dmctl logs search|export --type login|mail|operation [filters]"));
    }
    auto filters = parseLogFilters(parser, options, shared);
    if (!filters) {
        return Unexpected(filters.error());
    }
    Query query;
    query.filters = *filters;
    query.page.range = filters->range;
    if (parser.isSet(shared.limit)) {
        bool ok = false;
        query.limit = parser.value(shared.limit).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > kMaxRows) {
            return Unexpected(CliText::tr("--limit expects a number from 1 to %1.").arg(kMaxRows));
        }
    }
    const QString format = parser.value(shared.format);
    if (format == QLatin1String("json")) {
        query.format = OutputFormat::Json;
    } else if (format == QLatin1String("csv")) {
        query.format = OutputFormat::Csv;
    } else if (format != QLatin1String("table")) {
        return Unexpected(CliText::tr("--format must be table, json or csv."));
    }
    return query;
}

} // namespace

Expected<LogExportQuery, QString> parseLogFilters(const QCommandLineParser& parser, const LogOptions& options,
                                                  const AccountOptions& shared)
{
    LogExportQuery query;
    const QString type = parser.value(options.type);
    if (type == QLatin1String("operation")) {
        query.kind = LogKind::Operations;
    } else if (type == QLatin1String("login")) {
        query.kind = LogKind::Logins;
    } else if (type == QLatin1String("mail")) {
        query.kind = LogKind::Mails;
    } else {
        return Unexpected(CliText::tr("--type must be login, mail or operation."));
    }
    for (const auto* option : {&options.from, &options.to}) {
        if (!parser.isSet(*option)) {
            continue;
        }
        const auto ms = parseTime(parser.value(*option));
        if (!ms) {
            return Unexpected(CliText::tr("--%1 expects a local date or time such as 2026-10-01 or 2026-10-01T08:00.")
                                  .arg(option->names().constFirst()));
        }
        (option == &options.from ? query.range.fromMs : query.range.toMs) = *ms;
    }

    QString error;
    if (query.kind == LogKind::Operations) {
        query.operations.operatorAddress = parser.value(options.operatorAddress);
        query.operations.action = parser.value(options.action);
        query.operations.target = parser.value(options.target);
        if (!parseEnum(parser, shared.status, logResultFromString, query.operations.result, error)) {
            return Unexpected(error);
        }
    } else if (query.kind == LogKind::Logins) {
        query.logins.accountName = parser.value(shared.account);
        query.logins.province = parser.value(options.province);
        query.logins.ipPrefix = parser.value(options.ip);
        if (parser.isSet(options.abnormal)) {
            query.logins.abnormal = true;
        }
        if (!parseEnum(parser, shared.status, logResultFromString, query.logins.result, error) ||
            !parseEnum(parser, options.method, loginMethodFromString, query.logins.method, error)) {
            return Unexpected(error);
        }
    } else {
        query.mails.subject = parser.value(options.subject);
        query.mails.sender = parser.value(options.sender);
        query.mails.recipient = parser.value(options.recipient);
        if (!parseEnum(parser, shared.status, mailStatusFromString, query.mails.status, error) ||
            !parseEnum(parser, options.direction, mailDirectionFromString, query.mails.direction, error)) {
            return Unexpected(error);
        }
        if (parser.isSet(options.read)) {
            const QString read = parser.value(options.read);
            if (read != QLatin1String("yes") && read != QLatin1String("no")) {
                return Unexpected(CliText::tr("--read must be yes or no."));
            }
            query.mails.read = read == QLatin1String("yes");
        }
    }
    return query;
}

namespace {

QStringList cells(const OperationRecord& row)
{
    return {when(row.time), row.operatorAddress, row.action, row.target, toString(row.result), row.remark, row.ip};
}

QStringList cells(const LoginRecord& row)
{
    return {when(row.time),
            row.accountName,
            toString(row.method),
            row.ip,
            row.province,
            row.city,
            toString(row.result),
            row.abnormal ? QStringLiteral("yes") : QStringLiteral("no"),
            row.failReason ? toString(*row.failReason) : QString()};
}

QStringList cells(const MailRecord& row)
{
    return {when(row.time),
            toString(row.direction),
            row.subject,
            row.sender,
            row.recipient,
            toString(row.status),
            row.readAt ? when(*row.readAt) : QString(),
            row.readClient ? toString(*row.readClient) : QString(),
            row.messageId};
}

// Pages through the cache newest first until `limit` rows; every page is a keyset page, so a deep one costs what
// the first does.
template <typename Record, typename Fetch>
Expected<QList<QStringList>, DbError> collect(LogPageRequest page, int limit, Fetch fetch)
{
    QList<QStringList> rows;
    while (rows.size() < limit) {
        page.limit = std::min(kPageSize, limit - int(rows.size()));
        auto records = fetch(page);
        if (!records) {
            return Unexpected(records.error());
        }
        for (const Record& record : std::as_const(*records)) {
            rows.append(cells(record));
        }
        if (records->size() < page.limit) {
            break;
        }
        page.after = LogPosition{records->constLast().time, records->constLast().id};
    }
    return rows;
}

} // namespace

void runLogs(Db& db, const QStringList& arguments, const QCommandLineParser& parser, const LogOptions& options,
             const AccountOptions& shared, const LogExportContext& context, const CommandIo& io)
{
    if (arguments.value(0) == QLatin1String("export")) {
        runLogsExport(db, arguments, parser, options, shared, context, io);
        return;
    }
    auto query = parseQuery(arguments, parser, options, shared);
    if (!query) {
        io.err << query.error() << Qt::endl;
        io.finish(2);
        return;
    }
    LogRepository logs(db);
    QStringList header;
    Expected<QList<QStringList>, DbError> rows = QList<QStringList>();
    const LogExportQuery& filters = query->filters;
    if (filters.kind == LogKind::Operations) {
        header = {QStringLiteral("time"),   QStringLiteral("operator"), QStringLiteral("action"),
                  QStringLiteral("target"), QStringLiteral("result"),   QStringLiteral("remark"),
                  QStringLiteral("ip")};
        rows = collect<OperationRecord>(query->page, query->limit, [&](const LogPageRequest& page) {
            return logs.operations(filters.operations, page);
        });
    } else if (filters.kind == LogKind::Logins) {
        header = {QStringLiteral("time"),   QStringLiteral("account"),  QStringLiteral("method"),
                  QStringLiteral("ip"),     QStringLiteral("province"), QStringLiteral("city"),
                  QStringLiteral("result"), QStringLiteral("abnormal"), QStringLiteral("failReason")};
        rows = collect<LoginRecord>(query->page, query->limit,
                                    [&](const LogPageRequest& page) { return logs.logins(filters.logins, page); });
    } else {
        header = {QStringLiteral("time"),   QStringLiteral("direction"),  QStringLiteral("subject"),
                  QStringLiteral("sender"), QStringLiteral("recipient"),  QStringLiteral("status"),
                  QStringLiteral("readAt"), QStringLiteral("readClient"), QStringLiteral("messageId")};
        rows = collect<MailRecord>(query->page, query->limit,
                                   [&](const LogPageRequest& page) { return logs.mails(filters.mails, page); });
    }
    if (!rows) {
        io.err << rows.error().message() << Qt::endl;
        io.finish(1);
        return;
    }
    if (query->format != OutputFormat::Table) {
        // Machine-readable output leaves the cache as a file would: the ledger records who took what.
        AuditEntry entry;
        entry.operatorName = AuditLedger::currentOperator();
        entry.action = QStringLiteral("exportLogs");
        entry.target = typeName(filters.kind);
        entry.result = QStringLiteral("ok");
        entry.detail = QStringLiteral("%1 rows as %2").arg(rows->size()).arg(parser.value(shared.format));
        if (auto recorded = AuditLedger(db).append(entry); !recorded) {
            io.err << recorded.error().message() << Qt::endl;
            io.finish(1);
            return;
        }
    }
    printRows(io.out, header, *rows, query->format, true);
    if (query->format == OutputFormat::Table) {
        io.err << CliText::tr("%n row(s) from the local cache", nullptr, int(rows->size())) << Qt::endl;
    }
    io.finish(0);
}

} // namespace dm
