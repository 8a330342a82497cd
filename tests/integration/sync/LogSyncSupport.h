// What the log stream tests share: a sandbox with a client, a cache file, one pass run to its single answer.
#pragma once

#include "../client/ServiceTestSupport.h"
#include "store/Db.h"
#include "store/DbWriter.h"
#include "store/LogRepository.h"
#include "store/Schema.h"
#include "sync/LogSync.h"

#include <QTest>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dm::logsynctest {

using servicetest::describe;
using servicetest::kDay;
using servicetest::kEpoch;

using StreamResult = Expected<StreamReport, SyncError>;

struct RunOutcome
{
    std::optional<StreamResult> result;
    qint64 rowsDone = 0;
    qint64 rowsExpected = -1;
    int answers = 0;
};

// Runs one pass (or verify) and waits for its single answer. `onProgress` may cancel or destroy the stream; then
// `stopWaiting` tells the wait to end without an answer.
inline RunOutcome runStream(SyncStream& stream, bool verifyOnly = false,
                            std::function<void(SyncStream&, qint64)> onProgress = {}, bool* stopWaiting = nullptr)
{
    auto outcome = std::make_shared<RunOutcome>();
    const auto done = [outcome](const StreamResult& answer) {
        ++outcome->answers;
        outcome->result.emplace(answer);
    };
    if (verifyOnly) {
        stream.verify(done);
    } else {
        stream.run(
            [outcome, &stream, onProgress](qint64 rowsDone, qint64 rowsExpected) {
                outcome->rowsDone = rowsDone;
                outcome->rowsExpected = rowsExpected;
                if (onProgress) {
                    onProgress(stream, rowsDone);
                }
            },
            done);
    }
    (void)QTest::qWaitFor([&] { return outcome->result.has_value() || (stopWaiting && *stopWaiting); }, 300000);
    QTest::qWait(0);
    return *outcome;
}

inline QString describeOutcome(const RunOutcome& outcome)
{
    if (!outcome.result) {
        return QStringLiteral("no answer");
    }
    if (!*outcome.result) {
        return outcome.result->error().message() + QLatin1Char(' ') +
               (std::holds_alternative<ApiError>(outcome.result->error().cause)
                    ? describe(std::get<ApiError>(outcome.result->error().cause))
                    : QString());
    }
    QStringList gaps;
    for (const CountCheck& check : outcome.result->value().checks) {
        if (!check.matches()) {
            gaps << QStringLiteral("%1: local %2, platform %3").arg(check.scope).arg(check.local).arg(check.platform);
        }
    }
    return gaps.isEmpty() ? QStringLiteral("ok") : gaps.join(QLatin1String("; "));
}

inline bool allMatch(const RunOutcome& outcome)
{
    if (!outcome.result || !*outcome.result) {
        return false;
    }
    for (const CountCheck& check : outcome.result->value().checks) {
        if (!check.matches()) {
            return false;
        }
    }
    return true;
}

// A sandbox process plus a PlatformClient for it; restartable on the same data dir (the port may change, so the
// client is rebuilt, as an application restart would).
class Platform
{
public:
    explicit Platform(const QString& dataDir)
        : m_sandbox(dataDir)
    {}

    [[nodiscard]] bool start(const QStringList& arguments)
    {
        m_client.reset();
        const QJsonObject connection = m_sandbox.start(arguments);
        if (connection.isEmpty() || !m_sandbox.authenticate()) {
            return false;
        }
        ConnectionSettings settings;
        settings.baseUrl = QUrl(connection.value(QStringLiteral("baseUrl")).toString());
        settings.appId = connection.value(QStringLiteral("appId")).toString();
        settings.orgOpenId = connection.value(QStringLiteral("orgOpenId")).toString();
        settings.domain = connection.value(QStringLiteral("domain")).toString();
        settings.pinnedKeys = {connection.value(QStringLiteral("spkiSha256")).toString().toLatin1()};
        settings.requestsPerSecond = 0;
        settings.maxInFlight = 4;
        settings.transferTimeout = std::chrono::seconds(10);
        const QByteArray authCode = connection.value(QStringLiteral("authCode")).toString().toUtf8();
        m_client = std::make_unique<PlatformClient>(settings, [authCode](auto done) { done(authCode); });
        RetryPolicy patient;
        patient.maxAttempts = 10;
        patient.base = std::chrono::milliseconds(10);
        patient.cap = std::chrono::milliseconds(200);
        m_client->setRetryPolicy(patient);
        return true;
    }

