#pragma once

#include "api/ApiError.h"
#include "cli/Commands.h"
#include "core/Expected.h"
#include "store/DbError.h"
#include "sync/OutboxRunner.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace dm {

class Db;
class PlatformClient;

// dm_cli internal: what the policy and login-rule commands share.
namespace policycli {

// The reason on stderr, with the platform's code and request id when there are some; exit code 1.
void failApi(const CommandIo& io, const ApiError& error);
void failStore(const CommandIo& io, const DbError& error);
// A usage error: the message on stderr, exit code 2.
void usage(const CommandIo& io, const QString& message);

// A JSON object read from a file a person wrote; the error names the file and where its JSON breaks.
[[nodiscard]] Expected<QJsonObject, QString> readJsonFile(const QString& path);
// Pretty-printed JSON on stdout.
void printJson(QTextStream& out, const QJsonObject& object);
// --format for commands whose output is one document: json (the default) or table.
[[nodiscard]] Expected<OutputFormat, QString> documentFormat(const QCommandLineParser& parser,
                                                             const AccountOptions& options);
// --expected-version: absent, or a whole number from 0.
[[nodiscard]] Expected<std::optional<qint64>, QString> expectedVersion(const QCommandLineParser& parser,
                                                                       const QCommandLineOption& option);

// Runs the outbox items of `batchId` and hands over their results; the runner belongs to the client, so it lives as
// long as the calls it makes.
void runOutboxBatch(PlatformClient& client, Db& db, const QString& batchId, const CommandIo& io,
                    std::function<void(const QList<OutboxResult>&)> report);
// A fresh batch id for one command's outbox items.
[[nodiscard]] QString newBatchId();

// "Version conflict (POLICY.VERSION.CONFLICT): ..." naming the version the change was based on and the current one.
[[nodiscard]] QString conflictMessage(const QString& code, const QString& document, qint64 mine, qint64 current);

// One versioned change (a policy or login-rule update) queued alone and carried out; `readBack` gets its result and
// reads the document back, then calls reportVersioned().
void applyOne(PlatformClient& client, Db& db, OutboxRequest request, const CommandIo& io,
              std::function<void(const OutboxResult&)> readBack);
// How a versioned change ended, then the exit code: applied at its new version, a conflict naming both versions
// (when the document was read back: `currentVersion`), or the platform's error.
void reportVersioned(const CommandIo& io, const OutboxResult& result, const QString& conflictCode,
                     const QString& document, qint64 expectedVersion, std::optional<qint64> currentVersion);

} // namespace policycli
} // namespace dm
