#include "timestamp/TimestampVerify.h"

#include "timestamp/TimestampOpenssl.h"

#include <openssl/err.h>
#include <openssl/esserr.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace dm {
namespace {

using namespace tsdetail;

struct Trust
{
    StorePtr anchors;        // the self-signed CAs
    CertStackPtr everything; // every certificate given, to find the signer and the path
};

std::optional<Trust> readTrust(const QByteArray& chainPem)
{
    Trust trust{StorePtr(X509_STORE_new()), CertStackPtr(sk_X509_new_null())};
    BioPtr bio(BIO_new_mem_buf(chainPem.constData(), static_cast<int>(chainPem.size())));
    if (!trust.anchors || !trust.everything || !bio) {
        return std::nullopt;
    }
    int anchors = 0;
    while (X509Ptr certificate{PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)}) {
        if (X509_check_ca(certificate.get()) > 0 && X509_self_signed(certificate.get(), 1) == 1 &&
            X509_STORE_add_cert(trust.anchors.get(), certificate.get()) == 1) {
            ++anchors;
        }
        if (sk_X509_push(trust.everything.get(), certificate.get()) > 0) {
            certificate.release();
        }
    }
    ERR_clear_error(); // the read that ended the loop
    return anchors > 0 ? std::optional<Trust>(std::move(trust)) : std::nullopt;
}

// OpenSSL's reason for a failed verification, in plain words. Its checks run in a fixed order (signer found, path,
// ESS binding, signature, version, imprint, nonce, TSA name), so the first failure is the one reported.
QString explainFailure()
{
    QString explanation;
    QString reasons;
    const char* data = nullptr;
    int flags = 0;
    while (const unsigned long error = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) {
        const int library = ERR_GET_LIB(error);
        const int reason = ERR_GET_REASON(error);
        const QString detail = (flags & ERR_TXT_STRING) && data ? QString::fromUtf8(data) : QString();
        if (const char* text = ERR_reason_error_string(error)) {
            reasons += (reasons.isEmpty() ? QString() : QStringLiteral("; ")) + QString::fromLatin1(text);
        }
        if (!explanation.isEmpty()) {
            continue;
        }
        if (library == ERR_LIB_TS && reason == TS_R_MESSAGE_IMPRINT_MISMATCH) {
            explanation = QStringLiteral("wrong digest: the time-stamp is for other data");
        } else if (library == ERR_LIB_TS && (reason == TS_R_NONCE_MISMATCH || reason == TS_R_NONCE_NOT_RETURNED)) {
            explanation = QStringLiteral("nonce mismatch: the reply does not answer this query");
        } else if (library == ERR_LIB_TS && reason == TS_R_SIGNATURE_FAILURE) {
            explanation = QStringLiteral("bad signature: the token was altered or not signed by its certificate");
        } else if (library == ERR_LIB_TS && reason == TS_R_CERTIFICATE_VERIFY_ERROR) {
            const QString purposeError = QString::fromLatin1(X509_verify_cert_error_string(X509_V_ERR_INVALID_PURPOSE));
            explanation = detail.endsWith(purposeError)
                              ? QStringLiteral("wrong-usage signer: its certificate is not for time-stamping")
                              : QStringLiteral("untrusted signer: %1").arg(detail.section(QLatin1Char(':'), 1));
        } else if (library == ERR_LIB_PKCS7 && reason == PKCS7_R_SIGNER_CERTIFICATE_NOT_FOUND) {
            explanation = QStringLiteral("untrusted signer: its certificate is neither in the token nor in the chain");
        } else if (library == ERR_LIB_ESS || (library == ERR_LIB_TS && reason == TS_R_ESS_SIGNING_CERTIFICATE_ERROR)) {
            explanation = QStringLiteral("bad signature: the token names another signing certificate");
        } else if (library == ERR_LIB_TS && reason == TS_R_TSA_NAME_MISMATCH) {
            explanation = QStringLiteral("the TSA name in the token is not its signer's");
        } else if (library == ERR_LIB_TS && reason == TS_R_UNSUPPORTED_VERSION) {
            explanation = QStringLiteral("not a version 1 time-stamp");
        }
    }
    if (!explanation.isEmpty()) {
        return explanation;
    }
    return QStringLiteral("the time-stamp did not verify: %1")
        .arg(reasons.isEmpty() ? QStringLiteral("unknown") : reasons);
}

} // namespace

Expected<TimestampInfo, QString> verifyTimestamp(const QByteArray& tokenOrReplyDer, const QByteArray& expectedDigest,
                                                 const QByteArray& trustedChainPem,
                                                 std::optional<quint64> expectedNonce)
{
    ERR_clear_error();
    // A reply is checked for its status first; a token is taken as it is.
    Pkcs7Ptr token;
    if (const RespPtr response = fromDer<RespPtr, d2i_TS_RESP>(tokenOrReplyDer)) {
        auto reply = parseTimestampReply(tokenOrReplyDer);
        if (!reply) {
            return Unexpected{reply.error()};
        }
        if (!reply->isGranted()) {
            return Unexpected{QStringLiteral("not granted: the TSA answered %1").arg(reply->describeStatus())};
        }
        token.reset(PKCS7_dup(TS_RESP_get_token(response.get())));
    } else {
        token = fromDer<Pkcs7Ptr, d2i_PKCS7>(tokenOrReplyDer);
    }
    const TstInfoPtr tstInfo(token ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr);
    if (!tstInfo) {
        ERR_clear_error();
        return Unexpected{QStringLiteral("not a time-stamp at all: neither a TimeStampResp nor a token")};
    }
    TimestampInfo info = readTstInfo(tstInfo.get());
    // OpenSSL compares the digest bytes; the algorithm is compared here, where the message can name it.
    const QString expectedAlgorithm = expectedDigest.size() == 32   ? QStringLiteral("SHA256")
                                      : expectedDigest.size() == 64 ? QStringLiteral("SHA512")
                                                                    : QString();
    if (expectedAlgorithm.isEmpty()) {
        return Unexpected{QStringLiteral("the expected digest is neither SHA-256 nor SHA-512")};
    }
    if (info.imprintAlgorithm != expectedAlgorithm) {
        return Unexpected{QStringLiteral("wrong digest: the time-stamp is over a %1 digest, not %2")
                              .arg(info.imprintAlgorithm, expectedAlgorithm)};
    }
    std::optional<Trust> trust = readTrust(trustedChainPem);
    if (!trust) {
        return Unexpected{QStringLiteral("the trusted chain holds no CA certificate")};
    }

    // OpenSSL 3.0 takes the expected imprint and nonce only from a request, so one is built for the purpose.
    const ReqPtr expected = makeRequest(expectedDigest, expectedNonce, false);
    VerifyCtxPtr context(expected ? TS_REQ_to_TS_VERIFY_CTX(expected.get(), nullptr) : nullptr);
    if (!context) {
        ERR_clear_error();
        return Unexpected{QStringLiteral("OpenSSL could not set up the verification")};
    }
    TS_VERIFY_CTX_set_flags(context.get(), TS_VFY_VERSION | TS_VFY_SIGNATURE | TS_VFY_IMPRINT | TS_VFY_SIGNER |
                                               (expectedNonce ? TS_VFY_NONCE : 0));
    TS_VERIFY_CTX_set_store(context.get(), trust->anchors.release()); // the context owns them from here
    TS_VERIFY_CTX_set_certs(context.get(), trust->everything.release());
    if (TS_RESP_verify_token(context.get(), token.get()) != 1) {
        return Unexpected{explainFailure()};
    }
    ERR_clear_error();
    return info;
}

} // namespace dm
