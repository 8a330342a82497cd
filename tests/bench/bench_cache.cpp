// The encrypted cache against DESIGN §8: query latency on 1M login and 1M mail rows (each beside the same statement on
// an unencrypted copy of the same schema), ingest rate through LogRepository, and end-to-end log sync from a running
// sandbox over TLS. Prints one table; not part of ctest.
//   bench_cache [ROWS] [--work DIR]
// ROWS (default 1000000) login and mail rows come from the sandbox's own generator (Seeder, --scale 3.2 x ROWS gives
// 2 x ROWS logins and ROWS mails). --work keeps the seeded platform between runs (seeding a million mails takes a
// minute or two); without it everything lives in a temporary directory.
#include "SandboxProcess.h"
#include "api/PlatformClient.h"
#include "sandbox/PlatformDb.h"
#include "sandbox/SandboxIdentity.h"
#include "sandbox/Seeder.h"
#include "store/Db.h"
#include "store/LogRepository.h"
#include "store/Schema.h"
#include "sync/LogSync.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

using namespace dm;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr int kBatch = 10000; // rows per ingest transaction
constexpr int kRuns = 41;     // timed runs per query (after a few warm-up runs)

struct Row
{
    QString metric;
    QString measured;
    QString budget;
    QString plain;
    QString ratio;
};

std::vector<Row> g_table;

void fail(const QString& what)
{
    std::fprintf(stderr, "bench_cache: %s\n", qPrintable(what));
    std::exit(1);
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 1 ? 3 : 2) + QStringLiteral(" ms");
}

QString perSecond(double value)
{
    return QString::number(qRound64(value)) + QStringLiteral(" rows/s");
}

// Median wall time in ms of `run`, which returns the rows it produced (checked non-zero so a broken query shows).
double median(const std::function<qint64()>& run, qint64* rows = nullptr)
{
    for (int i = 0; i < 3; ++i) {
        (void)run();
    }
    std::vector<double> times;
    qint64 produced = 0;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer clock;
        clock.start();
        produced = run();
        times.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    if (rows) {
        *rows = produced;
    }
    return times.at(times.size() / 2);
}

