#include "store/Db.h"
#include "store/MemoryTempVfs.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <thread>
#include <vector>

using namespace dm;

namespace {

// What a statement did, seen from outside SQLite: a thread samples the process's open files and threads while it
// runs. SQLite names the temporary files of its unix VFS etilqs_*; on Linux an open one shows among the process's
// descriptors even after it is unlinked.
class Watch
{
public:
    Watch()
        : m_threadsBefore(threadCount())
        , m_sampler([this] {
            do {
                sample();
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            } while (!m_stop.load());
        })
    {}
    ~Watch() { stop(); }
    Watch(const Watch&) = delete;
    Watch& operator=(const Watch&) = delete;

    void stop()
    {
        m_stop = true;
        if (m_sampler.joinable()) {
            m_sampler.join();
        }
    }
    // How often the watch looked: a statement it never saw proves nothing.
    int samples() const { return m_samples; }
    // The most temporary files of the platform's VFS seen open at once.
    int mostTempFiles() const { return m_mostTempFiles; }
    // The most threads seen beside those there before (this watch's own among them).
    int mostThreadsAdded() const { return m_mostThreads - m_threadsBefore - 1; }

private:
    void sample()
    {
        m_mostTempFiles = std::max(m_mostTempFiles.load(), platformTempFilesOpen());
        m_mostThreads = std::max(m_mostThreads.load(), threadCount());
        ++m_samples;
    }
    static int platformTempFilesOpen()
    {
        int open = 0;
        const QDir descriptors(QStringLiteral("/proc/self/fd"));
        for (const QString& name : descriptors.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
            if (QFile::symLinkTarget(descriptors.filePath(name)).contains(QLatin1String("etilqs_"))) {
                ++open;
            }
        }
        return open;
    }
    static int threadCount()
    {
        return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
    }

    const int m_threadsBefore;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_mostTempFiles{0};
    std::atomic<int> m_mostThreads{0};
    std::atomic<int> m_samples{0};
    std::thread m_sampler;
};

// What a watch saw while `run` ran: the most temporary files of the platform's VFS open at once, and the most
// threads added. Nothing when `run` failed or the watch never looked (a statement it never saw proves nothing).
struct Seen
{
    int tempFiles = 0;
    int threadsAdded = 0;
};
std::optional<Seen> watchWhile(const std::function<bool()>& run)
{
    Watch watch;
    const bool ran = run();
    watch.stop();
    if (!ran || watch.samples() <= 10) {
        return std::nullopt;
    }
    return Seen{watch.mostTempFiles(), watch.mostThreadsAdded()};
}

// A connection whose sorts spill: a 1 MiB cache against some ten megabytes of keys, two helper threads.
class Connection
{
public:
    Connection(const QString& path, const char* vfs)
    {
        const int rc =
            sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, vfs);
        if (rc == SQLITE_OK) {
            exec("PRAGMA journal_mode = WAL; PRAGMA temp_store = FILE; PRAGMA threads = 2; PRAGMA cache_size = -1024");
        }
    }
    ~Connection() { sqlite3_close(m_db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool exec(const char* sql)
    {
        char* message = nullptr;
        const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            qWarning() << sql << (message ? message : "");
        }
        sqlite3_free(message);
        return rc == SQLITE_OK;
    }

    QString text(const char* sql)
    {
        sqlite3_stmt* statement = nullptr;
        QString value;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3* m_db = nullptr;
};

// 300,000 rows whose keys sort in another order than they were written.
constexpr auto kFill = "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);"
                       "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 300000) "
                       "INSERT INTO t SELECT x, printf('%08d-%s', (x * 7919) % 300007, hex(x)) FROM n;";

} // namespace

class TestMemoryTempVfs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aTemporaryFileKeepsItsBytes();
    void theWatchSeesThePlatformsTempFiles();
    void anIndexSortsInMemoryOnHelperThreads();
    void temporaryTablesReadBackWhatWasWritten();
    void namedFilesAreThePlatformsFiles();
    void theCacheSortsInMemoryOnHelperThreads();

private:
    static const char* unwatchable();

    QTemporaryDir m_dir;
};

void TestMemoryTempVfs::init()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(memoryTempVfs() != nullptr);
}

