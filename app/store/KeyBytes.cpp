#include "store/KeyBytes.h"

#include "core/HexDigits.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>

namespace dm {

void writeHex(const unsigned char* bytes, qsizetype count, char* out)
{
    for (qsizetype i = 0; i < count; ++i) {
        out[2 * i] = kHexDigits[bytes[i] >> 4];
        out[2 * i + 1] = kHexDigits[bytes[i] & 0x0f];
    }
}

void wipeSecret(QByteArray& bytes)
{
    // Only a buffer Qt allocated has a header; a literal or fromRawData() has none, and may be read-only memory.
    if (!bytes.isEmpty() && bytes.data_ptr().d_ptr() != nullptr) {
        // Written in place on purpose: see the header. OPENSSL_cleanse is a store the optimiser keeps.
        OPENSSL_cleanse(const_cast<char*>(bytes.constData()), size_t(bytes.size()));
    }
    bytes.clear();
}

KeyBytes::~KeyBytes()
{
    OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
}

std::shared_ptr<const KeyBytes> KeyBytes::random()
{
    auto key = std::make_shared<KeyBytes>();
    if (RAND_bytes(key->m_bytes.data(), int(key->m_bytes.size())) != 1) {
        return nullptr;
    }
    return key;
}

std::shared_ptr<const KeyBytes> KeyBytes::fromHex(QByteArray& text)
{
    auto key = std::make_shared<KeyBytes>();
    bool valid = text.size() == 2 * Size;
    for (qsizetype i = 0; valid && i < Size; ++i) {
        const int high = hexDigitValue(uchar(text.at(2 * i)));
        const int low = hexDigitValue(uchar(text.at(2 * i + 1)));
        valid = high >= 0 && low >= 0;
        key->m_bytes[size_t(i)] = static_cast<unsigned char>(valid ? high * 16 + low : 0);
    }
    wipeSecret(text);
    return valid ? key : nullptr;
}

std::shared_ptr<const KeyBytes> KeyBytes::copyOf(const unsigned char* bytes)
{
    auto key = std::make_shared<KeyBytes>();
    std::copy_n(bytes, Size, key->m_bytes.begin());
    return key;
}

QByteArray KeyBytes::toHex() const
{
    QByteArray text(2 * Size, '0');
    writeHex(m_bytes.data(), Size, text.data());
    return text;
}

} // namespace dm
