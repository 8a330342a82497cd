#include "cli/PolicySupport.h"

#include "api/PlatformClient.h"
#include "store/Outbox.h"
#include "sync/OutboxRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

namespace dm::policycli {

namespace {

// A policy or rule file is small; anything much larger is a mistake (a log, a binary) and is not read whole.
constexpr qint64 kMaxFileBytes = 1024 * 1024;

} // namespace

void failApi(const CommandIo& io, const ApiError& error)
{
    io.err << error.message();
    if (!error.platformMessage.isEmpty()) {
        io.err << " [" << error.platformCode << ' ' << error.platformMessage << ']';
    }
    if (!error.requestId.isEmpty()) {
        io.err << " (request " << error.requestId << ')';
    }
    io.err << Qt::endl;
    io.finish(1);
}

void failStore(const CommandIo& io, const DbError& error)
{
    io.err << error.message() << Qt::endl;
    io.finish(1);
}

void usage(const CommandIo& io, const QString& message)
{
    io.err << message << Qt::endl;
    io.finish(2);
}

Expected<QJsonObject, QString> readJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Unexpected{CliText::tr("%1: cannot be read (%2).").arg(path, file.errorString())};
    }
    if (file.size() > kMaxFileBytes) {
        return Unexpected{CliText::tr("%1: too large for a policy or rule file (over 1 MB).").arg(path)};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        return Unexpected{
            CliText::tr("%1: not valid JSON at byte %2 (%3).").arg(path).arg(error.offset).arg(error.errorString())};
    }
    if (!document.isObject()) {
        return Unexpected{CliText::tr("%1: must hold one JSON object.").arg(path)};
    }
    return document.object();
}

void printJson(QTextStream& out, const QJsonObject& object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

Expected<OutputFormat, QString> documentFormat(const QCommandLineParser& parser, const AccountOptions& options)
{
    if (!parser.isSet(options.format) || parser.value(options.format) == QLatin1String("json")) {
        return OutputFormat::Json;
    }
    if (parser.value(options.format) == QLatin1String("table")) {
        return OutputFormat::Table;
    }
    return Unexpected{CliText::tr("--format must be json or table.")};
}

Expected<std::optional<qint64>, QString> expectedVersion(const QCommandLineParser& parser,
                                                         const QCommandLineOption& option)
{
    if (!parser.isSet(option)) {
        return std::optional<qint64>{};
    }
    bool ok = false;
    const qint64 version = parser.value(option).toLongLong(&ok);
    if (!ok || version < 0 || version > 2147483647) {
        return Unexpected{CliText::tr("--expected-version must be a whole number from 0 to 2147483647.")};
    }
    return std::optional<qint64>(version);
}

void runOutboxBatch(PlatformClient& client, Db& db, const QString& batchId, const CommandIo& io,
                    std::function<void(const QList<OutboxResult>&)> report)
{
    auto* runner = new OutboxRunner(db, client, &client);
    QObject::connect(runner, &OutboxRunner::finished, runner, [runner, io, report = std::move(report)](bool) {
        runner->deleteLater();
        if (runner->storeError()) {
            return failStore(io, *runner->storeError());
        }
        report(runner->results());
    });
    runner->start(batchId);
}

void applyOne(PlatformClient& client, Db& db, OutboxRequest request, const CommandIo& io,
              std::function<void(const OutboxResult&)> readBack)
{
    request.batchId = newBatchId();
    if (auto queued = Outbox(db).enqueue(request); !queued) {
        return failStore(io, queued.error());
    }
    runOutboxBatch(
        client, db, request.batchId, io, [io, readBack = std::move(readBack)](const QList<OutboxResult>& results) {
            if (results.isEmpty()) {
                io.err << CliText::tr("The change was queued but not sent; run `dmctl accounts resume`.") << Qt::endl;
                return io.finish(1);
            }
            readBack(results.constFirst());
        });
}

void reportVersioned(const CommandIo& io, const OutboxResult& result, const QString& conflictCode,
                     const QString& document, qint64 expectedVersion, std::optional<qint64> currentVersion)
{
    if (result.state == OutboxState::Done) {
        io.out << CliText::tr("Applied: %1 is now at version %2.")
                      .arg(document)
                      .arg(result.outcome.value(QStringLiteral("version")).toInteger())
               << Qt::endl;
        return io.finish(0);
    }
    if (result.errorCode == conflictCode && currentVersion) {
        io.err << conflictMessage(conflictCode, document, expectedVersion, *currentVersion) << Qt::endl;
    } else {
        io.err << result.errorMessage << " [" << result.errorCode << ']' << Qt::endl;
    }
    io.finish(1);
}

QString newBatchId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString conflictMessage(const QString& code, const QString& document, qint64 mine, qint64 current)
{
    return CliText::tr("Version conflict (%1): the change was based on version %2 of %3, but the platform's document "
                       "is now at version %4. Nothing was changed; read it again and reapply the change.")
        .arg(code, QString::number(mine), document, QString::number(current));
}

} // namespace dm::policycli