// Why the tests that watch a sort cannot run here, or nullptr.
const char* TestMemoryTempVfs::unwatchable()
{
#if !defined(Q_OS_LINUX)
    return "open files and threads are watched through /proc";
#else
    // A library built without sorter threads or without temporary files (a system SQLCipher may be) sorts in one
    // piece whatever the pragmas say.
    for (const char* option : {"TEMP_STORE=3", "THREADSAFE=0", "MAX_WORKER_THREADS=0"}) {
        if (sqlite3_compileoption_used(option)) {
            return option;
        }
    }
    return nullptr;
#endif
}

// A temporary file through the VFS's own methods: bytes across its 256 KiB chunks, reads past the end, and the
// zeros of a gap left by growing or by a write past a shrunk end.
void TestMemoryTempVfs::aTemporaryFileKeepsItsBytes()
{
    sqlite3_vfs* vfs = sqlite3_vfs_find(memoryTempVfs());
    QVERIFY(vfs);
    std::vector<char> storage(size_t(vfs->szOsFile));
    auto* file = reinterpret_cast<sqlite3_file*>(storage.data());
    int outFlags = 0;
    const int flags = SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE |
                      SQLITE_OPEN_DELETEONCLOSE;
    QCOMPARE(vfs->xOpen(vfs, nullptr, file, flags, &outFlags), SQLITE_OK);
    const sqlite3_io_methods* io = file->pMethods;
    QVERIFY(io);
    const auto size = [&] {
        sqlite3_int64 bytes = -1;
        io->xFileSize(file, &bytes);
        return bytes;
    };
    const auto readBack = [&](sqlite3_int64 offset, int amount, int* rc = nullptr) {
        QByteArray out(amount, 'x');
        const int result = io->xRead(file, out.data(), amount, offset);
        if (rc) {
            *rc = result;
        }
        return out;
    };

    QByteArray pattern(600 * 1024, Qt::Uninitialized); // spans three chunks
    for (int i = 0; i < pattern.size(); ++i) {
        pattern[i] = char(i * 7 + i / 256);
    }
    const sqlite3_int64 at = 256 * 1024 - 100; // starts just before a chunk's end
    QCOMPARE(io->xWrite(file, pattern.constData(), int(pattern.size()), at), SQLITE_OK);
    QCOMPARE(size(), at + pattern.size());
    QCOMPARE(readBack(at, int(pattern.size())), pattern);
    QCOMPARE(readBack(0, 1000), QByteArray(1000, '\0')); // never written

    int rc = SQLITE_OK;
    const QByteArray pastEnd = readBack(size() - 10, 30, &rc);
    QCOMPARE(rc, SQLITE_IOERR_SHORT_READ);
    QCOMPARE(pastEnd.left(10), pattern.right(10));
    QCOMPARE(pastEnd.mid(10), QByteArray(20, '\0'));

    // Shrunk into the middle of a chunk, then written past the new end: the gap reads as zeros.
    const sqlite3_int64 shrunk = at + 1000;
    QCOMPARE(io->xTruncate(file, shrunk), SQLITE_OK);
    QCOMPARE(size(), shrunk);
    QCOMPARE(io->xWrite(file, "end", 3, shrunk + 5000), SQLITE_OK);
    QCOMPARE(readBack(at, 1000), pattern.left(1000));
    QCOMPARE(readBack(shrunk, 5000), QByteArray(5000, '\0'));
    QCOMPARE(readBack(shrunk + 5000, 3), QByteArray("end"));

    // Grown by truncation: zeros.
    QCOMPARE(io->xTruncate(file, 2 * 1024 * 1024), SQLITE_OK);
    QCOMPARE(size(), sqlite3_int64(2 * 1024 * 1024));
    QCOMPARE(readBack(2 * 1024 * 1024 - 4096, 4096), QByteArray(4096, '\0'));
    QCOMPARE(io->xClose(file), SQLITE_OK);
}

// Without the VFS the same sort spills to the disk: the watch can see it.
void TestMemoryTempVfs::theWatchSeesThePlatformsTempFiles()
{
    if (const char* why = unwatchable()) {
        QSKIP(why);
    }
    Connection db(m_dir.filePath(QStringLiteral("platform.db")), nullptr);
    QVERIFY(db.exec(kFill));
    const auto seen = watchWhile([&] { return db.exec("CREATE INDEX t_v ON t (v)"); });
    QVERIFY(seen);
    QVERIFY2(seen->tempFiles > 0, "the sort did not spill: the test would prove nothing");
}

