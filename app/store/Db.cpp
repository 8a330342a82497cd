#include "store/Db.h"

#include "store/KeyBytes.h"
#include "store/MemoryTempVfs.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QtGlobal>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>

#if defined(Q_PROCESSOR_X86) && (defined(Q_CC_GNU) || defined(Q_CC_CLANG))
#include <cpuid.h>
#elif defined(Q_PROCESSOR_X86) && defined(Q_CC_MSVC)
#include <intrin.h>
#endif

namespace dm {
namespace {

DbError makeError(DbError::Kind kind, QString detail = {})
{
    DbError error;
    error.kind = kind;
    error.detail = std::move(detail);
    return error;
}

// x86 processors without the SHA extensions (most office desktops before 2020) compute SHA-512 faster than SHA-256;
// elsewhere (x86 with them, ARM64) SHA-256 is the faster one.
bool sha256IsTheFasterHmac()
{
#if defined(Q_PROCESSOR_X86) && (defined(Q_CC_GNU) || defined(Q_CC_CLANG))
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    return __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) != 0 && (ebx & (1U << 29)) != 0;
#elif defined(Q_PROCESSOR_X86) && defined(Q_CC_MSVC)
    int registers[4] = {};
    __cpuid(registers, 0);
    if (registers[0] < 7) {
        return false; // no leaf 7: an old processor, without the SHA extensions
    }
    __cpuidex(registers, 7, 0);
    return (registers[1] & (1 << 29)) != 0;
#else
    return true;
#endif
}

bool isSqlcipher4OrLater(const QString& version)
{
    bool ok = false;
    const int major = version.section(QLatin1Char('.'), 0, 0).toInt(&ok);
    return ok && major >= 4;
}

} // namespace

namespace {
// Virtual machine steps between two polls of the stop state: a few microseconds of work, so a stop is felt within a
// millisecond, and the poll (two loads) costs nothing measurable.
constexpr int kStopPollSteps = 4000;
// A write waits for another connection's (DbWriter's) up to 30 s: that one may be building an index of a few million
// rows, which the writing job would otherwise have waited for in its thread's queue anyway. SQLite's own busy timeout
// would sleep through a closing session; this wait looks at the stop state every 10 ms.
constexpr int kBusyStepMs = 10;
constexpr qint64 kBusyWaitMs = 30000;
} // namespace

Db::Db(sqlite3* connection)
    : m_connection(connection)
    , m_stop(std::make_unique<StopState>())
{
    if (m_connection != nullptr) {
        sqlite3_progress_handler(m_connection, kStopPollSteps, &Db::pollStop, m_stop.get());
        sqlite3_busy_handler(m_connection, &Db::waitWhileBusy, m_stop.get());
    }
}

Db::Db(Db&& other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
    , m_stop(std::move(other.m_stop))
    , m_cipherVersion(std::move(other.m_cipherVersion))
    , m_ledgerKey(std::move(other.m_ledgerKey))
    , m_path(std::move(other.m_path))
    , m_access(other.m_access)
    , m_pageHmac(other.m_pageHmac)
    , m_key(std::move(other.m_key))
{}

Db& Db::operator=(Db&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_connection);
        m_connection = std::exchange(other.m_connection, nullptr);
        m_stop = std::move(other.m_stop);
        m_cipherVersion = std::move(other.m_cipherVersion);
        m_ledgerKey = std::move(other.m_ledgerKey);
        m_path = std::move(other.m_path);
        m_access = other.m_access;
        m_pageHmac = other.m_pageHmac;
        m_key = std::move(other.m_key);
    }
    return *this;
}

int Db::pollStop(void* state)
{
    const auto* stop = static_cast<const StopState*>(state);
    return stop->refused.load(std::memory_order_relaxed) || (stop->jobCheck != nullptr && (*stop->jobCheck)()) ? 1 : 0;
}

int Db::waitWhileBusy(void* state, int calls)
{
    const auto* stop = static_cast<const StopState*>(state);
    if (stop->refused.load(std::memory_order_relaxed) || qint64(calls) * kBusyStepMs >= kBusyWaitMs) {
        return 0; // SQLITE_BUSY for the statement
    }
    sqlite3_sleep(kBusyStepMs);
    return 1;
}

void Db::refuseFurtherWork()
{
    if (m_stop) {
        m_stop->refused.store(true);
    }
    sqlite3_interrupt(m_connection);
}

Db::~Db()
{
    // close_v2 defers the close until every statement is finalized, so destruction order never leaks a handle.
    sqlite3_close_v2(m_connection);
}

