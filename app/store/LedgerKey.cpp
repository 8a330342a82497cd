#include "store/LedgerKey.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace dm {

namespace {

int hexValue(char digit)
{
    if (digit >= '0' && digit <= '9') {
        return digit - '0';
    }
    if (digit >= 'a' && digit <= 'f') {
        return digit - 'a' + 10;
    }
    if (digit >= 'A' && digit <= 'F') {
        return digit - 'A' + 10;
    }
    return -1;
}

} // namespace

LedgerKey::~LedgerKey()
{
    OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
}

std::shared_ptr<const LedgerKey> LedgerKey::generate()
{
    std::shared_ptr<LedgerKey> key(new LedgerKey);
    if (RAND_bytes(key->m_bytes.data(), int(key->m_bytes.size())) != 1) {
        return nullptr;
    }
    return key;
}

std::shared_ptr<const LedgerKey> LedgerKey::fromStored(QByteArray& stored)
{
    std::shared_ptr<LedgerKey> key(new LedgerKey);
    // Decoded in place, without QByteArray::fromHex, so no other copy of the bytes is left behind.
    bool valid = stored.size() == 2 * Size;
    for (qsizetype i = 0; valid && i < Size; ++i) {
        const int high = hexValue(stored.at(2 * i));
        const int low = hexValue(stored.at(2 * i + 1));
        valid = high >= 0 && low >= 0;
        key->m_bytes[size_t(i)] = static_cast<unsigned char>(valid ? high * 16 + low : 0);
    }
    OPENSSL_cleanse(stored.data(), size_t(stored.size()));
    stored.clear();
    return valid ? key : nullptr;
}

QByteArray LedgerKey::toStored() const
{
    static constexpr char kDigits[] = "0123456789abcdef";
    QByteArray text(2 * Size, '0');
    for (qsizetype i = 0; i < Size; ++i) {
        text[2 * i] = kDigits[m_bytes[size_t(i)] >> 4];
        text[2 * i + 1] = kDigits[m_bytes[size_t(i)] & 0x0f];
    }
    return text;
}

QByteArray LedgerKey::seal(const QByteArray& message) const
{
    QByteArray mac(EVP_MAX_MD_SIZE, '\0');
    unsigned int length = 0;
    HMAC(EVP_sha256(), m_bytes.data(), int(m_bytes.size()), reinterpret_cast<const unsigned char*>(message.constData()),
         size_t(message.size()), reinterpret_cast<unsigned char*>(mac.data()), &length);
    mac.truncate(qsizetype(length));
    return mac;
}

} // namespace dm
