#include "timestamp/TimestampQuery.h"

#include "timestamp/TimestampOpenssl.h"

#include <QRandomGenerator>

#include <openssl/err.h>
#include <openssl/evp.h>

namespace dm {

namespace tsdetail {

ReqPtr makeRequest(const QByteArray& digest, std::optional<quint64> nonce, bool certReq)
{
    const EVP_MD* md = digest.size() == 32 ? EVP_sha256() : digest.size() == 64 ? EVP_sha512() : nullptr;
    ReqPtr request(TS_REQ_new());
    ImprintPtr imprint(TS_MSG_IMPRINT_new());
    AlgorPtr algorithm(X509_ALGOR_new());
    IntegerPtr nonceValue(nonce ? ASN1_INTEGER_new() : nullptr);
    if (!md || !request || !imprint || !algorithm || (nonce && !nonceValue)) {
        return nullptr;
    }
    // The setters copy what they are given.
    X509_ALGOR_set_md(algorithm.get(), md);
    const bool built =
        TS_REQ_set_version(request.get(), 1) == 1 && TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) == 1 &&
        TS_MSG_IMPRINT_set_msg(imprint.get(), reinterpret_cast<unsigned char*>(const_cast<char*>(digest.constData())),
                               static_cast<int>(digest.size())) == 1 &&
        TS_REQ_set_msg_imprint(request.get(), imprint.get()) == 1 &&
        (!nonce || (ASN1_INTEGER_set_uint64(nonceValue.get(), *nonce) == 1 &&
                    TS_REQ_set_nonce(request.get(), nonceValue.get()) == 1)) &&
        TS_REQ_set_cert_req(request.get(), certReq ? 1 : 0) == 1;
    ERR_clear_error();
    return built ? std::move(request) : nullptr;
}

} // namespace tsdetail

Expected<TimestampQuery, QString> makeTimestampQuery(const QByteArray& sha256Digest)
{
    if (sha256Digest.size() != 32) {
        return Unexpected{QStringLiteral("a SHA-256 digest has 32 bytes, not %1").arg(sha256Digest.size())};
    }
    const quint64 nonce = QRandomGenerator::system()->generate64();
    const tsdetail::ReqPtr request = tsdetail::makeRequest(sha256Digest, nonce, true);
    const QByteArray der = request ? tsdetail::toDer<i2d_TS_REQ>(request.get()) : QByteArray();
    if (der.isEmpty()) {
        return Unexpected{QStringLiteral("OpenSSL could not build the time-stamp query")};
    }
    return TimestampQuery{der, sha256Digest, nonce};
}

} // namespace dm