void TestMemoryTempVfs::anIndexSortsInMemoryOnHelperThreads()
{
    if (const char* why = unwatchable()) {
        QSKIP(why);
    }
    Connection db(m_dir.filePath(QStringLiteral("memory.db")), memoryTempVfs());
    QVERIFY(db.exec(kFill));
    const auto seen = watchWhile([&] { return db.exec("CREATE INDEX t_v ON t (v)"); });
    QVERIFY(seen);
    QCOMPARE(seen->tempFiles, 0);
    QVERIFY2(seen->threadsAdded >= 1, qPrintable(QString::number(seen->threadsAdded)));
    QCOMPARE(db.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    // Every row, in the index's order: each key after the one before.
    QCOMPARE(db.text("SELECT count(*) FROM (SELECT v, lag(v) OVER (ORDER BY v) AS before FROM t INDEXED BY t_v) "
                     "WHERE before IS NULL OR before < v"),
             QStringLiteral("300000"));
}

// A temporary table larger than its cache lives in a temporary file: written, overwritten, shrunk and read again.
void TestMemoryTempVfs::temporaryTablesReadBackWhatWasWritten()
{
    if (const char* why = unwatchable()) {
        QSKIP(why);
    }
    Connection db(m_dir.filePath(QStringLiteral("temp.db")), memoryTempVfs());
    QVERIFY(db.exec(kFill));
    const auto seen = watchWhile([&] {
        return db.exec("PRAGMA temp.cache_size = -256; CREATE TEMP TABLE c AS SELECT * FROM t; "
                       "CREATE INDEX temp.c_v ON c (v); DELETE FROM c WHERE id % 3 = 0; "
                       "UPDATE c SET v = v || 'x' WHERE id % 3 = 1; VACUUM temp;");
    });
    QVERIFY(seen);
    QCOMPARE(seen->tempFiles, 0);
    QCOMPARE(db.text("PRAGMA temp.integrity_check"), QStringLiteral("ok"));
    QCOMPARE(db.text("SELECT count(*) FROM c"), QStringLiteral("200000"));
    QCOMPARE(db.text("SELECT count(*) FROM c JOIN t USING (id) WHERE c.v = t.v || 'x'"), QStringLiteral("100000"));
    QCOMPARE(db.text("SELECT count(*) FROM c JOIN t USING (id) WHERE c.v = t.v"), QStringLiteral("100000"));
}

void TestMemoryTempVfs::namedFilesAreThePlatformsFiles()
{
    const QString path = m_dir.filePath(QStringLiteral("named.db"));
    {
        Connection db(path, memoryTempVfs());
        QVERIFY(db.exec("CREATE TABLE n (x); INSERT INTO n VALUES (42)"));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    }
    Connection platform(path, nullptr);
    QCOMPARE(platform.text("SELECT x FROM n"), QStringLiteral("42"));
}

// The encrypted cache's connections are on the VFS (Db::open), and an index build turns the helpers on.
void TestMemoryTempVfs::theCacheSortsInMemoryOnHelperThreads()
{
    if (const char* why = unwatchable()) {
        QSKIP(why);
    }
    Db db = Db::open(m_dir.filePath(QStringLiteral("cache.db")), Db::generateKey()).value();
    QVERIFY(db.exec(kFill));
    QVERIFY(db.setPageCacheKiB(1024));
    {
        const auto seen = watchWhile([&] { return db.exec("CREATE INDEX t_plain ON t (v)").hasValue(); });
        QVERIFY(seen);
        QCOMPARE(seen->tempFiles, 0);
        QCOMPARE(seen->threadsAdded, 0); // by default one sort in memory, on this thread
    }
    QVERIFY(db.setSortHelpers(true));
    {
        const auto seen = watchWhile([&] { return db.exec("CREATE INDEX t_v ON t (v)").hasValue(); });
        QVERIFY(seen);
        QCOMPARE(seen->tempFiles, 0);
        QVERIFY2(seen->threadsAdded >= 1, qPrintable(QString::number(seen->threadsAdded)));
    }
    QVERIFY(db.setSortHelpers(false));
    QCOMPARE(db.queryText("PRAGMA temp_store").value(), QStringLiteral("2"));
    QCOMPARE(db.queryText("PRAGMA integrity_check").value(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestMemoryTempVfs)
#include "tst_memorytempvfs.moc"
