#include "sandbox/SandboxTls.h"

#include "sandbox/SandboxFiles.h"
#include "timestamp/OpenSslHandle.h"

#include <QDir>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace dm::sandbox {
namespace {

constexpr long kValidSeconds = 397L * 24 * 3600; // the longest lifetime browsers accept; renewed when it runs out

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, static_cast<qsizetype>(size)) : QByteArray();
}

BioPtr memoryBio(const QByteArray& bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

bool addExtension(X509* certificate, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    ExtPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

QByteArray spkiPin(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    if (length <= 0) {
        return {};
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    const bool ok = EVP_Digest(der, static_cast<size_t>(length), digest, &digestLength, EVP_sha256(), nullptr) == 1;
    OPENSSL_free(der);
    return ok ? QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(digestLength)).toBase64()
              : QByteArray();
}

} // namespace

Expected<TlsMaterial, QString> makeSelfSignedMaterial(const QStringList& subjectAltNames, long notBeforeSeconds,
                                                      long notAfterSeconds)
{
    PkeyPtr key(EVP_EC_gen("P-256"));
    X509Ptr certificate(X509_new());
    BnPtr serial(BN_new());
    if (!key || !certificate || !serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1) {
        return Unexpected{QStringLiteral("OpenSSL could not generate the sandbox key")};
    }
    X509* cert = certificate.get();
    X509_NAME* name = X509_get_subject_name(cert);
    const auto* organisation = reinterpret_cast<const unsigned char*>("dmadmin sandbox platform");
    const auto* commonName = reinterpret_cast<const unsigned char*>("localhost");
    const bool built =
        X509_set_version(cert, 2) == 1 && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert)) != nullptr &&
        X509_gmtime_adj(X509_getm_notBefore(cert), notBeforeSeconds) != nullptr &&
        X509_gmtime_adj(X509_getm_notAfter(cert), notAfterSeconds) != nullptr &&
        X509_set_pubkey(cert, key.get()) == 1 &&
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, organisation, -1, -1, 0) == 1 &&
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, commonName, -1, -1, 0) == 1 &&
        X509_set_issuer_name(cert, name) == 1 &&
        addExtension(cert, NID_subject_alt_name, subjectAltNames.join(QLatin1Char(',')).toLatin1().constData()) &&
        addExtension(cert, NID_basic_constraints, "critical,CA:FALSE") &&
        addExtension(cert, NID_key_usage, "critical,digitalSignature") &&
        addExtension(cert, NID_ext_key_usage, "serverAuth") && X509_sign(cert, key.get(), EVP_sha256()) > 0;
    if (!built) {
        return Unexpected{QStringLiteral("OpenSSL could not build the sandbox certificate")};
    }
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certBio.get(), cert) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return Unexpected{QStringLiteral("OpenSSL could not encode the sandbox certificate")};
    }
    return TlsMaterial{bioContents(certBio.get()), bioContents(keyBio.get()), spkiPin(key.get())};
}

namespace {

// The stored pair is usable when both parse, belong together and the certificate has not expired.
std::optional<TlsMaterial> validate(const QByteArray& certificatePem, const QByteArray& keyPem)
{
    BioPtr certBio = memoryBio(certificatePem);
    BioPtr keyBio = memoryBio(keyPem);
    X509Ptr certificate(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    PkeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!certificate || !key || X509_check_private_key(certificate.get(), key.get()) != 1 ||
        X509_cmp_current_time(X509_get0_notAfter(certificate.get())) <= 0) {
        return std::nullopt;
    }
    return TlsMaterial{certificatePem, keyPem, spkiPin(X509_get0_pubkey(certificate.get()))};
}

} // namespace

Expected<TlsMaterial, QString> loadOrCreateTlsMaterial(const QString& dataDir)
{
    const QDir tlsDir(QDir(dataDir).filePath(QStringLiteral("tls")));
    const QString certPath = tlsDir.filePath(QStringLiteral("cert.pem"));
    const QString keyPath = tlsDir.filePath(QStringLiteral("key.pem"));
    if (auto stored = validate(readDataFile(certPath), readDataFile(keyPath))) {
        return *stored;
    }
    if (!QDir().mkpath(tlsDir.path())) {
        return Unexpected{QStringLiteral("cannot create %1").arg(tlsDir.path())};
    }
    // Valid from an hour ago, so a slightly slow client clock does not refuse it.
    auto created = makeSelfSignedMaterial(
        {QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1"), QStringLiteral("IP:::1")}, -3600,
        kValidSeconds);
    if (!created) {
        return created;
    }
    if (!writeDataFile(keyPath, created->privateKeyPem, FileAccess::OwnerOnly) ||
        !writeDataFile(certPath, created->certificatePem, FileAccess::ReadableByAll)) {
        return Unexpected{QStringLiteral("cannot write the sandbox certificate to %1").arg(tlsDir.path())};
    }
    return created;
}

} // namespace dm::sandbox
