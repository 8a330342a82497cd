#pragma once

#include "core/Expected.h"
#include "store/DbError.h"
#include "store/Stmt.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <string_view>

struct sqlite3;

namespace dm {

class KeyBytes;
class LedgerKey;

// One connection to an encrypted cache file. Long-lived and owned by one thread at a time (interrupt() is the
// exception: any thread may call it). The key is 32 random bytes handed over raw, so SQLCipher skips its KDF.
class Db
{
public:
    static constexpr qsizetype KeySize = 32;
    // The page cache every connection keeps, in KiB (PRAGMA cache_size takes a negative number for KiB).
    static constexpr int PageCacheKiB = 64 * 1024;
    enum class Access
    {
        ReadWrite,
        ReadOnly,
    };

    // Opens (creating when ReadWrite) the file at `path` with `key` and proves the key on the first read.
    // Fails with NotADatabase for a wrong key and UnsupportedCipher when the linked library is not SQLCipher 4.
    // The connection shares `key` (no copy of the bytes) for as long as it lives, to open another (openAnother).
    [[nodiscard]] static Expected<Db, DbError> open(const QString& path, std::shared_ptr<const KeyBytes> key,
                                                    Access access = Access::ReadWrite);
    // The same with the key in a QByteArray (32 bytes): for keys that are not secrets worth wiping (the sandbox's
    // platform file, a scratch file) and for tests.
    [[nodiscard]] static Expected<Db, DbError> open(const QString& path, const QByteArray& rawKey,
                                                    Access access = Access::ReadWrite);
    // 32 bytes from the operating system's random source, for a new cache.
    [[nodiscard]] static QByteArray generateKey();
    // A second connection to the same file with the same key and ledger key, for another thread (DbWriter).
    [[nodiscard]] Expected<Db, DbError> openAnother() const;

    Db(Db&& other) noexcept;
    Db& operator=(Db&& other) noexcept;
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;
    ~Db();

    // SQL is always program text: data goes through Stmt::bind.
    [[nodiscard]] Expected<Stmt, DbError> prepare(std::string_view sql);
    // Runs one or more statements that take no parameters (schema, pragmas).
    [[nodiscard]] Expected<void, DbError> exec(std::string_view sql);
    // Sets the connection's page cache in KiB: PageCacheKiB unless set otherwise (an index build, LogBulkLoad).
    [[nodiscard]] Expected<void, DbError> setPageCacheKiB(int kib);
    // While on, SQLite's sorter cuts a sort larger than the page cache into pieces and sorts them on two helper
    // threads (an index build, LogBulkLoad). The pieces go to temporary files, which the connection's VFS keeps in
    // memory (MemoryTempVfs); without that VFS nothing changes. Off again after: with temporary files allowed,
    // statement journals are files too, and SQLCipher encrypts every page it puts in one (an account sync took twice
    // the time).
    [[nodiscard]] Expected<void, DbError> setSortHelpers(bool on);
    // The first column of the first row as text, or an empty string when there is no row.
    [[nodiscard]] Expected<QString, DbError> queryText(std::string_view sql);

    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] qint64 changes() const;
    // Since the last call: the pages this connection's statements took from its page cache or from the file
    // (fetched), and the pages its commits wrote out (written).
    struct PageCounts
    {
        qint64 fetched = 0;
        qint64 written = 0;
    };
    [[nodiscard]] PageCounts takePageCounts();
    // Makes a running statement on this connection stop with DbError::Kind::Interrupted. Thread-safe.
    void interrupt();
    // From now on every statement on this connection ends with DbError::Kind::Interrupted: a running one within a
    // few thousand steps, a later one at once (an interrupt() between two statements of a job would be lost). For a
    // session that is closing and must not wait for the job in hand. Thread-safe.
    void refuseFurtherWork();

    // The key that seals this cache's audit ledger (AuditLedger), kept in the keychain apart from the cache key.
    // Without one the ledger records and verifies nothing, and so no mutation that must be recorded can be made.
    void setLedgerKey(std::shared_ptr<const LedgerKey> key) { m_ledgerKey = std::move(key); }
    [[nodiscard]] const LedgerKey* ledgerKey() const { return m_ledgerKey.get(); }

    [[nodiscard]] static QString sqliteVersion();
    // SQLCipher's version as the linked library reports it at run time; empty when it is not SQLCipher at all.
    [[nodiscard]] static QString cipherLibraryVersion();
    [[nodiscard]] QString cipherVersion() const { return m_cipherVersion; }

private:
    friend class DbStopCheck;
    // How each page is authenticated. SQLCipher 4's default is HMAC-SHA512; HMAC-SHA256 is as sound under a 256-bit
    // key and twice as fast where the processor has SHA instructions: a first sync decrypts its whole table once per
    // index it builds, and the HMAC was the larger half of that. A new file takes the faster of the two here; a file
    // opens as it was written (caches from before all have SHA-512).
    enum class PageHmac
    {
        Sha256,
        Sha512,
    };
    // Tries the faster HMAC and then, for a file that exists, the other.
    [[nodiscard]] static Expected<Db, DbError> openEitherHmac(const QString& path, std::shared_ptr<const KeyBytes> key,
                                                              Access access);
    // open() with the key's KeySize bytes at `key`.
    [[nodiscard]] static Expected<Db, DbError> openWithKey(const QString& path, std::shared_ptr<const KeyBytes> key,
                                                           Access access, PageHmac hmac);
    // What the connection's progress handler asks: a session closing, or the check of the job in hand. On the heap,
    // so the handler's pointer survives moves of the Db.
    struct StopState
    {
        std::atomic<bool> refused{false};
        const std::function<bool()>* jobCheck = nullptr; // set by a DbStopCheck for its lifetime
    };
    static int pollStop(void* state);
    // While another connection writes: wait in short steps, up to kBusyWaitMs, unless the session is closing.
    static int waitWhileBusy(void* state, int calls);

    explicit Db(sqlite3* connection);
    [[nodiscard]] DbError lastError(int rc) const;

    sqlite3* m_connection = nullptr;
    std::unique_ptr<StopState> m_stop;
    QString m_cipherVersion;
    std::shared_ptr<const LedgerKey> m_ledgerKey;
    QString m_path;
    Access m_access = Access::ReadWrite;
    PageHmac m_pageHmac = PageHmac::Sha256;
    std::shared_ptr<const KeyBytes> m_key;
};

// While it lives, a statement running on `db` asks `stop` every few thousand steps and ends with
// DbError::Kind::Interrupted when it answers true. Unlike Db::interrupt(), it stops only the work of the job that set
// it: a count nobody waits for any more gives the worker thread back without touching the sync batch queued after it.
class DbStopCheck
{
public:
    DbStopCheck(Db& db, std::function<bool()> stop);
    ~DbStopCheck();
    DbStopCheck(const DbStopCheck&) = delete;
    DbStopCheck& operator=(const DbStopCheck&) = delete;

private:
    Db& m_db;
    std::function<bool()> m_stop;
    const std::function<bool()>* m_outer = nullptr; // a check this one is nested in, restored on exit
};

// Rolls back unless commit() succeeded, so an early return or a failure never leaves half a batch behind.
class Transaction
{
public:
    [[nodiscard]] static Expected<Transaction, DbError> begin(Db& db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    [[nodiscard]] Expected<void, DbError> commit();

private:
    explicit Transaction(Db& db);
    Db* m_db = nullptr;
};

} // namespace dm
