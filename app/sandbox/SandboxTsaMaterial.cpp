#include "sandbox/SandboxFiles.h"
#include "sandbox/SandboxTsa.h"
#include "timestamp/OpenSslHandle.h"

#include <QDir>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <optional>

namespace dm::sandbox {
namespace {

constexpr long kYear = 365L * 24 * 3600;
// Long lives on purpose: a token is verified against the chain's validity at verification time, and proof packs are
// checked years after they were made.
constexpr long kCaLifetime = 20 * kYear;
constexpr long kTsaLifetime = 10 * kYear;

struct KeyPair
{
    X509Ptr certificate;
    PkeyPtr key;
};

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, static_cast<qsizetype>(size)) : QByteArray();
}

std::optional<KeyPair> parsePair(const QByteArray& certificatePem, const QByteArray& keyPem)
{
    BioPtr certBio(BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size())));
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size())));
    KeyPair pair{X509Ptr(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr)),
                 PkeyPtr(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr))};
    if (!pair.certificate || !pair.key || X509_check_private_key(pair.certificate.get(), pair.key.get()) != 1 ||
        X509_cmp_current_time(X509_get0_notAfter(pair.certificate.get())) <= 0) {
        return std::nullopt;
    }
    return pair;
}

bool addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    ExtPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// A certificate for `key` named `commonName`, signed by `issuer` (itself when null). `extensions` are (nid, value)
// pairs in OpenSSL's configuration syntax.
X509Ptr makeCertificate(EVP_PKEY* key, const char* commonName, const KeyPair* issuer, long lifetime,
                        std::initializer_list<std::pair<int, const char*>> extensions)
{
    X509Ptr certificate(X509_new());
    BnPtr serial(BN_new());
    if (!certificate || !serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1) {
        return nullptr;
    }
    X509* cert = certificate.get();
    X509_NAME* name = X509_get_subject_name(cert);
    const auto* organisation = reinterpret_cast<const unsigned char*>("dmadmin sandbox platform");
    const auto* common = reinterpret_cast<const unsigned char*>(commonName);
    // Valid from an hour ago, so a client whose clock is slightly behind still accepts the chain.
    bool built = X509_set_version(cert, 2) == 1 &&
                 BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert)) != nullptr &&
                 X509_gmtime_adj(X509_getm_notBefore(cert), -3600) != nullptr &&
                 X509_gmtime_adj(X509_getm_notAfter(cert), lifetime) != nullptr && X509_set_pubkey(cert, key) == 1 &&
                 X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, organisation, -1, -1, 0) == 1 &&
                 X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, common, -1, -1, 0) == 1 &&
                 X509_set_issuer_name(cert, issuer ? X509_get_subject_name(issuer->certificate.get()) : name) == 1;
    X509* issuerCertificate = issuer ? issuer->certificate.get() : cert;
    for (const auto& [nid, value] : extensions) {
        built = built && addExtension(cert, issuerCertificate, nid, value);
    }
    built = built && X509_sign(cert, issuer ? issuer->key.get() : key, EVP_sha256()) > 0;
    return built ? std::move(certificate) : nullptr;
}

std::optional<KeyPair> makeCa()
{
    PkeyPtr key(EVP_EC_gen("P-256"));
    if (!key) {
        return std::nullopt;
    }
    X509Ptr certificate = makeCertificate(key.get(), "dmadmin sandbox TSA CA", nullptr, kCaLifetime,
                                          {{NID_basic_constraints, "critical,CA:TRUE,pathlen:0"},
                                           {NID_key_usage, "critical,keyCertSign,cRLSign"},
                                           {NID_subject_key_identifier, "hash"}});
    return certificate ? std::optional<KeyPair>(KeyPair{std::move(certificate), std::move(key)}) : std::nullopt;
}

