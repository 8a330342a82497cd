#pragma once

#include "core/Expected.h"
#include "store/Db.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>

namespace dm {

class KeyBytes;
class LedgerKey;
class SecretStore;

// What opening a cache needs from the keychain.
struct CacheKeys
{
    std::shared_ptr<const KeyBytes> cache;   // opens the file; wiped when the last holder lets go
    std::shared_ptr<const LedgerKey> ledger; // seals the audit ledger (store/LedgerKey.h)
    bool ledgerKeyIsNew = false;             // made by this opening: entries an older release wrote get sealed
};

// Why the local cache of a profile could not be opened, in words a user can act on. Every kind but
// KeychainUnavailable is cured by rebuilding the cache from the platform (nothing in it exists only locally except
// the outbox and the audit ledger, which a rebuild says it discards).
struct CacheError
{
    Q_DECLARE_TR_FUNCTIONS(CacheError)

public:
    enum class Kind
    {
        KeychainUnavailable, // no keychain, locked, or refused: the key cannot be read or kept
        KeyMissing,          // the file exists but the keychain holds no key for it
        WrongKeyOrDamaged,   // the key does not open the file, or its first page is damaged
        Corrupt,             // a page failed its HMAC check or the b-tree is damaged
        DiskFull,
        Other,
    };

    Kind kind = Kind::Other;
    QString detail; // the underlying translated message (never a key or a row)

    [[nodiscard]] bool rebuildHelps() const { return kind != Kind::KeychainUnavailable && kind != Kind::DiskFull; }
    // "The local cache cannot be opened: <why>. It can be rebuilt from the platform." (translated)
    [[nodiscard]] QString message() const;
    [[nodiscard]] static CacheError fromDb(const DbError& error);
};

// The encrypted cache file of one profile and its keys. The cache key is 32 random bytes kept in the profile's
// keychain entry "cache-key", made together with the file on first use: the key is stored before the file is created,
// so a file never exists without a key that was once saved. The ledger key ("ledger-key") is made the same way and
// outlives a rebuild, so the audit ledger's seal does not change with the file. Opening is asynchronous because the
// keychain is.
class CacheFile
{
public:
    using Opened = std::function<void(Expected<Db, CacheError>)>;

    // <app data>/cache/<profile-uuid>.sqlite
    [[nodiscard]] static QString defaultPath(const QUuid& profile);
    [[nodiscard]] static QString keyName() { return QStringLiteral("cache-key"); }

    // Opens the file at `path` with the key from `secrets`, creating both when the file does not exist yet, and
    // brings the schema up to date. `done` runs once in the thread of `context`, unless `context` is gone.
    static void open(SecretStore& secrets, const QString& path, QObject* context, Opened done);
    // The two halves of open(), for callers that open the file in another thread: the keys (read, or made and saved
    // when missing) in the thread of `secrets`, then the file with those keys anywhere.
    using KeysReady = std::function<void(Expected<CacheKeys, CacheError>)>;
    static void obtainKeys(SecretStore& secrets, const QString& path, QObject* context, KeysReady done);
    [[nodiscard]] static Expected<Db, CacheError> openWithKeys(const QString& path, CacheKeys keys);
    // Deletes the file (with its WAL and shared-memory files) and the cache key, then opens a new, empty cache. The
    // ledger key stays.
    static void rebuild(SecretStore& secrets, const QString& path, QObject* context, Opened done);

    // Deletes the file and its companions; true when none of them is left.
    [[nodiscard]] static bool removeFiles(const QString& path);
    // Full check of every page's HMAC and of the b-trees; reads the whole file, so it is for `cache verify`, not for
    // every start. The list holds one line per problem found, empty when the file is sound.
    [[nodiscard]] static Expected<QStringList, DbError> checkIntegrity(Db& db);
};

} // namespace dm
