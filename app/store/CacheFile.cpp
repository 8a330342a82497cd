#include "store/CacheFile.h"

#include "secrets/SecretStore.h"
#include "store/AuditLedger.h"
#include "store/KeyBytes.h"
#include "store/LedgerKey.h"
#include "store/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

namespace dm {

namespace {

Expected<Db, CacheError> openFile(const QString& path, CacheKeys keys)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!keys.cache) {
        return Unexpected(CacheError{CacheError::Kind::WrongKeyOrDamaged, {}});
    }
    if (!QDir().mkpath(folder)) {
        return Unexpected(
            CacheError{CacheError::Kind::Other,
                       CacheError::tr("The folder of %1 cannot be created.").arg(QDir::toNativeSeparators(path))});
    }
    // The file is encrypted, but its size, times and the WAL beside it still say something: the folder is the
    // owner's only (on Windows the profile's own folder already is).
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto db = Db::open(path, std::move(keys.cache)); // the connection keeps the one buffer, to open its writer
    if (!db) {
        return Unexpected(CacheError::fromDb(db.error()));
    }
    db->setLedgerKey(std::move(keys.ledger));
    if (auto migrated = schema::migrate(*db); !migrated) {
        return Unexpected(CacheError::fromDb(migrated.error()));
    }
    if (keys.ledgerKeyIsNew) {
        if (auto sealed = AuditLedger(*db).sealEarlierEntries(); !sealed) {
            return Unexpected(CacheError::fromDb(sealed.error()));
        }
    }
    return std::move(*db);
}

CacheError keychainError(const SecretError& error)
{
    return {CacheError::Kind::KeychainUnavailable, error.message};
}

// The ledger key, read or (when the keychain has none) made and saved; then `done` with both keys.
void obtainLedgerKey(QPointer<SecretStore> store, QObject* context, CacheKeys keys, CacheFile::KeysReady done)
{
    if (!store) {
        return;
    }
    store->read(LedgerKey::keychainName(), context,
                [store, context, keys = std::move(keys), done](SecretValue value) mutable {
                    if (value) {
                        keys.ledger = LedgerKey::fromStored(*value);
                        if (!keys.ledger) {
                            done(Unexpected(CacheError{CacheError::Kind::KeychainUnavailable,
                                                       CacheError::tr("the audit ledger's key in the keychain is not "
                                                                      "one this program made")}));
                            return;
                        }
                        done(std::move(keys));
                        return;
                    }
                    if (value.error().kind != SecretError::Kind::NotFound) {
                        done(Unexpected(keychainError(value.error())));
                        return;
                    }
                    if (!store) {
                        return;
                    }
                    keys.ledger = LedgerKey::generate();
                    keys.ledgerKeyIsNew = true;
                    QByteArray stored = keys.ledger->toStored();
                    store->write(LedgerKey::keychainName(), stored, context,
                                 [keys = std::move(keys), stored, done](SecretStatus written) mutable {
                                     if (!written) {
                                         done(Unexpected(keychainError(written.error())));
                                         return;
                                     }
                                     wipeSecret(stored); // see the cache key's write
                                     done(std::move(keys));
                                 });
                });
}

} // namespace

QString CacheError::message() const
{
    QString why;
    switch (kind) {
    case Kind::KeychainUnavailable:
        return tr("The local cache cannot be opened: its key cannot be read from the system keychain (%1).")
            .arg(detail);
    case Kind::KeyMissing:
        why = tr("the system keychain no longer holds its key");
        break;
    case Kind::WrongKeyOrDamaged:
        why = tr("its key does not open it, or the file is damaged");
        break;
    case Kind::Corrupt:
        why = tr("the file is damaged (a page failed its integrity check)");
        break;
    case Kind::DiskFull:
        return tr("The local cache cannot be written: the disk is full. Free some space and try again.");
    case Kind::Other:
        why = detail;
        break;
    }
    return tr("The local cache cannot be opened: %1. It can be rebuilt from the platform.").arg(why);
}

CacheError CacheError::fromDb(const DbError& error)
{
    switch (error.kind) {
    case DbError::Kind::NotADatabase:
        return {Kind::WrongKeyOrDamaged, error.message()};
    case DbError::Kind::Corrupt:
        return {Kind::Corrupt, error.message()};
    case DbError::Kind::DiskFull:
        return {Kind::DiskFull, error.message()};
    case DbError::Kind::CannotOpen:
    case DbError::Kind::ReadOnly:
    case DbError::Kind::Busy:
    case DbError::Kind::Constraint:
    case DbError::Kind::UnsupportedCipher:
    case DbError::Kind::Interrupted:
    case DbError::Kind::Misuse:
    case DbError::Kind::NoLedgerKey:
    case DbError::Kind::Other:
        break;
    }
    return {Kind::Other, error.message()};
}

