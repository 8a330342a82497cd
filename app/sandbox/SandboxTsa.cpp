#include "sandbox/SandboxTsa.h"

#include "sandbox/SandboxServer.h"
#include "timestamp/OpenSslHandle.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include <memory>

namespace dm::sandbox {
namespace {

Q_LOGGING_CATEGORY(lcTsa, "dm.sandbox.tsa")

using ObjectPtr = std::unique_ptr<ASN1_OBJECT, OpenSslFree<ASN1_OBJECT_free>>;
using RespCtxPtr = std::unique_ptr<TS_RESP_CTX, OpenSslFree<TS_RESP_CTX_free>>;
using RespPtr = std::unique_ptr<TS_RESP, OpenSslFree<TS_RESP_free>>;

BioPtr memoryBio(const QByteArray& bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

X509Ptr readCertificate(const QByteArray& pem)
{
    BioPtr bio = memoryBio(pem);
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray toDer(TS_RESP* response)
{
    unsigned char* der = nullptr;
    const int length = i2d_TS_RESP(response, &der);
    if (length <= 0) {
        return {};
    }
    QByteArray bytes(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return bytes;
}

// The answer when OpenSSL itself could not build one, written out by hand so that it cannot fail: TimeStampResp
// { PKIStatusInfo { status rejection (2), failInfo systemFailure (bit 25) } }. Still a valid TimeStampResp.
QByteArray systemFailure()
{
    static constexpr char der[] = {0x30, 0x0c, 0x30, 0x0a, 0x02, 0x01, 0x02, 0x03, 0x05, 0x06, 0x00, 0x00, 0x00, 0x40};
    return QByteArray(der, sizeof der);
}

} // namespace

// The OpenSSL responder context, set up once: TS_RESP_create_response resets its per-request state after each call.
struct SandboxTsa::Signer
{
    RespCtxPtr context;

    // TS_RESP_CTX's serial number callback; `data` is the SandboxTsa.
    static ASN1_INTEGER* issueSerial(TS_RESP_CTX* context, void* data)
    {
        const std::optional<qint64> serial = static_cast<SandboxTsa*>(data)->nextSerial();
        IntegerPtr integer(serial ? ASN1_INTEGER_new() : nullptr);
        if (!integer || ASN1_INTEGER_set_int64(integer.get(), *serial) != 1) {
            TS_RESP_CTX_set_status_info(context, TS_STATUS_REJECTION, "Error during serial number generation.");
            TS_RESP_CTX_add_failure_info(context, TS_INFO_ADD_INFO_NOT_AVAILABLE);
            return nullptr;
        }
        return integer.release();
    }
};

Expected<std::unique_ptr<SandboxTsa>, QString> SandboxTsa::open(const QString& dataDir)
{
    auto material = loadOrCreateTsaMaterial(dataDir);
    if (!material) {
        return Unexpected{material.error()};
    }
    X509Ptr signerCertificate = readCertificate(material->tsaCertificatePem);
    X509Ptr caCertificate = readCertificate(material->caCertificatePem);
    BioPtr keyBio = memoryBio(material->tsaKeyPem);
    PkeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    ObjectPtr policy(OBJ_txt2obj(kPolicyOid, 1));
    CertStackPtr extraCertificates(sk_X509_new_null());
    if (extraCertificates && caCertificate && sk_X509_push(extraCertificates.get(), caCertificate.get()) > 0) {
        caCertificate.release(); // the stack owns it now
    }
    auto signer = std::make_unique<Signer>(Signer{RespCtxPtr(TS_RESP_CTX_new())});
    TS_RESP_CTX* context = signer->context.get();
    // The CA goes into every token that asks for certificates, so `openssl ts -verify -CAfile ca.pem` needs nothing
    // else; the setters take their own references.
    const bool ready =
        signerCertificate && key && policy && extraCertificates && sk_X509_num(extraCertificates.get()) == 1 &&
        context && TS_RESP_CTX_set_signer_cert(context, signerCertificate.get()) == 1 &&
        TS_RESP_CTX_set_signer_key(context, key.get()) == 1 &&
        TS_RESP_CTX_set_signer_digest(context, EVP_sha256()) == 1 &&
        TS_RESP_CTX_set_ess_cert_id_digest(context, EVP_sha256()) == 1 &&
        TS_RESP_CTX_set_def_policy(context, policy.get()) == 1 &&
        TS_RESP_CTX_set_certs(context, extraCertificates.get()) == 1 &&
        TS_RESP_CTX_add_md(context, EVP_sha256()) == 1 && TS_RESP_CTX_add_md(context, EVP_sha512()) == 1 &&
        TS_RESP_CTX_set_accuracy(context, 1, 0, 0) == 1 && TS_RESP_CTX_set_clock_precision_digits(context, 3) == 1;
    if (!ready) {
        ERR_clear_error();
        return Unexpected{QStringLiteral("OpenSSL could not set up the sandbox TSA")};
    }
    // The TSA names itself in every token (its certificate's subject), which RFC 3161 leaves optional.
    TS_RESP_CTX_add_flags(context, TS_TSA_NAME);

    const QString serialPath = QDir(QDir(dataDir).filePath(QStringLiteral("tsa"))).filePath(QStringLiteral("serial"));
    std::unique_ptr<SandboxTsa> tsa(new SandboxTsa(std::move(material).value(), serialPath, std::move(signer)));
    QFile stored(serialPath);
    if (stored.exists()) {
        bool isNumber = false;
        const qint64 lastReserved =
            stored.open(QIODevice::ReadOnly) ? stored.readAll().trimmed().toLongLong(&isNumber) : 0;
        if (!isNumber || lastReserved < 0) {
            // Starting again at 1 could repeat a serial already handed out: refuse instead.
            return Unexpected{
                QStringLiteral("%1 is damaged; remove the tsa directory to start afresh").arg(serialPath)};
        }
        tsa->m_nextSerial = lastReserved + 1;
        tsa->m_reservedUntil = lastReserved;
    }
    TS_RESP_CTX_set_serial_cb(context, &Signer::issueSerial, tsa.get());
    return tsa;
}

SandboxTsa::SandboxTsa(TsaMaterial material, QString serialPath, std::unique_ptr<Signer> signer)
    : m_material(std::move(material))
    , m_serialPath(std::move(serialPath))
    , m_signer(std::move(signer))
{}

SandboxTsa::~SandboxTsa() = default;

QByteArray SandboxTsa::chainPem() const
{
    return m_material.tsaCertificatePem + m_material.caCertificatePem;
}

QByteArray SandboxTsa::respond(const QByteArray& requestDer)
{
    BioPtr request = memoryBio(requestDer);
    // OpenSSL answers malformed requests (badDataFormat), unknown digests (badAlg) and foreign policies
    // (unacceptedPolicy) with a rejection of its own; it returns nothing only when it cannot build any answer.
    RespPtr response(request ? TS_RESP_create_response(m_signer->context.get(), request.get()) : nullptr);
    ERR_clear_error();
    const QByteArray der = response ? toDer(response.get()) : QByteArray();
    return der.isEmpty() ? systemFailure() : der;
}

std::optional<qint64> SandboxTsa::nextSerial()
{
    if (m_nextSerial > m_reservedUntil && !reserveSerials(m_nextSerial - 1 + kSerialBlock)) {
        return std::nullopt;
    }
    return m_nextSerial++;
}

bool SandboxTsa::reserveSerials(qint64 ceiling)
{
    // Written before any serial of the block is used: after a crash the next start begins above the whole block.
    QSaveFile file(m_serialPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(ceiling) + '\n') < 0 || !file.commit()) {
        qCWarning(lcTsa) << "cannot reserve serial numbers in" << m_serialPath;
        return false;
    }
    m_reservedUntil = ceiling;
    return true;
}

void registerTsaRoutes(SandboxServer& server, std::shared_ptr<SandboxTsa> tsa)
{
    using Method = QHttpServerRequest::Method;
    server.addRawRoute(QStringLiteral("/sandbox/tsa"), Method::Post, [tsa](const SandboxServer::RawRequest& request) {
        // RFC 3161 §3.4: the query travels as application/timestamp-query; anything else is not a TSA query.
        const QByteArray mimeType = request.contentType.split(';').constFirst().trimmed().toLower();
        if (mimeType != "application/timestamp-query") {
            return SandboxServer::RawResponse{
                415, QByteArrayLiteral("text/plain"),
                QByteArrayLiteral("expected Content-Type: application/timestamp-query\n")};
        }
        return SandboxServer::RawResponse{200, QByteArrayLiteral("application/timestamp-reply"),
                                          tsa->respond(request.body)};
    });
    server.addRawRoute(QStringLiteral("/sandbox/tsa/chain"), Method::Get | Method::Post,
                       [tsa](const SandboxServer::RawRequest&) {
                           return SandboxServer::RawResponse{
                               200, QByteArrayLiteral("application/pem-certificate-chain"), tsa->chainPem()};
                       });
}

} // namespace dm::sandbox
