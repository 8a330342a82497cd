#pragma once

// OpenSSL plumbing shared by the time-stamp sources; not part of the library's interface.

#include "timestamp/OpenSslHandle.h"
#include "timestamp/TimestampReply.h"

#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include <memory>
#include <optional>

namespace dm::tsdetail {

using StorePtr = std::unique_ptr<X509_STORE, OpenSslFree<X509_STORE_free>>;
using Pkcs7Ptr = std::unique_ptr<PKCS7, OpenSslFree<PKCS7_free>>;
using TstInfoPtr = std::unique_ptr<TS_TST_INFO, OpenSslFree<TS_TST_INFO_free>>;
using ReqPtr = std::unique_ptr<TS_REQ, OpenSslFree<TS_REQ_free>>;
using RespPtr = std::unique_ptr<TS_RESP, OpenSslFree<TS_RESP_free>>;
using VerifyCtxPtr = std::unique_ptr<TS_VERIFY_CTX, OpenSslFree<TS_VERIFY_CTX_free>>;
using AlgorPtr = std::unique_ptr<X509_ALGOR, OpenSslFree<X509_ALGOR_free>>;
using ImprintPtr = std::unique_ptr<TS_MSG_IMPRINT, OpenSslFree<TS_MSG_IMPRINT_free>>;

// DER of an OpenSSL object through its i2d function; empty on failure.
template <auto Encode, typename T>
QByteArray toDer(const T* value)
{
    unsigned char* der = nullptr;
    const int length = Encode(value, &der);
    if (length <= 0) {
        return {};
    }
    QByteArray bytes(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return bytes;
}

// The object that exactly `der` encodes (nothing missing, nothing after it), or null. `Ptr` is its owning pointer.
template <typename Ptr, auto Decode>
Ptr fromDer(const QByteArray& der)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(der.constData());
    const auto* cursor = begin;
    Ptr value(Decode(nullptr, &cursor, static_cast<long>(der.size())));
    if (value && cursor != begin + der.size()) {
        return Ptr(); // trailing bytes: not what was signed or sent
    }
    return value;
}

// A TimeStampReq for `digest` (SHA-256 for 32 bytes, SHA-512 for 64), or null. Also what TS_VERIFY_CTX is built
// from: OpenSSL 3.0 takes the expected imprint, its algorithm and the nonce only from a request.
ReqPtr makeRequest(const QByteArray& digest, std::optional<quint64> nonce, bool certReq);

QString integerHex(const ASN1_INTEGER* integer);
TimestampInfo readTstInfo(TS_TST_INFO* tstInfo);
// The names of the errors OpenSSL queued, oldest first, and the queue emptied.
QString takeOpensslErrors();

} // namespace dm::tsdetail
