#include "store/LedgerKey.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace dm {

std::shared_ptr<const LedgerKey> LedgerKey::generate()
{
    auto bytes = KeyBytes::random();
    return bytes ? std::shared_ptr<const LedgerKey>(new LedgerKey(std::move(bytes))) : nullptr;
}

std::shared_ptr<const LedgerKey> LedgerKey::fromStored(QByteArray& stored)
{
    auto bytes = KeyBytes::fromHex(stored);
    return bytes ? std::shared_ptr<const LedgerKey>(new LedgerKey(std::move(bytes))) : nullptr;
}

QByteArray LedgerKey::seal(const QByteArray& message) const
{
    QByteArray mac(EVP_MAX_MD_SIZE, '\0');
    unsigned int length = 0;
    HMAC(EVP_sha256(), m_key->data(), int(m_key->size()), reinterpret_cast<const unsigned char*>(message.constData()),
         size_t(message.size()), reinterpret_cast<unsigned char*>(mac.data()), &length);
    mac.truncate(qsizetype(length));
    return mac;
}

} // namespace dm
