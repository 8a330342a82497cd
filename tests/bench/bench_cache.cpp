// The encrypted cache against DESIGN §8: a first sync's bulk load of ROWS login and ROWS mail rows, and query latency
// over them, each beside the same work on an unencrypted file of the same schema; then what dmsandbox serves over TLS
// to a client that only reads, beside what the login and mail streams make of it. Prints tests/bench/run.sh's rows.
//   bench_cache [ROWS] [--work DIR] [--no-e2e | --e2e-only]
// The rows come from the sandbox's own generator (Seeder, --scale 3.2 x ROWS gives 2 x ROWS logins and ROWS mails).
// --work keeps the seeded platform between runs (seeding a million mails takes half a minute); without it everything
// lives in a temporary directory.
#include "BenchRow.h"
#include "SandboxProcess.h"
#include "ServingRate.h"
#include "api/LogJson.h"
#include "api/PlatformClient.h"
#include "sandbox/PlatformDb.h"
#include "sandbox/SandboxIdentity.h"
#include "sandbox/Seeder.h"
#include "store/Db.h"
#include "store/DbWriter.h"
#include "store/LogBulkLoad.h"
#include "store/LogRepository.h"
#include "store/MemoryTempVfs.h"
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
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

using namespace dm;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr int kRuns = 41; // timed runs per query (after a few warm-up runs)

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
        // On the VFS of the cache's connections, so that the index builds can sort on helper threads as theirs do.
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            memoryTempVfs()) != SQLITE_OK) {
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

    sqlite3_stmt* prepared(const std::string& text)
    {
        sqlite3_stmt*& statement = m_statements[text];
        if (!statement &&
            sqlite3_prepare_v2(m_db, text.c_str(), static_cast<int>(text.size()), &statement, nullptr) != SQLITE_OK) {
            fail(QStringLiteral("plain copy cannot prepare: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        }
        sqlite3_reset(statement);
        return statement;
    }

    // The first column of a one-row statement (the subject probes).
    qint64 scalar(const LogSql& sql)
    {
        sqlite3_stmt* statement = prepared(sql.text);
        bindAll(statement, sql);
        const qint64 value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
        sqlite3_reset(statement);
        return value;
    }

    static void bindText(sqlite3_stmt* statement, int index, const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text64(statement, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8);
    }

    static void bindAll(sqlite3_stmt* statement, const LogSql& sql)
    {
        sqlite3_clear_bindings(statement);
        int index = 1;
        for (const auto& value : sql.values) {
            if (const auto* number = std::get_if<qint64>(&value)) {
                sqlite3_bind_int64(statement, index, *number);
            } else {
                bindText(statement, index, std::get<QString>(value));
            }
            ++index;
        }
    }

    void step(sqlite3_stmt* statement)
    {
        if (sqlite3_step(statement) != SQLITE_DONE) {
            fail(QStringLiteral("plain copy insert failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        }
        sqlite3_reset(statement);
    }

    qint64 run(const LogSql& sql)
    {
        sqlite3_stmt* statement = prepared(sql.text);
        bindAll(statement, sql);
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

// Reads the platform's rows in id order, in the batches a sync commits, and hands each batch to both stores: `store`
// (the encrypted cache) and `plainStore` (the unencrypted limit). Each is timed on its own; the rates returned include
// `finish` and `plainFinish` (index builds), which run once at the end.
struct IngestRates
{
    double encrypted = 0;
    double plain = 0;
    qint64 rows = 0;
};

template <typename Record>
IngestRates ingest(Db& platform, const char* select, qint64 limit, const std::function<Record(const Stmt&)>& convert,
                   const std::function<void(const std::vector<Record>&)>& store,
                   const std::function<void(const std::vector<Record>&)>& plainStore,
                   const std::function<void()>& finish, const std::function<void()>& plainFinish)
{
    auto statement = platform.prepare(select);
    if (!statement) {
        fail(statement.error().detail);
    }
    statement->bind(1, limit);
    std::vector<Record> batch;
    // Batches grow as a sync's commits do (LogSyncOptions): from rowsPerCommit, doubling, up to maxRowsPerCommit.
    const LogSyncOptions sync;
    std::size_t batchRows = static_cast<std::size_t>(sync.rowsPerCommit);
    qint64 encryptedNs = 0;
    qint64 plainNs = 0;
    IngestRates rates;
    const auto timed = [](qint64& total, const std::function<void()>& work) {
        QElapsedTimer clock;
        clock.start();
        work();
        total += clock.nsecsElapsed();
    };
    const auto flush = [&] {
        timed(encryptedNs, [&] { store(batch); });
        timed(plainNs, [&] { plainStore(batch); });
        rates.rows += static_cast<qint64>(batch.size());
        batch.clear();
        batchRows = std::min(2 * batchRows, static_cast<std::size_t>(sync.maxRowsPerCommit));
    };
    while (statement->step().value()) {
        batch.push_back(convert(*statement));
        if (batch.size() == batchRows) {
            flush();
        }
    }
    if (!batch.empty()) {
        flush();
    }
    timed(encryptedNs, finish);
    timed(plainNs, plainFinish);
    rates.encrypted = static_cast<double>(rates.rows) / (static_cast<double>(encryptedNs) / 1e9);
    rates.plain = static_cast<double>(rates.rows) / (static_cast<double>(plainNs) / 1e9);
    return rates;
}

// The unencrypted limit of a bulk load: the same statements LogBulkLoad and LogRepository run, on the plain copy.
class PlainBulkLoad
{
public:
    PlainBulkLoad(PlainDb& plain, const char* table)
        : m_plain(plain)
        , m_table(table)
    {}

    void begin()
    {
        sqlite3_stmt* select = m_plain.prepared("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name "
                                                "= ?1 AND sql IS NOT NULL ORDER BY name");
        sqlite3_bind_text(select, 1, m_table, -1, SQLITE_STATIC);
        while (sqlite3_step(select) == SQLITE_ROW) {
            m_indexes.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(select, 0)),
                                   reinterpret_cast<const char*>(sqlite3_column_text(select, 1)));
        }
        sqlite3_reset(select);
        for (const auto& [name, definition] : m_indexes) {
            m_plain.exec("DROP INDEX \"" + name + "\"");
        }
    }

    void finish()
    {
        // As LogBulkLoad builds: its cache, and the sorter's helper threads (Db::setSortHelpers).
        m_plain.exec("PRAGMA cache_size = -" + std::to_string(LogBulkLoad::IndexSortCacheKiB) +
                     "; PRAGMA temp_store = FILE; PRAGMA threads = 2;");
        for (const auto& [name, definition] : m_indexes) {
            m_plain.exec("BEGIN; " + definition + "; COMMIT;");
        }
        m_plain.exec("PRAGMA cache_size = -" + std::to_string(Db::PageCacheKiB) +
                     "; PRAGMA temp_store = MEMORY; PRAGMA threads = 0;");
        if (std::string(m_table) == "mail_log") {
            fillSubjects();
        }
        m_plain.exec(std::string("ANALYZE ") + m_table); // as LogBulkLoad::finish
    }

private:
    // As LogBulkLoad fills them: LogBulkLoad::SubjectsPerStep subjects a transaction, in id order.
    void fillSubjects()
    {
        m_plain.exec("INSERT INTO mail_subject_fts (mail_subject_fts) VALUES ('delete-all')");
        sqlite3_stmt* last = m_plain.prepared("SELECT id FROM mail_log WHERE id > ?1 ORDER BY id LIMIT 1 OFFSET ?2");
        sqlite3_stmt* fill = m_plain.prepared("INSERT INTO mail_subject_fts (rowid, subject) SELECT id, subject FROM "
                                              "mail_log WHERE id > ?1 AND id <= ?2");
        sqlite3_int64 after = std::numeric_limits<sqlite3_int64>::min();
        while (true) {
            sqlite3_bind_int64(last, 1, after);
            sqlite3_bind_int64(last, 2, LogBulkLoad::SubjectsPerStep - 1);
            const bool more = sqlite3_step(last) == SQLITE_ROW;
            const sqlite3_int64 upTo = more ? sqlite3_column_int64(last, 0) : std::numeric_limits<sqlite3_int64>::max();
            sqlite3_reset(last);
            m_plain.exec("BEGIN; INSERT INTO mail_subject_fts (mail_subject_fts, rank) VALUES ('hashsize', 67108864);");
            sqlite3_bind_int64(fill, 1, after);
            sqlite3_bind_int64(fill, 2, upTo);
            if (sqlite3_step(fill) != SQLITE_DONE) {
                fail(QStringLiteral("the unencrypted subject fill failed"));
            }
            sqlite3_reset(fill);
            m_plain.exec("INSERT INTO mail_subject_fts (mail_subject_fts, rank) VALUES ('hashsize', 1048576); COMMIT;");
            if (!more) {
                return;
            }
            after = upTo;
        }
    }

private:
    PlainDb& m_plain;
    const char* m_table;
    std::vector<std::pair<std::string, std::string>> m_indexes;
};

// A subject search on the unencrypted copy, as LogRepository::mails() makes it: the probes, then the page.
qint64 plainMails(PlainDb& plain, const MailLogFilter& filter, const LogPageRequest& page)
{
    const auto use = logsql::subjectIndexUse(filter, [&plain](const LogSql& probe) { return plain.scalar(probe); });
    return plain.run(logsql::mailPage(filter, page, use));
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

} // namespace

// Ingest and query latency, each beside the same work on an unencrypted copy.
void measureCache(const QString& workDir, const Seeded& seeded, qint64 rows)
{
    // The encrypted cache, loaded as a first sync loads it (LogBulkLoad: indexes built at the end) a sync's commit at a
    // time, and beside it the same rows through the same statements into an unencrypted file of the same
    // schema: the limit, and the copy the queries are compared against.
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
    LogBulkLoad bulk(cache);
    PlainDb plain(plainPath);
    plain.exec(std::string(schema::logsV2()) + std::string(schema::loginFailReasonV7()));
    // The same page cache as the encrypted connection has (Db::open sets it).
    plain.exec("PRAGMA cache_size = " + orFail(cache.queryText("PRAGMA cache_size")).toStdString());
    plain.exec("PRAGMA temp_store = MEMORY");

    IngestRates logins;
    IngestRates mails;
    {
        auto platform = sandbox::PlatformDb::open(seeded.platformDir);
        if (!platform) {
            fail(platform.error());
        }
        std::fprintf(stderr, "ingesting %lld login rows...\n", static_cast<long long>(rows));
        PlainBulkLoad plainLoginLoad(plain, "login_log");
        check(bulk.begin(LogTable::Logins));
        plainLoginLoad.begin();
        logins = ingest<LoginRecord>(
            platform->db(),
            "SELECT id, time, account_name, method, ip, province, city, result, abnormal, fail_reason FROM login_logs "
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
                if (!row.isNull(9)) {
                    record.failReason = loginFailReasonFromString(row.text(9));
                }
                return record;
            },
            [&](const std::vector<LoginRecord>& batch) {
                auto transaction = orFail(Transaction::begin(cache));
                (void)orFail(repo.insertLogins(batch));
                check(transaction.commit());
            },
            [&](const std::vector<LoginRecord>& batch) {
                plain.exec("BEGIN");
                sqlite3_stmt* insert = plain.prepared(
                    "INSERT INTO login_log (id, time, account_name, method, ip, province, city, result, abnormal, "
                    "fail_reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (id) DO NOTHING");
                for (const LoginRecord& row : batch) {
                    sqlite3_bind_int64(insert, 1, row.id);
                    sqlite3_bind_int64(insert, 2, row.time);
                    PlainDb::bindText(insert, 3, row.accountName);
                    sqlite3_bind_int64(insert, 4, logsql::code(row.method));
                    PlainDb::bindText(insert, 5, row.ip);
                    PlainDb::bindText(insert, 6, row.province);
                    PlainDb::bindText(insert, 7, row.city);
                    sqlite3_bind_int64(insert, 8, logsql::code(row.result));
                    sqlite3_bind_int64(insert, 9, row.abnormal ? 1 : 0);
                    if (row.result == LogResult::Failure && row.failReason) {
                        sqlite3_bind_int64(insert, 10, logsql::code(*row.failReason));
                    } else {
                        sqlite3_bind_null(insert, 10);
                    }
                    plain.step(insert);
                }
                plain.exec("COMMIT");
            },
            [&] { check(bulk.finish(LogTable::Logins)); }, [&] { plainLoginLoad.finish(); });
        std::fprintf(stderr, "ingesting %lld mail rows...\n", static_cast<long long>(rows));
        PlainBulkLoad plainMailLoad(plain, "mail_log");
        check(bulk.begin(LogTable::Mails));
        plainMailLoad.begin();
        mails = ingest<MailRecord>(
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
            [&](const std::vector<MailRecord>& batch) {
                plain.exec("BEGIN");
                sqlite3_stmt* insert = plain.prepared(
                    "INSERT INTO mail_log (id, time, direction, message_id, subject, sender, recipient, status, "
                    "read_at, read_client, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON "
                    "CONFLICT (id) DO NOTHING");
                for (const MailRecord& row : batch) {
                    sqlite3_bind_int64(insert, 1, row.id);
                    sqlite3_bind_int64(insert, 2, row.time);
                    sqlite3_bind_int64(insert, 3, logsql::code(row.direction));
                    PlainDb::bindText(insert, 4, row.messageId);
                    PlainDb::bindText(insert, 5, row.subject);
                    PlainDb::bindText(insert, 6, row.sender);
                    PlainDb::bindText(insert, 7, row.recipient);
                    sqlite3_bind_int64(insert, 8, logsql::code(row.status));
                    if (row.readAt) {
                        sqlite3_bind_int64(insert, 9, *row.readAt);
                    } else {
                        sqlite3_bind_null(insert, 9);
                    }
                    if (row.readClient) {
                        sqlite3_bind_int64(insert, 10, logsql::code(*row.readClient));
                    } else {
                        sqlite3_bind_null(insert, 10);
                    }
                    sqlite3_bind_int64(insert, 11, row.updatedAt);
                    plain.step(insert);
                }
                plain.exec("COMMIT");
            },
            [&] { check(bulk.finish(LogTable::Mails)); }, [&] { plainMailLoad.finish(); });
    }
    const qint64 loginRows = logins.rows;
    const qint64 mailRows = mails.rows;

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
        std::function<qint64()> plain; // the same work on the unencrypted copy
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
             [&plain, failed, lastMonth] { return plain.run(logsql::loginPage(failed, lastMonth)); },
             [&repo, failed, lastMonth] { return qint64(orFail(repo.logins(failed, lastMonth)).size()); }});
        LoginLogFilter person;
        person.accountName = account;
        const LogPageRequest firstPage;
        queries.push_back(
            {QStringLiteral("logins: first page, one account"), QStringLiteral("<= 20 ms, <= 1.5x"),
             [&plain, person, firstPage] { return plain.run(logsql::loginPage(person, firstPage)); },
             [&repo, person, firstPage] { return qint64(orFail(repo.logins(person, firstPage)).size()); }});
        LoginLogFilter abnormal;
        abnormal.abnormal = true;
        queries.push_back(
            {QStringLiteral("logins: first page, abnormal"), QStringLiteral("<= 20 ms, <= 1.5x"),
             [&plain, abnormal, firstPage] { return plain.run(logsql::loginPage(abnormal, firstPage)); },
             [&repo, abnormal, firstPage] { return qint64(orFail(repo.logins(abnormal, firstPage)).size()); }});
        LogPageRequest deep;
        deep.after = deepRow;
        queries.push_back({QStringLiteral("logins: keyset page at 90% depth"), QStringLiteral("-"),
                           [&plain, deep] { return plain.run(logsql::loginPage({}, deep)); },
                           [&repo, deep] { return qint64(orFail(repo.logins({}, deep)).size()); }});
        MailLogFilter common;
        common.subject = QStringLiteral("判决书");
        queries.push_back(
            {QStringLiteral("mails: subject search '判决书' (FTS)"), QStringLiteral("<= 50 ms"),
             [&plain, common, firstPage] { return plainMails(plain, common, firstPage); },
             [&repo, common, firstPage] { return qint64(orFail(repo.mails(common, firstPage)).size()); }});
        MailLogFilter rare;
        rare.subject = caseNumber;
        queries.push_back({QStringLiteral("mails: subject search, a case number (FTS)"), QStringLiteral("<= 50 ms"),
                           [&plain, rare, firstPage] { return plainMails(plain, rare, firstPage); },
                           [&repo, rare, firstPage] { return qint64(orFail(repo.mails(rare, firstPage)).size()); }});
        MailLogFilter twoCharacters;
        twoCharacters.subject = QStringLiteral("传票");
        queries.push_back({QStringLiteral("mails: subject search '传票' (2 chars, scan)"), QStringLiteral("-"),
                           [&plain, twoCharacters, firstPage] { return plainMails(plain, twoCharacters, firstPage); },
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
             [&plain, deepSearch, deepMail] { return plainMails(plain, deepSearch, deepMail); },
             [&repo, deepSearch, deepMail] { return qint64(orFail(repo.mails(deepSearch, deepMail)).size()); }});
    }
    std::fprintf(stderr, "timing %zu queries, %d runs each...\n", queries.size(), kRuns);
    for (const Query& query : queries) {
        qint64 encryptedRows = 0;
        qint64 plainRows = 0;
        const double encrypted = median(query.encrypted, &encryptedRows);
        const double unencrypted = median(query.plain, &plainRows);
        if (encryptedRows != plainRows || encryptedRows == 0) {
            std::fprintf(stderr, "%s: %lld rows encrypted, %lld plain\n", qPrintable(query.metric),
                         static_cast<long long>(encryptedRows), static_cast<long long>(plainRows));
        }
        g_table.push_back({query.metric + QStringLiteral(" [%1 rows]").arg(encryptedRows), ms(encrypted), query.budget,
                           ms(unencrypted), QString::number(encrypted / unencrypted, 'f', 2) + QLatin1Char('x')});
    }
    g_table.push_back({QStringLiteral("ingest: %1 login rows in bulk (indexes built at the end)").arg(loginRows),
                       perSecond(logins.encrypted), QStringLiteral(">= 100000 rows/s, <= 1.5x"),
                       perSecond(logins.plain), QString::number(logins.plain / logins.encrypted, 'f', 2) + u'x'});
    g_table.push_back(
        {QStringLiteral("ingest: %1 mail rows in bulk (indexes and FTS trigrams at the end)").arg(mailRows),
         perSecond(mails.encrypted), QStringLiteral(">= 60000 rows/s"), perSecond(mails.plain),
         QString::number(mails.plain / mails.encrypted, 'f', 2) + u'x'});
}

// End to end: what the sandbox serves to a client that only reads, and what the sync streams make of it.
void measureEndToEnd(const QString& workDir, const Seeded& seeded)
{
    {
        std::fprintf(stderr, "end-to-end sync from dmsandbox over TLS...\n");
        SandboxProcess sandbox(seeded.platformDir);
        const QJsonObject connection = sandbox.start(
            {QStringLiteral("--speed"), QStringLiteral("0"), QStringLiteral("--rate-limit"), QStringLiteral("0")});
        if (connection.isEmpty()) {
            fail(QStringLiteral("dmsandbox did not start: %1").arg(sandbox.stderrText()));
        }
        const std::unique_ptr<PlatformClient> owner = bench::clientFor(connection);
        if (!owner) {
            fail(QStringLiteral("dmsandbox's connection line is not one"));
        }
        PlatformClient& client = *owner;
        const QString syncPath = QDir(workDir).filePath(QStringLiteral("sync.db"));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(syncPath + suffix);
        }
        Db syncDb = orFail(Db::open(syncPath, Db::generateKey()));
        check(schema::migrate(syncDb));
        // The last 12 days of the history: about 130k login and 65k mail rows at the default ROWS.
        LogSyncOptions options;
        options.historyStartMs = seeded.epochMs - 12 * kDayMs;
        options.writer = std::make_shared<DbWriter>(orFail(syncDb.openAnother())); // as makeStandardStreams does
        std::vector<std::unique_ptr<SyncStream>> streams;
        // As makeStandardStreams configures them: the logins keep their time-ordered indexes as the rows come and
        // build the scattered ones halfway; the mails keep theirs too and build the scattered ones and the subject
        // index after their last row.
        LogSyncOptions midway = options;
        midway.firstPass = LogSyncOptions::FirstPass::ScatteredMidway;
        LogSyncOptions atEnd = options;
        atEnd.firstPass = LogSyncOptions::FirstPass::ScatteredAtEnd;
        streams.push_back(makeLoginLogSync(syncDb, client, midway));
        streams.push_back(makeMailLogSync(syncDb, client, atEnd));
        const qint64 from = *options.historyStartMs;
        const qint64 to = QDateTime::currentMSecsSinceEpoch() + 1;
        std::vector<double> serving;
        {
            const auto rate = [&client, from, to, lanes = options.windowsInFlight](
                                  const QString& path, const std::function<QJsonObject(const LogWindow&)>& body) {
                const bench::Served served = bench::serve(
                    client, path,
                    [&body](const TimeWindow& window) {
                        return body(LogWindow{window.fromMs, window.toMs});
                    },
                    TimeWindow{from, to}, lanes);
                if (!served.failure.isEmpty()) {
                    fail(QStringLiteral("serving %1: %2").arg(path, served.failure));
                }
                return static_cast<double>(served.rows) / served.seconds;
            };
            serving.push_back(rate(QStringLiteral("/api/open/delivery/log/queryLogins"),
                                   [](const LogWindow& window) { return logQueryBody(window, LoginFilter{}); }));
            MailFilter byUpdate;
            byUpdate.orderBy = MailOrder::UpdatedAt;
            serving.push_back(rate(QStringLiteral("/api/open/delivery/log/queryMails"),
                                   [byUpdate](const LogWindow& window) { return logQueryBody(window, byUpdate); }));
        }
        for (std::size_t s = 0; s < streams.size(); ++s) {
            const auto& stream = streams.at(s);
            qint64 fetched = 0;
            std::optional<Expected<StreamReport, SyncError>> result;
            QElapsedTimer clock;
            clock.start();
            const bool finished = bench::runLoop(
                [&](const std::function<void()>& quit) {
                    stream->run([&fetched](qint64 done, qint64) { fetched = done; },
                                [&result, quit](const Expected<StreamReport, SyncError>& outcome) {
                                    result.emplace(outcome);
                                    quit();
                                });
                },
                1800000);
            if (!finished) {
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
                               perSecond(static_cast<double>(fetched) / seconds),
                               QStringLiteral(">= 20000 rows/s, >= 80% of serving"), perSecond(serving.at(s)),
                               QString::number(100.0 * static_cast<double>(fetched) / seconds / serving.at(s), 'f', 0) +
                                   QStringLiteral("% of serving")});
        }
        sandbox.stop();
    }
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dm.*.debug=false\ndm.*.info=false"));
    qint64 rows = 1000000;
    QString workDir;
    bool endToEndOnly = false; // profiling the sync: skip the ingest and the queries
    bool withEndToEnd = true;  // run.sh measures the sync at one size only
    const QStringList arguments = app.arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--e2e-only")) {
            endToEndOnly = true;
        } else if (arguments.at(i) == QLatin1String("--no-e2e")) {
            withEndToEnd = false;
        } else if (arguments.at(i) == QLatin1String("--work") && i + 1 < arguments.size()) {
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

    if (!endToEndOnly) {
        measureCache(workDir, seeded, rows);
    }
    if (withEndToEnd) {
        measureEndToEnd(workDir, seeded);
    }
    std::printf("bench_cache: SQLCipher %s (SQLite %s), %lld rows of each log\n",
                qPrintable(Db::cipherLibraryVersion()), qPrintable(Db::sqliteVersion()), static_cast<long long>(rows));
    for (const Row& row : g_table) {
        bench::benchRow(row.metric, row.measured, row.budget, row.plain, row.ratio);
    }
    return 0;
}