// The unencrypted copy, driven through the plain C API with the same statement text and the same per-row work
// (every column read, text decoded into QString) as LogRepository does.
class PlainDb
{
public:
    explicit PlainDb(const QString& path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
            SQLITE_OK) {
            fail(QStringLiteral("cannot open the plain copy"));
        }
        exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    }
    ~PlainDb()
    {
        for (auto& [text, statement] : m_statements) {
            sqlite3_finalize(statement);
        }
        sqlite3_close_v2(m_db);
    }
    PlainDb(const PlainDb&) = delete;
    PlainDb& operator=(const PlainDb&) = delete;

    void exec(const std::string& sql)
    {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : "?");
            sqlite3_free(message);
            fail(QStringLiteral("plain copy: %1").arg(text));
        }
    }

    qint64 run(const LogSql& sql)
    {
        sqlite3_stmt*& statement = m_statements[sql.text];
        if (!statement && sqlite3_prepare_v2(m_db, sql.text.c_str(), static_cast<int>(sql.text.size()), &statement,
                                             nullptr) != SQLITE_OK) {
            fail(QStringLiteral("plain copy cannot prepare: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        }
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        int index = 1;
        for (const auto& value : sql.values) {
            if (const auto* number = std::get_if<qint64>(&value)) {
                sqlite3_bind_int64(statement, index, *number);
            } else {
                const QByteArray utf8 = std::get<QString>(value).toUtf8();
                sqlite3_bind_text64(statement, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                                    SQLITE_TRANSIENT, SQLITE_UTF8);
            }
            ++index;
        }
        qint64 rows = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            ++rows;
            const int columns = sqlite3_column_count(statement);
            for (int column = 0; column < columns; ++column) {
                if (sqlite3_column_type(statement, column) == SQLITE_TEXT) {
                    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
                    volatile qsizetype size = QString::fromUtf8(text, sqlite3_column_bytes(statement, column)).size();
                    (void)size;
                } else {
                    volatile qint64 number = sqlite3_column_int64(statement, column);
                    (void)number;
                }
            }
        }
        if (rc != SQLITE_DONE) {
            fail(QStringLiteral("plain copy query failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        }
        sqlite3_reset(statement);
        return rows;
    }

private:
    sqlite3* m_db = nullptr;
    std::unordered_map<std::string, sqlite3_stmt*> m_statements;
};

struct Seeded
{
    QString platformDir;
    qint64 epochMs = 0;
};

Seeded seedPlatform(const QString& workDir, qint64 rows)
{
    Seeded seeded;
    seeded.platformDir = QDir(workDir).filePath(QStringLiteral("platform"));
    QDir().mkpath(seeded.platformDir);
    auto identity = sandbox::loadOrCreateIdentity(seeded.platformDir);
    if (!identity) {
        fail(identity.error());
    }
    auto platform = sandbox::PlatformDb::open(seeded.platformDir);
    if (!platform) {
        fail(platform.error());
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!platform->isSeeded()) {
        sandbox::Seeder::Options options;
        options.seed = 1;
        options.scale = QString::number(rows * 16 / 5); // 100 : 50 : 10 -> 2 x rows logins, rows mails
        options.epochMs = now - now % kDayMs;
        options.wallNowMs = now;
        std::fprintf(stderr, "seeding %s log rows with the sandbox's generator...\n", qPrintable(options.scale));
        QElapsedTimer clock;
        clock.start();
        if (auto done = sandbox::Seeder::seedIfNeeded(*platform, identity->domain, options); !done) {
            fail(done.error());
        }
        std::fprintf(stderr, "seeded in %.1f s\n", static_cast<double>(clock.elapsed()) / 1000);
    }
    seeded.epochMs = platform->fact(QStringLiteral("epochMs")).value_or(QString()).toLongLong();
    return seeded;
}

// Reads the platform's rows in id order, kBatch at a time, and hands each batch to `ingest` (only that is timed).
template <typename Record>
double ingest(Db& platform, const char* select, qint64 limit, const std::function<Record(const Stmt&)>& convert,
              const std::function<void(const std::vector<Record>&)>& store, qint64* ingested)
{
    auto statement = platform.prepare(select);
    if (!statement) {
        fail(statement.error().detail);
    }
    statement->bind(1, limit);
    std::vector<Record> batch;
    batch.reserve(kBatch);
    qint64 timedNs = 0;
    *ingested = 0;
    const auto flush = [&] {
        QElapsedTimer clock;
        clock.start();
        store(batch);
        timedNs += clock.nsecsElapsed();
        *ingested += static_cast<qint64>(batch.size());
        batch.clear();
    };
    while (statement->step().value()) {
        batch.push_back(convert(*statement));
        if (batch.size() == kBatch) {
            flush();
        }
    }
    if (!batch.empty()) {
        flush();
    }
    return static_cast<double>(*ingested) / (static_cast<double>(timedNs) / 1e9);
}

template <typename T>
T orFail(Expected<T, DbError> value)
{
    if (!value) {
        fail(value.error().detail);
    }
    return std::move(value).value();
}

void check(Expected<void, DbError> done)
{
    if (!done) {
        fail(done.error().detail);
    }
}

PlatformClient* makeClient(const QJsonObject& connection, std::unique_ptr<PlatformClient>& owner)
{
    ConnectionSettings settings;
    settings.baseUrl = QUrl(connection.value(QStringLiteral("baseUrl")).toString());
    settings.appId = connection.value(QStringLiteral("appId")).toString();
    settings.orgOpenId = connection.value(QStringLiteral("orgOpenId")).toString();
    settings.domain = connection.value(QStringLiteral("domain")).toString();
    settings.pinnedKeys = {connection.value(QStringLiteral("spkiSha256")).toString().toLatin1()};
    settings.requestsPerSecond = 0;
    settings.maxInFlight = 4;
    settings.transferTimeout = std::chrono::seconds(30);
    const QByteArray authCode = connection.value(QStringLiteral("authCode")).toString().toUtf8();
    owner = std::make_unique<PlatformClient>(settings, [authCode](auto done) { done(authCode); });
    return owner.get();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dm.*.debug=false\ndm.*.info=false"));
    qint64 rows = 1000000;
    QString workDir;
    const QStringList arguments = app.arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--work") && i + 1 < arguments.size()) {
            workDir = arguments.at(++i);
        } else {
            rows = arguments.at(i).toLongLong();
        }
    }
    if (rows < 10000) {
        fail(QStringLiteral("ROWS must be at least 10000"));
    }
    QTemporaryDir temporary;
    if (workDir.isEmpty()) {
        workDir = temporary.path();
    }
    QDir().mkpath(workDir);
    const Seeded seeded = seedPlatform(workDir, rows);

    // The encrypted cache, filled through LogRepository in 10k-row transactions.
    const QString cachePath = QDir(workDir).filePath(QStringLiteral("cache.db"));
    const QString plainPath = QDir(workDir).filePath(QStringLiteral("plain.db"));
    for (const QString& path : {cachePath, plainPath}) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(path + suffix);
        }
    }
    const QByteArray key = Db::generateKey();
    Db cache = orFail(Db::open(cachePath, key));
    check(schema::migrate(cache));
    LogRepository repo(cache);

    double loginRate = 0;
    double mailRate = 0;
    qint64 loginRows = 0;
    qint64 mailRows = 0;
    {
        auto platform = sandbox::PlatformDb::open(seeded.platformDir);
        if (!platform) {
            fail(platform.error());
        }
        std::fprintf(stderr, "ingesting %lld login rows...\n", static_cast<long long>(rows));
        loginRate = ingest<LoginRecord>(
            platform->db(),
            "SELECT id, time, account_name, method, ip, province, city, result, abnormal FROM login_logs "
            "ORDER BY id LIMIT ?1",
            rows,
            [](const Stmt& row) {
                LoginRecord record;
                record.id = row.int64(0);
                record.time = row.int64(1);
                record.accountName = row.text(2);
                record.method = loginMethodFromString(row.text(3)).value_or(LoginMethod::Webmail);
                record.ip = row.text(4);
                record.province = row.text(5);
                record.city = row.text(6);
                record.result = logResultFromString(row.text(7)).value_or(LogResult::Success);
                record.abnormal = row.int64(8) != 0;
                return record;
            },
            [&](const std::vector<LoginRecord>& batch) {
                auto transaction = orFail(Transaction::begin(cache));
                (void)orFail(repo.insertLogins(batch));
                check(transaction.commit());
            },
            &loginRows);
        std::fprintf(stderr, "ingesting %lld mail rows...\n", static_cast<long long>(rows));
        mailRate = ingest<MailRecord>(
            platform->db(),
            "SELECT id, time, direction, message_id, subject, sender, recipient, status, read_at, read_client, "
            "updated_at FROM mail_logs ORDER BY id LIMIT ?1",
            rows,
            [](const Stmt& row) {
                MailRecord record;
                record.id = row.int64(0);
                record.time = row.int64(1);
                record.direction = mailDirectionFromString(row.text(2)).value_or(MailDirection::In);
                record.messageId = row.text(3);
                record.subject = row.text(4);
                record.sender = row.text(5);
                record.recipient = row.text(6);
                record.status = mailStatusFromString(row.text(7)).value_or(MailStatus::Received);
                if (!row.isNull(8)) {
                    record.readAt = row.int64(8);
                    record.readClient = readClientFromString(row.text(9));
                }
                record.updatedAt = row.int64(10);
                return record;
            },
            [&](const std::vector<MailRecord>& batch) {
                auto transaction = orFail(Transaction::begin(cache));
                (void)orFail(repo.upsertMails(batch));
                check(transaction.commit());
            },
            &mailRows);
    }
    check(repo.optimize());

    // The unencrypted copy: the same schema (schema::logsV2()) in a plain file, rows copied from the cache.
    std::fprintf(stderr, "making the unencrypted copy...\n");
    PlainDb plain(plainPath);
    plain.exec(std::string(schema::logsV2()));
    plain.exec("ATTACH DATABASE '" + cachePath.toStdString() + "' AS enc KEY \"x'" + key.toHex().toStdString() + "'\"");
    plain.exec("INSERT INTO main.login_log SELECT * FROM enc.login_log; "
               "INSERT INTO main.mail_log SELECT * FROM enc.mail_log; "
               "INSERT INTO main.mail_subject_fts (rowid, subject) SELECT id, subject FROM enc.mail_log; "
               "DETACH DATABASE enc; PRAGMA optimize;");
    // The same page cache as the encrypted connection has (LogRepository raised it).
    plain.exec("PRAGMA cache_size = " + orFail(cache.queryText("PRAGMA cache_size")).toStdString());

    // The queries of the Logs views.
    const qint64 newest = orFail(cache.queryText("SELECT max(time) FROM login_log")).toLongLong();
    const QString account =
        orFail(cache.queryText("SELECT account_name FROM login_log WHERE id = (SELECT max(id) FROM login_log)"));
    const auto deepRow = [&]() {
        auto statement = orFail(cache.prepare("SELECT time, id FROM login_log ORDER BY time DESC, id DESC LIMIT 1 "
                                              "OFFSET ?1"));
        statement.bind(1, loginRows * 9 / 10);
        (void)statement.step();
        return LogPosition{statement.int64(0), statement.int64(1)};
    }();
    const QString subjectOfOne =
        orFail(cache.queryText("SELECT subject FROM mail_log WHERE id = (SELECT min(id) + 1234 FROM mail_log)"));
    // A case number, e.g. (2026)粤0104民初1234号: rare, and long enough for the trigram index.
    const QString caseNumber = subjectOfOne.section(QStringLiteral("关于"), 1).section(QStringLiteral("案件"), 0, 0);

    struct Query
    {
        QString metric;
        QString budget;
        std::function<LogSql()> sql;
        std::function<qint64()> encrypted;
    };
    std::vector<Query> queries;
    {
        LoginLogFilter failed;
        failed.result = LogResult::Failure;
        LogPageRequest lastMonth;
        lastMonth.range.fromMs = newest - 30 * kDayMs;
        queries.push_back(
            {QStringLiteral("logins: first page, failures, last 30 days"), QStringLiteral("<= 20 ms, <= 1.5x"),
             [=] { return logsql::loginPage(failed, lastMonth); },
             [&repo, failed, lastMonth] { return qint64(orFail(repo.logins(failed, lastMonth)).size()); }});
        LoginLogFilter person;
        person.accountName = account;
        const LogPageRequest firstPage;
        queries.push_back(
            {QStringLiteral("logins: first page, one account"), QStringLiteral("<= 20 ms, <= 1.5x"),
             [=] { return logsql::loginPage(person, firstPage); },
             [&repo, person, firstPage] { return qint64(orFail(repo.logins(person, firstPage)).size()); }});
        LoginLogFilter abnormal;
        abnormal.abnormal = true;
        queries.push_back(
            {QStringLiteral("logins: first page, abnormal"), QStringLiteral("<= 20 ms, <= 1.5x"),
             [=] { return logsql::loginPage(abnormal, firstPage); },
             [&repo, abnormal, firstPage] { return qint64(orFail(repo.logins(abnormal, firstPage)).size()); }});
        LogPageRequest deep;
        deep.after = deepRow;
        queries.push_back({QStringLiteral("logins: keyset page at 90% depth"), QStringLiteral("-"),
                           [=] { return logsql::loginPage({}, deep); },
                           [&repo, deep] { return qint64(orFail(repo.logins({}, deep)).size()); }});
        MailLogFilter common;
        common.subject = QStringLiteral("判决书");
        queries.push_back(
            {QStringLiteral("mails: subject search '判决书' (FTS)"), QStringLiteral("<= 50 ms"),
             [&repo, common, firstPage] { return orFail(repo.mailPageSql(common, firstPage)); },
             [&repo, common, firstPage] { return qint64(orFail(repo.mails(common, firstPage)).size()); }});
        MailLogFilter rare;
        rare.subject = caseNumber;
        queries.push_back({QStringLiteral("mails: subject search, a case number (FTS)"), QStringLiteral("<= 50 ms"),
                           [&repo, rare, firstPage] { return orFail(repo.mailPageSql(rare, firstPage)); },
                           [&repo, rare, firstPage] { return qint64(orFail(repo.mails(rare, firstPage)).size()); }});
        MailLogFilter twoCharacters;
        twoCharacters.subject = QStringLiteral("传票");
        queries.push_back(
            {QStringLiteral("mails: subject search '传票' (2 chars, scan)"), QStringLiteral("-"),
             [&repo, twoCharacters, firstPage] { return orFail(repo.mailPageSql(twoCharacters, firstPage)); },
             [&repo, twoCharacters, firstPage] {
                 return qint64(orFail(repo.mails(twoCharacters, firstPage)).size());
             }});
        MailLogFilter deepSearch = common;
        LogPageRequest deepMail;
        deepMail.after = LogPosition{0, orFail(cache.queryText("SELECT min(id) + (max(id) - min(id)) / 10 FROM "
                                                               "mail_log"))
                                            .toLongLong()};
        queries.push_back(
            {QStringLiteral("mails: subject search '判决书', keyset page at 90% depth"), QStringLiteral("<= 50 ms"),
             [&repo, deepSearch, deepMail] { return orFail(repo.mailPageSql(deepSearch, deepMail)); },
             [&repo, deepSearch, deepMail] { return qint64(orFail(repo.mails(deepSearch, deepMail)).size()); }});
    }
    std::fprintf(stderr, "timing %zu queries, %d runs each...\n", queries.size(), kRuns);
    for (const Query& query : queries) {
        qint64 encryptedRows = 0;
        qint64 plainRows = 0;
        const double encrypted = median(query.encrypted, &encryptedRows);
        const LogSql sql = query.sql();
        const double unencrypted = median([&] { return plain.run(sql); }, &plainRows);
        if (encryptedRows != plainRows || encryptedRows == 0) {
            std::fprintf(stderr, "%s: %lld rows encrypted, %lld plain\n", qPrintable(query.metric),
                         static_cast<long long>(encryptedRows), static_cast<long long>(plainRows));
        }
        g_table.push_back({query.metric + QStringLiteral(" [%1 rows]").arg(encryptedRows), ms(encrypted), query.budget,
                           ms(unencrypted), QString::number(encrypted / unencrypted, 'f', 2) + QLatin1Char('x')});
    }
    g_table.push_back({QStringLiteral("ingest: %1 login rows, 10k per transaction").arg(loginRows),
                       perSecond(loginRate), QStringLiteral(">= 100000 rows/s"), QStringLiteral("-"),
                       QStringLiteral("-")});
    g_table.push_back({QStringLiteral("ingest: %1 mail rows (upsert + FTS trigram)").arg(mailRows), perSecond(mailRate),
                       QStringLiteral(">= 100000 rows/s"), QStringLiteral("-"), QStringLiteral("-")});

    // End to end: the login and mail streams from a running sandbox (this court, frozen, no rate limit) over TLS.
    {
        std::fprintf(stderr, "end-to-end sync from dmsandbox over TLS...\n");
        SandboxProcess sandbox(seeded.platformDir);
        const QJsonObject connection = sandbox.start(
            {QStringLiteral("--speed"), QStringLiteral("0"), QStringLiteral("--rate-limit"), QStringLiteral("0")});
        if (connection.isEmpty()) {
            fail(QStringLiteral("dmsandbox did not start: %1").arg(sandbox.stderrText()));
        }
        std::unique_ptr<PlatformClient> owner;
        PlatformClient& client = *makeClient(connection, owner);
        const QString syncPath = QDir(workDir).filePath(QStringLiteral("sync.db"));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(syncPath + suffix);
        }
        Db syncDb = orFail(Db::open(syncPath, Db::generateKey()));
        check(schema::migrate(syncDb));
        // The last 12 days of the history: about 130k login and 65k mail rows at the default ROWS.
        LogSyncOptions options;
        options.historyStartMs = seeded.epochMs - 12 * kDayMs;
        std::vector<std::unique_ptr<SyncStream>> streams;
        streams.push_back(makeLoginLogSync(syncDb, client, options));
        streams.push_back(makeMailLogSync(syncDb, client, options));
        for (const auto& stream : streams) {
            qint64 fetched = 0;
            std::optional<Expected<StreamReport, SyncError>> result;
            QElapsedTimer clock;
            clock.start();
            stream->run([&fetched](qint64 done, qint64) { fetched = done; },
                        [&result](const Expected<StreamReport, SyncError>& outcome) { result.emplace(outcome); });
            if (!QTest::qWaitFor([&] { return result.has_value(); }, 1800000)) {
                fail(QStringLiteral("the %1 sync did not finish").arg(stream->name()));
            }
            const double seconds = static_cast<double>(clock.elapsed()) / 1000;
            if (!*result) {
                fail(result->error().message());
            }
            int gaps = 0;
            for (const CountCheck& check : result->value().checks) {
                gaps += check.matches() ? 0 : 1;
            }
            g_table.push_back({QStringLiteral("end-to-end %1 sync over HTTPS: %2 rows, %3 windows checked, %4 gaps")
                                   .arg(stream->name())
                                   .arg(fetched)
                                   .arg(result->value().checks.size())
                                   .arg(gaps),
                               perSecond(static_cast<double>(fetched) / seconds), QStringLiteral(">= 20000 rows/s"),
                               QStringLiteral("-"), QStringLiteral("-")});
        }
        sandbox.stop();
    }

    // The table.
    std::vector<int> widths(5, 0);
    const Row header{QStringLiteral("metric"), QStringLiteral("measured"), QStringLiteral("budget"),
                     QStringLiteral("unencrypted copy"), QStringLiteral("ratio")};
    g_table.insert(g_table.begin(), header);
    for (const Row& row : g_table) {
        const QString cells[] = {row.metric, row.measured, row.budget, row.plain, row.ratio};
        for (int i = 0; i < 5; ++i) {
            widths[i] = std::max(widths[i], static_cast<int>(cells[i].size()));
        }
    }
    std::printf("\nbench_cache: SQLCipher %s (SQLite %s), %lld login rows, %lld mail rows\n",
                qPrintable(cache.cipherVersion()), qPrintable(Db::sqliteVersion()), static_cast<long long>(loginRows),
                static_cast<long long>(mailRows));
    for (std::size_t r = 0; r < g_table.size(); ++r) {
        const Row& row = g_table.at(r);
        const QString cells[] = {row.metric, row.measured, row.budget, row.plain, row.ratio};
        QString line;
        for (int i = 0; i < 5; ++i) {
            line += (i == 0 ? QString() : QStringLiteral(" | ")) + cells[i].leftJustified(widths[i]);
        }
        std::printf("%s\n", line.toUtf8().constData());
        if (r == 0) {
            QString rule;
            for (int i = 0; i < 5; ++i) {
                rule += (i == 0 ? QString() : QStringLiteral("-|-")) + QString(widths[i], QLatin1Char('-'));
            }
            std::printf("%s\n", rule.toUtf8().constData());
        }
    }
    return 0;
}
