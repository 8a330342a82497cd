#include "proof/PackSigning.h"

#include "proof/ProofPack.h"
#include "proof/ProofTexts.h"
#include "timestamp/OpenSslHandle.h"

#include <QScopeGuard>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <memory>

namespace dm::proof {
namespace {

using BioPtr = std::unique_ptr<BIO, OpenSslFree<BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslFree<CMS_ContentInfo_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, OpenSslFree<PKCS12_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslFree<X509_free>>;
using CertStackPtr = std::unique_ptr<STACK_OF(X509), OpenSslFree<freeCertificateStack>>;
using StorePtr = std::unique_ptr<X509_STORE, OpenSslFree<X509_STORE_free>>;

BioPtr memoryOf(const QByteArray& bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

// OpenSSL's reasons, oldest first, with the detail text it attached (e.g. the certificate error); the queue emptied.
QString takeErrors()
{
    QStringList reasons;
    const char* data = nullptr;
    int flags = 0;
    while (const unsigned long error = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) {
        QString reason = QString::fromLatin1(ERR_reason_error_string(error));
        if ((flags & ERR_TXT_STRING) && data && *data) {
            reason += QStringLiteral(" (") + QString::fromUtf8(data) + QLatin1Char(')');
        }
        if (!reason.isEmpty() && !reasons.contains(reason)) {
            reasons.append(reason);
        }
    }
    return reasons.isEmpty() ? ProofTexts::tr("unknown OpenSSL error") : reasons.join(QStringLiteral("; "));
}

QString subjectOf(X509* certificate)
{
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || X509_NAME_print_ex(out.get(), X509_get_subject_name(certificate), 0,
                                   XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0) {
        return QString();
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(size));
}

// Overwrites the characters where they lie, then empties the string. Only a string that alone holds its characters
// is overwritten: writing to one that shares them (Qt's implicit sharing) would first copy them, and the other holder's
// copy is not this library's to touch.
void wipe(QString& text)
{
    if (text.isDetached()) {
        OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

} // namespace

struct CourtSigner::Keys
{
    KeyPtr key;
    X509Ptr certificate;
    CertStackPtr chain; // the other certificates of the PKCS#12 file, included in every signature
    QString subject;
};

CourtSigner::CourtSigner(std::unique_ptr<Keys> keys)
    : m_keys(std::move(keys))
{}

CourtSigner::~CourtSigner() = default;

Expected<std::shared_ptr<const CourtSigner>, QString> CourtSigner::load(const QByteArray& pkcs12, QString& password)
{
    QByteArray secret = password.toUtf8();
    wipe(password);
    const auto cleanse = qScopeGuard([&secret] { OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size())); });
    ERR_clear_error();
    BioPtr in = memoryOf(pkcs12);
    const Pkcs12Ptr bundle(in ? d2i_PKCS12_bio(in.get(), nullptr) : nullptr);
    if (!bundle) {
        ERR_clear_error();
        return Unexpected{ProofTexts::tr("the signing file is not a PKCS#12 (.p12/.pfx) file")};
    }
    EVP_PKEY* rawKey = nullptr;
    X509* rawCertificate = nullptr;
    STACK_OF(X509)* rawChain = nullptr;
    const int parsed = PKCS12_parse(bundle.get(), secret.constData(), &rawKey, &rawCertificate, &rawChain);
    auto keys = std::make_unique<Keys>();
    keys->key.reset(rawKey);
    keys->certificate.reset(rawCertificate);
    keys->chain.reset(rawChain);
    if (parsed != 1) {
        const unsigned long error = ERR_peek_error();
        ERR_clear_error();
        if (ERR_GET_LIB(error) == ERR_LIB_PKCS12 && ERR_GET_REASON(error) == PKCS12_R_MAC_VERIFY_FAILURE) {
            return Unexpected{ProofTexts::tr("wrong password for the PKCS#12 file")};
        }
        return Unexpected{ProofTexts::tr("the PKCS#12 file cannot be opened: wrong password, or it is protected by an "
                                         "algorithm OpenSSL 3 no longer offers by default (RC2, 3DES; export it again "
                                         "with AES-256)")};
    }
    if (!keys->key || !keys->certificate) {
        return Unexpected{ProofTexts::tr("the PKCS#12 file holds no private key with its certificate")};
    }
    if (X509_check_private_key(keys->certificate.get(), keys->key.get()) != 1) {
        ERR_clear_error();
        return Unexpected{ProofTexts::tr("the PKCS#12 file's key does not belong to its certificate")};
    }
    keys->subject = subjectOf(keys->certificate.get());
    return std::shared_ptr<const CourtSigner>(new CourtSigner(std::move(keys)));
}

// CMS_sign() only takes references to the key and the certificates and reads them: concurrent calls share them safely.
Expected<QByteArray, QString> CourtSigner::sign(const QByteArray& content) const
{
    ERR_clear_error();
    BioPtr data = memoryOf(content);
    const CmsPtr cms(data ? CMS_sign(m_keys->certificate.get(), m_keys->key.get(), m_keys->chain.get(), data.get(),
                                     CMS_DETACHED | CMS_BINARY)
                          : nullptr);
    if (!cms) {
        return Unexpected{ProofTexts::tr("OpenSSL could not sign: %1").arg(takeErrors())};
    }
    unsigned char* der = nullptr;
    const int length = i2d_CMS_ContentInfo(cms.get(), &der);
    if (length <= 0) {
        return Unexpected{ProofTexts::tr("OpenSSL could not encode the signature: %1").arg(takeErrors())};
    }
    QByteArray signature(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return signature;
}

QString CourtSigner::subject() const
{
    return m_keys->subject;
}

Expected<QByteArray, QString> signDetached(const QByteArray& content, const QByteArray& pkcs12, const QString& password)
{
    QString shared = password; // shares the caller's characters: load() releases it without touching them
    auto signer = CourtSigner::load(pkcs12, shared);
    if (!signer) {
        return Unexpected{signer.error()};
    }
    return (*signer)->sign(content);
}

namespace pack {

Expected<SignatureCheck, QString> verifyDetached(const QByteArray& content, const QByteArray& signatureDer,
                                                 const QByteArray& trustedCaPem)
{
    ERR_clear_error();
    const auto* cursor = reinterpret_cast<const unsigned char*>(signatureDer.constData());
    const auto* end = cursor + signatureDer.size();
    const CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(signatureDer.size())));
    if (!cms || cursor != end) {
        ERR_clear_error();
        return Unexpected{ProofTexts::tr("not a DER CMS signature")};
    }
    if (CMS_is_detached(cms.get()) != 1) {
        return Unexpected{ProofTexts::tr("the signature is not detached: it carries content of its own")};
    }
    const StorePtr store(X509_STORE_new());
    if (!store) {
        return Unexpected{ProofTexts::tr("OpenSSL could not set up the verification")};
    }
    const bool checkChain = !trustedCaPem.isEmpty();
    if (checkChain) {
        BioPtr pem = memoryOf(trustedCaPem);
        int added = 0;
        while (X509Ptr certificate{pem ? PEM_read_bio_X509(pem.get(), nullptr, nullptr, nullptr) : nullptr}) {
            added += X509_STORE_add_cert(store.get(), certificate.get()) == 1 ? 1 : 0;
        }
        ERR_clear_error(); // the read that ended the loop
        if (added == 0) {
            return Unexpected{ProofTexts::tr("the trusted CA file holds no certificate")};
        }
        // A court's signing certificate is rarely an S/MIME one: the chain is what matters, not the purpose.
        X509_STORE_set_purpose(store.get(), X509_PURPOSE_ANY);
    }
    BioPtr data = memoryOf(content);
    const unsigned int flags = CMS_BINARY | (checkChain ? 0U : static_cast<unsigned int>(CMS_NO_SIGNER_CERT_VERIFY));
    if (!data || CMS_verify(cms.get(), nullptr, store.get(), data.get(), nullptr, flags) != 1) {
        return Unexpected{ProofTexts::tr("the signature does not verify: %1").arg(takeErrors())};
    }
    SignatureCheck check;
    check.chainChecked = checkChain;
    STACK_OF(X509)* signers = CMS_get0_signers(cms.get());
    QStringList subjects;
    for (int index = 0; signers && index < sk_X509_num(signers); ++index) {
        subjects.append(subjectOf(sk_X509_value(signers, index)));
    }
    sk_X509_free(signers); // the certificates belong to the CMS structure
    check.signerSubject = subjects.join(QStringLiteral("; "));
    ERR_clear_error();
    return check;
}

} // namespace pack
} // namespace dm::proof