QByteArray Db::generateKey()
{
    QByteArray key(KeySize, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    return key;
}

Expected<Db, DbError> Db::open(const QString& path, const QByteArray& rawKey, Access access)
{
    if (rawKey.size() != KeySize) {
        return Unexpected{makeError(DbError::Kind::NotADatabase, QStringLiteral("the cache key must be 32 bytes"))};
    }
    return openEitherHmac(path, KeyBytes::copyOf(reinterpret_cast<const unsigned char*>(rawKey.constData())), access);
}

Expected<Db, DbError> Db::open(const QString& path, std::shared_ptr<const KeyBytes> key, Access access)
{
    static_assert(KeyBytes::Size == KeySize);
    if (!key) {
        return Unexpected{makeError(DbError::Kind::NotADatabase, QStringLiteral("no cache key"))};
    }
    return openEitherHmac(path, std::move(key), access);
}

Expected<Db, DbError> Db::openEitherHmac(const QString& path, std::shared_ptr<const KeyBytes> key, Access access)
{
    // CPUID traps to the hypervisor in a virtual machine: asked once.
    static const PageHmac faster = sha256IsTheFasterHmac() ? PageHmac::Sha256 : PageHmac::Sha512;
    auto db = openWithKey(path, key, access, faster);
    // A page authenticated otherwise reads as "not a database", as a wrong key does; an empty or missing file is new.
    if (db || db.error().kind != DbError::Kind::NotADatabase || QFileInfo(path).size() == 0) {
        return db;
    }
    auto other =
        openWithKey(path, std::move(key), access, faster == PageHmac::Sha256 ? PageHmac::Sha512 : PageHmac::Sha256);
    if (!other && other.error().kind == DbError::Kind::NotADatabase) {
        return db; // a wrong key: the first answer says so as well as the second
    }
    return other;
}

Expected<Db, DbError> Db::openAnother() const
{
    if (!m_key) {
        return Unexpected{makeError(DbError::Kind::Misuse, QStringLiteral("the connection is closed"))};
    }
    auto another = openWithKey(m_path, m_key, m_access, m_pageHmac);
    if (another) {
        another->setLedgerKey(m_ledgerKey);
    }
    return another;
}

Expected<Db, DbError> Db::openWithKey(const QString& path, std::shared_ptr<const KeyBytes> key, Access access,
                                      PageHmac hmac)
{
    const int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE |
                      (access == Access::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY);
    sqlite3* raw = nullptr;
    const int openRc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, memoryTempVfs());
    Db db(raw); // owns the handle even when opening failed
    if (openRc != SQLITE_OK) {
        return Unexpected{db.lastError(openRc)};
    }

    // Raw-key syntax x'<64 hex>' tells SQLCipher to use the bytes as the key, skipping PBKDF2. Written by hand into
    // one buffer, so no temporary copy of the key (as toHex() would make) is left unwiped.
    QByteArray keySpec(2 * KeySize + 3, '\'');
    keySpec[0] = 'x';
    writeHex(key->data(), KeySize, keySpec.data() + 2);
    const int keyRc = sqlite3_key(raw, keySpec.constData(), static_cast<int>(keySpec.size()));
    wipeSecret(keySpec);
    if (keyRc != SQLITE_OK) {
        return Unexpected{db.lastError(keyRc)};
    }
    // A system SQLCipher logs to stderr by default, and the first try of a file written with the other HMAC fails
    // its check by design (ours is built without logging). Failures reach callers as typed errors.
    if (auto quiet = db.exec("PRAGMA cipher_log_level = NONE"); !quiet) {
        return Unexpected{quiet.error()};
    }
    // Before the first page is read: the settings apply to the whole file.
    if (auto settings = db.exec(hmac == PageHmac::Sha256 ? "PRAGMA cipher_hmac_algorithm = HMAC_SHA256"
                                                         : "PRAGMA cipher_hmac_algorithm = HMAC_SHA512");
        !settings) {
        return Unexpected{settings.error()};
    }

    // A plain SQLite would accept the key pragma silently and write plaintext: refuse anything but SQLCipher 4.
    auto version = db.queryText("PRAGMA cipher_version");
    if (!version || !isSqlcipher4OrLater(version.value())) {
        return Unexpected{makeError(DbError::Kind::UnsupportedCipher, version ? version.value() : QString())};
    }
    db.m_cipherVersion = version.value();
    db.m_path = path;
    db.m_access = access;
    db.m_key = std::move(key);
    db.m_pageHmac = hmac;

    // The key is only checked when the first page is read; a wrong one fails here with SQLITE_NOTADB.
    if (auto probe = db.exec("SELECT count(*) FROM sqlite_master"); !probe) {
        return Unexpected{probe.error()};
    }
    // Sorts, temporary indexes and FTS merges would otherwise spill decrypted rows into temporary files when the
    // library was built to allow it (a system SQLCipher): keep them in memory on every build. An index build may let
    // the sorter use temporary files (setSortHelpers): the connection's VFS keeps those in memory.
    // (Lock waits: Db::waitWhileBusy, set with the connection.)
    if (auto setup = db.exec("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;"); !setup) {
        return Unexpected{setup.error()};
    }
    // The page cache holds a sync batch's dirty index pages and the hot index pages of a million-row log; at
    // SQLite's default (2 MB) they spill and every page is decrypted and encrypted again. It is memory on demand.
    if (auto cache = db.setPageCacheKiB(PageCacheKiB); !cache) {
        return Unexpected{cache.error()};
    }
    if (access == Access::ReadWrite) {
        // Checkpoints copy each page out of the WAL, encrypting it a second time: after every ingest batch (the
        // default, 1000 pages) that doubles the cost of a bulk load. 16k pages (64 MB) lets a sync checkpoint rarely.
        if (auto wal = db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                               "PRAGMA wal_autocheckpoint = 16384;");
            !wal) {
            return Unexpected{wal.error()};
        }
    }
    return db;
}

