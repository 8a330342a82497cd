#pragma once

#include <QByteArray>

#include <array>
#include <memory>

namespace dm {

// Overwrites the bytes of `bytes` where they lie, then empties it. QByteArray shares its buffer between copies, and
// writing through data() first detaches, leaving the shared buffer as it was: this writes through constData() so
// that every copy sharing the buffer (the keychain job's, a queued callback's) reads zeros afterwards. Call it only
// once no copy still needs the bytes (after a keychain write has finished). A literal or raw data is only let go.
void wipeSecret(QByteArray& bytes);

// Writes `count` bytes as 2 * count lowercase hex digits at `out`, so that key material can be encoded into a buffer
// the caller wipes, without the temporary that QByteArray::toHex() would leave behind.
void writeHex(const unsigned char* bytes, qsizetype count, char* out);

// 32 secret bytes (a cache key or the ledger key) held in this one object and wiped when it goes: it cannot be copied,
// so code that needs the key shares the object by pointer and no stray copy of the bytes is left in the heap.
class KeyBytes
{
public:
    static constexpr qsizetype Size = 32;

    KeyBytes() = default; // all zero
    KeyBytes(const KeyBytes&) = delete;
    KeyBytes& operator=(const KeyBytes&) = delete;
    ~KeyBytes();

    // 32 bytes from the operating system's random source; nullptr if it fails.
    [[nodiscard]] static std::shared_ptr<const KeyBytes> random();
    // Decodes the keychain's text (64 hex digits) without another copy, and wipes the text whatever the outcome;
    // nullptr when it is not that.
    [[nodiscard]] static std::shared_ptr<const KeyBytes> fromHex(QByteArray& text);

    // A copy of the Size bytes at `bytes` (a connection keeps one to open another, Db::openAnother).
    [[nodiscard]] static std::shared_ptr<const KeyBytes> copyOf(const unsigned char* bytes);

    // 64 lowercase hex digits, for the keychain; the caller wipes them (wipeSecret) once written.
    [[nodiscard]] QByteArray toHex() const;
    [[nodiscard]] const unsigned char* data() const { return m_bytes.data(); }
    [[nodiscard]] static constexpr qsizetype size() { return Size; }

private:
    std::array<unsigned char, Size> m_bytes{};
};

} // namespace dm