    // The `tokens` fault invalidates the fixture's own token too: acquire a new one when the call is refused.
    [[nodiscard]] bool setFaults(const QString& spec)
    {
        // The fault plan may still be in a -422 burst (seconds long) when the fixture needs a new token: wait it out.
        for (int attempt = 0; attempt < 20; ++attempt) {
            const auto reply = m_sandbox.call(QStringLiteral("/sandbox/faults/set"), {{QStringLiteral("spec"), spec}});
            if (reply.code == 0) {
                return true;
            }
            QTest::qWait(attempt == 0 ? 0 : 500);
            (void)m_sandbox.authenticate();
        }
        return false;
    }

    void stop()
    {
        m_client.reset();
        m_sandbox.stop();
    }

    [[nodiscard]] PlatformClient& client() { return *m_client; }
    [[nodiscard]] SandboxProcess& sandbox() { return m_sandbox; }

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<PlatformClient> m_client;
};

inline QStringList court(const QString& speed, bool fixedEpoch)
{
    QStringList arguments{QStringLiteral("--scale"),      QStringLiteral("small"),
                          QStringLiteral("--seed"),       QStringLiteral("1"),
                          QStringLiteral("--speed"),      speed,
                          QStringLiteral("--rate-limit"), QStringLiteral("0")};
    if (fixedEpoch) {
        arguments << QStringLiteral("--epoch") << QString::number(kEpoch);
    }
    return arguments;
}

// One cache file with the three log streams over one client.
class Cache
{
public:
    explicit Cache(const QString& path)
    {
        auto db = Db::open(path, key());
        if (!db) {
            qFatal("cannot open the cache: %s", qPrintable(db.error().detail));
        }
        m_db = std::make_unique<Db>(std::move(*db));
        if (!schema::migrate(*m_db)) {
            qFatal("cannot migrate the cache");
        }
        m_repo = std::make_unique<LogRepository>(*m_db);
    }

    void connect(PlatformClient& client, LogSyncOptions options)
    {
        m_streams.clear();
        m_streams.push_back(makeOperationLogSync(*m_db, client, options));
        m_streams.push_back(makeLoginLogSync(*m_db, client, options));
        m_streams.push_back(makeMailLogSync(*m_db, client, options));
    }

    // `options` with a writer on a second connection to this file, as the standard streams have (DbWriter).
    [[nodiscard]] LogSyncOptions withWriter(LogSyncOptions options)
    {
        if (!m_writer) {
            m_writer = std::make_shared<DbWriter>(m_db->openAnother().value());
        }
        options.writer = m_writer;
        return options;
    }
    [[nodiscard]] DbWriter& writer() { return *m_writer; }

    [[nodiscard]] std::vector<std::unique_ptr<SyncStream>>& streams() { return m_streams; }
    [[nodiscard]] LogRepository& repo() { return *m_repo; }
    [[nodiscard]] Db& db() { return *m_db; }

    // Every id of a log in (time, id) order, one column.
    [[nodiscard]] QList<qint64> ids(const char* table)
    {
        QList<qint64> all;
        auto statement = m_db->prepare(std::string("SELECT id FROM ") + table + " ORDER BY id");
        while (statement && statement->step().value()) {
            all.append(statement->int64(0));
        }
        return all;
    }

private:
    static QByteArray key()
    {
        static const QByteArray shared = Db::generateKey();
        return shared;
    }

    std::unique_ptr<Db> m_db;
    std::unique_ptr<LogRepository> m_repo;
    std::shared_ptr<DbWriter> m_writer;
    std::vector<std::unique_ptr<SyncStream>> m_streams;
};

inline LogSyncOptions historyOptions(qint64 historyStart)
{
    LogSyncOptions options;
    options.historyStartMs = historyStart;
    return options;
}

inline constexpr qint64 kHistoryStart = kEpoch - 181 * kDay; // before the seeded history's first row

} // namespace dm::logsynctest