DbError Db::lastError(int rc) const
{
    return DbError::fromSqlite(m_connection ? sqlite3_extended_errcode(m_connection) : rc,
                               m_connection ? sqlite3_errmsg(m_connection) : sqlite3_errstr(rc));
}

Expected<Stmt, DbError> Db::prepare(std::string_view sql)
{
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v2(m_connection, sql.data(), static_cast<int>(sql.size()), &statement, nullptr);
    if (rc != SQLITE_OK) {
        return Unexpected{lastError(rc)};
    }
    return Stmt(statement, m_connection, m_stop ? &m_stop->refused : nullptr);
}

Expected<void, DbError> Db::exec(std::string_view sql)
{
    if (m_stop && m_stop->refused.load()) {
        return Unexpected{DbError::fromSqlite(SQLITE_INTERRUPT, sqlite3_errstr(SQLITE_INTERRUPT))};
    }
    // sqlite3_exec needs a terminated string; the statements are short program text.
    const std::string terminated(sql);
    const int rc = sqlite3_exec(m_connection, terminated.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return Unexpected{lastError(rc)};
    }
    return {};
}

Expected<QString, DbError> Db::queryText(std::string_view sql)
{
    auto statement = prepare(sql);
    if (!statement) {
        return Unexpected{statement.error()};
    }
    auto row = statement->step();
    if (!row) {
        return Unexpected{row.error()};
    }
    return row.value() ? statement->text(0) : QString();
}

qint64 Db::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_connection);
}

qint64 Db::changes() const
{
    return sqlite3_changes64(m_connection);
}

Expected<void, DbError> Db::setPageCacheKiB(int kib)
{
    return exec("PRAGMA cache_size = -" + std::to_string(kib)); // negative: KiB
}

Expected<void, DbError> Db::setSortHelpers(bool on)
{
    sqlite3_vfs* vfs = nullptr;
    if (sqlite3_file_control(m_connection, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) != SQLITE_OK || !vfs ||
        !memoryTempVfs() || std::strcmp(vfs->zName, memoryTempVfs()) != 0) {
        return {}; // temporary files would reach the disk
    }
    // Two helpers: six indexes over a million logins took 4.7-5.8 s to build with them, against 6.1-9.5 s sorted in
    // one piece (three runs each on two cores); one helper was slower than two.
    return exec(on ? "PRAGMA temp_store = FILE; PRAGMA threads = 2;"
                   : "PRAGMA temp_store = MEMORY; PRAGMA threads = 0;");
}

Db::PageCounts Db::takePageCounts()
{
    const auto take = [this](int counter) {
        int current = 0;
        int highest = 0;
        return sqlite3_db_status(m_connection, counter, &current, &highest, 1) == SQLITE_OK ? qint64(current) : 0;
    };
    PageCounts counts;
    counts.fetched = take(SQLITE_DBSTATUS_CACHE_HIT) + take(SQLITE_DBSTATUS_CACHE_MISS);
    counts.written = take(SQLITE_DBSTATUS_CACHE_WRITE);
    return counts;
}

void Db::interrupt()
{
    sqlite3_interrupt(m_connection);
}

DbStopCheck::DbStopCheck(Db& db, std::function<bool()> stop)
    : m_db(db)
    , m_stop(std::move(stop))
{
    m_outer = std::exchange(m_db.m_stop->jobCheck, &m_stop);
}

DbStopCheck::~DbStopCheck()
{
    m_db.m_stop->jobCheck = m_outer;
}

QString Db::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString Db::cipherLibraryVersion()
{
    // cipher_version answers without a key and without touching a file.
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(raw);
        return {};
    }
    Db db(raw);
    auto version = db.queryText("PRAGMA cipher_version");
    return version ? version.value() : QString();
}

Transaction::Transaction(Db& db)
    : m_db(&db)
{}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

Expected<Transaction, DbError> Transaction::begin(Db& db)
{
    // IMMEDIATE takes the write lock now, so a busy database fails at begin rather than halfway through a batch.
    if (auto rc = db.exec("BEGIN IMMEDIATE"); !rc) {
        return Unexpected{rc.error()};
    }
    return Transaction(db);
}

Expected<void, DbError> Transaction::commit()
{
    if (!m_db) {
        return Unexpected{makeError(DbError::Kind::Misuse, QStringLiteral("transaction already finished"))};
    }
    auto rc = m_db->exec("COMMIT");
    if (rc) {
        m_db = nullptr;
    }
    return rc;
}

Transaction::~Transaction()
{
    if (m_db) {
        (void)m_db->exec("ROLLBACK");
    }
}

} // namespace dm