QString CacheFile::defaultPath(const QUuid& profile)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/cache/") +
           profile.toString(QUuid::WithoutBraces) + QStringLiteral(".sqlite");
}

void CacheFile::open(SecretStore& secrets, const QString& path, QObject* context, Opened done)
{
    obtainKeys(secrets, path, context, [path, done](Expected<CacheKeys, CacheError> keys) {
        if (!keys) {
            done(Unexpected(keys.error()));
            return;
        }
        done(openWithKeys(path, std::move(*keys)));
    });
}

void CacheFile::obtainKeys(SecretStore& secrets, const QString& path, QObject* context, KeysReady keysReady)
{
    const bool fileExists = QFile::exists(path);
    QPointer<SecretStore> store(&secrets);
    // The cache key first, then the ledger key.
    const auto done = [store, context, keysReady](Expected<std::shared_ptr<const KeyBytes>, CacheError> key) {
        if (!key) {
            keysReady(Unexpected(key.error()));
            return;
        }
        CacheKeys keys;
        keys.cache = std::move(*key);
        obtainLedgerKey(store, context, std::move(keys), keysReady);
    };
    secrets.read(keyName(), context, [store, context, fileExists, done](SecretValue value) {
        if (value) {
            auto key = KeyBytes::fromHex(*value); // wipes the text, in every copy the keychain's job shares
            if (!key) {
                done(Unexpected(CacheError{CacheError::Kind::WrongKeyOrDamaged, {}}));
                return;
            }
            done(std::move(key));
            return;
        }
        if (value.error().kind != SecretError::Kind::NotFound) {
            done(Unexpected(keychainError(value.error())));
            return;
        }
        if (fileExists) {
            done(Unexpected(CacheError{CacheError::Kind::KeyMissing, {}}));
            return;
        }
        if (!store) {
            return;
        }
        // A new cache: the key is saved first, so no file can exist whose key was never kept.
        auto key = KeyBytes::random();
        if (!key) {
            done(Unexpected(CacheError{CacheError::Kind::Other, CacheError::tr("No random key could be made.")}));
            return;
        }
        QByteArray hex = key->toHex();
        store->write(keyName(), hex, context, [key, hex, done](SecretStatus written) mutable {
            if (!written) {
                // Possibly a keychain that did not answer in time, whose job may still be writing the text: it is
                // left to that job.
                done(Unexpected(keychainError(written.error())));
                return;
            }
            wipeSecret(hex); // written: the keychain's job, which shares the buffer, no longer needs it
            done(std::move(key));
        });
    });
}

void CacheFile::rebuild(SecretStore& secrets, const QString& path, QObject* context, Opened done)
{
    if (!removeFiles(path)) {
        done(Unexpected(CacheError{
            CacheError::Kind::Other,
            CacheError::tr("The old cache file %1 cannot be deleted.").arg(QDir::toNativeSeparators(path))}));
        return;
    }
    QPointer<SecretStore> store(&secrets);
    secrets.remove(keyName(), context, [store, path, context, done](SecretStatus removed) {
        if (!removed) {
            done(Unexpected(keychainError(removed.error())));
            return;
        }
        if (store) {
            open(*store, path, context, done);
        }
    });
}

Expected<Db, CacheError> CacheFile::openWithKeys(const QString& path, CacheKeys keys)
{
    return openFile(path, std::move(keys));
}

bool CacheFile::removeFiles(const QString& path)
{
    bool allGone = true;
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString file = path + suffix;
        if (QFile::exists(file) && !QFile::remove(file)) {
            allGone = false;
        }
    }
    return allGone;
}

Expected<QStringList, DbError> CacheFile::checkIntegrity(Db& db)
{
    QStringList problems;
    // cipher_integrity_check verifies every page's HMAC; integrity_check then walks the b-trees and indexes.
    for (const std::string_view pragma :
         {std::string_view("PRAGMA cipher_integrity_check"), std::string_view("PRAGMA integrity_check")}) {
        auto statement = db.prepare(pragma);
        if (!statement) {
            return Unexpected(statement.error());
        }
        while (true) {
            auto row = statement->step();
            if (!row) {
                return Unexpected(row.error());
            }
            if (!*row) {
                break;
            }
            const QString line = statement->text(0);
            if (line != QLatin1String("ok")) {
                problems.append(line);
            }
        }
    }
    return problems;
}

} // namespace dm
