#pragma once

#include "store/KeyBytes.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace dm {

// The secret that seals the audit ledger: each entry's hash is an HMAC-SHA256 under this key. It lives in the
// profile's keychain entry "ledger-key", apart from the cache key, so someone who can write the cache file (even with
// the cache key) but cannot read the keychain cannot forge an entry or recompute the chain after changing one.
//
// The bytes are held in one KeyBytes, wiped when it goes; the key is shared by pointer, never copied.
class LedgerKey
{
public:
    static constexpr qsizetype Size = KeyBytes::Size;

    [[nodiscard]] static QString keychainName() { return QStringLiteral("ledger-key"); }
    // 32 bytes from the operating system's random source.
    [[nodiscard]] static std::shared_ptr<const LedgerKey> generate();
    // From the keychain's text (64 hex digits), which is wiped; nullptr when it is not one.
    [[nodiscard]] static std::shared_ptr<const LedgerKey> fromStored(QByteArray& stored);

    LedgerKey(const LedgerKey&) = delete;
    LedgerKey& operator=(const LedgerKey&) = delete;

    // The keychain's text; the caller wipes it once written.
    [[nodiscard]] QByteArray toStored() const { return m_key->toHex(); }
    // HMAC-SHA256 of `message` under this key.
    [[nodiscard]] QByteArray seal(const QByteArray& message) const;

private:
    explicit LedgerKey(std::shared_ptr<const KeyBytes> key)
        : m_key(std::move(key))
    {}
    std::shared_ptr<const KeyBytes> m_key; // never null
};

} // namespace dm