std::optional<KeyPair> makeTsa(const KeyPair& ca)
{
    PkeyPtr key(EVP_EC_gen("P-256"));
    if (!key) {
        return std::nullopt;
    }
    // RFC 3161 §2.3: the one extended key usage is timeStamping, and it is critical.
    X509Ptr certificate = makeCertificate(key.get(), "dmadmin sandbox TSA", &ca, kTsaLifetime,
                                          {{NID_basic_constraints, "critical,CA:FALSE"},
                                           {NID_key_usage, "critical,digitalSignature"},
                                           {NID_ext_key_usage, "critical,timeStamping"},
                                           {NID_subject_key_identifier, "hash"},
                                           {NID_authority_key_identifier, "keyid:always"}});
    return certificate ? std::optional<KeyPair>(KeyPair{std::move(certificate), std::move(key)}) : std::nullopt;
}

bool isUsableCa(const KeyPair& ca)
{
    return X509_check_ca(ca.certificate.get()) == 1 &&
           X509_check_issued(ca.certificate.get(), ca.certificate.get()) == X509_V_OK;
}

bool isUsableTsa(const KeyPair& tsa, const KeyPair& ca)
{
    return X509_check_issued(ca.certificate.get(), tsa.certificate.get()) == X509_V_OK &&
           X509_verify(tsa.certificate.get(), ca.key.get()) == 1 &&
           X509_check_purpose(tsa.certificate.get(), X509_PURPOSE_TIMESTAMP_SIGN, 0) == 1;
}

std::pair<QByteArray, QByteArray> toPem(const KeyPair& pair)
{
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certBio.get(), pair.certificate.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), pair.key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return {};
    }
    return {bioContents(certBio.get()), bioContents(keyBio.get())};
}

} // namespace

Expected<TsaMaterial, QString> loadOrCreateTsaMaterial(const QString& dataDir)
{
    const QDir dir(QDir(dataDir).filePath(QStringLiteral("tsa")));
    const QString caPath = dir.filePath(QStringLiteral("ca.pem"));
    const QString caKeyPath = dir.filePath(QStringLiteral("ca-key.pem"));
    const QString tsaPath = dir.filePath(QStringLiteral("tsa.pem"));
    const QString tsaKeyPath = dir.filePath(QStringLiteral("tsa-key.pem"));
    if (!QDir().mkpath(dir.path())) {
        return Unexpected{QStringLiteral("cannot create %1").arg(dir.path())};
    }
    const QString writeFailure = QStringLiteral("cannot write the sandbox TSA certificates to %1").arg(dir.path());

    TsaMaterial material{readDataFile(caPath), readDataFile(caKeyPath), readDataFile(tsaPath),
                         readDataFile(tsaKeyPath)};
    std::optional<KeyPair> ca = parsePair(material.caCertificatePem, material.caKeyPem);
    if (!ca || !isUsableCa(*ca)) {
        ca = makeCa();
        if (!ca) {
            return Unexpected{QStringLiteral("OpenSSL could not make the sandbox TSA's CA")};
        }
        std::tie(material.caCertificatePem, material.caKeyPem) = toPem(*ca);
        material.tsaCertificatePem.clear(); // issued by the old CA: it must be issued again
        if (!writeDataFile(caKeyPath, material.caKeyPem, FileAccess::OwnerOnly) ||
            !writeDataFile(caPath, material.caCertificatePem, FileAccess::ReadableByAll)) {
            return Unexpected{writeFailure};
        }
    }
    std::optional<KeyPair> tsa = parsePair(material.tsaCertificatePem, material.tsaKeyPem);
    if (!tsa || !isUsableTsa(*tsa, *ca)) {
        tsa = makeTsa(*ca);
        if (!tsa) {
            return Unexpected{QStringLiteral("OpenSSL could not make the sandbox TSA certificate")};
        }
        std::tie(material.tsaCertificatePem, material.tsaKeyPem) = toPem(*tsa);
        if (!writeDataFile(tsaKeyPath, material.tsaKeyPem, FileAccess::OwnerOnly) ||
            !writeDataFile(tsaPath, material.tsaCertificatePem, FileAccess::ReadableByAll)) {
            return Unexpected{writeFailure};
        }
    }
    if (material.caCertificatePem.isEmpty() || material.tsaCertificatePem.isEmpty()) {
        return Unexpected{QStringLiteral("OpenSSL could not encode the sandbox TSA certificates")};
    }
    return material;
}

} // namespace dm::sandbox
