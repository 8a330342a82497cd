#include "TimestampTestSupport.h"

#include "timestamp/OpenSslHandle.h"

#include <QDir>
#include <QFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace timestamptest {
namespace {

using dm::BioPtr;
using dm::PkeyPtr;
using dm::X509Ptr;

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

BioPtr bioOf(const QByteArray& bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

X509Ptr readCertificate(const QString& path)
{
    const QByteArray pem = readFile(path);
    return X509Ptr(PEM_read_bio_X509(bioOf(pem).get(), nullptr, nullptr, nullptr));
}

PkeyPtr readKey(const QString& path)
{
    const QByteArray pem = readFile(path);
    return PkeyPtr(PEM_read_bio_PrivateKey(bioOf(pem).get(), nullptr, nullptr, nullptr));
}

bool addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    const bool added = extension && X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

} // namespace

QByteArray makeRequest(const char* digestName, const QByteArray& digest, bool certReq)
{
    std::unique_ptr<TS_REQ, dm::OpenSslFree<TS_REQ_free>> request(TS_REQ_new());
    std::unique_ptr<TS_MSG_IMPRINT, dm::OpenSslFree<TS_MSG_IMPRINT_free>> imprint(TS_MSG_IMPRINT_new());
    std::unique_ptr<X509_ALGOR, dm::OpenSslFree<X509_ALGOR_free>> algorithm(X509_ALGOR_new());
    const EVP_MD* md = EVP_get_digestbyname(digestName);
    if (!request || !imprint || !algorithm || !md) {
        return {};
    }
    X509_ALGOR_set_md(algorithm.get(), md);
    auto* bytes = reinterpret_cast<unsigned char*>(const_cast<char*>(digest.constData()));
    if (TS_REQ_set_version(request.get(), 1) != 1 || TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) != 1 ||
        TS_MSG_IMPRINT_set_msg(imprint.get(), bytes, static_cast<int>(digest.size())) != 1 ||
        TS_REQ_set_msg_imprint(request.get(), imprint.get()) != 1 ||
        TS_REQ_set_cert_req(request.get(), certReq ? 1 : 0) != 1) {
        return {};
    }
    unsigned char* der = nullptr;
    const int length = i2d_TS_REQ(request.get(), &der);
    QByteArray encoded = length > 0 ? QByteArray(reinterpret_cast<const char*>(der), length) : QByteArray();
    OPENSSL_free(der);
    return encoded;
}

QByteArray makeWrongUsageCertificate(const QString& tsaDir)
{
    const QDir dir(tsaDir);
    X509Ptr ca = readCertificate(dir.filePath(QStringLiteral("ca.pem")));
    PkeyPtr caKey = readKey(dir.filePath(QStringLiteral("ca-key.pem")));
    X509Ptr tsa = readCertificate(dir.filePath(QStringLiteral("tsa.pem")));
    PkeyPtr tsaKey = readKey(dir.filePath(QStringLiteral("tsa-key.pem")));
    X509Ptr certificate(X509_new());
    if (!ca || !caKey || !tsa || !tsaKey || !certificate) {
        return {};
    }
    X509* cert = certificate.get();
    const bool built =
        X509_set_version(cert, 2) == 1 && X509_set_serialNumber(cert, X509_get_serialNumber(tsa.get())) == 1 &&
        X509_set_issuer_name(cert, X509_get_subject_name(ca.get())) == 1 &&
        X509_set_subject_name(cert, X509_get_subject_name(tsa.get())) == 1 &&
        X509_gmtime_adj(X509_getm_notBefore(cert), -3600) != nullptr &&
        X509_gmtime_adj(X509_getm_notAfter(cert), 24 * 3600) != nullptr && X509_set_pubkey(cert, tsaKey.get()) == 1 &&
        addExtension(cert, ca.get(), NID_basic_constraints, "critical,CA:FALSE") &&
        addExtension(cert, ca.get(), NID_key_usage, "critical,digitalSignature") &&
        addExtension(cert, ca.get(), NID_ext_key_usage, "serverAuth") && X509_sign(cert, caKey.get(), EVP_sha256()) > 0;
    if (!built) {
        return {};
    }
    BioPtr out(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(out.get(), cert) != 1) {
        return {};
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray flipped(QByteArray der, qsizetype index)
{
    der[index] = static_cast<char>(der.at(index) ^ 0x01);
    return der;
}

} // namespace timestamptest
